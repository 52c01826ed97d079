// The CDN build's post-pass (scripts/build-cdn.mjs): the chunks that every element file imports (Lit, the base
// element and its controllers, esbuild's runtime helpers, …) are always loaded together, so they become one
// file. esbuild's code splitting cannot do this itself: it makes one chunk per set of entries that reach a
// module, and the hydration entry and the parts loaded on demand reach only some of these modules.
//
// How: the chunks are bundled again as one module by esbuild (which renames what collides), exporting every
// export of every merged chunk under a new short name; then every other file's imports of the merged chunks
// are rewritten to one import of the new file. Only static imports are rewritten: a chunk that some file
// imports with `import()` is never merged (its exports would change names).
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';

/** Stands in for a rewritten import statement (a minified chunk never contains a comment). */
const MARK = '/*gr-merged-import*/';
const IMPORT = /import\s*\{([^}]*)\}\s*from\s*"\.\/(gr-chunk-[A-Za-z0-9]+\.js)";?|import\s*"\.\/(gr-chunk-[A-Za-z0-9]+\.js)";?/g;

/** a, b, …, z, A, …, Z, aa, ab, …: export names for the merged chunk. */
function* shortNames() {
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  for (let length = 1; ; length++) {
    const index = new Array(length).fill(0);
    for (;;) {
      yield index.map((i) => letters[i]).join('');
      let k = length - 1;
      while (k >= 0 && ++index[k] === letters.length) index[k--] = 0;
      if (k < 0) break;
    }
  }
}

/** esbuild's chunk name style: 8 characters of base32 of a hash of the content. */
function chunkName(code) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  const bytes = createHash('sha256').update(code).digest();
  let name = '';
  for (let i = 0; i < 8; i++) name += alphabet[bytes[i] % 32];
  return `gr-chunk-${name}.js`;
}

/**
 * Merges the chunks every one of `entries` (output paths of the element files, as in the metafile) imports
 * statically, directly or through other chunks. Updates `metafile` and the files in `outdir`; returns what it
 * did (the merged file and the chunks it replaced), or undefined when there was nothing to merge.
 */
export async function mergeAlwaysLoadedChunks({ outdir, metafile, entries, esbuildOptions }) {
  const outputs = metafile.outputs;
  const prefix = relative(esbuildOptions.absWorkingDir, outdir).split('\\').join('/');
  const closure = (file, seen = new Set()) => {
    for (const i of outputs[file]?.imports ?? []) {
      if (i.kind === 'import-statement' && !seen.has(i.path)) {
        seen.add(i.path);
        closure(i.path, seen);
      }
    }
    return seen;
  };
  const reached = entries.map((e) => closure(e));
  const dynamic = new Set(Object.values(outputs).flatMap((o) => o.imports.filter((i) => i.kind === 'dynamic-import').map((i) => i.path)));
  const group = [...reached[0]].filter((c) => reached.every((s) => s.has(c)) && !dynamic.has(c) && basename(c).startsWith('gr-chunk-'));
  if (group.length < 2) return undefined;

  // The merged module: every export of every chunk of the group, under a new name.
  const names = shortNames();
  const renamed = new Map(); // "chunk.js\0export" -> new export name
  const lines = [];
  for (const chunk of group) {
    const file = basename(chunk);
    const exports = outputs[chunk].exports ?? [];
    if (exports.length === 0) {
      lines.push(`import ${JSON.stringify(`./${file}`)};`);
      continue;
    }
    const specs = exports.map((name) => {
      const to = names.next().value;
      renamed.set(`${file}\0${name}`, to);
      return `${name} as ${to}`;
    });
    lines.push(`export { ${specs.join(', ')} } from ${JSON.stringify(`./${file}`)};`);
  }
  const groupFiles = new Set(group.map((c) => basename(c)));
  const merged = await build({
    ...esbuildOptions,
    stdin: { contents: lines.join('\n'), resolveDir: outdir, loader: 'js', sourcefile: 'gr-merged-chunk.js' },
    outdir: undefined,
    write: false,
    bundle: true,
    splitting: false,
    metafile: true,
    plugins: [
      {
        name: 'gr-other-chunks-external',
        setup(b) {
          // Chunks outside the group (the parts loaded on demand) stay files of their own.
          b.onResolve({ filter: /^\.\/gr-chunk-[A-Za-z0-9]+\.js$/ }, (args) => (groupFiles.has(basename(args.path)) ? undefined : { path: args.path, external: true }));
        },
      },
    ],
  });
  const code = merged.outputFiles[0].text;
  const mergedFile = chunkName(code);
  writeFileSync(join(outdir, mergedFile), code);

  // Every other file imports the merged chunk once, where it imported the first chunk of the group.
  for (const name of readdirSync(outdir)) {
    if (!name.endsWith('.js') || groupFiles.has(name) || name === mergedFile) continue;
    const path = join(outdir, name);
    const source = readFileSync(path, 'utf8');
    const specs = [];
    let first = -1;
    const rewritten = source.replace(IMPORT, (statement, list, namedFrom, bareFrom, offset) => {
      const from = namedFrom ?? bareFrom;
      if (!groupFiles.has(from)) return statement;
      if (first === -1) first = offset;
      for (const spec of (list ?? '').split(',')) {
        const [imported, local = imported] = spec.trim().split(/\s+as\s+/);
        if (!imported) continue;
        const to = renamed.get(`${from}\0${imported}`);
        if (!to) throw new Error(`merge-chunks: ${name} imports "${imported}", which ${from} does not export`);
        specs.push(to === local ? to : `${to} as ${local}`);
      }
      return MARK;
    });
    if (first === -1) continue;
    const statement = specs.length ? `import{${[...new Set(specs)].join(',')}}from"./${mergedFile}";` : `import"./${mergedFile}";`;
    const [before, ...after] = rewritten.split(MARK);
    writeFileSync(path, before + statement + after.join(''));
  }
  for (const file of groupFiles) rmSync(join(outdir, file));

  // The metafile follows (GR_CDN_METAFILE).
  const mergedPath = `${prefix}/${mergedFile}`;
  const inputs = {};
  for (const chunk of group) Object.assign(inputs, outputs[chunk].inputs);
  const mergedImports = Object.values(merged.metafile.outputs)[0].imports.map((i) => ({ ...i, path: `${prefix}/${i.path.replace(/^\.\//, '')}` }));
  for (const chunk of group) delete outputs[chunk];
  for (const output of Object.values(outputs)) {
    const kept = output.imports.filter((i) => !group.includes(i.path));
    if (kept.length < output.imports.length) kept.unshift({ path: mergedPath, kind: 'import-statement' });
    output.imports = kept;
  }
  outputs[mergedPath] = { bytes: Buffer.byteLength(code), inputs, imports: mergedImports, exports: [...renamed.values()] };
  return { file: mergedFile, replaced: [...groupFiles] };
}
