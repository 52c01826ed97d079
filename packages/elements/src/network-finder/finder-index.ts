import { searchNetworks } from '@goteborgsregionen/data';
import type { Area, Dataset, ExternalOrganisation, Municipality, Network, Person } from '@goteborgsregionen/data';
import { formatters } from '../shared/i18n.js';

/** A half-open range [start, end) of UTF-16 code units in a network's name. */
export type Range = readonly [start: number, end: number];

/** One network in the finder's results, with the parts of its name to highlight. */
export interface Hit {
  readonly network: Network;
  readonly matches: readonly Range[];
}

/** What the finder shows for one (query, municipalities, areas) state. */
export interface FinderResult {
  /** Networks that pass the query and both filters, best match first (Swedish order without a query). */
  readonly hits: readonly Hit[];
  /** For each municipality id: how many networks the query and the area filter give with it chosen. */
  readonly municipalityCounts: ReadonlyMap<string, number>;
  /** For each area id: how many networks the query and the municipality filter give with it chosen. */
  readonly areaCounts: ReadonlyMap<string, number>;
}

/** How many states to remember (a visitor types maybe a few dozen before the page is left). */
const CACHE_SIZE = 64;

function remember<K, V>(cache: Map<K, V>, key: K, value: V): V {
  if (cache.size >= CACHE_SIZE) {
    const oldest = cache.keys().next();
    if (!oldest.done) cache.delete(oldest.value);
  }
  cache.set(key, value);
  return value;
}

/**
 * Normalises match ranges from the data package (`[start, end]`, both ends inclusive, the fuse.js
 * convention) into sorted, merged, half-open ranges that lie inside `text`. Anything odd (negative,
 * reversed, out of bounds) is clipped or dropped rather than trusted.
 */
export function normaliseRanges(text: string, ranges: readonly (readonly number[])[] | undefined): Range[] {
  if (!ranges || ranges.length === 0) return [];
  const clean: [number, number][] = [];
  for (const r of ranges) {
    const start = Math.max(0, Math.floor(Number(r[0])));
    const end = Math.min(text.length, Math.floor(Number(r[1])) + 1);
    if (Number.isFinite(start) && Number.isFinite(end) && end > start) clean.push([start, end]);
  }
  clean.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const r of clean) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

/** Splits `text` into plain and highlighted pieces (for `<mark>`); never produces HTML. */
export function segments(text: string, ranges: readonly Range[]): { text: string; mark: boolean }[] {
  const out: { text: string; mark: boolean }[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start > at) out.push({ text: text.slice(at, start), mark: false });
    out.push({ text: text.slice(start, end), mark: true });
    at = end;
  }
  if (at < text.length) out.push({ text: text.slice(at), mark: false });
  return out;
}

/**
 * The finder's search over one dataset. The data package builds (and caches) its search index
 * per dataset object; this class remembers the results per query and the facet counts per
 * (query, filters), so typing and ticking boxes never recompute what was already shown.
 */
export class FinderIndex {
  private readonly byQuery = new Map<string, readonly Hit[]>();
  private readonly byState = new Map<string, FinderResult>();
  private sortedAll?: readonly Hit[];

  /** Records by id, for rendering results without searching arrays per network. */
  readonly people: ReadonlyMap<string, Person>;
  readonly networks: ReadonlyMap<string, Network>;
  readonly municipalities: ReadonlyMap<string, Municipality>;
  readonly areas: ReadonlyMap<string, Area>;
  readonly organisations: ReadonlyMap<string, ExternalOrganisation>;
  /** Municipalities in Swedish alphabetical order (the filter's options). */
  readonly municipalitiesSorted: readonly Municipality[];

  constructor(readonly data: Dataset) {
    const byId = <T extends { id: string }>(list: readonly T[]) => new Map(list.map((x) => [x.id, x]));
    this.people = byId(data.people);
    this.networks = byId(data.networks);
    this.municipalities = byId(data.municipalities);
    this.areas = byId(data.areas);
    this.organisations = byId(data.organisations);
    const c = formatters('sv').collator;
    this.municipalitiesSorted = [...data.municipalities].sort((a, b) => c.compare(a.name, b.name));
  }

  /** Networks matching `query` (trimmed), best first; all networks in Swedish order when empty. */
  hits(query: string): readonly Hit[] {
    const q = query.trim();
    if (!q) {
      if (!this.sortedAll) {
        const c = formatters('sv').collator;
        this.sortedAll = [...this.data.networks]
          .sort((a, b) => c.compare(a.name, b.name))
          .map((network) => ({ network, matches: [] }));
      }
      return this.sortedAll;
    }
    const cached = this.byQuery.get(q);
    if (cached) return cached;
    let found: readonly Hit[] = [];
    try {
      found = searchNetworks(q, { dataset: this.data }).map((r) => ({
        network: r.network,
        matches: normaliseRanges(r.network.name, r.matches as readonly (readonly number[])[] | undefined),
      }));
    } catch (e) {
      // The data package promises never to throw; if it ever does, show no results rather than break.
      console.warn('<gr-network-finder>: search failed', e);
    }
    return remember(this.byQuery, q, found);
  }

  /** Results and facet counts for a state; `municipalities` and `areas` are OR within, AND across. */
  result(query: string, municipalities: readonly string[], areas: readonly string[]): FinderResult {
    const key = `${query.trim()}\u0000${[...municipalities].sort().join(' ')}\u0000${[...areas].sort().join(' ')}`;
    const cached = this.byState.get(key);
    if (cached) return cached;
    const base = this.hits(query);
    const mSet = new Set(municipalities);
    const aSet = new Set(areas);
    const passM = (n: Network) => mSet.size === 0 || n.municipalities.some((m) => mSet.has(m));
    const passA = (n: Network) => aSet.size === 0 || aSet.has(n.area);
    const municipalityCounts = new Map<string, number>(this.data.municipalities.map((m) => [m.id, 0]));
    const areaCounts = new Map<string, number>(this.data.areas.map((a) => [a.id, 0]));
    const hits: Hit[] = [];
    for (const hit of base) {
      const n = hit.network;
      const m = passM(n);
      const a = passA(n);
      if (m && a) hits.push(hit);
      if (a) for (const id of new Set(n.municipalities)) municipalityCounts.set(id, (municipalityCounts.get(id) ?? 0) + 1);
      if (m) areaCounts.set(n.area, (areaCounts.get(n.area) ?? 0) + 1);
    }
    return remember(this.byState, key, { hits, municipalityCounts, areaCounts });
  }
}
