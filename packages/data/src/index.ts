export type * from './types.js';
import { rawDataset } from './dataset.js';
import type { Dataset } from './types.js';

/** GR's bundled dataset, validated at build time. */
export const dataset: Dataset = rawDataset;
