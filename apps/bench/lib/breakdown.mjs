// Where the bytes go: the all-in-one bundle rebuilt from source with an esbuild metafile (bytes per
// input), "what if" builds that leave one part out (its gzip cost in the bundle), and what the
// bundled dataset ships field by field.
import { createRequire } from 'node:module';
import { dirname, join, relative, sep } from 'node:path';
import { CDN_ESBUILD_OPTIONS, gzipSize, brotliSize } from './sizes.mjs';

const require = createRequire(import.meta.url);
const elementsDir = dirname(require.resolve('@goteborgsregionen/elements/package.json'));
const dataDir = dirname(require.resolve('@goteborgsregionen/data/package.json'));
import { elements } from '../../../packages/elements/scripts/elements.mjs';

/** Element folder names, from the element registry. */
export const ELEMENTS = elements().map((e) => e.name);

/** Resolve the data package to its TypeScript source, so that the metafile splits it into its parts. */
export const dataFromSource = {
  name: 'data-from-source',
  setup(build) {
    build.onResolve({ filter: /^@goteborgsregionen\/data$/ }, () => ({ path: join(dataDir, 'src', 'index.ts') }));
  },
};

/**
 * Keeps `import './x/define.js'` side-effect imports even where the elements' package.json
 * "sideEffects" list does not name the source files, so this rebuild is the all-in-one as intended.
 */
export const keepDefines = {
  name: 'keep-defines',
  setup(build) {
    build.onResolve({ filter: /\/define(\.js|\.ts)?$/ }, async (args) => {
      if (args.pluginData === 'keep-defines') return undefined;
      const r = await build.resolve(args.path, {
        resolveDir: args.resolveDir,
        kind: args.kind,
        importer: args.importer,
        pluginData: 'keep-defines',
      });
      return r.errors.length ? undefined : { path: r.path, sideEffects: true };
    });
  },
};

/** Leaves imports matching `filter` out of the bundle (as external imports), to measure what they cost. */
export const leaveOut = (name, filter, onlyFrom) => ({
  name: `leave-out-${name}`,
  setup(build) {
    build.onResolve({ filter }, (args) =>
      onlyFrom && !args.importer.includes(onlyFrom) ? undefined : { path: args.path, external: true }
    );
  },
});

/** GR's data files reduced to the fields the four elements render (see datasetForBrowser). */
export const trimmedDataset = {
  name: 'trimmed-dataset',
  setup(build) {
    build.onLoad({ filter: /[\\/]data[\\/]data[\\/][a-z]+\.json$/ }, async (args) => {
      const { readFile } = await import('node:fs/promises');
      const name = args.path.split(/[\\/]/).pop().replace('.json', '');
      const value = JSON.parse(await readFile(args.path, 'utf8'));
      return { contents: JSON.stringify(trimForBrowser(name, value)), loader: 'json' };
    });
  },
};

const httpOnly = (sources) => (sources ?? []).filter((s) => /^https?:/i.test(s)).slice(0, 1);

/**
 * One data file reduced to what the elements render: no seed-file sources (a network keeps its first
 * http(s) source, the finder's "read more" link), no member lists, municipality facts, financing,
 * start dates or linked committees. The published dataset.json, .ics and .vcf files stay complete.
 */
export function trimForBrowser(name, value) {
  const strip = (o, keys) => {
    const c = { ...o };
    for (const k of keys) delete c[k];
    if ('sources' in c) c.sources = [];
    return c;
  };
  switch (name) {
    case 'networks':
      return value.map((n) => ({
        ...strip(n, ['financing', 'startDate', 'linkedCommittees']),
        sources: httpOnly(n.sources),
        ...(n.meetings ? { meetings: n.meetings.map((m) => strip(m, [])) } : {}),
      }));
    case 'committees':
      return value.map((c) => ({ ...strip(c, ['members']), meetings: c.meetings.map((m) => strip(m, [])) }));
    case 'municipalities':
      return value.map((m) => strip(m, ['kommunkod', 'county', 'website', 'population']));
    case 'organisation':
      return {
        ...strip(value, ['legalName', 'englishName', 'website', 'founded', 'description', 'seat']),
        departments: value.departments.map((d) => strip(d, [])),
      };
    case 'organisations':
      return value.map((o) => strip(o, ['website']));
    case 'people':
    case 'areas':
    case 'parties':
      return value.map((x) => strip(x, []));
    default:
      return value;
  }
}

async function build({ entry, contents, plugins = [] }) {
  const esbuild = await import('esbuild');
  const r = await esbuild.build({
    ...CDN_ESBUILD_OPTIONS,
    ...(contents
      ? { stdin: { contents, resolveDir: join(elementsDir, 'src'), loader: 'ts', sourcefile: 'entry.ts' } }
      : { entryPoints: [entry] }),
    absWorkingDir: elementsDir,
    metafile: true,
    plugins: [dataFromSource, keepDefines, ...plugins],
  });
  const bytes = Buffer.from(r.outputFiles[0].contents);
  return { bytes, metafile: r.metafile, min: bytes.length, gzip: gzipSize(bytes), brotli: brotliSize(bytes) };
}

/** The group an input file belongs to. */
function groupOf(path) {
  const p = join(elementsDir, path).split(sep).join('/');
  let m;
  if ((m = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(p))) {
    const pkg = m[1];
    if (/^(lit|lit-html|lit-element|@lit\/reactive-element)$/.test(pkg)) return `lit (${pkg})`;
    return pkg;
  }
  if ((m = /packages\/data\/data\/([^/]+\.json)$/.exec(p))) return `dataset JSON (${m[1]})`;
  if ((m = /packages\/data\/src\/(.+)$/.exec(p))) return `data code (${m[1]})`;
  if ((m = /packages\/elements\/src\/(network-finder|committee-card|contact-list|meeting-calendar)\//.exec(p))) return `element: ${m[1]}`;
  if ((m = /packages\/elements\/src\/shared\/(.+)$/.exec(p))) return `elements shared (${m[1]})`;
  return relative(process.cwd(), path);
}

/** Coarse family of a group, for the summary. */
export function familyOf(group) {
  if (group.startsWith('lit (')) return 'lit';
  if (group.startsWith('dataset JSON')) return 'dataset JSON';
  if (group.startsWith('data code')) return 'data code';
  if (group.startsWith('elements shared')) return 'elements shared';
  return group;
}

export async function bundleBreakdown() {
  const full = await build({ entry: join(elementsDir, 'src', 'define.ts') });
  const output = Object.values(full.metafile.outputs)[0];
  const perInput = {};
  for (const [path, info] of Object.entries(output.inputs)) {
    const g = groupOf(path);
    if (info.bytesInOutput === 0) continue;
    perInput[g] = (perInput[g] ?? 0) + info.bytesInOutput;
  }
  const perFamily = {};
  for (const [g, bytes] of Object.entries(perInput)) perFamily[familyOf(g)] = (perFamily[familyOf(g)] ?? 0) + bytes;

  const whatIf = [];
  const variants = [
    [
      'Lit (lit, lit-html, lit-element, @lit/reactive-element)',
      [leaveOut('lit', /^(lit|lit-html|lit-element|@lit\/reactive-element)(\/.*)?$/)],
    ],
    ['fuse.js (fuse.js/basic)', [leaveOut('fuse', /^fuse\.js(\/.*)?$/)]],
    ['valibot (parseDataset’s schema library)', [leaveOut('valibot', /^valibot$/)]],
    ['bundled dataset JSON (data/*.json)', [leaveOut('json', /\.json$/, `${sep}data${sep}src${sep}`)]],
    [
      'parseDataset: validate.ts + schema.ts + valibot (needed only for `src` and `dataset`)',
      [leaveOut('validate', /^\.\/validate\.js$/, `${sep}data${sep}src${sep}`)],
    ],
    [
      'iCalendar and vCard writers: ics.ts, vcard.ts, lines.ts (needed only for data not published beside the script)',
      [leaveOut('writers', /^\.\/(ics|vcard)\.js$/, `${sep}data${sep}src${sep}`)],
    ],
    ['search: search.ts + fuse.js', [leaveOut('search', /^\.\/search\.js$/, `${sep}data${sep}src${sep}`)]],
    ['styles (every *.styles.ts and shared/styles.ts)', [leaveOut('styles', /styles\.js$/, `${sep}elements${sep}src${sep}`)]],
    ['English strings (translations/en.ts)', [leaveOut('en', /\/en\.js$/, `${sep}elements${sep}src${sep}`)]],
  ];
  variants.push([
    'dataset trimmed to what the elements render (seed-file sources, member lists, municipality facts, financing …)',
    [trimmedDataset],
  ]);
  variants.push([
    'combined: parseDataset and the writers loaded on demand, fuse.js replaced, dataset trimmed',
    [
      leaveOut('validate2', /^\.\/(validate|ics|vcard)\.js$/, `${sep}data${sep}src${sep}`),
      leaveOut('fuse2', /^fuse\.js(\/.*)?$/),
      trimmedDataset,
    ],
  ]);
  for (const [name, plugins] of variants) {
    const r = await build({ entry: join(elementsDir, 'src', 'define.ts'), plugins });
    whatIf.push({ name, gzip: full.gzip - r.gzip, min: full.min - r.min });
  }
  for (const e of ELEMENTS) {
    const others = ELEMENTS.filter((x) => x !== e);
    const r = await build({ contents: others.map((x) => `import './${x}/define.js';`).join('\n') });
    whatIf.push({ name: `&lt;gr-${e}&gt; with all that only it pulls in`, gzip: full.gzip - r.gzip, min: full.min - r.min });
  }
  return { full: { min: full.min, gzip: full.gzip, brotli: full.brotli }, perInput, perFamily, whatIf };
}

// ---------------------------------------------------------------------------------------------
// The dataset, field by field.

function without(value, drop) {
  if (Array.isArray(value)) return value.map((v) => without(v, drop));
  if (value && typeof value === 'object') {
    const out = {};
    for (const [k, v] of Object.entries(value)) if (!drop(k, v)) out[k] = without(v, drop);
    return out;
  }
  return value;
}

const isLocalized = (v) => v && typeof v === 'object' && !Array.isArray(v) && typeof v.sv === 'string';

export function datasetBreakdown(dataset) {
  const size = (obj) => {
    const buf = Buffer.from(JSON.stringify(obj));
    return { min: buf.length, gzip: gzipSize(buf) };
  };
  const all = size(dataset);
  const rows = [];
  for (const [key, value] of Object.entries(dataset)) {
    if (Array.isArray(value) || (value && typeof value === 'object')) {
      const s = size(value);
      rows.push({ part: `${key}${Array.isArray(value) ? ` (${value.length})` : ''}`, ...s });
    }
  }
  const cuts = [
    ['every `sources` list', (k) => k === 'sources'],
    ['English translations (`en` of texts)', (k, v) => k === 'en' && typeof v === 'string'],
    ['descriptions', (k, v) => k === 'description' && isLocalized(v)],
    ['committees’ `purpose` lists', (k, v) => k === 'purpose' && Array.isArray(v)],
    ['committees’ full `members` lists', (k, v) => k === 'members' && Array.isArray(v)],
    ['meetings (all)', (k, v) => k === 'meetings' && Array.isArray(v)],
  ];
  const savings = cuts.map(([part, drop]) => {
    const s = size(without(dataset, drop));
    return { part, min: all.min - s.min, gzip: all.gzip - s.gzip };
  });
  return { all, rows, savings };
}
