import { defineConfig } from 'tsup';
// @ts-expect-error -- a plain .mjs build helper without type declarations
import { minifyLitCss } from './scripts/minify-css-plugin.mjs';

const elements = ['network-finder', 'committee-card', 'contact-list', 'meeting-calendar'] as const;

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
    define: { __GR_FILES_DEFAULT__: JSON.stringify('generate') },
    esbuildPlugins: [minifyLitCss],
  },
  // dist/cdn/ (the loader, per-element files, shared chunks and data/) is built by scripts/build-cdn.mjs.
]);
