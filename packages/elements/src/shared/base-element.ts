import { LitElement, html, nothing, isServer, render } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { asOfPrecision, isOlderThan, latestAsOf, safeUrl, sourceUrls } from '@goteborgsregionen/data';
import type { Dataset, Source } from '@goteborgsregionen/data';
import { defaultData, defaultDataNow, defaultDataUrl, defaultFilesBase, validation, writers, writersNow } from './lazy.js';
import type { DefaultDataFailure, Validation, Writers } from './lazy.js';
import { resolveLang, sharedStrings, formatIsoDate, formatMonthYear } from './i18n.js';
import type { Lang } from './i18n.js';
import type { SharedStrings } from './translations/sv.js';
import { GrDataErrorEvent, GrDataLoadEvent } from './events.js';
import type { DataErrorKind } from './events.js';
import { pageBase, resolveHttpUrl, serverContext } from './env.js';

/**
 * The published dataset when it is at hand: on a server the one the render was given, else the default
 * data (bundled in dist/; in the CDN build once data/dataset.json has arrived).
 */
const publishedDataset = (): Dataset | undefined => (isServer && serverContext.data) || defaultDataNow();

/** The package version, compared when a tag is already defined by another bundle. */
export const VERSION = '0.0.0';

/** Largest dataset file read from `src` (bytes). GR's own dataset is about 60 kB. */
export const MAX_SOURCE_BYTES = 2 * 1024 * 1024;

const warnedTags = new Set<string>();
/** parseDataset's verdict per `dataset` object: several elements given one object validate it once. */
const parsedObjects = new WeakMap<object, { data: Dataset } | { error: unknown }>();

/** Stands in until the default data has arrived (the CDN build reads it from `data/dataset.json`). */
const NO_DATA = {
  lastUpdated: '',
  organisation: { departments: [] },
  municipalities: [],
  organisations: [],
  areas: [],
  parties: [],
  people: [],
  networks: [],
  committees: [],
} as unknown as Dataset;

function parseOnce(input: unknown, { parseDataset }: Validation): Dataset {
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
  @state() protected data: Dataset = publishedDataset() ?? NO_DATA;

  /** Whether `data` is GR's default dataset (whose files are published beside the script). */
  @state() protected usingBundledData = true;

  /**
   * Whether `data` holds a dataset to show. False only while the default data is read from
   * `data/dataset.json` (CDN build) or when that failed: elements then render `renderDataStatus()` alone.
   */
  @state() protected hasData = false;

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
   * A pre-rendered fragment (its shadow root came from the server) keeps what the server rendered until
   * its data has arrived, so it hydrates in place instead of flashing a loading notice.
   */
  protected override shouldUpdate(changed: Map<PropertyKey, unknown>): boolean {
    if (!this.hasUpdated && !this.hasData && this.prerendered) {
      if (!this.resolved) this.resolveData();
      if (!this.hasData) {
        // Lit forgets the changes of an update that is skipped: keep them for the one that renders.
        changed.forEach((old, key) => this.deferredChanges.has(key) || this.deferredChanges.set(key, old));
        return false;
      }
    }
    return super.shouldUpdate(changed);
  }

  /** Changes seen while a pre-rendered element waited for its data (see shouldUpdate). */
  private deferredChanges = new Map<PropertyKey, unknown>();

  /**
   * Renders; the first update of server-rendered content hydrates it. Lit's hydration trusts the server's
   * text and attributes, so the hydrated DOM is compared with a fresh render once: should the pre-rendered
   * HTML not match (edited, or rendered from other data or another version), the element renders afresh
   * instead of showing stale facts or breaking.
   */
  protected override update(changed: PropertyValues): void {
    if (!this.prerendered || this.hasUpdated) {
      super.update(changed);
      return;
    }
    let problem: unknown;
    try {
      super.update(changed);
    } catch (error) {
      problem = error;
    }
    if (problem === undefined && !this.matchesFreshRender()) problem = 'its text or attributes differ';
    if (problem === undefined) return;
    console.warn(`<${this.localName}>: the pre-rendered HTML does not match this version or data; rendering afresh.`, problem);
    const root = this.renderRoot as HTMLElement;
    delete (root as unknown as Record<string, unknown>)['_$litPart$'];
    // Keep the stylesheet link(s) the pre-rendered shadow root brought; replace the rest.
    [...root.childNodes].forEach((n) => n.nodeName !== 'LINK' && n.remove());
    render(this.render(), root, this.renderOptions);
  }

  /** Whether the hydrated shadow root shows exactly what a fresh render would. */
  private matchesFreshRender(): boolean {
    const probe = document.createElement('div');
    render(this.render(), probe, this.renderOptions);
    return comparableMarkup(probe) === comparableMarkup(this.renderRoot);
  }

  protected override firstUpdated(changed: PropertyValues): void {
    super.firstUpdated(changed);
    // Hydrated with the server's clock: now show the real one (meetings may have passed since).
    if (this.renderedAt && !this.now) this.requestUpdate();
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (this.deferredChanges.size > 0) {
      this.deferredChanges.forEach((old, key) => changed.has(key) || changed.set(key, old));
      this.deferredChanges.clear();
    }
    if (changed.has('dataset') || changed.has('src') || !this.resolved) this.resolveData();
  }

  /** Whether resolveData has run (the first update resolves the default data too). */
  private resolved = false;
  /** Work on the data in progress (loading a part, reading the default data), for updateComplete. */
  private pendingData?: Promise<unknown>;

  /** Resolves when the data in use (and the parts of the code it needs) has arrived and is rendered. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (this.pendingData) {
      const pending = this.pendingData;
      await pending.catch(() => undefined);
      if (this.pendingData === pending) this.pendingData = undefined;
      result = await super.getUpdateComplete();
    }
    return result;
  }

  /** Runs `then` with a part that may still be loading; a load that is overtaken is ignored. */
  private withPart<T>(part: T | Promise<T>, token: number, then: (value: T) => void, failed: () => void): void {
    if (!(part instanceof Promise)) {
      then(part);
      return;
    }
    this.loading = true;
    const pending = part.then(
      (value) => {
        if (token === this.loadToken) then(value);
      },
      () => {
        if (token === this.loadToken) failed();
      },
    );
    this.pendingData = pending;
  }

  private resolveData(): void {
    this.resolved = true;
    this.abort?.abort();
    const token = ++this.loadToken;
    this.loadError = undefined;
    this.loading = false;
    const given = this.dataset as unknown;
    if (given !== undefined && given !== null) {
      const fail = (e: unknown, DatasetError?: Validation['DatasetError']) => {
        const issues = DatasetError && e instanceof DatasetError ? e.issues : [];
        this.fail({ kind: 'invalid-data', message: this.strings.errorProperty(issues.length, issueText(issues[0], e)) });
      };
      this.withPart(
        validation(),
        token,
        (v) => {
          let parsed: Dataset;
          try {
            parsed = parseOnce(given, v);
          } catch (e) {
            fail(e, v.DatasetError);
            return;
          }
          this.useOwnData(parsed, token, 'property');
        },
        () => this.fail({ kind: 'network', message: this.strings.errorNetwork(this.localName) }),
      );
      return;
    }
    if (!this.src) {
      this.useDefaultData(token);
      return;
    }
    // While `src` loads, the default data stays on show when it is at hand (never fetched for this).
    const now = defaultDataNow();
    if (now && !this.hasData) {
      this.data = now;
      this.hasData = true;
      this.usingBundledData = true;
    }
    void this.load(this.src, token);
  }

  /** Shows data from `src` or the `data` property once the file writers it needs are loaded. */
  private useOwnData(parsed: Dataset, token: number, source: string): void {
    this.withPart(
      writers(),
      token,
      () => {
        this.resetBlobs();
        this.loading = false;
        this.data = parsed;
        this.hasData = true;
        this.usingBundledData = false;
        this.dispatchEvent(new GrDataLoadEvent({ source }));
      },
      () => this.fail({ kind: 'network', message: this.strings.errorNetwork(source) }),
    );
  }

  /** GR's default data: bundled (dist/), or `data/dataset.json` beside the script (CDN build). */
  private useDefaultData(token: number, error?: LoadError): void {
    const show = (data: Dataset) => {
      this.loading = false;
      this.data = data;
      this.hasData = true;
      this.usingBundledData = true;
      if (error) this.loadError = error;
    };
    let part: Dataset | Promise<Dataset>;
    try {
      part = publishedDataset() ?? defaultData();
    } catch (e) {
      part = Promise.reject(e);
    }
    if (!(part instanceof Promise)) {
      show(part);
      return;
    }
    this.loading = true;
    this.pendingData = part.then(
      // Each element renders in a task of its own (one data file arrives for all of them at once): the
      // page stays responsive between them.
      (data) => nextTask().then(() => {
        if (token === this.loadToken) show(data);
      }),
      (failure: DefaultDataFailure) => {
        if (token !== this.loadToken) return;
        this.loading = false;
        this.data = NO_DATA;
        this.hasData = false;
        // The error about `src` (if any) comes first; the default file's own problem is said too.
        this.loadError = error ?? this.defaultDataError(failure);
        if (!error) {
          console.warn(`<${this.localName}>: ${this.loadError.message}`);
          this.dispatchEvent(new GrDataErrorEvent({ kind: this.loadError.kind, message: this.loadError.message }));
        }
      },
    );
  }

  private defaultDataError(failure: DefaultDataFailure | undefined): LoadError {
    const s = this.strings;
    const url = defaultDataUrl();
    switch (failure?.kind) {
      case 'http':
        return { kind: 'http', message: s.errorHttp(url, failure.status) };
      case 'invalid-json':
        return { kind: 'invalid-json', message: s.errorJson(url) };
      case 'invalid-data':
        return { kind: 'invalid-data', message: s.errorInvalid(url, 1, failure.message) };
      default:
        return { kind: 'network', message: s.errorNetwork(url) };
    }
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
      this.withPart(
        validation(),
        token,
        ({ parseDataset, DatasetError }) => {
          let parsed: Dataset;
          try {
            parsed = parseDataset(json);
          } catch (e) {
            const issues = e instanceof DatasetError ? e.issues : [];
            this.fail({ kind: 'invalid-data', message: s.errorInvalid(src, Math.max(issues.length, 1), issueText(issues[0], e)) });
            return;
          }
          this.useOwnData(parsed, token, url.href);
        },
        () => this.fail(transportFailure()),
      );
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
    console.warn(`<${this.localName}>: ${error.message}`);
    this.dispatchEvent(new GrDataErrorEvent({ kind: error.kind, message: error.message }));
    this.useDefaultData(this.loadToken, error);
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
        ${this.hasData ? html`<p>${s.errorFallback}</p>` : nothing}
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

  /**
   * When the shown facts are from, near them: "Uppgifter från september 2024", from the most recent of
   * `sources`. When that is more than a year before the element's `now`, a polite note that they may
   * be out of date, with a link to GR's page (the most recent source page, else GR's website). The
   * dataset's compile date is never shown as the facts' freshness.
   */
  protected renderAsOf(sources: readonly Source[]): TemplateResult | typeof nothing {
    const asOf = this.asOf(sources);
    if (!asOf) return nothing;
    const s = this.strings;
    const page = asOf.old ? (sourceUrls(sources).map((u) => safeUrl(u)).find(Boolean) ?? safeUrl(this.data.organisation?.website)) : undefined;
    return html`<p class="as-of" part="as-of">
      <span>${asOf.text}</span>${asOf.old
        ? html` <span part="outdated">${s.outdated}${page ? html` <a href=${page}>${s.outdatedLink}</a>` : nothing}</span>`
        : nothing}
    </p>`;
  }

  /** "Uppgifter från september 2024." for `sources`, and whether that is more than a year before `now`. */
  protected asOf(sources: readonly Source[]): { text: string; old: boolean } | undefined {
    const asOf = latestAsOf(sources);
    if (!asOf) return undefined;
    const lang = this.language;
    const precision = asOfPrecision(asOf);
    const when =
      precision === 'day'
        ? (formatIsoDate(asOf, lang) ?? asOf)
        : precision === 'month'
          ? formatMonthYear(Number(asOf.slice(0, 4)), Number(asOf.slice(5, 7)), lang)
          : asOf;
    return { text: this.strings.asOf(when), old: isOlderThan(asOf, this.currentTime()) };
  }

  /**
   * The link to a published file (`ics/…`, `vcf/…`). For GR's bundled data that is the file published
   * beside the script (so it can be subscribed to); for other data it is generated in the browser.
   */
  protected fileHref(path: string, generate: (writers: Writers) => string, type: string): string {
    // A server cannot generate files: it always links to the published ones.
    if (this.usingBundledData || isServer) return `${this.filesBaseUrl()}${path}`;
    const key = `${path}\n${type}`;
    let url = this.blobUrls.get(key);
    if (!url) {
      const w = writersNow();
      if (!w) {
        // Not expected: data other than the default is shown only once the writers have loaded.
        this.pendingData = Promise.resolve(writers()).then(() => this.requestUpdate());
        return '#';
      }
      url = URL.createObjectURL(new Blob([generate(w)], { type }));
      this.blobUrls.set(key, url);
    }
    return url;
  }

  /**
   * Where the published files (.ics, .vcf) live, ending in "/": absolute, or on a server without a page
   * URL a relative `files-base` as written.
   */
  protected filesBaseUrl(): string {
    if (this.filesBase) {
      // Only http(s) bases: a javascript: or data: base would turn every file link into script.
      const base = resolveHttpUrl(this.filesBase.endsWith('/') ? this.filesBase : `${this.filesBase}/`);
      if (base) return base;
      this.warnOnce('files-base', `<${this.localName}>: files-base "${this.filesBase}" is not an http(s) address; using the script's folder.`);
    }
    // A server has no script folder: the render's files base (the pre-rendering always gives one).
    if (isServer) return serverContext.filesBase ?? '';
    // The folder of the default data's files: the script's folder (dist/), or data/ beside it (CDN build).
    return defaultFilesBase();
  }
}

/** Resolves in a later task (after the browser has had a chance to handle input and paint). */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * A node's content in a canonical form: elements with sorted attributes and text, without Lit's comment
 * markers, stylesheet links and (property-bound) input values.
 */
function comparableMarkup(node: Node): string {
  let out = '';
  for (const n of node.childNodes) {
    if (n.nodeType === 3) out += n.nodeValue;
    else if (n.nodeType === 1) {
      const el = n as Element;
      if (el.localName === 'link') continue;
      const attrs = [...el.attributes]
        .filter((a) => !(el.localName === 'input' && a.name === 'value'))
        .map((a) => `${a.name}="${a.value}"`)
        .sort()
        .join(' ');
      out += `<${el.localName} ${attrs}>${comparableMarkup(el)}</${el.localName}>`;
    }
  }
  return out;
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
