/**
 * The CDN build's version of `lazy.ts` (scripts/build-cdn.mjs resolves `./lazy.js` to this file): the
 * same exports, but each part of the data package is a separate chunk loaded the first time it is asked
 * for, and the default data is `data/dataset.json` in the folder beside the script, fetched once per
 * page for every element (the loader, gr-elements.js, starts that request as soon as it sees a tag).
 */
import type { Dataset } from '@goteborgsregionen/data';
import type { DefaultDataFailure, Search, SourceReader, Validation, Writers } from './lazy.js';

export type { DefaultDataFailure, Search, SourceReader, Validation, Writers } from './lazy.js';

export const DEFAULT_DATA_PUBLISHED = true;

/**
 * A part loaded once: the value when loaded, else the one Promise for it. With `retry`, a failed load
 * (a chunk request that broke off) is tried again on the next call; without, the failure stays.
 */
function once<T>(load: () => Promise<T>, retry = true): { now: () => T | undefined; get: () => T | Promise<T> } {
  let value: T | undefined;
  let pending: Promise<T> | undefined;
  return {
    now: () => value,
    get: () =>
      value ??
      (pending ??= load().then(
        (v) => (value = v),
        (e: unknown) => {
          if (retry) pending = undefined;
          throw e;
        },
      )),
  };
}

const validationPart = once<Validation>(() => import('./lazy-validation.js'));
const writerPart = once<Writers>(() => import('./lazy-writers.js'));
const searchPart = once<Search>(() => import('./lazy-search.js'));
const sourcePart = once<SourceReader>(() => import('./read-source.js'));

export const validation = validationPart.get;
export const writers = writerPart.get;
export const writersNow = writerPart.now;
export const search = searchPart.get;
export const searchNow = searchPart.now;
export const sourceReader = sourcePart.get;

// Through a variable: keeps bundlers from rewriting the `new URL(…, import.meta.url)` pattern.
const moduleUrl = import.meta.url;
const FILES_BASE = new URL('./data/', moduleUrl);
const DATA_URL = new URL('dataset.json', FILES_BASE).href;

/** Shared with the loader and with other copies of this folder's code on the page: one request per URL. */
const STORE_KEY = Symbol.for('goteborgsregionen.elements.data');

export function defaultDataUrl(): string {
  return DATA_URL;
}

export function defaultFilesBase(): string {
  return FILES_BASE.href;
}

/** The cheap check for GR's own data file: the collections every element reads are there. */
function looksLikeDataset(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'the file is not a JSON object';
  const v = value as Record<string, unknown>;
  for (const key of ['municipalities', 'areas', 'parties', 'people', 'networks', 'committees', 'organisations']) {
    if (!Array.isArray(v[key])) return `${key}: missing or not a list`;
  }
  if (typeof v['organisation'] !== 'object' || v['organisation'] === null) return 'organisation: missing';
  if (typeof v['lastUpdated'] !== 'string') return 'lastUpdated: missing';
  return undefined;
}

async function fetchDefault(): Promise<Dataset> {
  const g = globalThis as unknown as Record<symbol, Map<string, Promise<Response>> | undefined>;
  const store = (g[STORE_KEY] ??= new Map());
  let request = store.get(DATA_URL);
  if (!request) {
    request = fetch(DATA_URL, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
    store.set(DATA_URL, request);
  }
  let response: Response;
  try {
    // Each reader clones: the response in the store stays unread for the next one.
    response = (await request).clone();
  } catch {
    throw { kind: 'network' } satisfies DefaultDataFailure;
  }
  if (!response.ok) {
    throw { kind: 'http', status: response.status } satisfies DefaultDataFailure;
  }
  let json: unknown;
  try {
    json = JSON.parse(await response.text());
  } catch {
    throw { kind: 'invalid-json' } satisfies DefaultDataFailure;
  }
  const problem = looksLikeDataset(json);
  if (problem) throw { kind: 'invalid-data', message: problem } satisfies DefaultDataFailure;
  return json as Dataset;
}

// One request per page, also when it fails: every element says so, none asks again.
const dataPart = once(fetchDefault, false);

/** GR's data from `data/dataset.json` beside the script: the Dataset once read, else one shared Promise. */
export function defaultData(): Dataset | Promise<Dataset> {
  return dataPart.get();
}

export const defaultDataNow = dataPart.now;
