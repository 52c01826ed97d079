/**
 * The CDN loader (`dist/cdn/gr-elements.js`, built by scripts/build-cdn.mjs): registers nothing up front
 * and loads an element's code the first time its tag appears on the page — in the document, in tags
 * added later, inside shadow roots attached later, and in pre-rendered fragments (which first get Lit's
 * hydration support, so they upgrade in place). Shared code (Lit, the base element) is one chunk that
 * the browser fetches once. It also starts the one request for `data/dataset.json` as soon as a tag
 * needs the default data, in parallel with the element's code.
 *
 * Two copies on one page are harmless: the second copy of the loader does nothing and warns once, and
 * each element's `define` skips a tag that is already defined.
 */

/** Loads one element's module (which defines its tag). */
export type ElementImport = () => Promise<unknown>;

export interface LoaderOptions {
  /** Tag → the module that defines it. Generated from the element registry at build time. */
  elements: Readonly<Record<string, ElementImport>>;
  /** Lit's hydration support, loaded before any element when the page has pre-rendered fragments. */
  hydrate?: ElementImport;
  /** The default data file beside the script, fetched once when a tag without `src` appears. */
  dataUrl?: string;
  /** This build's version, for the warning about a second copy. */
  version?: string;
}

const LOADER_KEY = Symbol.for('goteborgsregionen.elements.loader');
const DATA_KEY = Symbol.for('goteborgsregionen.elements.data');

type Registry = Record<symbol, unknown>;

/** Starts the loader; returns a function that scans a root again (for tests and host pages). */
export function startLoader(options: LoaderOptions): ((root: ParentNode) => void) | undefined {
  if (typeof document === 'undefined' || typeof customElements === 'undefined') return undefined;
  const g = globalThis as unknown as Registry;
  const first = g[LOADER_KEY] as { version?: string; discover: (root: ParentNode) => void } | undefined;
  if (first) {
    console.warn(
      `GR elements: gr-elements.js is loaded more than once on this page (version ${first.version ?? 'unknown'} ` +
        `is already running; this copy, version ${options.version ?? 'unknown'}, does nothing). Load it once per page.`,
    );
    return first.discover;
  }

  const tags = Object.keys(options.elements);
  const selector = tags.join(',');
  const requested = new Set<string>();
  let hydration: Promise<unknown> | undefined;
  let dataStarted = false;

  // The host page paints its own content first; the elements' code follows right after (a page that is
  // hidden gets no animation frame: then a short timeout).
  const afterFirstPaint = new Promise<void>((resolve) => {
    const go = () => setTimeout(resolve, 0);
    const timer = setTimeout(resolve, 100);
    requestAnimationFrame(() => {
      clearTimeout(timer);
      go();
    });
  });

  const startHydration = (): void => {
    if (options.hydrate && !hydration) hydration = options.hydrate().catch(report('hydration support'));
  };

  const load = (tag: string, prerendered: boolean): void => {
    if (requested.has(tag) || customElements.get(tag)) return;
    requested.add(tag);
    // Lit's hydration support must run before Lit itself, so it goes first when a fragment needs it.
    if (prerendered && requested.size === 1) startHydration();
    const importElement = options.elements[tag] as ElementImport;
    void (hydration ?? afterFirstPaint)
      .then(() => importElement())
      .catch(report(tag));
  };

  const startData = (el: Element): void => {
    if (dataStarted || !options.dataUrl || el.hasAttribute('src')) return;
    dataStarted = true;
    const store = (g[DATA_KEY] ??= new Map<string, Promise<Response>>()) as Map<string, Promise<Response>>;
    if (!store.has(options.dataUrl)) {
      const request = fetch(options.dataUrl, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
      // The elements read (and report) the result; an unhandled rejection here would only be noise.
      request.catch(() => undefined);
      store.set(options.dataUrl, request);
    }
  };

  const seen = (el: Element): void => {
    const tag = el.localName;
    if (customElements.get(tag)) return;
    startData(el);
    load(tag, el.shadowRoot !== null);
  };

  const discover = (root: ParentNode): void => {
    if (requested.size === tags.length) return;
    if (root instanceof Element && tags.includes(root.localName)) seen(root);
    root.querySelectorAll(selector).forEach(seen);
  };

  const observer = new MutationObserver((records) => {
    for (const record of records) {
      record.addedNodes.forEach((node) => {
        if (node.nodeType === 1) discover(node as Element);
      });
    }
    if (requested.size === tags.length) observer.disconnect();
  });
  const watch = (root: Node): void => observer.observe(root, { childList: true, subtree: true });

  // Shadow roots attached from now on (a host page's own components) are watched too.
  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit): ShadowRoot {
    const root = attachShadow.call(this, init);
    if (requested.size < tags.length && !tags.includes(this.localName)) watch(root);
    return root;
  };

  g[LOADER_KEY] = { version: options.version, discover };
  watch(document);
  const initial = document.querySelectorAll(selector);
  for (let i = 0; i < initial.length; i++) {
    if ((initial[i] as Element).shadowRoot) {
      startHydration();
      break;
    }
  }
  discover(document);
  // Open shadow roots already on the page (declarative shadow DOM of a host's components).
  const walkShadows = (root: ParentNode): void => {
    root.querySelectorAll('*').forEach((el) => {
      const shadow = el.shadowRoot;
      if (shadow && !tags.includes(el.localName)) {
        watch(shadow);
        discover(shadow);
        walkShadows(shadow);
      }
    });
  };
  walkShadows(document);
  return discover;
}

function report(tag: string): (error: unknown) => void {
  return (error) => console.error(`GR elements: the code for <${tag}> could not be loaded.`, error);
}
