import { defineConfig } from 'tsup';

export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm'],
    dts: true,
    clean: true,
    sourcemap: true,
    target: 'es2022',
    external: ['lit', /^lit\//, '@goteborgsregionen/data', 'fuse.js'],
  },
  {
    entry: { 'gr-elements': 'src/index.ts' },
    outDir: 'dist/cdn',
    format: ['esm'],
    platform: 'browser',
    target: 'es2021',
    minify: true,
    sourcemap: false,
    dts: false,
    noExternal: [/.*/],
  },
]);
