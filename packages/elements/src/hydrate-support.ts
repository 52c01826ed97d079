/**
 * Hydration of server-rendered (pre-rendered) GR elements: load this module before Lit when a page holds
 * pre-rendered fragments (`dist/html/…`), so each element takes over its declarative shadow root in place
 * instead of rendering it again.
 *
 * - Bundlers / npm: `import '@goteborgsregionen/elements/hydrate-support';` before any other import of
 *   the elements or of Lit.
 * - CDN folder: the loader (`gr-elements.js`) imports its built copy first when the page has pre-rendered
 *   elements (an element with a shadow root before its tag is defined).
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
