import { html, isServer, nothing } from 'lit';
import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import type { Dataset } from '@goteborgsregionen/data';
import { pageBase, serverContext } from './env.js';
import { GrDataErrorEvent, GrDataLoadEvent } from './events.js';
import type { DataErrorKind } from './events.js';
import noData from './no-data.json';
import { defaultData, defaultDataNow, defaultDataUrl, sourceReader, validation, writers } from './lazy.js';
import type { DefaultDataFailure, Validation } from './lazy.js';
import type { SharedStrings } from './translations/sv.js';

/** Largest dataset file read from `src` (bytes). GR's own dataset is about 60 kB. */
export const MAX_SOURCE_BYTES = 2 * 1024 * 1024;

/** What the data controller needs of its element. */
export interface DataHost extends ReactiveControllerHost, EventTarget {
  /** The developer's dataset object (the `data` property). */
  data?: Dataset;
  /** URL of a dataset file (the `src` attribute). */
  src?: string;
  /** Milliseconds to wait for `src`. */
  timeout: number;
  readonly localName: string;
}

export interface DataOptions {
  /** The element's shared strings, in its language now (errors are worded when they happen). */
  strings: () => SharedStrings;
}

interface LoadError {
  kind: DataErrorKind;
  message: string;
}

/**
 * Stands in until the default data has arrived (the CDN build reads it from `data/dataset.json`). The
 * CDN build also puts it in place of the data package's bundled dataset (scripts/build-cdn.mjs).
 */
const NO_DATA = noData as unknown as Dataset;

/**
 * The published dataset when it is at hand: on a server the one the render was given, else the default
 * data (bundled in dist/; in the CDN build once data/dataset.json has arrived). See lazy.ts for where
 * the default data comes from.
 */
const publishedDataset = (): Dataset | undefined => (isServer && serverContext.data) || defaultDataNow();

/**
 * How the elements validate: every check but "lastUpdated is not in the future". The visitor's clock is
 * no judge of when a dataset was compiled; a clock set back would otherwise refuse good data.
 */
const BROWSER_PARSE = { now: null } as const;

/** parseDataset's verdict per `data` object: several elements given one object validate it once. */
const parsedObjects = new WeakMap<object, { data: Dataset } | { error: unknown }>();

function parseOnce(input: unknown, { parseDataset }: Validation): Dataset {
  if (typeof input !== 'object' || input === null) return parseDataset(input);
  let verdict = parsedObjects.get(input);
  if (!verdict) {
    try {
      verdict = { data: parseDataset(input, BROWSER_PARSE) };
    } catch (error) {
      verdict = { error };
    }
    parsedObjects.set(input, verdict);
  }
  if ('error' in verdict) throw verdict.error;
  return verdict.data;
}

/**
 * The data an element shows: the `data` property (validated), else the file at `src` (fetched with a
 * timeout and a size limit, then validated), else the default data (lazy.ts: the bundled dataset, or in
 * the CDN build `data/dataset.json` beside the script). Every failure falls back to the default data
 * with a visible, polite notice, a console warning and a `gr-data-error` event; a success fires
 * `gr-data-load`. Parts of the data package that only some pages need (validation, file writers) may
 * arrive later: `pending` says when everything asked for has arrived.
 *
 * Nothing here runs in the constructor: work starts from the host's `willUpdate` (`update()`), so the
 * controller is safe to construct on a server, where a `src` shows the loading notice (a server does
 * not wait for the file) and the default data is the render's.
 */
export class DataController implements ReactiveController {
  /** The dataset in use (an empty stand-in while `hasData` is false). */
  dataset: Dataset = publishedDataset() ?? NO_DATA;
  /** Whether `dataset` is the default (published) data, whose .ics/.vcf files are published with it. */
  published = true;
  /**
   * Whether `dataset` holds data to show. False only while the default data is read from
   * `data/dataset.json` (CDN build) or when that failed: elements then render `renderStatus()` alone.
   */
  hasData = false;
  /** A `src` file or a part of the code is being fetched. */
  loading = false;
  /** Why the last `data` or `src` (or the default data) was not used. */
  error?: LoadError;
  /** Work on the data in progress (loading a part, reading the default data), for `updateComplete`. */
  pending?: Promise<unknown>;

  private token = 0;
  private resolved = false;
  private interrupted = false;
  private abort?: AbortController;
  private listeners = new Set<() => void>();

  constructor(
    private readonly host: DataHost,
    private readonly options: DataOptions,
  ) {
    host.addController(this);
  }

  /** Calls `listener` whenever the dataset in use is replaced. */
  onChange(listener: () => void): void {
    this.listeners.add(listener);
  }

  /** Re-reads `data` and `src` when either changed, and the first time (call from `willUpdate`). */
  update(changed: ReadonlyMap<PropertyKey, unknown>): void {
    if (changed.has('data') || changed.has('src') || !this.resolved) this.resolve();
  }

  /** Resolves the data once if nothing has yet (a pre-rendered element waiting before its first update). */
  ensureResolved(): void {
    if (!this.resolved) this.resolve();
  }

  hostConnected(): void {
    if (this.interrupted) {
      // Removed while loading, now back (a CMS moving nodes): load again.
      this.interrupted = false;
      this.resolve();
    }
  }

  hostDisconnected(): void {
    if (this.loading) {
      // A removed element stops loading quietly: no error notice, event or warning for the abort.
      this.interrupted = true;
      this.token++;
    }
    this.abort?.abort();
  }

  private set(dataset: Dataset, published: boolean, hasData: boolean): void {
    const changed = dataset !== this.dataset || published !== this.published;
    this.dataset = dataset;
    this.published = published;
    this.hasData = hasData;
    if (changed) this.listeners.forEach((l) => l());
    this.host.requestUpdate();
  }

  /** Runs `then` with a part that may still be loading; a load that is overtaken is ignored. */
  private withPart<T>(part: T | Promise<T>, token: number, then: (value: T) => void, failed: () => void): void {
    if (!(part instanceof Promise)) {
      then(part);
      return;
    }
    this.loading = true;
    this.host.requestUpdate();
    this.pending = part.then(
      (value) => {
        if (token === this.token) then(value);
      },
      () => {
        if (token === this.token) failed();
      },
    );
  }

  private resolve(): void {
    this.resolved = true;
    this.abort?.abort();
    const token = ++this.token;
    this.error = undefined;
    this.loading = false;
    const given = this.host.data as unknown;
    if (given !== undefined && given !== null) {
      const fail = (e: unknown, DatasetError?: Validation['DatasetError']) => {
        const issues = DatasetError && e instanceof DatasetError ? e.issues : [];
        this.fail({ kind: 'invalid-data', message: this.options.strings().errorProperty(issues.length, issueText(issues[0], e)) });
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
        () => this.fail({ kind: 'network', message: this.options.strings().errorNetwork(this.host.localName) }),
      );
      return;
    }
    if (!this.host.src) {
      this.useDefaultData(token);
      return;
    }
    // While `src` loads, the default data stays on show when it is at hand (never fetched for this).
    const now = publishedDataset();
    if (now && !this.hasData) this.set(now, true, true);
    this.load(this.host.src, token);
  }

  /** Shows data from `src` or the `data` property once the file writers it needs are loaded. */
  private useOwnData(parsed: Dataset, token: number, source: string): void {
    this.withPart(
      writers(),
      token,
      () => {
        this.loading = false;
        this.set(parsed, false, true);
        this.host.dispatchEvent(new GrDataLoadEvent({ source }));
      },
      () => this.fail({ kind: 'network', message: this.options.strings().errorNetwork(source) }),
    );
  }

  /** The default data; `error` is the problem with `src` or `data` that led here, if any. */
  private useDefaultData(token: number, error?: LoadError): void {
    const show = (data: Dataset) => {
      this.loading = false;
      if (error) this.error = error;
      this.set(data, true, true);
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
    this.host.requestUpdate();
    this.pending = part.then(
      // Each element renders in a task of its own (one data file arrives for all of them at once): the
      // page stays responsive between them.
      (data) =>
        nextTask().then(() => {
          if (token === this.token) show(data);
        }),
      (failure: DefaultDataFailure) => {
        if (token !== this.token) return;
        this.loading = false;
        // The error about `src` (if any) comes first; the default file's own problem is said too.
        this.error = error ?? this.defaultDataError(failure);
        this.set(NO_DATA, true, false);
        if (!error) {
          console.warn(`<${this.host.localName}>: ${this.error.message}`);
          this.host.dispatchEvent(new GrDataErrorEvent({ kind: this.error.kind, message: this.error.message }));
        }
      },
    );
  }

  private defaultDataError(failure: DefaultDataFailure | undefined): LoadError {
    const s = this.options.strings();
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

  private load(src: string, token: number): void {
    const s = this.options.strings();
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
    const failed = () => this.fail({ kind: 'network', message: s.errorNetwork(src) });
    this.loading = true;
    this.host.requestUpdate();
    this.withPart(
      sourceReader(),
      token,
      ({ readSource }) =>
        void readSource(url.href, src, effectiveTimeout(this.host.timeout), MAX_SOURCE_BYTES, s, abort).then((read) => {
          if (token !== this.token) return;
          if ('error' in read) {
            this.fail(read.error);
            return;
          }
          this.withPart(
            validation(),
            token,
            ({ parseDataset, DatasetError }) => {
              let parsed: Dataset;
              try {
                parsed = parseDataset(read.json, BROWSER_PARSE);
              } catch (e) {
                const issues = e instanceof DatasetError ? e.issues : [];
                this.fail({ kind: 'invalid-data', message: s.errorInvalid(src, Math.max(issues.length, 1), issueText(issues[0], e)) });
                return;
              }
              this.useOwnData(parsed, token, url.href);
            },
            failed,
          );
        }),
      failed,
    );
  }

  private fail(error: LoadError): void {
    this.loading = false;
    this.error = error;
    console.warn(`<${this.host.localName}>: ${error.message}`);
    this.host.dispatchEvent(new GrDataErrorEvent({ kind: error.kind, message: error.message }));
    this.useDefaultData(this.token, error);
  }

  /** The loading notice or the error notice (every element renders this first). */
  renderStatus(): TemplateResult | typeof nothing {
    const s = this.options.strings();
    if (this.loading) {
      return html`<p class="notice" part="loading" role="status">${s.loading}</p>`;
    }
    if (this.error) {
      return html`<div class="notice notice--error" part="error" role="status">
        <strong>${s.errorHeading}</strong>
        <p>${this.error.message}</p>
        ${this.hasData ? html`<p>${s.errorFallback}</p>` : nothing}
      </div>`;
    }
    return nothing;
  }
}

/** Resolves in a later task (after the browser has had a chance to handle input and paint). */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** The `timeout` attribute when it is a positive number of milliseconds (at most 2 minutes), else 10 seconds. */
function effectiveTimeout(value: unknown): number {
  const t = Number(value);
  return Number.isFinite(t) && t > 0 ? Math.min(t, 120000) : 10000;
}

function issueText(issue: { path: string; message: string } | undefined, e: unknown): string {
  if (issue) return issue.path ? `${issue.path}: ${issue.message}` : issue.message;
  return e instanceof Error ? e.message : String(e);
}
