/* eslint-disable @typescript-eslint/no-explicit-any -- the test bends a dataset into an invalid shape on purpose */
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ICAL from 'ical.js';
import { fixture } from './fixtures.js';
import { dataset } from '../src/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const tmp = mkdtempSync(join(tmpdir(), 'gr-data-build-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

function run(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], { cwd: root, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('gr-data build DIR', () => {
  test('writes dataset.json, a calendar per committee and a vCard per person', () => {
    const dir = join(tmp, 'data');
    const r = run('build', dir);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /dataset\.json \(\d+ bytes\), \d+ calendars, \d+ meeting files, \d+ vCards/);
    assert.deepEqual(JSON.parse(readFileSync(join(dir, 'dataset.json'), 'utf8')), JSON.parse(JSON.stringify(dataset)));
    for (const c of dataset.committees) {
      const ics = readFileSync(join(dir, 'ics', `${c.id}.ics`), 'utf8');
      const cal = new ICAL.Component(ICAL.parse(ics));
      assert.equal(cal.getAllSubcomponents('vevent').length, c.meetings.length);
    }
    assert.deepEqual(readdirSync(join(dir, 'vcf')).sort(), dataset.people.map((p) => `${p.id}.vcf`).sort());
  });

  test('--from FILE: a maintainer’s edit (a new phone number) reaches dataset.json and the vCard', () => {
    const d: any = fixture();
    d.people[0].phone = '+46313355100';
    const from = join(tmp, 'edited.json');
    writeFileSync(from, JSON.stringify(d));
    const dir = join(tmp, 'edited');
    mkdirSync(dir);
    writeFileSync(join(dir, 'README.txt'), 'kept');
    const r = run('build', dir, '--from', from);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(JSON.parse(readFileSync(join(dir, 'dataset.json'), 'utf8')).people[0].phone, '+46313355100');
    assert.match(readFileSync(join(dir, 'vcf', `${d.people[0].id}.vcf`), 'utf8'), /^TEL;[^\r\n]*:tel:\+46313355100\r$/m);
    assert.equal(readFileSync(join(dir, 'README.txt'), 'utf8'), 'kept');
  });

  test('--from invalid data: exit 1, the issues named, nothing written', () => {
    const d: any = fixture();
    d.people[0].phone = '031-335 51 00';
    const from = join(tmp, 'invalid.json');
    writeFileSync(from, JSON.stringify(d));
    const dir = join(tmp, 'not-written');
    const r = run('build', dir, '--from', from);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /people\[0\]\.phone/);
    assert.equal(existsSync(dir), false);
  });

  test('no DIR: exit 2 with usage help', () => {
    const r = run('build');
    assert.equal(r.code, 2);
    assert.match(r.stderr, /build takes one DIR/);
  });
});
