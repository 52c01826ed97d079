/**
 * @goteborgsregionen/elements/ssr — server rendering of the GR elements in Node, with `@lit-labs/ssr` under
 * Lit's own DOM shim (no global DOM shim needed).
 *
 * ```js
 * import { renderElement } from '@goteborgsregionen/elements/ssr';
 * const html = await renderElement('gr-contact-list', { committee: 'antagningsnamnden' }, { lang: 'sv', filesBase: '/gr/' });
 * ```
 *
 * The result is the element's tag with a declarative shadow root: it shows everything without JavaScript,
 * and with the elements' script (and `@goteborgsregionen/elements/hydrate-support` loaded before Lit) the
 * element hydrates in place.
 */
import { render as ssrRender, LitElementRenderer } from '@lit-labs/ssr';
import type { RenderInfo } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import type { Dataset } from '@goteborgsregionen/data';
import '../define.js';
import { serverContext } from '../shared/env.js';
import type { Lang } from '../shared/i18n.js';
import { loadEnglish } from '../shared/bilingual.js';

export interface RenderOptions {
  /** The language ("sv" by default), written as the element's `lang` attribute. */
  lang?: Lang;
  /** The page's URL: relative `committee-href`, `src` and `files-base` values are checked against it (http(s) only); they are written as given. */
  pageUrl?: string;
  /**
   * Base URL of the published .ics/.vcf files, written as the element's `files-base` attribute (so the
   * browser links to the same files after hydration). Default: relative to the page ("").
   */
  filesBase?: string;
  /** The dataset to render (the published release whose files are at `filesBase`). Default: the bundled one. */
  data?: Dataset;
  /**
   * The element's styles as a `<link rel="stylesheet" href>` inside its shadow root instead of an inline
   * `<style>` (which `style-src 'self'` blocks): a function from the tag to the stylesheet's URL.
   * Write the files with `elementCss(tag)`. Default: inline `<style>`.
   */
  stylesheet?: (tag: string) => string;
  /**
   * "Now" for this render. Written as `rendered-at`, so a browser hydrates with the same clock and then
   * updates to its own. Default: the real time.
   */
  now?: Date;
  /** Add `defer-hydration` (the element waits until a script removes it). Default: false. */
  deferHydration?: boolean;
}

/** Attribute values: strings, or booleans for boolean attributes (false/undefined leaves it out). */
export type Attributes = Record<string, string | boolean | undefined>;

const TAG = /^gr-[a-z][a-z0-9-]*$/;
const NAME = /^[a-z][a-z0-9-]*$/;

const escapeAttr = (v: string): string => v.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

let stylesheetFor: ((tag: string) => string) | undefined;

/** Renders styles as a stylesheet link when the render asks for one. */
class GrElementRenderer extends LitElementRenderer {
  override renderShadow(renderInfo: RenderInfo): ReturnType<LitElementRenderer['renderShadow']> {
    const result = super.renderShadow(renderInfo);
    if (!stylesheetFor || !Array.isArray(result)) return result;
    const start = result.indexOf('<style>');
    const end = result.indexOf('</style>');
    if (start === -1 || end < start) return result;
    const link = `<link rel="stylesheet" href="${escapeAttr(stylesheetFor(this.tagName))}">`;
    return [...result.slice(0, start), link, ...result.slice(end + 1)];
  }
}

/** The tag a render returns, without the outer template's hydration markers (a fragment is not hydrated as a template). */
function stripOuterMarkers(html: string): string {
  return html.replace(/^<!--lit-part[^>]*-->/, '').replace(/<!--\/lit-part-->$/, '');
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * Renders one element to HTML: `<gr-… attributes><template shadowrootmode="open">…</template></gr-…>`.
 * Renders run one at a time (the options are module-wide while a render runs).
 */
export function renderElement(tag: string, attributes: Attributes = {}, options: RenderOptions = {}): Promise<string> {
  const run = queue.then(() => renderNow(tag, attributes, options));
  queue = run.catch(() => undefined);
  return run;
}

async function renderNow(tag: string, attributes: Attributes, options: RenderOptions): Promise<string> {
  if (!TAG.test(tag) || !customElements.get(tag)) throw new Error(`renderElement: unknown element <${tag}>`);
  const attrs: Attributes = { ...attributes };
  attrs['lang'] ??= options.lang ?? 'sv';
  if (options.filesBase !== undefined) attrs['files-base'] ??= options.filesBase;
  if (options.now) attrs['rendered-at'] ??= options.now.toISOString();
  const parts: string[] = [];
  for (const [name, value] of Object.entries(attrs)) {
    if (!NAME.test(name)) throw new Error(`renderElement: invalid attribute name "${name}"`);
    if (value === undefined || value === false) continue;
    parts.push(value === true ? name : `${name}="${escapeAttr(value)}"`);
  }
  const open = `<${tag}${parts.length ? ` ${parts.join(' ')}` : ''}>`;
  // English strings are modules of their own (loaded on demand in a browser): a server has them all first.
  await loadEnglish();
  serverContext.pageUrl = options.pageUrl;
  serverContext.filesBase = options.filesBase;
  serverContext.data = options.data;
  stylesheetFor = options.stylesheet;
  try {
    const template = staticHtml`${unsafeStatic(open)}</${unsafeStatic(tag)}>`;
    const result = ssrRender(template, { elementRenderers: [GrElementRenderer], deferHydration: options.deferHydration ?? false });
    return stripOuterMarkers(await collectResult(result));
  } finally {
    serverContext.pageUrl = serverContext.filesBase = undefined;
    serverContext.data = undefined;
    stylesheetFor = undefined;
  }
}

/** The CSS of an element's shadow root (what a server render would put in its `<style>`), for a stylesheet file. */
export function elementCss(tag: string): string {
  const ctor = customElements.get(tag) as unknown as { elementStyles?: { cssText: string }[]; finalize?: () => void } | undefined;
  if (!ctor) throw new Error(`elementCss: unknown element <${tag}>`);
  ctor.finalize?.();
  return (ctor.elementStyles ?? []).map((s) => s.cssText).join('');
}
