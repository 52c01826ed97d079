#!/usr/bin/env node
// Byte budgets for the CDN folder (packages/elements/dist/cdn), read from size-budgets.json and checked in
// `npm test`. Real pages in headless Chromium load gr-elements.js with one element each (every element of
// the registry) and with all of them; what each page requests before its elements have rendered is
// counted as the gzip bytes (zlib level 9) of the files on disk — JavaScript and data separately. The
// whole folder (every script and data/dataset.json) is counted too. Fails naming each page or file over
// its budget; `targets` are reported (met / how far over) without failing.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { cdnDir } from './lib/sizes.mjs';
import { ELEMENTS, folderBytes, measurePages } from './lib/page-bytes.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const config = JSON.parse(readFileSync(join(here, 'size-budgets.json'), 'utf8'));
const fmt = (n) => n.toLocaleString('en-US');
const dir = cdnDir();

// A concurrent build may have emptied dist/cdn for a moment: wait for the loader (up to 60 s).
for (let i = 0; i < 60 && !existsSync(join(dir, 'gr-elements.js')); i++) await new Promise((r) => setTimeout(r, 1000));

const failures = [];
// Every element of the registry has a page and a budget: a new element cannot be missed.
for (const { name } of ELEMENTS) {
  if (!config.attributes?.[name]) failures.push(`size-budgets.json: no "attributes" for the element "${name}" (its page in the size check)`);
  if (!config.budgets?.[`page:${name}`]) failures.push(`size-budgets.json: no budget "page:${name}"`);
}
if (failures.length) {
  console.error(failures.join('\n'));
  process.exit(1);
}

const cases = [...ELEMENTS.map((e) => ({ id: e.name, tags: [e] })), { id: 'all', tags: ELEMENTS }];
const measured = Object.fromEntries(
  (await measurePages(dir, cases, config.attributes)).map((r) => [`page:${r.id}`, { js: r.js, data: r.data, files: r.files }])
);
const folder = folderBytes(dir);
measured.folder = { total: folder.total, js: folder.js };

const rows = [];
for (const [key, limits] of Object.entries(config.budgets)) {
  const m = measured[key];
  if (!m) {
    failures.push(`size-budgets.json: "${key}" is not measured (no such element or page)`);
    continue;
  }
  for (const [kind, budget] of Object.entries(limits)) {
    const bytes = m[kind];
    const ok = bytes <= budget;
    rows.push(`${ok ? 'ok  ' : 'FAIL'} ${`${key} ${kind}`.padEnd(30)} ${fmt(bytes).padStart(8)} B gzip  (budget ${fmt(budget)} B, ${Math.round((bytes / budget) * 100)} %)`);
    if (!ok) {
      const ofKind = (m.files ?? []).filter((f) => (kind === 'js' ? f.path.endsWith('.js') : kind === 'data' ? f.path.startsWith('data/') : true));
      const files = ofKind.length ? `: ${ofKind.map((f) => `${f.path} ${fmt(f.gzip)}`).join(', ')}` : '';
      failures.push(`${key}: ${fmt(bytes)} B gzip of ${kind} exceeds its budget of ${fmt(budget)} B${files}`);
    }
  }
}
console.log(rows.join('\n'));
for (const [key, limits] of Object.entries(config.targets ?? {})) {
  for (const [kind, goal] of Object.entries(limits)) {
    const bytes = measured[key]?.[kind];
    if (bytes === undefined) continue;
    console.log(`target: ${key} ${kind} ≤ ${fmt(goal)} B gzip (${bytes <= goal ? 'met' : `not met yet, ${fmt(bytes - goal)} B over`})`);
  }
}
if (failures.length) {
  console.error(`\n${failures.join('\n')}\nRaise a budget in apps/bench/size-budgets.json only with a reason in the commit message.`);
  process.exit(1);
}
console.log(`budgets: ${rows.length} passed, 0 failed`);
