#!/usr/bin/env node
// Byte budgets for the CDN files (gzip, zlib level 9), read from size-budgets.json. Fails naming each
// file over its budget with its size. Sizes only: deterministic, no timing.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { readCdnFiles, gzipSize } from './lib/sizes.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const { budgets, target, defines = {} } = JSON.parse(readFileSync(join(here, 'size-budgets.json'), 'utf8'));
const fmt = (n) => n.toLocaleString('en-US');

const files = await readCdnFiles({ files: Object.keys(budgets), allowEmpty: true, waitMs: 10000 });
const failures = [];
const rows = [];
const broken = new Set();
for (const [name, budget] of Object.entries(budgets)) {
  const gzip = gzipSize(files[name]);
  // A bundle far under budget can be a broken one (an empty all-in-one passes any byte budget).
  const text = files[name].toString('utf8');
  const missing = (defines[name] ?? []).filter((tag) => ![`"${tag}"`, `'${tag}'`, `\`${tag}\``].some((q) => text.includes(q)));
  const ok = gzip <= budget && missing.length === 0;
  rows.push(
    `${ok ? 'ok  ' : 'FAIL'} ${name.padEnd(24)} ${fmt(gzip).padStart(8)} B gzip  (budget ${fmt(budget)} B, ${Math.round(
      (gzip / budget) * 100
    )} %)`
  );
  if (gzip > budget) failures.push(`${name}: ${fmt(gzip)} B gzip exceeds its budget of ${fmt(budget)} B`);
  if (missing.length) {
    broken.add(name);
    failures.push(`${name}: ${fmt(files[name].length)} B does not register ${missing.map((t) => `<${t}>`).join(', ')} (a broken build?)`);
  }
}
console.log(rows.join('\n'));
for (const [name, goal] of Object.entries(target ?? {})) {
  if (!files[name] || broken.has(name)) continue;
  const gzip = gzipSize(files[name]);
  console.log(`target: ${name} ≤ ${fmt(goal)} B gzip (${gzip <= goal ? 'met' : `not met yet, ${fmt(gzip - goal)} B over`})`);
}
if (failures.length) {
  console.error(`\n${failures.join('\n')}\nRaise a budget in apps/bench/size-budgets.json only with a reason in the commit message.`);
  console.log(`budgets: ${rows.length - failures.length} passed, ${failures.length} failed`);
  process.exit(1);
}
console.log(`budgets: ${rows.length} passed, 0 failed`);
