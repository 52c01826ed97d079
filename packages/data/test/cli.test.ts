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

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const tmp = mkdtempSync(join(tmpdir(), 'gr-data-cli-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

function run(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], { cwd: root, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
function file(name: string, content: unknown): string {
  const path = join(tmp, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}
const noStack = (text: string) => assert.doesNotMatch(text, /\n\s+at .+:\d+:\d+/);

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
  test('a data/ directory: issues name the file', () => {
    const dir = join(tmp, 'data');
    mkdirSync(dir);
    const d: any = fixture();
    d.networks[0].area = 'nope';
    const { version, lastUpdated, ...rest } = d;
    writeFileSync(join(dir, 'meta.json'), JSON.stringify({ version, lastUpdated }));
    for (const [k, v] of Object.entries(rest)) writeFileSync(join(dir, `${k}.json`), JSON.stringify(v));
    const r = run('validate', dir);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /^data\/networks\.json: networks\[0\]\.area: unknown area "nope"$/m);
  });
  test('the package data/ directory is valid', () => {
    const r = run('validate', 'data');
    assert.equal(r.code, 0, r.stderr);
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
    assert.match(r.stderr, /expected an object, got null/);
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
