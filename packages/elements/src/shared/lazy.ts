/**
 * Parts of the data package the elements use only in some cases, and where the default data comes
 * from. This is the version for `dist/` (bundler users), tests and server rendering: everything is
 * imported statically and returned at once, and the default data is the dataset bundled in
 * `@goteborgsregionen/data`.
 *
 * The CDN build (scripts/build-cdn.mjs) swaps this module for `lazy.cdn.ts`, which has the same
 * exports but loads each part the first time it is asked for (a Promise until then), and reads the
 * default data from `data/dataset.json` beside the script. Callers handle both: a value, or a Promise.
 */
import { dataset, parseDataset, DatasetError, searchNetworks } from '@goteborgsregionen/data';
import { committeeToICS, networkToICS, meetingToICS, personToVCard } from '@goteborgsregionen/data';
import type { Dataset } from '@goteborgsregionen/data';
import { readSource } from './read-source.js';

export interface Validation {
  parseDataset: typeof parseDataset;
  DatasetError: typeof DatasetError;
}
export interface Writers {
  committeeToICS: typeof committeeToICS;
  networkToICS: typeof networkToICS;
  meetingToICS: typeof meetingToICS;
  personToVCard: typeof personToVCard;
}
export interface Search {
  searchNetworks: typeof searchNetworks;
}

export interface SourceReader {
  readSource: typeof readSource;
}

/** Why the default data file could not be used (the CDN build only). */
export type DefaultDataFailure =
  | { kind: 'network' }
  | { kind: 'http'; status: number }
  | { kind: 'invalid-json' }
  | { kind: 'invalid-data'; message: string };

const validationParts: Validation = { parseDataset, DatasetError };
const writerParts: Writers = { committeeToICS, networkToICS, meetingToICS, personToVCard };
const searchParts: Search = { searchNetworks };
const sourceParts: SourceReader = { readSource };

/** Whether the default data is published with its .ics and .vcf files (true for both builds). */
export const DEFAULT_DATA_PUBLISHED = true;

export function validation(): Validation | Promise<Validation> {
  return validationParts;
}

export function writers(): Writers | Promise<Writers> {
  return writerParts;
}

/** The writers when they are loaded (always here). */
export function writersNow(): Writers | undefined {
  return writerParts;
}

export function search(): Search | Promise<Search> {
  return searchParts;
}

/** Reading a `src` file (fetch, timeout, size limit). */
export function sourceReader(): SourceReader | Promise<SourceReader> {
  return sourceParts;
}

/** The search engine when it is loaded (always here). */
export function searchNow(): Search | undefined {
  return searchParts;
}

/**
 * The data the elements show when neither `src` nor `data` is given. Here: GR's bundled dataset.
 * In the CDN build: `data/dataset.json` beside the script, one request per page (a Promise that
 * rejects with a DefaultDataFailure).
 */
export function defaultData(): Dataset | Promise<Dataset> {
  return dataset;
}

/** The default data when it is at hand (always here; in the CDN build once it has been read). */
export function defaultDataNow(): Dataset | undefined {
  return dataset;
}

/** The address the default data is read from, for messages ("" when it is bundled). */
export function defaultDataUrl(): string {
  return '';
}

/** The folder the default data's .ics and .vcf files are published in: the script's folder. */
export function defaultFilesBase(): string {
  // Through a variable: bundlers such as Vite rewrite the literal `new URL('./', import.meta.url)` pattern.
  const moduleUrl = import.meta.url;
  return new URL('./', moduleUrl).href;
}
