import { search } from '../shared/lazy.js';

/**
 * The search engine (fuse.js and the word index) as the finder needs it: at hand in `dist/`, loaded on
 * the search field's first use in the CDN build (see lazy.ts). `onLoaded` runs once it has arrived.
 */
export class SearchLoader {
  /** The load in progress, if any. */
  loading?: Promise<void>;

  constructor(private readonly onLoaded: () => void) {}

  /** Starts loading the engine when it is not there yet; true while it loads. */
  need(): boolean {
    if (this.loading) return true;
    const part = search();
    if (!(part instanceof Promise)) return false;
    this.loading = part.then(
      () => {
        this.loading = undefined;
        this.onLoaded();
      },
      (e: unknown) => {
        this.loading = undefined;
        console.warn('<gr-network-finder>: the search could not be loaded', e);
      },
    );
    return true;
  }
}
