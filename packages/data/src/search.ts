/**
 * Network search: diacritic-insensitive, typo-tolerant, prefix-friendly, with quoted municipality
 * names as a filter (GR's own site tells visitors to type `"Lilla Edet"`). fuse.js does the fuzzy
 * part; a word-start pass ranks names whose words start with every query word first.
 */
import Fuse from 'fuse.js/basic';
import { networkKindLabels } from './constants.js';
import { rawDataset } from './dataset.js';
import { findMunicipality, networkPredicate, type NetworkFilter } from './queries.js';
import { fold } from './text.js';
import type { Dataset, Network } from './types.js';

/** Queries are cut to this many UTF-16 code units. */
export const MAX_QUERY_LENGTH = 100;
/** At most this many free-text words are used. */
const MAX_WORDS = 8;

export interface SearchOptions extends NetworkFilter {
  /** Dataset to search; the bundled one by default. */
  dataset?: Dataset;
  /** At most this many results. */
  limit?: number;
}

/**
 * A range of UTF-16 indices in `network.name` to highlight, both ends inclusive (the fuse.js
 * convention): `name.slice(start, end + 1)`.
 */
export type MatchRange = [start: number, end: number];

export interface NetworkSearchResult {
  network: Network;
  /** 0 = perfect … 1 = barely matching. Results come sorted by it, best first. */
  score: number;
  /** Where the query words are in `network.name`, sorted and non-overlapping (empty for an empty query). */
  matches: MatchRange[];
}

interface Doc {
  name: string;
  description: string;
  areas: string[];
  kind: string[];
  partners: string[];
}

/** Folded text with, for each folded code unit, the range of the original code units it came from. */
interface FoldedText {
  text: string;
  from: number[];
  to: number[];
  /** Folded indices where words start. */
  words: number[];
}

interface SearchIndex {
  networks: readonly Network[];
  loose: Fuse<Doc>;
  strict: Fuse<Doc>;
  names: FoldedText[];
  /** Network indices in Swedish alphabetical order of their names. */
  alphabetical: number[];
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
const QUOTED = /["“”„‟″«»]([^"“”„‟″«»]*)(?:["“”„‟″«»]|$)/g;
const collator = new Intl.Collator('sv');
const cache = new WeakMap<Dataset, SearchIndex>();

function foldWithMap(text: string): FoldedText {
  let out = '';
  const from: number[] = [];
  const to: number[] = [];
  let i = 0;
  for (const ch of text) {
    const folded = fold(ch);
    for (let k = 0; k < folded.length; k++) {
      out += folded[k];
      from.push(i);
      to.push(i + ch.length - 1);
    }
    i += ch.length;
  }
  const words: number[] = [];
  for (let k = 0; k < out.length; k++) {
    if (WORD_CHAR.test(out[k] ?? '') && (k === 0 || !WORD_CHAR.test(out[k - 1] ?? ''))) words.push(k);
  }
  return { text: out, from, to, words };
}

const KEYS = [
  { name: 'name', weight: 4 },
  { name: 'description', weight: 1 },
  { name: 'areas', weight: 1.5 },
  { name: 'kind', weight: 1 },
  { name: 'partners', weight: 1 },
];

function buildIndex(dataset: Dataset): SearchIndex {
  const networks = Array.isArray(dataset.networks) ? dataset.networks : [];
  const areas = new Map((dataset.areas ?? []).map((a) => [a.id, a]));
  const orgs = new Map((dataset.organisations ?? []).map((o) => [o.id, o]));
  const docs: Doc[] = networks.map((n) => {
    const area = areas.get(n.area);
    const kind = networkKindLabels[n.kind];
    return {
      name: String(n.name ?? ''),
      description: n.description ? `${n.description.sv} ${n.description.en ?? ''}` : '',
      areas: area ? [area.name.sv, area.name.en ?? ''] : [],
      kind: kind ? [kind.sv, kind.en] : [],
      partners: (n.partners ?? []).map((p) => orgs.get(p)?.name ?? ''),
    };
  });
  const base = {
    keys: KEYS,
    includeScore: true,
    ignoreDiacritics: true,
    ignoreLocation: true,
    shouldSort: false,
    minMatchCharLength: 2,
  };
  const index = Fuse.createIndex(KEYS, docs);
  const names = networks.map((n) => foldWithMap(String(n.name ?? '')));
  return {
    networks,
    loose: new Fuse(docs, { ...base, threshold: 0.3 }, index),
    strict: new Fuse(docs, { ...base, threshold: 0 }, index),
    names,
    alphabetical: networks.map((_, i) => i).sort((a, b) => collator.compare(networks[a]?.name ?? '', networks[b]?.name ?? '')),
  };
}

function indexFor(dataset: Dataset): SearchIndex {
  let index = cache.get(dataset);
  if (!index) {
    index = buildIndex(dataset);
    cache.set(dataset, index);
  }
  return index;
}

/** Splits a query into quoted municipality ids and the remaining free-text words (folded). */
export function parseSearchQuery(query: string, dataset: Dataset = rawDataset): { municipalities: string[]; words: string[] } {
  const municipalities: string[] = [];
  let text = query.slice(0, MAX_QUERY_LENGTH);
  let quoted = false;
  text = text.replace(QUOTED, (_, inner: string) => {
    quoted = true;
    const m = inner.trim() ? findMunicipality(inner.trim(), dataset) : undefined;
    if (m) {
      if (!municipalities.includes(m.id)) municipalities.push(m.id);
      return ' ';
    }
    return ` ${inner} `;
  });
  if (!quoted && text.trim()) {
    // A query that is exactly a municipality name means the same as the quoted name.
    const m = findMunicipality(text.trim(), dataset);
    const typed = fold(text.trim()).replace(/\s+/g, ' ');
    if (m && (typed === fold(m.name) || typed === fold(m.officialName))) {
      return { municipalities: [m.id], words: [] };
    }
  }
  const words = fold(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, MAX_WORDS);
  return { municipalities, words };
}

function fuseScores(index: SearchIndex, pattern: string): Map<number, number> {
  const fuse = pattern.length < 5 ? index.strict : index.loose;
  const scores = new Map<number, number>();
  for (const hit of fuse.search(pattern)) scores.set(hit.refIndex, hit.score ?? 1);
  return scores;
}

function levenshtein(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const value = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    prev = cur;
  }
  return prev[b.length] ?? max + 1;
}

/** Typos forgiven in a word of this length when comparing with a word start. */
function typosFor(length: number): number {
  return length < 5 ? 0 : length < 8 ? 1 : length < 12 ? 2 : 3;
}

/** The closest match of `word` to the text at `start` (lengths around the word's own), if within `maxErrors`. */
function fuzzyAt(
  t: string,
  start: number,
  word: string,
  maxErrors: number,
  end = t.length,
): { length: number; d: number } | undefined {
  let best: { length: number; d: number } | undefined;
  for (let length = Math.max(2, word.length - maxErrors); length <= word.length + maxErrors; length++) {
    if (start + length > end) break;
    const d = levenshtein(word, t.slice(start, start + length), maxErrors);
    if (d <= maxErrors && (!best || d < best.d || (d === best.d && Math.abs(length - word.length) < Math.abs(best.length - word.length)))) {
      best = { length, d };
    }
  }
  return best;
}

/** How a query word meets a name: 0 = begins a word, 1 = begins a word with typos, undefined = neither. */
function wordStartTier(name: FoldedText, word: string): 0 | 1 | undefined {
  if (name.words.some((ws) => name.text.startsWith(word, ws))) return 0;
  const k = typosFor(word.length);
  if (k === 0) return undefined;
  const t = name.text;
  return name.words.some((ws) => {
    let end = ws;
    while (end < t.length && WORD_CHAR.test(t[end] ?? '')) end++;
    return fuzzyAt(t, ws, word, k, end) !== undefined;
  })
    ? 1
    : undefined;
}

/** Folded [start, end] of the best place for `word` in the name: a word start, a substring, or a fuzzy match. */
function locate(name: FoldedText, word: string): [number, number] | undefined {
  const t = name.text;
  for (const ws of name.words) if (t.startsWith(word, ws)) return [ws, ws + word.length - 1];
  const at = t.indexOf(word);
  if (at >= 0) return [at, at + word.length - 1];
  const k = Math.max(1, typosFor(word.length));
  if (word.length < 4) return undefined;
  let best: { start: number; length: number; d: number } | undefined;
  const consider = (start: number) => {
    const m = fuzzyAt(t, start, word, k);
    if (m && (!best || m.d < best.d)) best = { start, ...m };
  };
  for (const ws of name.words) consider(ws);
  if (!best) for (let start = 0; start < t.length && start < 200; start++) consider(start);
  return best ? [best.start, best.start + best.length - 1] : undefined;
}

/** Highlight ranges (original UTF-16 indices, inclusive) of the query words in a name. */
function highlight(name: FoldedText, words: readonly string[]): MatchRange[] {
  const ranges: MatchRange[] = [];
  for (const word of words) {
    const r = locate(name, word);
    const start = r && name.from[r[0]];
    const end = r && name.to[r[1]];
    if (start !== undefined && end !== undefined) ranges.push([start, end]);
  }
  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: MatchRange[] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1] + 1) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

function result(network: Network, score: number, name: FoldedText | undefined, words: readonly string[]): NetworkSearchResult {
  let matches: MatchRange[] | undefined;
  const r = { network, score } as NetworkSearchResult;
  // Highlights are computed on first access: a long result list costs nothing until it is shown.
  Object.defineProperty(r, 'matches', {
    enumerable: true,
    configurable: true,
    get: () => (matches ??= name && words.length ? highlight(name, words) : []),
  });
  return r;
}

/**
 * Searches networks. Best first; an empty query lists every (filtered) network in Swedish
 * alphabetical order.
 * - ignores case and diacritics ("aldreomsorg"), forgives typos ("socialshefer"), ranks names whose
 *   words start with the query words first ("skoljur" → Skoljuridiska gruppen);
 * - a quoted municipality name (`"Lilla Edet"`, `”Ale”`, `"molndal"`) keeps the networks that
 *   municipality belongs to, combined with the rest of the query and the options; a query that is
 *   exactly a municipality name means the same;
 * - `municipality`, `area` and `kind` options filter as in `filterNetworks`.
 * Never throws: any non-string query gives `[]`.
 */
export function searchNetworks(query: string, options: SearchOptions = {}): NetworkSearchResult[] {
  try {
    if (typeof query !== 'string') return [];
    const dataset = options?.dataset ?? rawDataset;
    const index = indexFor(dataset);
    const { municipalities, words } = parseSearchQuery(query, dataset);
    const filter = networkPredicate(options ?? {}, dataset);
    const keep = (n: Network | undefined): n is Network =>
      !!n && filter(n) && municipalities.every((m) => n.municipalities.includes(m));
    const limit =
      typeof options?.limit === 'number' && options.limit >= 0 ? Math.floor(options.limit) : Number.POSITIVE_INFINITY;

    if (words.length === 0) {
      const out: NetworkSearchResult[] = [];
      for (const i of index.alphabetical) {
        if (out.length >= limit) break;
        const n = index.networks[i];
        if (keep(n)) out.push(result(n, 0, undefined, words));
      }
      return out;
    }

    // Fuzzy: one word is one fuse.js search; several words must all match (each searched on its own).
    let scores: Map<number, number>;
    if (words.length === 1) scores = fuseScores(index, words[0] ?? '');
    else {
      const perWord = words.map((w) => fuseScores(index, w));
      const [first, ...rest] = perWord;
      scores = new Map();
      for (const [i, s] of first ?? []) {
        let sum = s;
        let all = true;
        for (const other of rest) {
          const o = other.get(i);
          if (o === undefined) {
            all = false;
            break;
          }
          sum += o;
        }
        if (all) scores.set(i, sum / perWord.length);
      }
    }

    // Tiers: 0 = every word begins a word of the name; 1 = the same with typos; 2 = fuzzy anywhere.
    const ranked: { i: number; score: number }[] = [];
    index.networks.forEach((n, i) => {
      if (!keep(n)) return;
      const name = index.names[i];
      const fuzzy = scores.get(i);
      if (!name) return;
      if (words.every((w) => name.words.some((ws) => name.text.startsWith(w, ws)))) {
        const atStart = name.text.startsWith(words[0] ?? '', name.words[0] ?? 0);
        ranked.push({ i, score: 0.1 * Math.min(fuzzy ?? 0.5, 0.99) * (atStart ? 0.5 : 1) });
      } else if (fuzzy !== undefined) {
        const tier = words.every((w) => wordStartTier(name, w) !== undefined) ? 1 : 2;
        ranked.push({ i, score: tier === 1 ? 0.1 + 0.1 * Math.min(fuzzy, 0.99) : 0.2 + 0.8 * Math.min(fuzzy, 1) });
      }
    });
    ranked.sort(
      (a, b) =>
        a.score - b.score || collator.compare(index.networks[a.i]?.name ?? '', index.networks[b.i]?.name ?? ''),
    );
    return ranked
      .slice(0, limit)
      .map(({ i, score }) => result(index.networks[i] as Network, score, index.names[i], words));
  } catch {
    return [];
  }
}
