import { LitElement, html, render } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { Dataset } from '@goteborgsregionen/data';
import { sharedStrings } from './i18n.js';
import type { Lang } from './i18n.js';
import type { SharedStrings } from './translations/sv.js';
import { DataController } from './data-controller.js';
import { FileLinksController } from './file-links-controller.js';
import type { Writers } from './lazy.js';
import type { AsOfContext } from './as-of.js';
import { comparableMarkup } from './hydration.js';
import { LanguageController } from './language-controller.js';
import { VERSION } from './version.js';

export { VERSION } from './version.js';
export { MAX_SOURCE_BYTES } from './data-controller.js';

const warnedTags = new Set<string>();

/**
 * The base of every GR element: its public attributes for data (`src`, `timeout`, `files-base`,
 * `now`) and the `data` property, a safe `define`, and three controllers that do the work:
 * `LanguageController` (nearest `lang`), `DataController` (which dataset, loading, errors) and
 * `FileLinksController` (.ics/.vcf links).
 *
 * @fires {GrDataLoadEvent} gr-data-load - A dataset from `src` or the `data` property was validated and is shown.
 * @fires {GrDataErrorEvent} gr-data-error - `src` or `data` could not be used; the bundled data is shown with a notice.
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
   * URL of a dataset JSON file to use instead of GR's own data (the bundled dataset, or data/dataset.json
   * beside the CDN script). It is validated; on any failure the element says what went wrong and shows GR's
   * own data.
   */
  @property({ reflect: true }) src?: string;

  /** How long to wait for `src`, in milliseconds. */
  @property({ type: Number }) timeout = 10000;

  /**
   * A dataset object for developers (validated with `parseDataset`). Takes precedence over `src`.
   * (The element's `dataset` stays the standard map of its `data-*` attributes.)
   * @type {Dataset | undefined}
   */
  @property({ attribute: false }) data?: Dataset;

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

  protected readonly languageController = new LanguageController(this);

  protected readonly dataController = new DataController(this, { strings: () => this.strings });

  protected readonly fileLinks = new FileLinksController(this, {
    published: () => this.dataController.published,
    warnOnce: (key, message) => this.warnOnce(key, message),
    waitFor: (work) => (this.dataController.pending = work),
  });

  /** Whether the element arrived with server-rendered content (a declarative shadow root) to hydrate. */
  protected prerendered = false;

  /** Changes seen while a pre-rendered element waited for its data (see shouldUpdate). */
  private deferredChanges = new Map<PropertyKey, unknown>();

  private warned = new Set<string>();

  constructor() {
    super();
    this.dataController.onChange(() => this.fileLinks.reset());
  }

  override connectedCallback(): void {
    if (!this.hasUpdated && this.shadowRoot) this.prerendered = true;
    super.connectedCallback();
  }

  /** The language of the nearest `lang` attribute: "sv" (default) or "en". */
  get language(): Lang {
    return this.languageController.value;
  }

  /** The dataset in use: the `data` property's, the `src` file's, or the default data. */
  protected get activeData(): Dataset {
    return this.dataController.dataset;
  }

  /** Whether the data in use is the published default data (whose files are published with it). */
  protected get usingBundledData(): boolean {
    return this.dataController.published;
  }

  /**
   * Whether there is data to show. False only while the default data is read from `data/dataset.json`
   * (CDN build) or when that failed: elements then render `renderDataStatus()` alone.
   */
  protected get hasData(): boolean {
    return this.dataController.hasData;
  }

  protected get strings(): SharedStrings {
    return sharedStrings.get(this.language);
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
   * An element under `lang="en"` waits for the English strings (loaded on demand) before it renders, so it
   * never shows Swedish first; one that was showing Swedish keeps it until English has arrived. A
   * pre-rendered fragment (its shadow root came from the server) keeps what the server rendered until its
   * data (and language) has arrived, so it hydrates in place instead of flashing a loading notice.
   */
  protected override shouldUpdate(changed: PropertyValues): boolean {
    const waitForData = () => !this.hasUpdated && !this.hasData && this.prerendered && (this.dataController.ensureResolved(), !this.hasData);
    if (!this.languageController.ready() || waitForData()) {
      // Lit forgets the changes of an update that is skipped: keep them for the one that renders.
      changed.forEach((old, key) => this.deferredChanges.has(key) || this.deferredChanges.set(key, old));
      return false;
    }
    return super.shouldUpdate(changed);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.deferredChanges.size > 0) {
      const all = changed as Map<PropertyKey, unknown>;
      this.deferredChanges.forEach((old, key) => all.has(key) || all.set(key, old));
      this.deferredChanges.clear();
    }
    this.dataController.update(changed);
  }

  /**
   * Resolves when the data in use (and the parts of the code it needs) has arrived and is rendered, in the
   * element's language (English strings are loaded on demand).
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    let pending;
    while ((pending = this.dataController.pending ?? this.languageController.pending)) {
      await pending.catch(() => undefined);
      if (this.dataController.pending === pending) this.dataController.pending = undefined;
      if (this.languageController.pending === pending) this.languageController.pending = undefined;
      result = await super.getUpdateComplete();
    }
    return result;
  }

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

  /** Loading and error notices; every element renders this first. */
  protected renderDataStatus(): ReturnType<DataController['renderStatus']> {
    return this.dataController.renderStatus();
  }

  /**
   * Whether the ids in the attributes can be checked against the data shown: not while a `src` file or a
   * part of the code for a `data` object is on its way, since the data shown meanwhile may lack them.
   */
  protected get idsCheckable(): boolean {
    return !this.dataController.loading;
  }

  /**
   * A visible message for a missing or unknown id; the console lists the valid ids. While the data is
   * still loading (`idsCheckable` false) an empty template: the loading notice says what is going on.
   */
  protected renderUnknown(what: string, id: string, valid: readonly string[]): TemplateResult {
    if (!this.idsCheckable) return html``;
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

  /** What the as-of line (shared/as-of.ts) needs from this element. */
  protected get asOfContext(): AsOfContext {
    return { lang: this.language, now: this.currentTime(), strings: this.strings, website: this.activeData.organisation?.website };
  }

  /** The link to a published file (`ics/…`, `vcf/…`), or one generated in the browser for other data. */
  protected fileHref(path: string, generate: (writers: Writers) => string, type: string): string {
    return this.fileLinks.href(path, generate, type);
  }
}
