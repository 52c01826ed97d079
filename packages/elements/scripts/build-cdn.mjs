#!/usr/bin/env node
// Builds dist/cdn/, the folder a municipality copies to its own site (e.g. as /gr/):
//   gr-elements.js        the loader: one <script type="module"> for every element (src/loader/loader.ts)
//   gr-<element>.js       one element on its own (registers its tag), for pages that want exactly one
//   gr-chunk-<hash>.js    code shared between them (Lit, the base element, parts of the data package),
//                         and the parts loaded on demand (validation, .ics/.vcf writers, search engine)
//   data/                 the data release: dataset.json, ics/, vcf/ (written by `gr-data build`)
// Every list of elements comes from the element registry (scripts/elements.mjs).
// ESM code splitting (esbuild `splitting: true`): a page fetches each shared chunk once, and only the
// chunks its tags need. `./lazy.js` resolves to `lazy.cdn.ts` here, which loads those parts on demand and
// reads the default data from data/dataset.json; dist/ (bundlers) keeps the bundled dataset.
import { build } from 'esbuild';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { elements, packageDir } from './elements.mjs';
import { minifyLitCss } from './minify-css-plugin.mjs';
import { mergeAlwaysLoadedChunks } from './merge-chunks.mjs';

const require = createRequire(import.meta.url);
const outdir = join(packageDir, 'dist', 'cdn');
const registry = elements();
const { version } = require('../package.json');

/** Lit's hydration support for pre-rendered fragments: the package's own module when there is one. */
function hydrateModule() {
  for (const candidate of ['src/hydrate-support.ts', 'src/shared/hydrate-support.ts', 'src/ssr/hydrate-support.ts']) {
    if (existsSync(join(packageDir, candidate))) return `./${candidate}`;
  }
  try {
    require.resolve('@lit-labs/ssr-client/lit-element-hydrate-support.js');
    return '@lit-labs/ssr-client/lit-element-hydrate-support.js';
  } catch {
    return undefined;
  }
}

const hydrate = hydrateModule();
/**
 * gr-hydrate.js. Lit's hydration support patches LitElement when lit-element.js is evaluated after it; here Lit
 * shares one file with the base element (the merge below), which gr-hydrate.js imports, so Lit is evaluated
 * first and the support is applied to LitElement right after it is installed. The loader imports the element
 * files only after gr-hydrate.js, so no element class is defined before (their `observedAttributes` then
 * include `defer-hydration`). `observedAttributes` as LitElement's own property means a support loaded
 * before Lit (say, the npm hydrate-support on the same page) has already patched it: it is not applied twice.
 */
const hydrateEntry = hydrate && [
  `import ${JSON.stringify(hydrate)};`,
  `import { LitElement } from 'lit';`,
  `const support = globalThis.litElementHydrateSupport;`,
  `if (support && !Object.prototype.hasOwnProperty.call(LitElement, 'observedAttributes')) support({ LitElement });`,
].join('\n');
const loaderEntry = [
  `import { startLoader } from './src/loader/loader.ts';`,
  `startLoader({`,
  `  version: ${JSON.stringify(version)},`,
  `  dataUrl: new URL('./data/dataset.json', import.meta.url).href,`,
  hydrate ? `  hydrate: () => import('./gr-hydrate.js'),` : '',
  `  elements: {`,
  ...registry.map((e) => `    ${JSON.stringify(e.tag)}: () => import(${JSON.stringify(`./${e.tag}.js`)}),`),
  `  },`,
  `});`,
].join('\n');

const dataPkg = dirname(require.resolve('@goteborgsregionen/data/package.json'));
const dataSource = join(dataPkg, 'src', 'index.ts');

/** The empty dataset that takes the bundled dataset's place: the elements' own stand-in (data-controller.ts). */
const emptyDataset = readFileSync(join(packageDir, 'src', 'shared', 'no-data.json'), 'utf8');

/**
 * Where each export of the data package's index comes from (`export { a, b } from './m.js'`).
 * The index re-exports every module, so importing it would tie every module to every chunk; instead
 * each importer gets a module that re-exports exactly the names it imports from the module that
 * defines them (code splitting then follows real use).
 */
const dataExports = new Map();
{
  const index = readFileSync(dataSource, 'utf8');
  for (const m of index.matchAll(/export\s*\{([^}]*)\}\s*from\s*'(\.\/[^']+)'/g)) {
    for (const spec of m[1].split(',')) {
      const name = spec.trim().replace(/^type\s+/, '').split(/\s+as\s+/).pop();
      if (name) dataExports.set(name, m[2]);
    }
  }
}

function dataImportsOf(importer) {
  const source = readFileSync(importer, 'utf8');
  const names = new Set();
  for (const m of source.matchAll(/(?:import|export)\s*(type\s*)?\{([^}]*)\}\s*from\s*'@goteborgsregionen\/data'/g)) {
    if (m[1]) continue;
    for (const spec of m[2].split(',')) {
      const trimmed = spec.trim();
      if (!trimmed || trimmed.startsWith('type ')) continue;
      names.add(trimmed.split(/\s+as\s+/)[0]);
    }
  }
  const lines = [];
  for (const name of names) {
    const from = dataExports.get(name);
    if (!from) throw new Error(`build-cdn: ${relative(packageDir, importer)} imports "${name}" from @goteborgsregionen/data, which its index does not re-export from a module`);
    lines.push(`export { ${name} } from ${JSON.stringify(from)};`);
  }
  return lines.join('\n');
}

/** The loader's entry, generated from the registry (a virtual module). */
const loaderModule = {
  name: 'gr-loader-entry',
  setup(b) {
    b.onResolve({ filter: /^gr-loader:entry$/ }, () => ({ path: 'gr-elements', namespace: 'gr-loader' }));
    b.onLoad({ filter: /^gr-elements$/, namespace: 'gr-loader' }, () => ({ contents: loaderEntry, resolveDir: packageDir, loader: 'ts' }));
    // The loader imports the folder's own files by address: it stays one self-contained file.
    b.onResolve({ filter: /^\.\/gr-[\w-]+\.js$/ }, (args) => (args.namespace === 'gr-loader' ? { path: args.path, external: true } : undefined));
  },
};

/** The CDN variant of ./lazy.js (see src/shared/lazy.ts). */
const cdnVariants = {
  name: 'gr-cdn-variants',
  setup(b) {
    // The data package's TypeScript source, module by module: code splitting then moves its parts
    // (validation, writers, search) into the chunks that need them. Its dist/index.js is one module.
    b.onResolve({ filter: /^@goteborgsregionen\/data$/ }, (args) => ({
      path: args.importer,
      namespace: 'gr-data-imports',
    }));
    b.onLoad({ filter: /.*/, namespace: 'gr-data-imports' }, (args) => ({
      contents: dataImportsOf(args.path),
      resolveDir: join(dataPkg, 'src'),
      loader: 'ts',
    }));
    // The bundled dataset stays out of the code: the elements pass the data they read from data/ to
    // every query, so the data package's defaults are never used here.
    b.onResolve({ filter: /^\.\/dataset\.js$/ }, (args) =>
      args.importer.startsWith(join(dataPkg, 'src')) ? { path: 'no-bundled-dataset', namespace: 'gr-loader' } : undefined,
    );
    b.onLoad({ filter: /^no-bundled-dataset$/, namespace: 'gr-loader' }, () => ({
      contents: `export const rawDataset = ${emptyDataset};`,
      loader: 'js',
    }));
    b.onResolve({ filter: /^gr-hydrate:entry$/ }, () => ({ path: 'gr-hydrate', namespace: 'gr-loader' }));
    b.onLoad({ filter: /^gr-hydrate$/, namespace: 'gr-loader' }, () => ({ contents: hydrateEntry, resolveDir: packageDir, loader: 'js' }));
    b.onResolve({ filter: /(^|\/)lazy\.js$/ }, (args) => {
      if (!args.importer.startsWith(join(packageDir, 'src'))) return undefined;
      return { path: resolve(dirname(args.importer), args.path).replace(/lazy\.js$/, 'lazy.cdn.ts') };
    });
  },
};

// Only the previous build's scripts go; data/ is rewritten below.
mkdirSync(outdir, { recursive: true });
for (const name of readdirSync(outdir)) {
  if (name.endsWith('.js') || name.endsWith('.js.map')) rmSync(join(outdir, name));
}
for (const old of ['ics', 'vcf', 'dataset.json']) rmSync(join(outdir, old), { recursive: true, force: true });

const common = {
  absWorkingDir: packageDir,
  outdir,
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2021',
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
  tsconfig: join(packageDir, 'tsconfig.json'),
  // The package version in the code (VERSION, the two-copies warning), as in dist/ (tsup.config.ts).
  define: {
    __GR_ELEMENTS_VERSION__: JSON.stringify(JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')).version),
    // The CDN folder has the .ics/.vcf files beside the script (see file-links-controller.ts).
    __GR_FILES_DEFAULT__: JSON.stringify('script'),
  },
};

// 1. The elements (and Lit's hydration support), split into shared chunks.
const result = await build({
  ...common,
  entryPoints: [
    ...registry.map((e) => ({ in: e.defineFile, out: e.tag })),
    ...(hydrate ? [{ in: 'gr-hydrate:entry', out: 'gr-hydrate' }] : []),
  ],
  splitting: true,
  chunkNames: 'gr-chunk-[hash]',
  entryNames: '[name]',
  metafile: true,
  plugins: [cdnVariants, minifyLitCss],
});

// The chunks every element file imports are always loaded together: one file (scripts/merge-chunks.mjs).
const merge = await mergeAlwaysLoadedChunks({
  outdir,
  metafile: result.metafile,
  entries: registry.map((e) => `${relative(packageDir, outdir).split('\\').join('/')}/${e.tag}.js`),
  esbuildOptions: { ...common, plugins: [] },
});

// 2. The loader, gr-elements.js: one small file with no static import.
const loader = await build({
  ...common,
  entryPoints: [{ in: 'gr-loader:entry', out: 'gr-elements' }],
  metafile: true,
  plugins: [loaderModule],
});
for (const [file, output] of Object.entries(loader.metafile.outputs)) {
  if (output.imports.some((i) => i.kind === 'import-statement')) throw new Error(`build-cdn: ${file} must not import anything statically`);
  result.metafile.outputs[file] = output;
}

if (process.env.GR_CDN_METAFILE) writeFileSync(process.env.GR_CDN_METAFILE, JSON.stringify(result.metafile));

// data/: the same command a municipality runs to update only the data.
const cli = join(dataPkg, 'dist', 'cli.js');
const run = spawnSync(process.execPath, [cli, 'build', join(outdir, 'data')], { stdio: 'inherit' });
if (run.status !== 0) {
  console.error('build-cdn: `gr-data build` failed; build @goteborgsregionen/data first.');
  process.exit(1);
}
const files = readdirSync(outdir).filter((f) => f.endsWith('.js'));
console.log(
  `build-cdn: ${relative(process.cwd(), outdir)}: ${files.length} scripts (${files.filter((f) => f.startsWith('gr-chunk-')).length} chunks${merge ? `, ${merge.replaced.length} merged into ${merge.file}` : ''}), data/`,
);
