#!/usr/bin/env node
// Writes what lists the elements, from the element registry (scripts/elements.mjs, the src/<name>/
// folders): src/define.ts, src/index.ts, src/registry.ts, and package.json `exports` and `sideEffects`.
//   node scripts/generate-sources.mjs          write them
//   node scripts/generate-sources.mjs --check  exit 1, naming each file that is out of date
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { elements, packageDir } from './elements.mjs';

const GENERATED = '// Generated from the element folders by scripts/generate-sources.mjs (npm run generate). Do not edit.';

/** Every file this script owns, with the text it should have. */
export function expectedSources() {
  const els = elements();
  const define = `${GENERATED}\n// Registers every element: ${els.map((e) => e.tag).join(', ')}.\n${els.map((e) => `import './${e.name}/define.js';`).join('\n')}\n`;

  const index = `${GENERATED}
/**
 * @goteborgsregionen/elements: the element classes, without registering any tag.
 * Import '@goteborgsregionen/elements/define' (all of them) or '…/<element>/define' to register them.
 */
export { GrElement, VERSION } from './shared/base-element.js';
export * from './shared/events.js';
export type { Lang } from './shared/i18n.js';
${els.map((e) => `export * from './${e.name}/${e.name}.js';`).join('\n')}
`;

  const registry = `${GENERATED}
/** The elements of this package (tag, folder, class), for tests, stories and tools; not used by the elements. */
export const elementRegistry = [
${els.map((e) => `  { name: '${e.name}', tag: '${e.tag}', className: '${e.className}' },`).join('\n')}
] as const;

export type ElementTag = (typeof elementRegistry)[number]['tag'];
`;

  const pkgPath = join(packageDir, 'package.json');
  const pkgText = readFileSync(pkgPath, 'utf8');
  const pkg = JSON.parse(pkgText);
  const exportsMap = {
    '.': { types: './dist/index.d.ts', default: './dist/index.js' },
    './define': { types: './dist/define.d.ts', default: './dist/define.js' },
  };
  for (const e of els) {
    exportsMap[`./${e.name}`] = { types: `./dist/${e.name}/${e.name}.d.ts`, default: `./dist/${e.name}/${e.name}.js` };
    exportsMap[`./${e.name}/define`] = { types: `./dist/${e.name}/define.d.ts`, default: `./dist/${e.name}/define.js` };
  }
  // Everything else in `exports` (server rendering, manifest, JSX types, CDN files …) is kept as it is, after the elements.
  // An element folder that is gone leaves no export behind (its entries point at dist/<name>/<name>|define.js).
  const staleElement = (v) => /^\.\/dist\/([a-z0-9-]+)\/(?:\1|define)\.js$/.test(v?.default ?? '');
  for (const [k, v] of Object.entries(pkg.exports ?? {})) if (!(k in exportsMap) && !staleElement(v)) exportsMap[k] = v;
  pkg.exports = exportsMap;
  // The define modules register tags; the CDN files are self-registering bundles. Other entries with
  // side effects (server rendering, hydration support) are kept; shared chunks never have any.
  const defines = ['./dist/define.js', './dist/*/define.js', './dist/cdn/*.js', './src/define.ts', './src/*/define.ts'];
  pkg.sideEffects = [...defines, ...(pkg.sideEffects ?? []).filter((e) => !defines.includes(e) && !/chunk/.test(e))];
  const pkgOut = JSON.stringify(pkg, null, 2) + '\n';

  return [
    ['src/define.ts', define],
    ['src/index.ts', index],
    ['src/registry.ts', registry],
    ['package.json', pkgOut],
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const check = process.argv.includes('--check');
  const stale = [];
  for (const [rel, text] of expectedSources()) {
    const path = join(packageDir, rel);
    let current = '';
    try {
      current = readFileSync(path, 'utf8');
    } catch {
      /* missing: stale */
    }
    if (current === text) continue;
    stale.push(rel);
    if (!check) writeFileSync(path, text);
  }
  if (check && stale.length > 0) {
    console.error(`generate-sources: out of date with the element folders: ${stale.join(', ')}. Run npm run generate -w @goteborgsregionen/elements.`);
    process.exit(1);
  }
  console.log(check ? 'generate-sources: up to date' : `generate-sources: ${stale.length ? `wrote ${stale.join(', ')}` : 'nothing to change'}`);
}
