// Search cost in Node, taken apart: fuse.js with the data package's options (packages/data/src/search.ts)
// against variants, on the same synthetic networks, to put numbers on the recommendations.
import Fuse from 'fuse.js/basic';
import { performance } from 'node:perf_hooks';
import { networkKindLabels, searchNetworks } from '@goteborgsregionen/data';
import { median } from './stats.mjs';

const fold = (t) => t.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

function docsOf(dataset, { description = true } = {}) {
  const areas = new Map(dataset.areas.map((a) => [a.id, a]));
  const orgs = new Map(dataset.organisations.map((o) => [o.id, o]));
  return dataset.networks.map((n) => {
    const area = areas.get(n.area);
    const kind = networkKindLabels[n.kind];
    return {
      name: n.name,
      ...(description ? { description: n.description ? `${n.description.sv} ${n.description.en ?? ''}` : '' } : {}),
      areas: area ? [area.name.sv, area.name.en ?? ''] : [],
      kind: kind ? [kind.sv, kind.en] : [],
      partners: (n.partners ?? []).map((p) => orgs.get(p)?.name ?? ''),
    };
  });
}

const KEYS = [
  { name: 'name', weight: 4 },
  { name: 'description', weight: 1 },
  { name: 'areas', weight: 1.5 },
  { name: 'kind', weight: 1 },
  { name: 'partners', weight: 1 },
];
const BASE = { includeScore: true, ignoreDiacritics: true, ignoreLocation: true, shouldSort: false, minMatchCharLength: 2 };

function time(fn, queries) {
  for (const q of queries.slice(0, 3)) fn(q); // warm-up
  const t = [];
  for (const q of queries) {
    const t0 = performance.now();
    fn(q);
    t.push(performance.now() - t0);
  }
  return median(t);
}

export function searchExperiments(datasets, queries) {
  const rows = [];
  for (const [label, ds] of Object.entries(datasets)) {
    const qs = queries[label].map(fold);
    const docs = docsOf(ds);
    const keys = KEYS;
    const make = (d, k, extra = {}) => {
      const index = Fuse.createIndex(k, d);
      return {
        strict: new Fuse(d, { ...BASE, keys: k, threshold: 0, ...extra }, index),
        loose: new Fuse(d, { ...BASE, keys: k, threshold: 0.36, ...extra }, index),
      };
    };
    const run = (f) => (q) => (q.length < 4 ? f.strict : f.loose).search(q);
    const current = make(docs, keys);
    const noDesc = make(
      docsOf(ds, { description: false }),
      keys.filter((k) => k.name !== 'description')
    );
    const nameOnly = make(
      ds.networks.map((n) => ({ name: n.name })),
      [{ name: 'name', weight: 1 }]
    );
    const folded = ds.networks.map((n) => fold(n.name));
    const foldedDesc = ds.networks.map((n) => fold(n.description ? `${n.description.sv} ${n.description.en ?? ''}` : ''));
    const copy = structuredClone(ds);
    rows.push({
      label,
      searchNetworks: time((q) => searchNetworks(q, { dataset: copy }), qs),
      fuseCurrent: time(run(current), qs),
      fuseNoDescription: time(run(noDesc), qs),
      fuseNameOnly: time(run(nameOnly), qs),
      substringNameAndDescription: time((q) => {
        const out = [];
        for (let i = 0; i < folded.length; i++) if (folded[i].includes(q) || foldedDesc[i].includes(q)) out.push(i);
        return out;
      }, qs),
    });
  }
  return rows;
}
