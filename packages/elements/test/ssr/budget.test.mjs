// Byte budget of the pre-rendered contact list (dist/html/contact-list/…): what a visitor downloads to see
// a committee's or network's contacts without the script — the fragment and its stylesheet, gzip — and
// that none of it is JavaScript.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { dataset } from '@goteborgsregionen/data';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist');
const BUDGET = 3000;
const gz = (buf) => gzipSync(buf, { level: 9 }).length;

test(`every contact-list fragment with its stylesheet is at most ${BUDGET} B gzip, with 0 B of JavaScript`, () => {
  const css = gz(readFileSync(join(dist, 'cdn', 'styles', 'gr-contact-list.css')));
  const files = ['committee', 'network'].flatMap((kind) =>
    readdirSync(join(dist, 'html', 'contact-list', kind)).map((f) => join(dist, 'html', 'contact-list', kind, f)),
  );
  assert.equal(files.length, (dataset.committees.length + dataset.networks.length) * 2, 'every committee and network has its contact lists, sv and en');
  let largest = { file: '', bytes: 0 };
  for (const file of files) {
    const html = readFileSync(file, 'utf8');
    assert.doesNotMatch(html, /<script/i, `${file}: no script`);
    assert.doesNotMatch(html, /\son[a-z]+=/i, `${file}: no inline event handlers`);
    assert.doesNotMatch(html, /javascript:/i, `${file}: no javascript: URLs`);
    const bytes = gz(html) + css;
    if (bytes > largest.bytes) largest = { file, bytes };
  }
  assert.ok(largest.bytes <= BUDGET, `${largest.file}: ${largest.bytes} B gzip with its stylesheet (budget ${BUDGET} B)`);
  console.log(`largest contact-list fragment + stylesheet: ${largest.bytes} B gzip (budget ${BUDGET} B)`);
});
