/**
 * Search benchmark (not a test): `npm run bench -w @goteborgsregionen/data`.
 * Latency of searchNetworks (median and p95 over a mix of realistic queries, including typos and
 * quoted municipalities, and separately over the queries with and without typos) and index build
 * time, on the bundled dataset and on synthetic datasets of 1,000 and 10,000 networks. Prints a
 * markdown table.
 */
import { cpus } from 'node:os';
import { performance } from 'node:perf_hooks';
import { dataset, searchNetworks } from '../src/index.js';
import type { Dataset, Network, NetworkKind } from '../src/types.js';

/** Queries with a typo in them (the rest are spelled right, or are prefixes of right words). */
const TYPOS = ['socialshefer', 'ekonmichefer', 'skoljuridsika', 'strandskyds', 'kommunikatoin', 'vuxenutbilding chefer'];

const QUERIES = [
  ...TYPOS,
  'aldreomsorg',
  'skoljur',
  '"Lilla Edet"',
  '”Ale”',
  '"Mölndal" plan',
  'chef',
  'förskola',
  'kommunikation',
  'planering',
  'strandskydd',
  'gymnasie',
  'hr',
  'vuxenutbildning chefer',
  'hälso sjukvård',
  'kultur fritid',
  'klimat',
  's',
  'so',
  'soc',
  'soci',
  'socia',
  'social',
];

/** Deterministic pseudo-random numbers (mulberry32). */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PREFIX = ['Social', 'Skol', 'Plan', 'Ekonomi', 'Kultur', 'Fritids', 'Äldreomsorgs', 'Barn', 'Gymnasie', 'Förskole', 'Miljö', 'Klimat', 'Avfalls', 'VA-', 'Trafik', 'Kommunikations', 'HR-', 'Digitaliserings', 'Integrations', 'Arbetsmarknads', 'Hälso', 'Folkhälso', 'Bygglovs', 'Energi', 'Upphandlings', 'Vuxenutbildnings', 'Kompetens', 'Turism', 'Näringslivs', 'Säkerhets'];
const SUFFIX = ['chefsnätverket', 'nätverket', 'gruppen', 'rådet', 'strateger', 'samordnare', 'handläggare', 'juristerna', 'forum'];
const QUALIFIER = ['', '', '', ' för grundskola', ' i Göteborgsregionen', ' för samverkan', ' norr', ' söder', ' och utveckling', ' inom äldreomsorg'];
const WORDS = ['strategiskt', 'nätverk', 'för', 'kommunernas', 'chefer', 'erfarenhetsutbyte', 'samverkan', 'utveckling', 'regional', 'planering', 'uppföljning', 'kompetens', 'medlemskommunerna', 'möts', 'sex', 'gånger', 'per', 'år', 'hälso-', 'och', 'sjukvård', 'skola', 'förskola', 'miljö', 'klimat'];
const KINDS: NetworkKind[] = ['chefsnatverk', 'kunskaps-och-erfarenhetsutbyte', 'strateger-och-sakkunniga', 'regional-samverkan', 'natverk'];

/** The bundled dataset with `size` synthetic networks instead of the real ones. */
function synthetic(size: number): Dataset {
  const next = random(size);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const municipalityIds = dataset.municipalities.map((m) => m.id);
  const networks: Network[] = Array.from({ length: size }, (_, i) => {
    const name = `${pick(PREFIX)}${pick(SUFFIX)}${pick(QUALIFIER)}`;
    const description = Array.from({ length: 8 + Math.floor(next() * 20) }, () => pick(WORDS)).join(' ');
    return {
      id: `n-${i}`,
      name,
      area: pick(dataset.areas).id,
      kind: pick(KINDS),
      municipalities: next() < 0.7 ? municipalityIds : municipalityIds.filter(() => next() < 0.4),
      description: { sv: `${description[0]?.toUpperCase()}${description.slice(1)}.` },
      partners: next() < 0.1 && dataset.organisations[0] ? [dataset.organisations[0].id] : undefined,
      participation: { basis: 'general-statement', sources: [{ url: 'https://goteborgsregionen.se/natverk', asOf: '2024' }] },
      sources: [{ url: 'https://goteborgsregionen.se/natverk', asOf: '2024' }],
    };
  });
  return { ...dataset, networks };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * p))] ?? Number.NaN;
}
const median = (values: number[]) => percentile([...values].sort((a, b) => a - b), 0.5);
const ms = (v: number) => (v < 1 ? v.toFixed(2) : v < 10 ? v.toFixed(1) : v.toFixed(0));

interface Stats {
  median: number;
  p95: number;
}

interface Row {
  label: string;
  networks: number;
  build: number;
  all: Stats;
  typos: Stats;
  exact: Stats;
  limited: Stats;
  everyHighlight: Stats;
}

function stats(samples: number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  return { median: percentile(sorted, 0.5), p95: percentile(sorted, 0.95) };
}

function measure(label: string, data: Dataset, rounds: number): Row {
  // Index build: a fresh dataset object each time, so the per-dataset cache misses.
  const builds: number[] = [];
  for (let i = 0; i < 9; i++) {
    const fresh = { ...data };
    const t0 = performance.now();
    searchNetworks('', { dataset: fresh, limit: 1 });
    builds.push(performance.now() - t0);
  }
  /** Samples per query; `shown` results have their highlights read (what a UI shows). */
  const run = (limit: number | undefined, shown: number) => {
    for (const q of QUERIES) searchNetworks(q, { dataset: data, limit }); // warm-up
    const samples = new Map<string, number[]>(QUERIES.map((q) => [q, []]));
    for (let r = 0; r < rounds; r++) {
      for (const q of QUERIES) {
        const t0 = performance.now();
        const results = searchNetworks(q, { dataset: data, limit });
        for (const result of results.slice(0, shown)) void result.matches;
        samples.get(q)?.push(performance.now() - t0);
      }
    }
    return samples;
  };
  const pick = (samples: Map<string, number[]>, keep: (q: string) => boolean) =>
    [...samples].filter(([q]) => keep(q)).flatMap(([, s]) => s);
  const first20 = run(undefined, 20);
  const limited = run(10, 20);
  const every = run(undefined, Number.POSITIVE_INFINITY);
  return {
    label,
    networks: data.networks.length,
    build: median(builds),
    all: stats(pick(first20, () => true)),
    typos: stats(pick(first20, (q) => TYPOS.includes(q))),
    exact: stats(pick(first20, (q) => !TYPOS.includes(q))),
    limited: stats(pick(limited, () => true)),
    everyHighlight: stats(pick(every, () => true)),
  };
}

const rows = [
  measure('bundled dataset', dataset, 40),
  measure('synthetic 1,000', synthetic(1_000), 20),
  measure('synthetic 10,000', synthetic(10_000), 10),
];

const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU';
const cell = (s: Stats) => `${ms(s.median)} / ${ms(s.p95)} ms`;
console.log(
  `searchNetworks, ${QUERIES.length} queries (${TYPOS.length} with typos; prefixes, several words, quoted municipalities); Node ${process.version}, ${cpu}, ${cpus().length} cores\n`,
);
console.log('Median / p95 per query. Highlights of the first 20 results are read, except in the last column, where every result\'s are.\n');
console.log('| dataset | networks | index build (median) | search | typo queries | other queries | limit 10 | every highlight read |');
console.log('|---|---:|---:|---:|---:|---:|---:|---:|');
for (const r of rows) {
  console.log(
    `| ${r.label} | ${r.networks.toLocaleString('en')} | ${ms(r.build)} ms | ${cell(r.all)} | ${cell(r.typos)} | ${cell(r.exact)} | ${cell(r.limited)} | ${cell(r.everyHighlight)} |`,
  );
}
