#!/usr/bin/env node
// Source maps for the published packages: a map that maps nothing (a module that only re-exports or
// only imports) is removed with its sourceMappingURL comment, and JSON sources (the bundled dataset)
// are referenced without their content, so no map carries the data a second time.
// Usage: node scripts/clean-sourcemaps.mjs DIR
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2];
if (!dir || !existsSync(dir)) {
  console.error('usage: clean-sourcemaps.mjs DIR');
  process.exit(2);
}
let removed = 0;
let stripped = 0;
for (const entry of readdirSync(dir, { recursive: true })) {
  const file = join(dir, String(entry));
  if (!file.endsWith('.map')) continue;
  const map = JSON.parse(readFileSync(file, 'utf8'));
  const code = file.slice(0, -'.map'.length);
  if (!map.sources?.length || !map.mappings?.replace(/;/g, '')) {
    rmSync(file);
    if (existsSync(code)) {
      writeFileSync(code, readFileSync(code, 'utf8').replace(/\n?\/\/# sourceMappingURL=\S+\s*$/, '\n'));
    }
    removed++;
    continue;
  }
  if (map.sourcesContent && map.sources.some((s) => s.endsWith('.json'))) {
    map.sourcesContent = map.sources.map((s, i) => (s.endsWith('.json') ? null : map.sourcesContent[i]));
    writeFileSync(file, JSON.stringify(map));
    stripped++;
  }
}
console.log(`clean-sourcemaps ${dir}: ${removed} empty map(s) removed, ${stripped} map(s) without JSON content`);
