import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';
import type { Plugin } from 'esbuild';
// @ts-expect-error -- a plain .mjs build helper without type declarations
import { minifyLitCss } from './scripts/minify-css-plugin.mjs';
// @ts-expect-error -- a plain .mjs build helper without type declarations
import { elements as registry } from './scripts/elements.mjs';

/** Element folder names, from the registry (the src/<name>/ folders). */
const elements: string[] = (registry() as { name: string }[]).map((e) => e.name);

/** The package version, compiled into the code (`VERSION`, the two-copies warning). */
const version: string = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')).version;
const define = { __GR_ELEMENTS_VERSION__: JSON.stringify(version) };

/**
 * dist/ only: a define module's relative imports stay imports of the other dist files, so each
 * `define.js` holds its own `define()` call (never moved into a shared chunk) and `sideEffects` can
 * name the define modules alone.
 */
const defineModulesImportFiles: Plugin = {
  name: 'gr-define-modules-import-files',
  setup(build) {
    build.onResolve({ filter: /^\.\.?\// }, (args) => {
      // The server renderer registers the elements through dist/define.js as well.
      if (/[\\/]src[\\/]ssr[\\/]index\.ts$/.test(args.importer) && args.path === '../define.js') return { path: './define.js', external: true };
      if (!/[\\/]src([\\/][a-z0-9-]+)?[\\/]define\.ts$/.test(args.importer)) return undefined;
      return { path: args.path, external: true };
    });
  },
};

export default defineConfig([
  // dist/: ESM for bundlers, bare imports (lit, @goteborgsregionen/data), class modules free of side effects.
  {
    entry: {
      index: 'src/index.ts',
      define: 'src/define.ts',
      events: 'src/events.ts',
      ...Object.fromEntries(elements.flatMap((e) => [[`${e}/${e}`, `src/${e}/${e}.ts`], [`${e}/define`, `src/${e}/define.ts`]])),
      // Server rendering (Node) and the hydration support to load before Lit in a browser.
      ssr: 'src/ssr/index.ts',
      'hydrate-support': 'src/hydrate-support.ts',
    },
    format: ['esm'],
    dts: true,
    clean: true,
    sourcemap: true,
    splitting: true,
    target: 'es2022',
    external: ['lit', /^lit\//, /^@lit\//, /^@lit-labs\//, '@goteborgsregionen/data', 'fuse.js'],
    // A bundler publishes no .ics/.vcf files: without files-base, the links are made in the browser.
    define: { ...define, __GR_FILES_DEFAULT__: JSON.stringify('generate') },
    esbuildPlugins: [defineModulesImportFiles, minifyLitCss],
  },
  // dist/cdn/ (the loader, per-element files, shared chunks and data/) is built by scripts/build-cdn.mjs.
]);
