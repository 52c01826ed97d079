/**
 * The search index of a dataset, built once per dataset object: the networks' names folded, and an
 * inverted index from the unique folded words of names, descriptions and labels (area, kind,
 * partner) to the networks that use them. A query word is matched against this vocabulary of
 * unique words, not against every network's text: exactly with `indexOf`, and with typos by
 * fuse.js, which sees only the few vocabulary words that can match (short strings, so it is cheap).
 */
import Fuse from 'fuse.js/basic';
import { networkKindLabels } from './constants.js';
import { fold } from './text.js';
import type { Dataset, Network } from './types.js';

/** Letters and digits (what query words are made of); with `marks`, combining marks too. */
const WORD_CHAR = /[\p{L}\p{N}]/u;
const MARK = /\p{M}/u;
const wordChars = new Map<number, number>();

function isWordChar(cp: number, marks: boolean): boolean {
  if (cp < 128) return (cp >= 97 && cp <= 122) || (cp >= 48 && cp <= 57) || (cp >= 65 && cp <= 90);
  let kind = wordChars.get(cp);
  if (kind === undefined) {
    const ch = String.fromCodePoint(cp);
    kind = WORD_CHAR.test(ch) ? 1 : MARK.test(ch) ? 2 : 0;
    if (wordChars.size < 4096) wordChars.set(cp, kind);
  }
  return kind === 1 || (marks && kind === 2);
}

/**
 * Calls `each(word, start)` for every word of `text`: a run of letters and digits, as query words
 * are (`/[\p{L}\p{N}]+/u`). With `marks`, combining marks belong to words too: the words of
 * unfolded text, which fold to the words of the folded text.
 */
export function eachWord(text: string, each: (word: string, start: number) => void, marks = false): void {
  let start = -1;
  for (let k = 0; k < text.length; ) {
    const cp = text.codePointAt(k) ?? 0;
    if (isWordChar(cp, marks)) {
      if (start < 0) start = k;
    } else if (start >= 0) {
      each(text.slice(start, k), start);
      start = -1;
    }
    k += cp > 0xffff ? 2 : 1;
  }
  if (start >= 0) each(text.slice(start), start);
}

/** Folded text with, for each folded code unit, the range of the original code units it came from. */
export interface FoldedText {
  text: string;
  from: number[];
  to: number[];
  /** Folded indices where words start, and where they end (exclusive). */
  words: number[];
  ends: number[];
}

export interface SearchIndex {
  networks: readonly Network[];
  /** Each network's name folded character by character (so indices map back to the original). */
  names: string[];
  /** Folded indices where the words of each name start. */
  nameWords: number[][];
  /** Names with index maps for highlighting, built when first needed. */
  folded: (FoldedText | undefined)[];
  /** Each network's place in Swedish alphabetical order of names (ties: dataset order). */
  rank: Int32Array;
  /** Network indices in Swedish alphabetical order of their names. */
  alphabetical: number[];
  /** Unique folded words of names, descriptions and labels. */
  vocabulary: string[];
  /** Per word of the vocabulary: networks whose name has it. */
  inNames: number[][];
  /** Per word of the vocabulary: networks whose description has it. */
  inDescriptions: number[][];
  /** Per word of the vocabulary: label groups (an area, a kind, a partner) whose name has it. */
  inLabels: number[][];
  /** Per label group: its networks. */
  groups: number[][];
  /** Per two-letter piece, the vocabulary words that contain it (built at the first query with typo tolerance). */
  bigrams?: Map<string, number[]>;
}

export const collator = new Intl.Collator('sv');

const lowerAscii: string[] = Array.from({ length: 128 }, (_, c) => String.fromCharCode(c).toLowerCase());
const foldedChars = new Map<string, string>();

function foldChar(ch: string): string {
  const c = ch.charCodeAt(0);
  if (ch.length === 1 && c < 128) return lowerAscii[c] ?? ch;
  let folded = foldedChars.get(ch);
  if (folded === undefined) {
    folded = fold(ch);
    if (foldedChars.size < 4096) foldedChars.set(ch, folded);
  }
  return folded;
}

/** `text` folded character by character (lower case, diacritics removed), as `foldWithMap` folds it. */
function foldByChar(text: string): string {
  let out = '';
  for (const ch of text) out += foldChar(ch);
  return out;
}

/** Folds `text` like the index folds names, keeping where each folded code unit came from. */
export function foldWithMap(text: string): FoldedText {
  let out = '';
  const from: number[] = [];
  const to: number[] = [];
  let i = 0;
  for (const ch of text) {
    const folded = foldChar(ch);
    for (let k = 0; k < folded.length; k++) {
      from.push(i);
      to.push(i + ch.length - 1);
    }
    out += folded;
    i += ch.length;
  }
  const words: number[] = [];
  const ends: number[] = [];
  eachWord(out, (word, start) => {
    words.push(start);
    ends.push(start + word.length);
  });
  return { text: out, from, to, words, ends };
}

function buildIndex(dataset: Dataset): SearchIndex {
  const networks = Array.isArray(dataset?.networks) ? dataset.networks : [];
  const vocabulary: string[] = [];
  const ids = new Map<string, number>();
  const inNames: number[][] = [];
  const inDescriptions: number[][] = [];
  const inLabels: number[][] = [];
  const groups: number[][] = [];

  const wordId = (word: string): number => {
    let id = ids.get(word);
    if (id === undefined) {
      id = vocabulary.length;
      ids.set(word, id);
      vocabulary.push(word);
      inNames.push([]);
      inDescriptions.push([]);
      inLabels.push([]);
    }
    return id;
  };
  /** Adds `item` to the posting list of `word` (lists stay sorted and unique: items come in order). */
  const post = (lists: number[][], word: string, item: number) => {
    const list = lists[wordId(word)] as number[];
    if (list[list.length - 1] !== item) list.push(item);
  };

  const names = networks.map((n) => foldByChar(String(n?.name ?? '')));
  const nameWords = names.map((name, i) => {
    const starts: number[] = [];
    eachWord(name, (word, start) => {
      starts.push(start);
      post(inNames, word, i);
    });
    return starts;
  });
  // Descriptions repeat their words: split the text as written and fold each distinct word once.
  const foldedWords = new Map<string, string>();
  // Former names ("Nätverket för översiktlig planering") are searched like descriptions.
  networks.forEach((n, i) => {
    const d = n?.description;
    const former = Array.isArray(n?.formerNames) ? n.formerNames : [];
    if (!d && former.length === 0) return;
    const each = (written: string) => {
      let word = foldedWords.get(written);
      if (word === undefined) {
        word = /[^ -~]/.test(written) ? fold(written) : written.toLowerCase();
        foldedWords.set(written, word);
      }
      if (word) post(inDescriptions, word, i);
    };
    eachWord(String(d?.sv ?? ''), each, true);
    eachWord(String(d?.en ?? ''), each, true);
    for (const name of former) eachWord(String(name ?? ''), each, true);
  });

  // Labels: each area, kind and partner is one group; its name is matched once, then mapped to its networks.
  const byGroup = new Map<string, number>();
  const group = (key: string, labels: readonly (string | undefined)[]): number => {
    let g = byGroup.get(key);
    if (g === undefined) {
      const id = groups.length;
      byGroup.set(key, id);
      groups.push([]);
      for (const label of labels) if (label) eachWord(fold(label), (word) => post(inLabels, word, id));
      g = id;
    }
    return g;
  };
  const areas = new Map((dataset?.areas ?? []).map((a) => [a.id, a]));
  const orgs = new Map((dataset?.organisations ?? []).map((o) => [o.id, o]));
  networks.forEach((n, i) => {
    const area = areas.get(n?.area);
    const kind = networkKindLabels[n?.kind];
    const member: number[] = [];
    if (area) member.push(group(`a:${area.id}`, [area.name?.sv, area.name?.en]));
    if (kind) member.push(group(`k:${n.kind}`, [kind.sv, kind.en]));
    for (const p of Array.isArray(n?.partners) ? n.partners : []) {
      const org = orgs.get(p);
      if (org) member.push(group(`o:${org.id}`, [org.name]));
    }
    for (const g of member) {
      const list = groups[g] as number[];
      if (list[list.length - 1] !== i) list.push(i);
    }
  });

  // Swedish order: the collator compares each distinct name once, then networks sort by number.
  const written = networks.map((n) => String(n?.name ?? ''));
  const distinct = [...new Set(written)].sort(collator.compare);
  const order = new Map<string, number>();
  distinct.forEach((name, r) => {
    const previous = distinct[r - 1];
    order.set(name, previous !== undefined && collator.compare(previous, name) === 0 ? (order.get(previous) ?? r) : r);
  });
  const byName = written.map((name) => order.get(name) ?? 0);
  const alphabetical = networks.map((_, i) => i).sort((a, b) => (byName[a] ?? 0) - (byName[b] ?? 0) || a - b);
  const rank = new Int32Array(networks.length);
  alphabetical.forEach((i, r) => (rank[i] = r));

  return { networks, names, nameWords, folded: [], rank, alphabetical, vocabulary, inNames, inDescriptions, inLabels, groups };
}

/** fuse.js's threshold: a word may be this share wrong (typos per letter). */
export const FUZZY_THRESHOLD = 0.3;

const FUZZY_OPTIONS = {
  includeScore: true,
  ignoreLocation: true,
  // The vocabulary and the query words are folded already.
  isCaseSensitive: true,
  shouldSort: false,
  minMatchCharLength: 2,
  threshold: FUZZY_THRESHOLD,
};

/** The most typos fuse.js forgives in a word of this length (errors / length ≤ threshold). */
export function maxTypos(length: number): number {
  let k = 0;
  while ((k + 1) / length <= FUZZY_THRESHOLD) k++;
  return k;
}

function bigramsOf(vocabulary: readonly string[]): Map<string, number[]> {
  const grams = new Map<string, number[]>();
  vocabulary.forEach((word, t) => {
    for (let j = 0; j + 1 < word.length; j++) {
      const gram = word.slice(j, j + 2);
      let list = grams.get(gram);
      if (!list) grams.set(gram, (list = []));
      if (list[list.length - 1] !== t) list.push(t);
    }
  });
  return grams;
}

/**
 * Words of the vocabulary that fuse.js finds `word` in, with up to `maxTypos(word.length)` typos,
 * and fuse.js's score (0 exact … 0.3). fuse.js sees only the vocabulary words that can match: long
 * enough, and sharing enough two-letter pieces with the word (a match with k typos leaves at least
 * length − 1 − 2k of the word's pieces intact: the q-gram lemma), so it finds what it would find
 * in the whole vocabulary.
 */
export function fuzzyMatches(index: SearchIndex, word: string): { id: number; score: number }[] {
  const { vocabulary } = index;
  const k = maxTypos(word.length);
  const minLength = word.length - k;
  const need = word.length - 1 - 2 * k;
  const ids: number[] = [];
  if (need <= 0) {
    vocabulary.forEach((v, t) => {
      if (v.length >= minLength) ids.push(t);
    });
  } else {
    index.bigrams ??= bigramsOf(vocabulary);
    const counts = new Uint16Array(vocabulary.length);
    for (let j = 0; j + 1 < word.length; j++) {
      for (const t of index.bigrams.get(word.slice(j, j + 2)) ?? []) {
        const count = (counts[t] ?? 0) + 1;
        counts[t] = count;
        if (count === need && (vocabulary[t] ?? '').length >= minLength) ids.push(t);
      }
    }
  }
  if (ids.length === 0) return [];
  return new Fuse(
    ids.map((t) => vocabulary[t] ?? ''),
    FUZZY_OPTIONS,
  )
    .search(word)
    .map((hit) => ({ id: ids[hit.refIndex] ?? 0, score: Math.min(hit.score ?? FUZZY_THRESHOLD, FUZZY_THRESHOLD) }));
}

/** The name of network `i` with index maps, built on first use. */
export function foldedName(index: SearchIndex, i: number): FoldedText {
  let name = index.folded[i];
  if (!name) {
    name = foldWithMap(String(index.networks[i]?.name ?? ''));
    index.folded[i] = name;
  }
  return name;
}

const cache = new WeakMap<Dataset, SearchIndex>();

/** The search index of a dataset (cached per dataset object). */
export function indexFor(dataset: Dataset): SearchIndex {
  let index = cache.get(dataset);
  if (!index) {
    index = buildIndex(dataset);
    cache.set(dataset, index);
  }
  return index;
}
