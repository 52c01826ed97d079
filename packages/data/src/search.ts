/**
 * Network search: diacritic-insensitive, typo-tolerant, prefix-friendly, with quoted municipality
 * names as a filter (GR's own site tells visitors to type `"Lilla Edet"`). Each query word is
 * looked up in the dataset's vocabulary of folded words (search-index.ts): exactly, and with typos
 * by fuse.js; the words found map to networks through an inverted index. Names whose words start
 * with every query word rank first, then exact matches elsewhere in names, then exact matches in
 * descriptions and labels, then matches with typos.
 */
import { rawDataset } from './dataset.js';
import { findMunicipality, networkPredicate, type NetworkFilter } from './queries.js';
import { foldedName, FUZZY_THRESHOLD, fuzzyMatches, indexFor, type FoldedText, type SearchIndex } from './search-index.js';
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

const QUOTED = /["“”„‟″«»]([^"“”„‟″«»]*)(?:["“”„‟″«»]|$)/g;

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

// How a query word meets a network, lower is better. In the name:
/** A word of the name is the query word. */
const WHOLE = 0;
/** A word of the name starts with the query word. */
const START = 0.25;
/** The query word is inside a word of the name. */
const INSIDE = 1;
/** In an area, kind or partner name. */
const LABEL = 2;
/** In the description. */
const DESCRIPTION = 3;
/** With typos (plus fuse.js's score, at most 0.3): at the start of a word of the name, … */
const FUZZY_START = 4;
/** … elsewhere in the name, in a label, in the description. */
const FUZZY_NAME = 5;
const FUZZY_LABEL = 6;
const FUZZY_DESCRIPTION = 7;
/** Typos are forgiven (by fuse.js: up to 30 % of the word's letters) in words of 5 letters or more. */
const FUZZY_FROM_LENGTH = 5;

/** Scores are kept to 8 decimals, and ranks below 2^24, so both fit one float64 sort key. */
const SCORE_STEPS = 1e8;
const RANKS = 2 ** 24;

/** Where each tier's scores start, and how wide it is (tiers 0–4, see `rank`). */
const TIER_FROM = [0, 0.1, 0.2, 0.3, 0.5];
const TIER_WIDTH = [0.1, 0.1, 0.1, 0.2, 0.5];

/** Per network, the best way a query word meets its name and any of its fields. */
interface WordHits {
  name: Float32Array;
  any: Float32Array;
  /** Words of names that fuse.js matched with typos (where to look for highlights). */
  typos: Set<string>;
}

/** Typos forgiven in a word of this length when comparing with a word start. */
function typosFor(length: number): number {
  return length < 5 ? 0 : length < 8 ? 1 : length < 12 ? 2 : 3;
}

/**
 * The closest match of `word` to the text at `start` (lengths around the word's own), if within
 * `maxErrors`: the fewest edits, then the length nearest the word's. One edit-distance table gives
 * every length at once.
 */
function fuzzyAt(
  t: string,
  start: number,
  word: string,
  maxErrors: number,
  end = t.length,
): { length: number; d: number } | undefined {
  const shortest = Math.max(2, word.length - maxErrors);
  const n = Math.min(end - start, word.length + maxErrors);
  if (n < shortest) return undefined;
  // prev[j]: edits between the word's first i letters and t.slice(start, start + j).
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= word.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const value = Math.min(
        (prev[j] ?? 0) + 1,
        (cur[j - 1] ?? 0) + 1,
        (prev[j - 1] ?? 0) + (word[i - 1] === t[start + j - 1] ? 0 : 1),
      );
      cur[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > maxErrors) return undefined;
    prev = cur;
  }
  let best: { length: number; d: number } | undefined;
  for (let length = shortest; length <= n; length++) {
    const d = prev[length] ?? maxErrors + 1;
    if (d <= maxErrors && (!best || d < best.d || (d === best.d && Math.abs(length - word.length) < Math.abs(best.length - word.length)))) {
      best = { length, d };
    }
  }
  return best;
}

function lower(list: readonly number[], into: Float32Array, q: number, also?: Float32Array): void {
  for (const i of list) {
    if (q < (into[i] as number)) into[i] = q;
    if (also && q < (also[i] as number)) also[i] = q;
  }
}

/**
 * Where `word` occurs: every word of the vocabulary that contains it (a single letter: that starts
 * with it, in names only), and for words of 5 letters or more, every word within fuse.js's
 * threshold; each mapped to its networks.
 */
function lookUp(index: SearchIndex, word: string): WordHits {
  const n = index.networks.length;
  const name = new Float32Array(n).fill(Number.POSITIVE_INFINITY);
  const any = new Float32Array(n).fill(Number.POSITIVE_INFINITY);
  const { vocabulary, inNames, inLabels, inDescriptions, groups } = index;
  const typos = new Set<string>();
  const single = word.length === 1;
  const labels = (t: number, q: number) => {
    for (const g of inLabels[t] ?? []) lower(groups[g] ?? [], any, q);
  };
  for (let t = 0; t < vocabulary.length; t++) {
    const v = vocabulary[t] as string;
    if (v.length < word.length) continue;
    const at = single ? (v[0] === word ? 0 : -1) : v.indexOf(word);
    if (at < 0) continue;
    lower(inNames[t] ?? [], name, at > 0 ? INSIDE : v.length === word.length ? WHOLE : START, any);
    if (single) continue;
    labels(t, LABEL);
    lower(inDescriptions[t] ?? [], any, DESCRIPTION);
  }
  if (word.length >= FUZZY_FROM_LENGTH) {
    const k = typosFor(word.length);
    for (const { id: t, score: s } of fuzzyMatches(index, word)) {
      const v = vocabulary[t] ?? '';
      if (v.includes(word)) continue; // found exactly above
      const names = inNames[t] ?? [];
      if (names.length > 0) {
        const q = (fuzzyAt(v, 0, word, k) ? FUZZY_START : FUZZY_NAME) + s;
        lower(names, name, q, any);
        typos.add(v);
      }
      labels(t, FUZZY_LABEL + s);
      lower(inDescriptions[t] ?? [], any, FUZZY_DESCRIPTION + s);
    }
  }
  return { name, any, typos };
}

/**
 * The score of a network that every word meets: a tier (0 every word starts a word of the name;
 * 1 every word is in the name; 2 every word is somewhere, exactly; 3 every word starts a word of
 * the name, some with typos; 4 the rest), and within it how well the words meet and how short the
 * name is. 0 is best; always under 1.
 */
function rank(index: SearchIndex, i: number, words: readonly string[], hits: readonly WordHits[]): number {
  const nameWords = index.nameWords[i] ?? [];
  let allStart = true;
  let allName = true;
  let allExact = true;
  let allStartOrTypo = true;
  for (const h of hits) {
    const q = h.name[i] as number;
    if (q > START) allStart = false;
    if (q > INSIDE) allName = false;
    if ((h.any[i] as number) > DESCRIPTION) allExact = false;
    if (q > START && !(q >= FUZZY_START && q < FUZZY_NAME)) allStartOrTypo = false;
  }
  const tier = allStart ? 0 : allName ? 1 : allExact ? 2 : allStartOrTypo ? 3 : 4;
  let sum = 0;
  for (const h of hits) {
    const q = h.name[i] as number;
    const a = h.any[i] as number;
    if (tier === 0) sum += q === WHOLE ? 0 : 1;
    else if (tier === 1) sum += Math.min(q, INSIDE);
    else if (tier === 2) sum += Math.min(a, DESCRIPTION) / DESCRIPTION;
    else if (tier === 3) sum += q <= START ? 0 : 0.5 + (0.5 * (q - FUZZY_START)) / FUZZY_THRESHOLD;
    else sum += Math.min(a, 8) / 8;
  }
  const mean = Math.min(sum / hits.length, 1);
  // Longer names are less specific (fuse.js's field-length norm).
  const long = 1 - 1 / Math.sqrt(Math.max(1, nameWords.length));
  let sub: number;
  if (tier === 0) {
    const name = index.names[i] ?? '';
    const atStart = nameWords.length > 0 && name.startsWith(words[0] ?? '', nameWords[0]);
    sub = (atStart ? 0 : 0.5) + 0.3 * mean + 0.19 * long;
  } else {
    sub = 0.8 * mean + 0.19 * long;
  }
  return (TIER_FROM[tier] ?? 0) + (TIER_WIDTH[tier] ?? 0) * sub;
}

/**
 * Folded [start, end] of `word` in the name: at a word start, anywhere, or else, with a few typos,
 * in the name's words that fuse.js matched with typos (`typos`), from a word's start if it can.
 */
function locate(name: FoldedText, word: string, typos: ReadonlySet<string> | undefined): [number, number] | undefined {
  const t = name.text;
  for (const ws of name.words) if (t.startsWith(word, ws)) return [ws, ws + word.length - 1];
  const at = t.indexOf(word);
  if (at >= 0) return [at, at + word.length - 1];
  if (!typos?.size || word.length < 4) return undefined;
  const k = Math.max(1, typosFor(word.length));
  let best: { start: number; end: number; d: number } | undefined;
  name.words.forEach((ws, w) => {
    const we = name.ends[w] ?? ws;
    if (!typos.has(t.slice(ws, we))) return;
    let here: { start: number; end: number; d: number } | undefined;
    // From the word's start if it can, else from the closest place inside it.
    for (let start = ws; start < we && !(here && here.start === ws); start++) {
      const m = fuzzyAt(t, start, word, k, we);
      if (m && (!here || m.d < here.d)) here = { start, end: start + m.length - 1, d: m.d };
    }
    if (here && (!best || here.d < best.d)) best = here;
  });
  return best ? [best.start, best.end] : undefined;
}

/** How each word met the name, 2 bits a word: 0 not, 1 exactly, 2 with typos. */
type NameModes = number;

/** Highlight ranges (original UTF-16 indices, inclusive) of the query words the name matched. */
function highlight(name: FoldedText, words: readonly string[], typos: readonly Set<string>[], modes: NameModes): MatchRange[] {
  const ranges: MatchRange[] = [];
  words.forEach((word, w) => {
    const mode = (modes >> (2 * w)) & 3;
    const r = mode ? locate(name, word, mode === 2 ? typos[w] : undefined) : undefined;
    const start = r && name.from[r[0]];
    const end = r && name.to[r[1]];
    if (start !== undefined && end !== undefined) ranges.push([start, end]);
  });
  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: MatchRange[] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1] + 1) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

function result(
  index: SearchIndex,
  i: number,
  score: number,
  words: readonly string[],
  typos: readonly Set<string>[],
  modes: NameModes,
): NetworkSearchResult {
  const network = index.networks[i] as Network;
  // No query word is in the name: nothing to highlight (a plain object is much cheaper to make).
  if (!modes) return { network, score, matches: [] };
  let matches: MatchRange[] | undefined;
  // Highlights are computed on first access: a long result list costs little until it is shown.
  // (A getter in an object literal is an own, enumerable property, as `matches` always was.)
  return {
    network,
    score,
    get matches() {
      return (matches ??= highlight(foldedName(index, i), words, typos, modes));
    },
  };
}

/**
 * Searches networks. Best first; an empty query lists every (filtered) network in Swedish
 * alphabetical order.
 * - ignores case and diacritics ("aldreomsorg"), forgives typos ("socialshefer"), ranks names whose
 *   words start with the query words first ("skoljur" → Skoljuridiska gruppen), then other exact
 *   matches in names, then exact matches in descriptions, areas, kinds and partners, then matches
 *   with typos; equal scores in Swedish alphabetical order;
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
    if (index.networks.length >= RANKS) return [];
    const { municipalities, words: typed } = parseSearchQuery(query, dataset);
    const words = [...new Set(typed)];
    const filter = networkPredicate(options ?? {}, dataset);
    const keep = (n: Network | undefined): n is Network =>
      !!n && filter(n) && municipalities.every((m) => Array.isArray(n.municipalities) && n.municipalities.includes(m));
    const limit =
      typeof options?.limit === 'number' && options.limit >= 0 ? Math.floor(options.limit) : Number.POSITIVE_INFINITY;

    if (words.length === 0) {
      const out: NetworkSearchResult[] = [];
      for (const i of index.alphabetical) {
        if (out.length >= limit) break;
        const n = index.networks[i];
        // Nothing to highlight: a plain object is ten times cheaper to make than one with a getter.
        if (keep(n)) out.push({ network: n, score: 0, matches: [] });
      }
      return out;
    }

    const hits = words.map((w) => lookUp(index, w));
    const { networks } = index;
    const found: number[] = [];
    const scores = new Float64Array(networks.length);
    const modes = new Int32Array(networks.length);
    const first = hits[0]?.any ?? new Float32Array(0);
    candidates: for (let i = 0; i < networks.length; i++) {
      if (first[i] === Number.POSITIVE_INFINITY) continue;
      for (let w = 1; w < hits.length; w++) if (hits[w]?.any[i] === Number.POSITIVE_INFINITY) continue candidates;
      if (!keep(networks[i])) continue;
      found.push(i);
      scores[i] = rank(index, i, words, hits);
      let m = 0;
      for (let w = 0; w < hits.length; w++) {
        const q = hits[w]?.name[i] ?? Number.POSITIVE_INFINITY;
        if (q <= INSIDE) m |= 1 << (2 * w);
        else if (q !== Number.POSITIVE_INFINITY) m |= 2 << (2 * w);
      }
      modes[i] = m;
    }
    // Sort by score, then Swedish order of names: one number per result (score to 8 decimals, then
    // the name's alphabetical rank), sorted as numbers: no comparator calls.
    const keys = new Float64Array(found.length);
    found.forEach((i, k) => (keys[k] = Math.round((scores[i] ?? 0) * SCORE_STEPS) * RANKS + (index.rank[i] ?? 0)));
    keys.sort();
    // Results keep only what their highlights need (not the per-network tables).
    const typos = hits.map((h) => h.typos);
    const out: NetworkSearchResult[] = [];
    for (let k = 0; k < keys.length && out.length < limit; k++) {
      const key = keys[k] ?? 0;
      const i = index.alphabetical[key % RANKS] ?? 0;
      out.push(result(index, i, Math.floor(key / RANKS) / SCORE_STEPS, words, typos, modes[i] ?? 0));
    }
    return out;
  } catch {
    return [];
  }
}
