// The pre-rendering command (bin/gr-elements-prerender.mjs) and what the package build wrote with it. The
// build's files are checked against the default data they were made from (counts, not its facts); the
// command itself runs on the fictional fixture dataset (@goteborgsregionen/data/testing).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dataset } from '@goteborgsregionen/data';
import { createFixtureDataset, fixtureClocks } from '@goteborgsregionen/data/testing';
import { elements } from '../../scripts/elements.mjs';

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const dist = join(packageDir, 'dist');
const bin = join(packageDir, 'bin', 'gr-elements-prerender.mjs');
const count = (dir) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.html')).length : 0);

test('the build pre-rendered every element, sv and en: fragments, embed pages and stylesheets', () => {
  for (const { name, tag } of elements()) {
    assert.ok(existsSync(join(dist, 'html', name)), `dist/html/${name}`);
    assert.ok(existsSync(join(dist, 'embed', name)), `dist/embed/${name}`);
    assert.ok(existsSync(join(dist, 'cdn', 'styles', `${tag}.css`)), `dist/cdn/styles/${tag}.css`);
  }
  const n = { committees: dataset.committees.length * 2, networks: dataset.networks.length * 2, municipalities: dataset.municipalities.length * 2 };
  assert.equal(count(join(dist, 'html', 'committee-card')), n.committees);
  assert.equal(count(join(dist, 'html', 'meeting-calendar')), n.committees);
  assert.equal(count(join(dist, 'html', 'contact-list', 'committee')), n.committees);
  assert.equal(count(join(dist, 'html', 'contact-list', 'network')), n.networks);
  assert.equal(count(join(dist, 'html', 'network-finder')), n.municipalities);
  assert.equal(count(join(dist, 'embed', 'network-finder')), n.municipalities);
  const fragment = readFileSync(join(dist, 'html', 'committee-card', `${dataset.committees[0].id}.en.html`), 'utf8');
  assert.match(fragment, /<gr-committee-card [^>]*lang="en"/);
  assert.match(fragment, /<template shadowroot="open" shadowrootmode="open"><link rel="stylesheet" href="\/gr\/styles\/gr-committee-card\.css">/);
});

test('a municipality regenerates the HTML for its own data release and address', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gr-prerender-'));
  try {
    const data = createFixtureDataset();
    data.people.find((p) => p.id === 'testa-exempelsson').name = 'Ny Kontaktperson';
    writeFileSync(join(dir, 'dataset.json'), JSON.stringify(data));
    const args = [bin, '--data', join(dir, 'dataset.json'), '--out', join(dir, 'out'), '--base', '/kommun/gr', '--now', fixtureClocks.dec2026];
    const out = execFileSync(process.execPath, args, { encoding: 'utf8' });
    assert.match(out, /fragments in .*html/);
    assert.equal(count(join(dir, 'out', 'html', 'committee-card')), 12, '6 bodies, sv and en');
    assert.equal(count(join(dir, 'out', 'html', 'network-finder')), 12, '6 municipalities, sv and en');
    const html = readFileSync(join(dir, 'out', 'html', 'contact-list', 'committee', 'exempelstyrelsen.sv.html'), 'utf8');
    assert.match(html, />Ny Kontaktperson</);
    assert.match(html, />Anna-Karin Berg Lindqvist</);
    assert.match(html, /href="\/kommun\/gr\/styles\/gr-contact-list\.css"/);
    const filesBase = html.match(/files-base="(\/kommun\/gr\/[^"]*)"/)?.[1];
    assert.ok(filesBase, 'files-base under the address given');
    assert.ok(html.includes(`href="${filesBase}vcf/testa-exempelsson.vcf"`), 'vCard links under files-base');
    assert.ok(existsSync(join(dir, 'out', 'styles', 'gr-contact-list.css')));
    const embed = readFileSync(join(dir, 'out', 'embed', 'contact-list', 'committee', 'exempelstyrelsen.en.html'), 'utf8');
    assert.match(embed, /<html lang="en">/);
    assert.match(embed, /<title>Contacts – Exempelstyrelsen<\/title>/);
    assert.match(embed, /<script type="module" src="\/kommun\/gr\/gr-elements\.js"><\/script>/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('an invalid data file stops the command with a message naming what is wrong', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gr-prerender-'));
  try {
    const data = createFixtureDataset();
    data.people[0].phone = '12345';
    writeFileSync(join(dir, 'bad.json'), JSON.stringify(data));
    const r = spawnSync(process.execPath, [bin, '--data', join(dir, 'bad.json'), '--out', join(dir, 'out')], { encoding: 'utf8' });
    assert.equal(r.status, 1);
    assert.match(r.stderr, /is not a valid dataset/);
    assert.match(r.stderr, /people\[0\]\.phone/);
    assert.equal(existsSync(join(dir, 'out')), false, 'nothing written');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
