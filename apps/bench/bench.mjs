#!/usr/bin/env node
// `npm run bench`: a report, not a test. Sizes of the CDN files next to peers bundled the same way,
// where the bytes go, first render and keystroke → results in headless Chromium, search in Node.
// Prints markdown and writes BENCHMARKS.md at the repository root. Times are never asserted.
import { writeFileSync, readFileSync, existsSync } from 'node:fs';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { cdnSizes, bundlePeers, cdnDir } from './lib/sizes.mjs';
import { bundleBreakdown, datasetBreakdown } from './lib/breakdown.mjs';
import { syntheticDataset } from './lib/synthetic.mjs';
import { startServer } from './lib/server.mjs';
import { launch, openPage, firstRender, keystrokes, parseInPage } from './lib/browser.mjs';
import { median, percentile, ms, bytes, fitLine } from './lib/stats.mjs';
import { searchExperiments } from './lib/search-experiments.mjs';
import { ELEMENTS, folderBytes, measurePages } from './lib/page-bytes.mjs';
import { lighthouseRoutes } from './lib/lighthouse.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const quick = process.argv.includes('--quick');
const budgets = JSON.parse(readFileSync(join(here, 'size-budgets.json'), 'utf8'));

const data = await import('@goteborgsregionen/data');
const { dataset, parseDataset, searchNetworks } = data;

// ——— data sets ———
const real = parseDataset(JSON.parse(JSON.stringify(dataset)));
const sizes = { real: real.networks.length, '1,000': 1000, '10,000': 10000 };
const synthetic = {
  '1,000': parseDataset(syntheticDataset(real, 1000, 1)),
  '10,000': parseDataset(syntheticDataset(real, 10000, 2)),
};

/** Distinct queries, typed letter by letter (2 letters up), so each one is new to the finder's cache. */
function typed(words, max) {
  const out = [];
  for (const w of words) for (let i = 2; i <= w.length; i++) out.push(w.slice(0, i));
  return out.slice(0, max);
}
const REAL_WORDS = [
  'skola',
  'miljö',
  'planering',
  'socialchefer',
  'äldreomsorg',
  'kommunikation',
  'ekonomi',
  'digital',
  'arbetsmarknad',
  'kultur',
];
const SYN_WORDS = [
  'trafik',
  'klimat',
  'upphandling',
  'folkhälsa',
  'digitalisering',
  'omsorg',
  'integration',
  'statistik',
  'energi',
  'ledarskap',
];
const QUERIES = {
  real: typed(REAL_WORDS, quick ? 20 : 60),
  '1,000': typed(SYN_WORDS, quick ? 15 : 40),
  '10,000': typed(SYN_WORDS, quick ? 8 : 20),
};

const lines = [];
const out = (s = '') => {
  lines.push(s);
  console.log(s);
};
const table = (head, rows) => {
  out(`| ${head.join(' | ')} |`);
  out(`| ${head.map((h, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`);
  for (const r of rows) out(`| ${r.join(' | ')} |`);
  out();
};

// ——— 1. sizes ———
const cdn = await cdnSizes();
const peers = await bundlePeers();

// ——— 1b. what pages transfer, and Lighthouse ———
const pageCases = [...ELEMENTS.map((e) => ({ id: e.name, tags: [e] })), { id: 'all', tags: ELEMENTS }];
const pages = await measurePages(cdnDir(), pageCases, budgets.attributes);
const folder = folderBytes(cdnDir());
const lighthouse = await lighthouseRoutes({ runs: quick ? 1 : 3 });

// ——— 2. where the bytes go ———
const breakdown = await bundleBreakdown();
const dsBreakdown = datasetBreakdown(real);

// ——— 3. speed in Chromium ———
const json = { 'synthetic-1000.json': JSON.stringify(synthetic['1,000']), 'synthetic-10000.json': JSON.stringify(synthetic['10,000']) };
const server = await startServer({ cdnDir: cdnDir(), json });
const { browser, version: chromiumVersion } = await launch();
let renders = [];
let keys = {};
let parse = {};
let bundleNote = '';
let isolated = false;
let intlTotal = {};
try {
  const { page, errors } = await openPage(browser, server.origin);
  const NOW = '2020-04-01T12:00:00+02:00';
  const mounts = [
    { tag: 'gr-network-finder', attrs: {} },
    { tag: 'gr-committee-card', attrs: { committee: 'styrgruppen-for-social-valfard', now: NOW } },
    { tag: 'gr-contact-list', attrs: { committee: 'styrgruppen-for-social-valfard' } },
    { tag: 'gr-meeting-calendar', attrs: { committee: 'styrgruppen-for-social-valfard', now: NOW } },
  ];
  for (const m of mounts) {
    const r = await firstRender(page, { ...m, warmup: 10, runs: quick ? 15 : 50 });
    renders.push({ ...m, ...r, median: median(r.times), p95: percentile(r.times, 95) });
  }
  for (const [label, url] of [
    ['real', undefined],
    ['1,000', '/json/synthetic-1000.json'],
    ['10,000', '/json/synthetic-10000.json'],
  ]) {
    const r = await keystrokes(page, { datasetUrl: url, queries: QUERIES[label] });
    const [first, ...rest] = r.samples;
    keys[label] = {
      ...r,
      first,
      median: median(rest.map((s) => s.render)),
      p95: percentile(
        rest.map((s) => s.render),
        95
      ),
      medianLayout: median(rest.map((s) => s.layout)),
      medianResults: median(rest.map((s) => s.results)),
      maxResults: Math.max(...rest.map((s) => s.results)),
    };
    if (url) parse[label] = await parseInPage(page, url);
  }
  isolated = await page.evaluate(() => self.crossOriginIsolated);
  intlTotal = await page.evaluate(() => ({ ...window.__intl }));
  if (errors.length) out(`> Page errors during the run: ${errors.map((e) => e.message).join('; ')}`);
} finally {
  await browser.close();
  await server.close();
}

// ——— 4. search alone in Node ———
const nodeSearch = {};
for (const [label, ds] of [
  ['real', real],
  ['1,000', synthetic['1,000']],
  ['10,000', synthetic['10,000']],
]) {
  const qs = QUERIES[label];
  const copy = structuredClone(ds); // a fresh object: the index is cached per dataset object
  const t0 = performance.now();
  searchNetworks(qs[0], { dataset: copy });
  const first = performance.now() - t0;
  const times = [];
  for (let rep = 0; rep < 3; rep++) {
    for (const q of qs.slice(1)) {
      const t = performance.now();
      const r = searchNetworks(q, { dataset: copy });
      for (const x of r.slice(0, 50)) void x.matches; // the highlights a first page would show
      times.push(performance.now() - t);
    }
  }
  nodeSearch[label] = { first, median: median(times), p95: percentile(times, 95) };
}

const experiments = searchExperiments(synthetic, QUERIES);

// Render cost per result shown: a line through (results, keystroke ms) of the synthetic runs, minus
// the search's own share (its Node median at that size).
const renderPoints = ['1,000', '10,000'].flatMap((label) =>
  (keys[label]?.samples.slice(1) ?? []).map((s) => ({ x: s.results, y: s.render }))
);
const perResult = fitLine(renderPoints);

// ——— report ———
const cpu = cpus();
const date = new Date().toISOString().slice(0, 10);
out('# Benchmarks');
out();
out(
  `Generated by \`npm run bench\` (apps/bench/bench.mjs) on ${date}. Machine: ${cpu[0]?.model ?? 'unknown CPU'}, ${cpu.length} cores; ` +
    `Node ${process.versions.node}; Chromium ${chromiumVersion} (headless, playwright-core). A report, not a test: times are never asserted; ` +
    'the byte budgets in apps/bench/size-budgets.json are (`npm test`).'
);
out();
if (bundleNote) out(`> ${bundleNote}\n`);
out('## Targets');
out();
const keystrokeTarget = (label, limit) => {
  const k = keys[label];
  return k ? `${ms(k.median)} ms median (${k.median <= limit ? 'met' : 'not met'})` : 'not measured';
};
const pageOf = (id) => pages.find((p) => p.id === id);
const byteTarget = (value, goal) => `${bytes(value)} B (${value <= goal ? 'met' : `not met: ${bytes(value - goal)} B over`})`;
const loaderLh = lighthouse.find((r) => r.route === 'loader')?.median;
table(
  ['Target', 'Measured'],
  [
    ['A page with one contact list: ≤ 12,000 B gzip of JavaScript', byteTarget(pageOf('contact-list').js, 12000)],
    ['A page with all four: ≤ 30,000 B gzip of JavaScript', byteTarget(pageOf('all').js, 30000)],
    ['A page with all four: ≤ 10,000 B gzip of data', byteTarget(pageOf('all').data, 10000)],
    ['Everything the folder can load (every script and the data) ≤ 45,000 B gzip', byteTarget(folder.total, 45000)],
    [
      'Demo page, all four, served compressed: Lighthouse mobile performance ≥ 98',
      loaderLh ? `${loaderLh.score} (${loaderLh.score >= 98 ? 'met' : 'not met'}; median of ${lighthouse[0].scores.length}: ${lighthouse[0].scores.join(', ')})` : 'not measured',
    ],
    ['… total blocking time ≤ 50 ms', loaderLh ? `${Math.round(loaderLh.tbt)} ms (${loaderLh.tbt <= 50 ? 'met' : 'not met'})` : 'not measured'],
    ['… cumulative layout shift 0', loaderLh ? `${loaderLh.cls.toFixed(3)} (${loaderLh.cls === 0 ? 'met' : 'not met'})` : 'not measured'],
    ['Keystroke → results ≤ 16 ms median at 1,000 networks', keystrokeTarget('1,000', 16)],
    ['Keystroke → results ≤ 50 ms median at 10,000 networks', keystrokeTarget('10,000', 50)],
    ...renders.map((r) => [`First render ≤ 30 ms: &lt;${r.tag}&gt;`, `${ms(r.median)} ms median (${r.median <= 30 ? 'met' : 'not met'})`]),
  ]
);

out('## What a page transfers');
out();
out(
  'Real pages in headless Chromium load `gr-elements.js` with one element (and with all four); the CDN files they request ' +
    'until every element has rendered are counted as the gzip size (zlib level 9) of each file on disk, so the bytes are ' +
    'deterministic. These are the numbers `npm test` checks against apps/bench/size-budgets.json (check-size.mjs). ' +
    '"Folder" is every script the folder can ever load plus data/dataset.json (not the .ics/.vcf files).'
);
out();
table(
  ['Page', 'JavaScript gzip', 'Data gzip', 'Files'],
  [
    ...pages.map((p) => [p.id === 'all' ? 'all four' : `&lt;gr-${p.id}&gt;`, bytes(p.js), bytes(p.data), String(p.files.length)]),
    ['folder: everything', bytes(folder.js), bytes(folder.total - folder.js), String(folder.files.length)],
  ]
);
out('Files of the page with all four, in the order Chromium requested them:');
out();
table(['File', 'gzip'], pageOf('all').files.map((f) => [f.path, bytes(f.gzip)]));

out('## Lighthouse');
out();
out(
  `Lighthouse ${loaderLh?.lighthouseVersion ?? ''} (the pinned devDependency), mobile, simulated throttling, performance only, against Chromium ` +
    `${chromiumVersion} with \`--headless=new --no-sandbox\`; the demo page (apps/demo) with all four elements, served by the demo server ` +
    'with brotli. The median of the runs by score is shown, with every run’s score. Lighthouse notes that this machine’s CPU is slower ' +
    'than it expects, which raises blocking time; compare the routes with each other.'
);
out();
table(
  ['Route', 'Performance', 'Every run: score / TBT ms', 'TBT ms', 'CLS', 'FCP ms', 'LCP ms', 'Max potential FID ms', 'Scripts', 'Script bytes sent'],
  lighthouse.map((r) => [
    `${r.route}: ${r.what}`,
    String(r.median.score),
    r.scores.map((s, i) => `${s} / ${Math.round(r.tbts[i])}`).join(', '),
    String(Math.round(r.median.tbt)),
    r.median.cls.toFixed(3),
    String(Math.round(r.median.fcp)),
    String(Math.round(r.median.lcp)),
    String(Math.round(r.median.maxFid ?? 0)),
    String(r.median.scriptRequests),
    bytes(r.median.scriptBytes),
  ])
);

out('## Sizes');
out();
out(
  'Minified bytes as shipped; gzip at zlib level 9; brotli at quality 11. Peers are bundled in the same run with the CDN build’s esbuild options (bundle, minify, ESM, es2021, browser).'
);
out();
table(
  ['File', 'Minified', 'gzip', 'brotli'],
  [
    ...cdn.map((r) => [`packages/elements/dist/cdn/${r.name}`, bytes(r.min), bytes(r.gzip), bytes(r.brotli)]),
    [
      'single file of today: all four in one module, rebuilt from source (comparison only)',
      bytes(breakdown.full.min),
      bytes(breakdown.full.gzip),
      bytes(breakdown.full.brotli),
    ],
    ...peers.map((r) => [`peer: ${r.name}`, bytes(r.min), bytes(r.gzip), bytes(r.brotli)]),
  ]
);

out('## First render');
out();
out(
  'createElement + attributes + append + `await el.updateComplete`, measured in the page with performance.now() ' +
    `(${isolated ? 'cross-origin isolated: 5 µs resolution' : 'not isolated: 100 µs resolution'}): 10 mounts of warm-up, then ` +
    `${
      renders[0]?.times.length ?? 0
    } mounts; each is removed before the next. Intl objects: created per mount (constructors plus implicit ones such as localeCompare/toLocaleString). ` +
    `In the whole run the page created ${
      Object.entries(intlTotal)
        .filter(([, v]) => v)
        .map(([k, v]) => `${v} ${k}`)
        .join(', ') || 'none'
    }.`
);
out();
table(
  ['Element', 'Attributes', 'Median ms', 'p95 ms', 'Shadow nodes', 'Intl objects / mount'],
  renders.map((r) => [
    `&lt;${r.tag}&gt;`,
    Object.entries(r.attrs)
      .map(([k, v]) => `${k}="${v}"`)
      .join(' ') || '(none)',
    ms(r.median),
    ms(r.p95),
    String(r.nodes),
    Object.values(r.intl)
      .reduce((a, b) => a + b, 0)
      .toFixed(1),
  ])
);

out('## Keystroke → rendered results (gr-network-finder)');
out();
out(
  'The search field’s value is set and `input` dispatched, then the form is submitted (the finder commits the query at once and cancels its debounce timer); timed until `updateComplete`, and separately until style and layout of the result list. Each query is new to the finder’s cache (typed letter by letter: "tr", "tra", "traf" …). The list is checked to reflect the query (its length equals the `gr-search` count, or it is a first page followed by a "show more" button). The first keystroke is shown on its own (it may build the search index, unless the finder built it in idle time).'
);
out();
table(
  [
    'Networks',
    'Keystrokes',
    'Median ms',
    'p95 ms',
    'Median ms incl. layout',
    'First keystroke ms',
    'Matches (median)',
    'Results shown (median / max)',
    'Mount with data ms',
    'parseDataset in page ms',
    'List ≠ query',
  ],
  Object.entries(keys).map(([label, k]) => [
    label === 'real' ? `${sizes.real} (real dataset)` : label,
    String(k.samples.length),
    ms(k.median),
    ms(k.p95),
    ms(k.medianLayout),
    ms(k.first?.render),
    String(median(k.samples.slice(1).map((s) => s.count))),
    `${k.medianResults} / ${k.maxResults}`,
    ms(k.mountMs),
    label === 'real' ? '(bundled, not parsed)' : ms(parse[label]),
    String(k.mismatches),
  ])
);

const synthSamples = ['1,000', '10,000'].flatMap((label) => keys[label]?.samples.slice(1) ?? []);
const paged = synthSamples.some((s) => s.results < s.count);
if (Number.isFinite(perResult.b) && !paged) {
  out(
    `Rendering grows with the number of results shown: about ${ms(perResult.b * 100)} ms per 100 results ` +
      `(a least-squares line through the synthetic keystrokes, intercept ${ms(perResult.a)} ms). ` +
      'The finder renders every result.'
  );
} else {
  out(
    `The finder renders at most ${Math.max(...synthSamples.map((s) => s.results))} results at a time, with a "show more" button ` +
      `(median ${median(synthSamples.map((s) => s.count))} matches per synthetic keystroke).`
  );
}
out();
out('## Search alone in Node (searchNetworks)');
out();
out(
  'The same queries, three passes, each result’s highlights read for the first 50 results. The data package’s own, finer benchmark is `npm run bench -w @goteborgsregionen/data` (packages/data/bench).'
);
out();
table(
  ['Networks', 'First query ms (index build)', 'Median ms', 'p95 ms'],
  Object.entries(nodeSearch).map(([label, s]) => [
    label === 'real' ? `${sizes.real} (real dataset)` : label,
    ms(s.first),
    ms(s.median),
    ms(s.p95),
  ])
);

out(
  'Where the search time goes, in Node (median ms per query over the same queries, folded as the search folds them): ' +
    'searchNetworks as a whole; fuse.js alone with the data package’s options (keys name, description, areas, kind, partners; ' +
    'ignoreLocation, ignoreDiacritics; threshold 0 under 4 characters, 0.36 from 4: the first version of packages/data/src/search.ts, ' +
    'which ran fuse.js over every network’s text); fuse.js without the description key; ' +
    'fuse.js on names only; and a plain substring scan of folded names and descriptions.'
);
out();
table(
  [
    'Networks',
    'searchNetworks (today)',
    'fuse.js per network, first version',
    'fuse.js without description',
    'fuse.js on names only',
    'substring scan',
  ],
  experiments.map((r) => [
    r.label,
    ms(r.searchNetworks),
    ms(r.fuseCurrent),
    ms(r.fuseNoDescription),
    ms(r.fuseNameOnly),
    ms(r.substringNameAndDescription),
  ])
);

out('## Where the bytes go');
out();
out(
  `The all-in-one rebuilt from source with an esbuild metafile (the data package resolved to its TypeScript source so its parts show): ${bytes(
    breakdown.full.min
  )} B minified, ${bytes(breakdown.full.gzip)} B gzip` +
    ' (today’s CDN folder splits this into the loader, per-element files and chunks; the single file is what the Lighthouse comparison calls "single file"). ' +
    'Minified bytes per input family:'
);
out();
const fam = Object.entries(breakdown.perFamily).sort((a, b) => b[1] - a[1]);
table(
  ['Input', 'Minified bytes', 'Share'],
  fam.map(([k, v]) => [k, bytes(v), `${((v / breakdown.full.min) * 100).toFixed(1)} %`])
);
out('What each part costs in the bundle: gzip bytes saved when it is left out (rebuilt without it).');
out();
table(
  ['Left out', 'Minified saved', 'gzip saved'],
  breakdown.whatIf.map((w) => [w.name, bytes(w.min), bytes(w.gzip)])
);
out(`What the bundled dataset ships (${bytes(dsBreakdown.all.min)} B as compact JSON, ${bytes(dsBreakdown.all.gzip)} B gzip on its own):`);
out();
table(
  ['Part', 'Minified', 'gzip'],
  dsBreakdown.rows.map((r) => [r.part, bytes(r.min), bytes(r.gzip)])
);
table(
  ['Removed from the dataset', 'Minified saved', 'gzip saved (alone)'],
  dsBreakdown.savings.map((r) => [r.part, bytes(r.min), bytes(r.gzip)])
);

// Hand-written findings and recommendations, kept beside the script.
const findings = join(here, 'FINDINGS.md');
if (existsSync(findings)) {
  out(readFileSync(findings, 'utf8').trim());
  out();
}

// Only a full run of the workspace's own build is recorded.
if (quick || process.env.GR_CDN_DIR) {
  console.error('\nbench: BENCHMARKS.md not written (a --quick run or GR_CDN_DIR build)');
} else {
  writeFileSync(join(root, 'BENCHMARKS.md'), `${lines.join('\n').trim()}\n`);
  console.error(`\nbench: wrote ${join(root, 'BENCHMARKS.md')}`);
}
