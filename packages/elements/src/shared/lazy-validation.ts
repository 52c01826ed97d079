// Loaded on demand by the CDN build (see lazy.cdn.ts): the dataset validator, needed only for `src`
// and the `data` property.
export { parseDataset, DatasetError } from '@goteborgsregionen/data';
