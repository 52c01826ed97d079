#!/usr/bin/env node
// Byte budgets for the CDN files (gzip, zlib level 9), read from size-budgets.json. Fails naming each
// file over its budget with its size. Sizes only: deterministic, no timing.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { readCdnFiles, gzipSize } from './lib/sizes.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const { budgets, target } = JSON.parse(readFileSync(join(here, 'size-budgets.json'), 'utf8'));
const fmt = (n) => n.toLocaleString('en-US');

const files = await readCdnFiles({ files: Object.keys(budgets) });
const failures = [];
const rows = [];
for (const [name, budget] of Object.entries(budgets)) {
  const gzip = gzipSize(files[name]);
  const ok = gzip <= budget;
  rows.push(`${ok ? 'ok  ' : 'FAIL'} ${name.padEnd(24)} ${fmt(gzip).padStart(8)} B gzip  (budget ${fmt(budget)} B, ${Math.round((gzip / budget) * 100)} %)`);
  if (!ok) failures.push(`${name}: ${fmt(gzip)} B gzip exceeds its budget of ${fmt(budget)} B`);
}
console.log(rows.join('\n'));
if (target) {
  const all = gzipSize(files['gr-elements.js'] ?? Buffer.alloc(0));
  console.log(
    `target: gr-elements.js ≤ ${fmt(target['gr-elements.js'])} B gzip (${all <= target['gr-elements.js'] ? 'met' : `not met yet, ${fmt(all - target['gr-elements.js'])} B over`})`,
  );
}
if (failures.length) {
  console.error(`\n${failures.join('\n')}\nRaise a budget in apps/bench/size-budgets.json only with a reason in the commit message.`);
  console.log(`budgets: ${rows.length - failures.length} passed, ${failures.length} failed`);
  process.exit(1);
}
console.log(`budgets: ${rows.length} passed, 0 failed`);
