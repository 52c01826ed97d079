import type { Dataset } from '@goteborgsregionen/data';

/**
 * What a server render knows that a browser would read from the page: where the page is (for relative
 * URLs), where the published .ics/.vcf files are, and which dataset is the published one. Set by
 * `@goteborgsregionen/elements/ssr` around each render; never read in a browser.
 */
export interface ServerContext {
  /** The page's URL (a browser's `document.baseURI`). Without it, relative URLs are kept as written. */
  pageUrl?: string;
  /** Base of the published .ics/.vcf files when an element has no `files-base` attribute. */
  filesBase?: string;
  /** The published dataset for this render (instead of the bundled one); its files are at the files base. */
  data?: Dataset;
}

export const serverContext: ServerContext = {};

/** The base relative URLs resolve against: the document's in a browser, the render's page URL on a server. */
export function pageBase(): string | undefined {
  return typeof document !== 'undefined' ? document.baseURI : serverContext.pageUrl;
}

const PLACEHOLDER = 'http://relative.invalid/';

/**
 * An embedder-given URL, only when it is http(s) (checked against the page's base; on a server without a
 * page URL against a placeholder). Absolute URLs come back normalised; relative ones as written, which the
 * browser resolves against the same base: so a server and a browser write the same markup.
 */
export function resolveHttpUrl(value: string, base: string | undefined = pageBase()): string | undefined {
  try {
    const url = new URL(value, base ?? PLACEHOLDER);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
    return /^[a-z][a-z0-9+.-]*:/i.test(value.trim()) ? url.href : value;
  } catch {
    return undefined;
  }
}
