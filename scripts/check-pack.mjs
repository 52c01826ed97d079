#!/usr/bin/env node
// Checks what `npm pack` would publish for a package: the files users need are there, nothing else is.
// Usage (from a package folder): node ../../scripts/check-pack.mjs
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
// A package with an element registry (scripts/elements.mjs): every element's files must be published.
const registry = existsSync('scripts/elements.mjs') ? (await import(pathToFileURL('scripts/elements.mjs').href)).elements() : [];
const elementFiles = registry.flatMap((e) => [
  `dist/${e.name}/${e.name}.js`,
  `dist/${e.name}/${e.name}.d.ts`,
  `dist/${e.name}/define.js`,
  `dist/${e.name}/define.d.ts`,
  `dist/cdn/${e.tag}.js`,
]);
const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' });
const files = JSON.parse(out)[0].files.map((f) => f.path);

const required = {
  '@goteborgsregionen/data': ['package.json', 'README.md', 'LICENSE', 'dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/index.d.cts', 'dist/testing.js', 'dist/testing.cjs', 'dist/testing.d.ts', 'dist/testing.d.cts', 'dist/cli.js', 'dist/dataset.json', 'dist/schema.json', /^dist\/ics\/[a-z0-9-]+\.ics$/, /^dist\/ics\/[a-z0-9-]+\/\d{4}-\d{2}-\d{2}\.ics$/, /^dist\/vcf\/[a-z0-9-]+\.vcf$/, /^data\/networks\.json$/],
  '@goteborgsregionen/elements': ['package.json', 'README.md', 'LICENSE', 'ACCESSIBILITY.md', 'custom-elements.json', 'vscode.html-custom-data.json', 'dist/index.js', 'dist/index.d.ts', 'dist/define.js', 'dist/jsx.d.ts', 'dist/react.d.ts', 'dist/preact.d.ts', 'dist/cdn/gr-elements.js', ...elementFiles, 'dist/cdn/data/dataset.json', /^dist\/cdn\/data\/ics\/.+\.ics$/, /^dist\/cdn\/data\/vcf\/.+\.vcf$/, /^dist\/cdn\/gr-chunk-[A-Z0-9]+\.js$/, 'dist/ssr.js', 'dist/hydrate-support.js', 'bin/gr-elements-prerender.mjs', /^dist\/html\/contact-list\/committee\/.+\.sv\.html$/, /^dist\/html\/network-finder\/.+\.en\.html$/, /^dist\/embed\/committee-card\/.+\.sv\.html$/, /^dist\/cdn\/styles\/gr-contact-list\.css$/],
}[pkg.name];
if (!required) throw new Error(`check-pack: no expectations for ${pkg.name}`);

const forbidden = [/\.test\.[cm]?[jt]s$/, /(^|\/)src\//, /(^|\/)test\//, /\.tsbuildinfo$/, /node_modules/, /(^|\/)\.turbo\//, /tsup\.config/, /web-test-runner/];
const problems = [];
for (const r of required) {
  const ok = typeof r === 'string' ? files.includes(r) : files.some((f) => r.test(f));
  if (!ok) problems.push(`missing: ${r}`);
}
for (const f of files) if (forbidden.some((re) => re.test(f))) problems.push(`should not be published: ${f}`);
// Source maps: each maps real code, and none carries the bundled dataset's JSON again.
for (const f of files.filter((p) => p.endsWith('.map'))) {
  const map = JSON.parse(readFileSync(f, 'utf8'));
  if (!map.sources?.length || !map.mappings?.replace(/;/g, '')) problems.push(`empty source map (a stub): ${f}`);
  (map.sources ?? []).forEach((source, i) => {
    if (source.endsWith('.json') && map.sourcesContent?.[i]) problems.push(`source map carries data: ${f} (${source})`);
  });
  const code = f.slice(0, -'.map'.length);
  if (!files.includes(code)) problems.push(`source map without its file: ${f}`);
}
for (const f of files.filter((p) => /\.[cm]?js$/.test(p))) {
  const url = /\/\/# sourceMappingURL=(\S+)\s*$/.exec(readFileSync(f, 'utf8'))?.[1];
  if (url && !files.includes(join(f, '..', url).replace(/\\/g, '/'))) problems.push(`${f} points to a missing source map ${url}`);
}
if (problems.length) {
  console.error(`npm pack ${pkg.name}:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`npm pack ${pkg.name}: ${files.length} files, contents as expected`);
