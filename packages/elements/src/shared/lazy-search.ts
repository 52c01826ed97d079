// Loaded on demand by the CDN build (see lazy.cdn.ts): the network search engine (fuse.js and the
// word index), needed once a visitor uses the finder's search field.
export { searchNetworks } from '@goteborgsregionen/data';
