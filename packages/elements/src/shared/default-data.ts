import { isServer } from 'lit';
import { dataset as bundledDataset } from '@goteborgsregionen/data';
import type { Dataset } from '@goteborgsregionen/data';
import { serverContext } from './env.js';

/**
 * Where every element gets its data when neither the `data` property nor a `src` attribute gives
 * any: the one place to change what "default" means.
 *
 * Today that is GR's dataset bundled with the code (validated when the data package was built), and
 * the .ics/.vcf files published beside the script belong to it. A build that ships its data beside
 * the script instead (`data/dataset.json`) sets `url` here; the data controller loads it like a `src`
 * and keeps treating it as the published data (file links point at the published files). A server
 * render uses the dataset it was given (`serverContext.data`, see env.ts).
 */
export interface DefaultData {
  /** The dataset shown until (or instead of) anything else. */
  readonly dataset: Dataset;
  /** A dataset file to load in its place; undefined: use `dataset` as it is. */
  readonly url?: string;
}

let defaults: DefaultData = { dataset: bundledDataset };

/** The default data every element starts from. */
export function defaultData(): DefaultData {
  if (isServer && serverContext.data) return { dataset: serverContext.data };
  return defaults;
}

/** Replaces the default data (for a build that reads its data from beside the script). */
export function setDefaultData(next: DefaultData): void {
  defaults = next;
}
