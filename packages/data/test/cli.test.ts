/* eslint-disable @typescript-eslint/no-explicit-any -- these tests bend datasets into invalid shapes on purpose */
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ICAL from 'ical.js';
import { fixture } from './fixtures.js';
import { rawDataset as ds } from '../src/dataset.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const tmp = mkdtempSync(join(tmpdir(), 'gr-data-cli-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

/** The built CLI (dist/cli.js, as installed), run from the package folder or from `cwd`. */
const CLI = join(root, 'dist', 'cli.js');
function runIn(cwd: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const run = (...args: string[]) => runIn(root, ...args);
function file(name: string, content: unknown): string {
  const path = join(tmp, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}
const noStack = (text: string) => assert.doesNotMatch(text, /\n\s+at .+:\d+:\d+/);

describe('gr-data report', () => {
  test('from any folder: the bundled dataset at a date, in four sections', () => {
    const r = runIn(tmp, 'report', '--at', '2027-01-15');
    assert.equal(r.code, 0, r.stderr);
    const out = r.stdout;
    assert.match(out, /^What needs attention on 2027-01-15\n/);
    // Every body of the 2023–2026 term, none of the dissolved styrgrupper.
    const ended = section(out, 'Terms ended without a published successor term');
    assert.equal(ended.length, 6);
    assert.ok(ended.some((l) => /forbundsstyrelsen: term 2023-2026 ended 2026-12-31; no composition for a later term is published; the body continues \(sourced\)/.test(l)));
    assert.ok(ended.some((l) => /beredningsgruppen-for-arbetsmarknad: .*whether the body continues is unknown/.test(l)));
    assert.ok(!ended.some((l) => l.includes('styrgruppen')));
    const old = section(out, 'Facts older than 12 months');
    assert.ok(old.some((l) => /networks\[\d+\] kommundirektorsnatverket: facts as of 2023$/.test(l)));
    assert.ok(old.every((l) => !/as of 2026/.test(l)));
    const quiet = section(out, 'Bodies with no meeting in the last year');
    assert.ok(quiet.some((l) => /antagningsnamnden: the latest published meeting was on 2024-09-26, more than a year ago/.test(l)));
    assert.ok(quiet.some((l) => /forbundsstyrelsen: no meeting is published/.test(l)));
    const questions = section(out, 'Open questions');
    assert.equal(questions.length, ds.openQuestions!.length);
    assert.ok(questions.some((l) => l.includes('natverket-for-regional-fysisk-planering')));
  });
  test('--older-than and --json; at 2026-12-01 the terms are current', () => {
    const r = run('report', '--at', '2026-12-01', '--older-than', '48', '--json');
    assert.equal(r.code, 0, r.stderr);
    const report = JSON.parse(r.stdout);
    assert.equal(report.at, '2026-12-01');
    assert.deepEqual(report.endedTerms, []);
    assert.ok(report.oldFacts.every((x: { message: string }) => /as of (2019|2020|2021|2022)/.test(x.message)), JSON.stringify(report.oldFacts));
    assert.ok(report.oldFacts.length > 0);
  });
  test('a FILE instead of the bundled dataset; bad options are usage errors', () => {
    const r = run('report', '--at', '2027-01-15', file('report.json', fixture()));
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /committees\[1\] beredningsgrupp-for-arbetsmarknad: no composition \(term\) is published for this body/);
    for (const args of [['--at', '15 januari 2027'], ['--older-than', 'a year']]) {
      const bad = run('report', ...args);
      assert.equal(bad.code, 2);
      assert.match(bad.stderr, /^gr-data: --(at|older-than) must be/);
      noStack(bad.stderr);
    }
  });
});

/** The lines of one report section (without its title), "none" as no lines. */
function section(out: string, title: string): string[] {
  const block = out.split('\n\n').find((b) => b.startsWith(title));
  assert.ok(block, title);
  return block.split('\n').slice(1).map((l) => l.trim()).filter((l) => l !== 'none');
}

describe('gr-data validate', () => {
  test('valid file: exit 0 and a one-line summary', () => {
    const r = run('validate', file('valid.json', fixture()));
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^.*valid\.json: valid \(13 municipalities, 9 networks, 4 committees, 6 people, 13 meetings; compiled 2026-11-24\)\n$/);
  });
  test('invalid data: exit 1 and one "path: message" line per issue', () => {
    const d: any = fixture();
    d.networks[3].municipalities[0] = 'atlantis';
    d.committees[0].meetings[2].start = '2021-05-25T09:00:00+01:00';
    const r = run('validate', file('invalid.json', d));
    assert.equal(r.code, 1);
    const lines = r.stderr.trim().split('\n');
    assert.deepEqual(lines, [
      'committees[0].meetings[2].start: offset +01:00 does not match Europe/Stockholm (+02:00) on 2021-05-25',
      'networks[3].municipalities[0]: unknown municipality "atlantis"',
      '2 issues found.',
    ]);
    noStack(r.stderr);
  });
  test('a data/ directory: issues name the real path of the file', () => {
    const dir = join(tmp, 'maintainer-copy');
    mkdirSync(dir);
    const d: any = fixture();
    d.networks[0].area = 'nope';
    d.openQuestions = [{ id: 'q', question: { sv: 'Ett eller två?' }, records: ['nowhere'], sources: d.networks[0].sources }];
    const { version, lastUpdated, openQuestions, ...rest } = d;
    writeFileSync(join(dir, 'meta.json'), JSON.stringify({ version, lastUpdated }));
    writeFileSync(join(dir, 'open-questions.json'), JSON.stringify(openQuestions));
    for (const [k, v] of Object.entries(rest)) writeFileSync(join(dir, `${k}.json`), JSON.stringify(v));
    const r = run('validate', dir);
    assert.equal(r.code, 1);
    assert.match(r.stderr, new RegExp(`^${dir}/networks\\.json: networks\\[0\\]\\.area: unknown area "nope"$`, 'm'));
    assert.match(r.stderr, new RegExp(`^${dir}/open-questions\\.json: openQuestions\\[0\\]\\.records\\[0\\]: unknown record "nowhere"$`, 'm'));
    // Relative to where it runs: the path as given.
    const rel = runIn(tmp, 'validate', 'maintainer-copy');
    assert.match(rel.stderr, /^maintainer-copy\/networks\.json: networks\[0\]\.area: unknown area "nope"$/m);
  });
  test('the package data/ directory is valid, and every file read is named', () => {
    const r = run('validate', 'data');
    assert.equal(r.code, 0, r.stderr);
    const read = r.stdout.split('\n').find((l) => l.startsWith('Read '));
    assert.equal(
      read,
      'Read 11 files: data/meta.json, data/organisation.json, data/municipalities.json, data/organisations.json, data/areas.json, ' +
        'data/parties.json, data/people.json, data/networks.json, data/terms.json, data/committees.json, data/open-questions.json',
    );
  });
  test('missing file: exit 2 with a clear message', () => {
    const r = run('validate', join(tmp, 'missing.json'));
    assert.equal(r.code, 2);
    assert.match(r.stderr, /gr-data: cannot read .*missing\.json: no such file/);
    noStack(r.stderr);
  });
  test('invalid JSON: exit 2 with a clear message', () => {
    const r = run('validate', file('broken.json', '{"version": 1,'));
    assert.equal(r.code, 2);
    assert.match(r.stderr, /gr-data: .*broken\.json is not valid JSON/);
    noStack(r.stderr);
  });
  test('not a dataset at all: exit 1', () => {
    const r = run('validate', file('null.json', 'null'));
    assert.equal(r.code, 1);
    assert.match(r.stderr, /^\(dataset\): expected an object \(a GR dataset\), got null\n1 issue found\.\n$/);
  });
});

describe('gr-data export', () => {
  test('json (bundled dataset by default)', () => {
    const r = run('export', '--format', 'json');
    assert.equal(r.code, 0, r.stderr);
    assert.equal(JSON.parse(r.stdout).version, 2);
  });
  test('csv of a collection from a FILE, to --out', () => {
    const out = join(tmp, 'people.csv');
    const r = run('export', '--format', 'csv', '--collection', 'people', '--out', out, file('in.json', fixture()));
    assert.equal(r.code, 0, r.stderr);
    assert.match(readFileSync(out, 'utf8'), /^id,namn,titel,avdelning,telefon,telefon_e164,e-post,källor\r\nlena-holmlund,Lena Holmlund,/);
  });
  test('ics of a committee', () => {
    const r = run('export', '--format', 'ics', '--committee', 'styrgruppen-for-arbetsmarknad', file('in2.json', fixture()));
    assert.equal(r.code, 0, r.stderr);
    const cal = new ICAL.Component(ICAL.parse(r.stdout));
    assert.equal(cal.getAllSubcomponents('vevent').length, 6);
  });
  test('usage errors: exit 2, no stack trace', () => {
    for (const args of [
      ['export', '--format', 'xml'],
      ['export', '--format', 'csv'],
      ['export', '--format', 'csv', '--collection', 'parties'],
      ['export', '--format', 'ics'],
      ['export', '--format', 'ics', '--committee', 'nope'],
      ['export', '--bogus'],
      ['frobnicate'],
      [],
    ]) {
      const r = run(...args);
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.stderr, /gr-data/);
      noStack(r.stderr);
    }
  });
  test('invalid input FILE: exit 1', () => {
    const d: any = fixture();
    d.people[0].phone = '031-335 51 88';
    const r = run('export', file('bad.json', d));
    assert.equal(r.code, 1);
    assert.match(r.stderr, /people\[0\]\.phone: "031-335 51 88" is not a Swedish E\.164 number/);
  });
});

test('--help', () => {
  const r = run('--help');
  assert.equal(r.code, 0);
  assert.match(r.stdout, /gr-data validate FILE/);
  assert.match(r.stdout, /--format json\|csv\|ics/);
});

describe('gr-data as part of a pipeline', () => {
  test('a reader that stops early (| head) ends the export quietly, without a stack trace', () => {
    // The export (about 86 kB) is larger than a pipe holds, so it is still writing when head exits.
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${CLI}" export 2>"${join(tmp, 'pipe.err')}" | head -c 100`], {
      cwd: root,
      encoding: 'utf8',
    });
    assert.equal(r.status, 0);
    assert.match(r.stdout, /^\{/);
    assert.equal(readFileSync(join(tmp, 'pipe.err'), 'utf8'), '');
  });
});
