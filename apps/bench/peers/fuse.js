// The floor: fuse.js alone.
export { default } from 'fuse.js';
