import { LitElement, html, nothing, isServer, render } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { dataset as bundledDataset, parseDataset, DatasetError } from '@goteborgsregionen/data';
import type { Dataset } from '@goteborgsregionen/data';
import { resolveLang, sharedStrings, formatIsoDate } from './i18n.js';
import type { Lang } from './i18n.js';
import type { SharedStrings } from './translations/sv.js';
import { GrDataErrorEvent, GrDataLoadEvent } from './events.js';
import type { DataErrorKind } from './events.js';
import { pageBase, resolveHttpUrl, serverContext } from './env.js';

/** The published dataset: the bundled one, or on a server the one the render was given. */
const publishedDataset = (): Dataset => (isServer && serverContext.data) || bundledDataset;

/** The package version, compared when a tag is already defined by another bundle. */
export const VERSION = '0.0.0';

/** Largest dataset file read from `src` (bytes). GR's own dataset is about 60 kB. */
export const MAX_SOURCE_BYTES = 2 * 1024 * 1024;

const warnedTags = new Set<string>();
/** parseDataset's verdict per `dataset` object: several elements given one object validate it once. */
const parsedObjects = new WeakMap<object, { data: Dataset } | { error: unknown }>();

function parseOnce(input: unknown): Dataset {
  if (typeof input !== 'object' || input === null) return parseDataset(input);
  let verdict = parsedObjects.get(input);
  if (!verdict) {
    try {
      verdict = { data: parseDataset(input) };
    } catch (error) {
      verdict = { error };
    }
    parsedObjects.set(input, verdict);
  }
  if ('error' in verdict) throw verdict.error;
  return verdict.data;
}
const liveElements = new Set<GrElement>();
let langObserver: MutationObserver | undefined;

function observeLang(el: GrElement): void {
  liveElements.add(el);
  if (!langObserver && typeof MutationObserver !== 'undefined') {
    // One observer for the whole page: a `lang` change on any ancestor re-renders the elements.
    langObserver = new MutationObserver(() => liveElements.forEach((e) => e.requestUpdate()));
    langObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
}

function unobserveLang(el: GrElement): void {
  liveElements.delete(el);
  if (liveElements.size === 0 && langObserver) {
    langObserver.disconnect();
    langObserver = undefined;
  }
}

interface LoadError {
  kind: DataErrorKind;
  message: string;
}

/**
 * The base of every GR element: language, data (bundled, from `src`, or the `dataset` property),
 * loading and error states, the injectable clock, and a safe `define`.
 *
 * @fires {GrDataLoadEvent} gr-data-load - A dataset from `src` or the `dataset` property was validated and is shown.
 * @fires {GrDataErrorEvent} gr-data-error - `src` or `dataset` could not be used; the bundled data is shown with a notice.
 */
export abstract class GrElement extends LitElement {
  /** The version of this build. */
  static readonly version = VERSION;

  /**
   * Defines the element under `tag` unless that tag is already defined (for example by a second
   * copy of the bundle on the same page). Then it does nothing and warns once.
   */
  static define(tag: string): void {
    if (typeof customElements === 'undefined') return;
    // `this` is the concrete subclass the caller defines (GrElement itself is abstract).
    const ctor = this as unknown as CustomElementConstructor;
    const existing = customElements.get(tag) as (CustomElementConstructor & { version?: string }) | undefined;
    if (existing) {
      if (existing !== ctor && !warnedTags.has(tag)) {
        warnedTags.add(tag);
        console.warn(
          `<${tag}> is already defined (version ${existing.version ?? 'unknown'}); this copy (version ${VERSION}) is not ` +
            'registered again. Load the GR elements once per page.',
        );
      }
      return;
    }
    customElements.define(tag, ctor);
  }

  /**
   * URL of a dataset JSON file to use instead of the bundled data. It is validated; on any failure
   * the element says what went wrong and shows the bundled data.
   */
  @property({ reflect: true }) src?: string;

  /** How long to wait for `src`, in milliseconds. */
  @property({ type: Number }) timeout = 10000;

  /**
   * A dataset object for developers (validated with `parseDataset`). Takes precedence over `src`.
   * @type {Dataset | undefined}
   */
  // @ts-expect-error -- deliberately replaces HTMLElement's data-* map with the GR dataset (public contract).
  @property({ attribute: false }) dataset?: Dataset;

  /**
   * Base URL of the published .ics and .vcf files. Defaults to the folder the script was loaded from,
   * where the CDN build places them.
   */
  @property({ attribute: 'files-base' }) filesBase?: string;

  /** "Now", as an ISO date-time, for previews and tests. Defaults to the real time. */
  @property() now?: string;

  /**
   * When a server rendered this element (ISO date-time; set by the pre-rendering). The element hydrates
   * with this as "now", so the page keeps what the server showed, and then renders again with the real time.
   */
  @property({ attribute: 'rendered-at' }) renderedAt?: string;

  /** The dataset in use. */
  @state() protected data: Dataset = publishedDataset();

  /** Whether `data` is GR's bundled dataset (whose files are published beside the script). */
  @state() protected usingBundledData = true;

  @state() protected loading = false;

  @state() protected loadError?: LoadError;

  private loadToken = 0;
  private interrupted = false;
  private abort?: AbortController;
  private warned = new Set<string>();
  private blobUrls = new Map<string, string>();

  /** Whether the element arrived with server-rendered content (a declarative shadow root) to hydrate. */
  protected prerendered = false;

  override connectedCallback(): void {
    if (!this.hasUpdated && this.shadowRoot) this.prerendered = true;
    super.connectedCallback();
    observeLang(this);
    if (this.interrupted) {
      // Removed while loading, now back (a CMS moving nodes): load again.
      this.interrupted = false;
      this.resolveData();
    } else if (this.hasUpdated) {
      // Moved into a subtree with another `lang`, or generated file links revoked on disconnect:
      // render again.
      this.requestUpdate();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unobserveLang(this);
    if (this.loading) {
      // A removed element stops loading quietly: no error notice, event or warning for the abort.
      this.interrupted = true;
      this.loadToken++;
    }
    this.abort?.abort();
    this.blobUrls.forEach((u) => URL.revokeObjectURL(u));
    this.blobUrls.clear();
  }

  /** The language of the nearest `lang` attribute: "sv" (default) or "en". */
  get language(): Lang {
    return resolveLang(this);
  }

  protected get strings(): SharedStrings {
    return sharedStrings[this.language];
  }

  /** The current time (the `now` attribute when set and valid). */
  protected currentTime(): Date {
    for (const value of [this.now, this.hasUpdated ? undefined : this.renderedAt]) {
      if (!value) continue;
      const t = new Date(value);
      if (!Number.isNaN(t.getTime())) return t;
    }
    return new Date();
  }

  /**
   * Renders; the first update of server-rendered content hydrates it. Should that content not match
   * (pre-rendered from other data or another version), the element renders afresh instead of breaking.
   */
  protected override update(changed: PropertyValues): void {
    if (!this.prerendered || this.hasUpdated) {
      super.update(changed);
      return;
    }
    try {
      super.update(changed);
    } catch (error) {
      console.warn(`<${this.localName}>: the pre-rendered HTML does not match this version or data; rendering afresh.`, error);
      const root = this.renderRoot;
      // Keep the stylesheet link(s) the pre-rendered shadow root brought; replace the rest.
      [...root.childNodes].forEach((n) => n.nodeName !== 'LINK' && n.remove());
      render(this.render(), root as HTMLElement, this.renderOptions);
    }
  }

  protected override firstUpdated(changed: PropertyValues): void {
    super.firstUpdated(changed);
    // Hydrated with the server's clock: now show the real one (meetings may have passed since).
    if (this.renderedAt && !this.now) this.requestUpdate();
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('dataset') || changed.has('src')) this.resolveData();
  }

  private resolveData(): void {
    this.abort?.abort();
    const token = ++this.loadToken;
    this.loadError = undefined;
    this.loading = false;
    const given = this.dataset as unknown;
    if (given !== undefined && given !== null) {
      try {
        this.resetBlobs();
        this.data = parseOnce(given);
        this.usingBundledData = false;
        this.dispatchEvent(new GrDataLoadEvent({ source: 'property' }));
      } catch (e) {
        const issues = e instanceof DatasetError ? e.issues : [];
        this.fail({ kind: 'invalid-data', message: this.strings.errorProperty(issues.length, issueText(issues[0], e)) });
      }
      return;
    }
    if (!this.src) {
      this.data = publishedDataset();
      this.usingBundledData = true;
      return;
    }
    void this.load(this.src, token);
  }

  private async load(src: string, token: number): Promise<void> {
    const s = this.strings;
    let url: URL;
    try {
      url = new URL(src, pageBase() ?? 'http://relative.invalid/');
    } catch {
      this.fail({ kind: 'url', message: s.errorUrl(src) });
      return;
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
      this.fail({ kind: 'url', message: s.errorUrl(src) });
      return;
    }
    if (isServer) {
      // A server cannot wait for the file: it renders what a browser shows first, the loading notice.
      this.loading = true;
      return;
    }
    const abort = new AbortController();
    this.abort = abort;
    this.loading = true;
    let timedOut = false;
    const timeoutMs = this.effectiveTimeout();
    const timer = setTimeout(() => {
      timedOut = true;
      abort.abort();
    }, timeoutMs);
    // The request or the body stream broke off: because of our timeout, or the network.
    const transportFailure = (): LoadError =>
      timedOut
        ? { kind: 'timeout', message: s.errorTimeout(src, timeoutSeconds(timeoutMs)) }
        : { kind: 'network', message: s.errorNetwork(src) };
    try {
      let response: Response;
      try {
        response = await fetch(url.href, { signal: abort.signal, credentials: 'same-origin', headers: { Accept: 'application/json' } });
      } catch {
        if (token === this.loadToken) this.fail(transportFailure());
        return;
      }
      if (token !== this.loadToken) return;
      if (!response.ok) {
        this.fail({ kind: 'http', message: s.errorHttp(src, response.status) });
        return;
      }
      const tooLarge: LoadError = { kind: 'too-large', message: s.errorTooLarge(src, MAX_SOURCE_BYTES / 1024 / 1024) };
      if (Number(response.headers.get('content-length') ?? 0) > MAX_SOURCE_BYTES) {
        abort.abort();
        this.fail(tooLarge);
        return;
      }
      let text: string;
      try {
        text = await response.text();
      } catch {
        if (token === this.loadToken) this.fail(transportFailure());
        return;
      }
      if (token !== this.loadToken) return;
      if (text.length > MAX_SOURCE_BYTES) {
        this.fail(tooLarge);
        return;
      }
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        this.fail({ kind: 'invalid-json', message: s.errorJson(src) });
        return;
      }
      try {
        this.resetBlobs();
        this.data = parseDataset(json);
        this.usingBundledData = false;
        this.loading = false;
        this.dispatchEvent(new GrDataLoadEvent({ source: url.href }));
      } catch (e) {
        const issues = e instanceof DatasetError ? e.issues : [];
        this.fail({ kind: 'invalid-data', message: s.errorInvalid(src, Math.max(issues.length, 1), issueText(issues[0], e)) });
      }
    } finally {
      clearTimeout(timer);
    }
  }

  /** The `timeout` attribute when it is a positive number of milliseconds, else 10 seconds. */
  private effectiveTimeout(): number {
    const t = Number(this.timeout);
    return Number.isFinite(t) && t > 0 ? Math.min(t, 120000) : 10000;
  }

  private resetBlobs(): void {
    this.blobUrls.forEach((u) => URL.revokeObjectURL(u));
    this.blobUrls.clear();
  }

  private fail(error: LoadError): void {
    this.loading = false;
    this.loadError = error;
    this.data = publishedDataset();
    this.usingBundledData = true;
    console.warn(`<${this.localName}>: ${error.message}`);
    this.dispatchEvent(new GrDataErrorEvent({ kind: error.kind, message: error.message }));
  }

  /** Loading and error notices; every element renders this first. */
  protected renderDataStatus(): TemplateResult | typeof nothing {
    const s = this.strings;
    if (this.loading) {
      return html`<p class="notice" part="loading" role="status">${s.loading}</p>`;
    }
    if (this.loadError) {
      return html`<div class="notice notice--error" part="error" role="status">
        <strong>${s.errorHeading}</strong>
        <p>${this.loadError.message}</p>
        <p>${s.errorFallback}</p>
      </div>`;
    }
    return nothing;
  }

  /** A visible message for a missing or unknown id; the console lists the valid ids. */
  protected renderUnknown(what: string, id: string, valid: readonly string[]): TemplateResult {
    this.warnOnce(`${what}:${id}`, `<${this.localName}>: unknown ${what} "${id}". Valid ids: ${valid.join(', ')}`);
    const s = this.strings;
    return html`<div class="notice notice--error" part="error" role="status">
      <p>${s.unknownId(what, id)} ${s.validIdsHint}</p>
    </div>`;
  }

  /** console.warn, once per element and key. */
  protected warnOnce(key: string, message: string): void {
    if (this.warned.has(key)) return;
    this.warned.add(key);
    console.warn(message);
  }

  /** "Uppdaterad 24 november 2026" from the dataset. */
  protected renderUpdated(): TemplateResult {
    const date = formatIsoDate(this.data.lastUpdated, this.language) ?? this.data.lastUpdated;
    return html`<p class="updated" part="updated">
      <time datetime=${this.data.lastUpdated}>${this.strings.updated(date)}</time>
    </p>`;
  }

  /**
   * The link to a published file (`ics/…`, `vcf/…`). For GR's bundled data that is the file published
   * beside the script (so it can be subscribed to); for other data it is generated in the browser.
   */
  protected fileHref(path: string, generate: () => string, type: string): string {
    // A server cannot generate files: it always links to the published ones.
    if (isServer) return `${this.filesBaseUrl() ?? ''}${path}`;
    if (this.usingBundledData) {
      const base = this.filesBaseUrl();
      if (base !== undefined) return `${base}${path}`;
    }
    const key = `${path}\n${type}`;
    let url = this.blobUrls.get(key);
    if (!url) {
      url = URL.createObjectURL(new Blob([generate()], { type }));
      this.blobUrls.set(key, url);
    }
    return url;
  }

  /**
   * Where the published files (.ics, .vcf) live, ending in "/": absolute, or on a server without a page
   * URL a relative `files-base` as written; undefined when the files are made in the browser.
   */
  protected filesBaseUrl(): string | undefined {
    if (this.filesBase) {
      // Only http(s) bases: a javascript: or data: base would turn every file link into script.
      const base = resolveHttpUrl(this.filesBase.endsWith('/') ? this.filesBase : `${this.filesBase}/`);
      if (base) return base;
      this.warnOnce('files-base', `<${this.localName}>: files-base "${this.filesBase}" is not an http(s) address; using the script's folder.`);
    }
    // A server has no script folder: the render's files base (the pre-rendering always gives one).
    if (isServer) return serverContext.filesBase ?? '';
    if (FILES_DEFAULT === 'generate') {
      noticeFilesBase(this.localName);
      return undefined;
    }
    // Through a variable: bundlers such as Vite rewrite the literal `new URL('./', import.meta.url)` pattern.
    const moduleUrl = import.meta.url;
    return new URL('./', moduleUrl).href;
  }
}

declare const __GR_FILES_DEFAULT__: string | undefined;
/**
 * Where the .ics/.vcf links point when `files-base` is not set. The CDN build ('script') has the files
 * beside the script. The npm build ('generate', set at build time) is bundled by the user's bundler,
 * which publishes no such files, so the links are made in the browser instead of pointing nowhere.
 */
const FILES_DEFAULT = typeof __GR_FILES_DEFAULT__ === 'string' ? __GR_FILES_DEFAULT__ : 'script';
let filesBaseNoticed = false;

/** Once per page: why the links are made in the browser, and how to publish the files instead. */
function noticeFilesBase(tag: string): void {
  if (filesBaseNoticed) return;
  filesBaseNoticed = true;
  console.warn(
    `<${tag}>: files-base is not set, so the calendar (.ics) and vCard (.vcf) links are made in the browser: ` +
      'downloads work, calendar subscriptions do not. To publish the files, copy dist/ics and dist/vcf of ' +
      '@goteborgsregionen/data into your site and set files-base to their folder (see "Calendar and vCard files ' +
      'with a bundler" in the README of @goteborgsregionen/elements).',
  );
}

/** The timeout in seconds for messages: whole seconds, or tenths below ten (0.3, 2.5). */
function timeoutSeconds(ms: number): number {
  const s = Math.max(0, ms) / 1000;
  return s >= 10 ? Math.round(s) : Math.round(s * 10) / 10;
}

function issueText(issue: { path: string; message: string } | undefined, e: unknown): string {
  if (issue) return issue.path ? `${issue.path}: ${issue.message}` : issue.message;
  return e instanceof Error ? e.message : String(e);
}
