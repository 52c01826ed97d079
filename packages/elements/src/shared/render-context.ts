/**
 * What an element cannot learn from the DOM when it is rendered without one (on a server): the
 * page's language and the address its published files (.ics/.vcf) are at. A server renderer sets
 * this before rendering and clears it after; in a browser it stays empty and the DOM decides.
 */
export interface RenderContext {
  /** The page's language ("sv", "en"), used before any `lang` attribute is consulted. */
  lang?: string;
  /** Absolute URL of the folder the published files are in (ends with "/"). */
  filesBase?: string;
  /** Absolute URL that relative `src` and `files-base` values are resolved against. */
  baseUrl?: string;
}

let context: RenderContext = {};

export function renderContext(): RenderContext {
  return context;
}

export function setRenderContext(next: RenderContext = {}): void {
  context = next;
}
