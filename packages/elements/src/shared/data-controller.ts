import { html, isServer, nothing } from 'lit';
import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import { parseDataset, DatasetError } from '@goteborgsregionen/data';
import type { Dataset } from '@goteborgsregionen/data';
import { defaultData } from './default-data.js';
import { pageBase } from './env.js';
import { GrDataErrorEvent, GrDataLoadEvent } from './events.js';
import type { DataErrorKind } from './events.js';
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

/** parseDataset's verdict per `data` object: several elements given one object validate it once. */
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

/**
 * The data an element shows: the `data` property (validated), else the file at `src` (fetched with a
 * timeout and a size limit, then validated), else the default data (see default-data.ts). Every
 * failure falls back to the default data with a visible, polite notice, a console warning and a
 * `gr-data-error` event; a success fires `gr-data-load`.
 *
 * Nothing here runs in the constructor: loading starts from the host's `willUpdate` (`update()`), so
 * the controller is safe to construct on a server, where a `src` shows the loading notice (a server
 * does not wait for the file) and the default data is the render's (see default-data.ts).
 */
export class DataController implements ReactiveController {
  /** The dataset in use. */
  dataset: Dataset = defaultData().dataset;
  /** Whether `dataset` is the default (published) data, whose .ics/.vcf files lie beside the script. */
  published = true;
  /** A `src` file is being fetched. */
  loading = false;
  /** Why the last `data` or `src` was not used. */
  error?: LoadError;

  private token = 0;
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

  /** Re-reads `data` and `src` when either changed (call from the host's `willUpdate`). */
  update(changed: ReadonlyMap<PropertyKey, unknown>): void {
    if (changed.has('data') || changed.has('src')) this.resolve();
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

  private use(dataset: Dataset, published: boolean): void {
    const changed = dataset !== this.dataset || published !== this.published;
    this.dataset = dataset;
    this.published = published;
    if (changed) this.listeners.forEach((l) => l());
    this.host.requestUpdate();
  }

  private resolve(): void {
    this.abort?.abort();
    const token = ++this.token;
    this.error = undefined;
    this.loading = false;
    const given = this.host.data as unknown;
    if (given !== undefined && given !== null) {
      try {
        this.use(parseOnce(given), false);
        this.host.dispatchEvent(new GrDataLoadEvent({ source: 'property' }));
      } catch (e) {
        const issues = e instanceof DatasetError ? e.issues : [];
        this.fail({ kind: 'invalid-data', message: this.options.strings().errorProperty(issues.length, issueText(issues[0], e)) });
      }
      return;
    }
    if (!this.host.src) {
      this.use(defaultData().dataset, true);
      return;
    }
    void this.load(this.host.src, token);
  }

  private async load(src: string, token: number): Promise<void> {
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
    this.loading = true;
    this.host.requestUpdate();
    let timedOut = false;
    const timeoutMs = effectiveTimeout(this.host.timeout);
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
        if (token === this.token) this.fail(transportFailure());
        return;
      }
      if (token !== this.token) return;
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
        if (token === this.token) this.fail(transportFailure());
        return;
      }
      if (token !== this.token) return;
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
        const parsed = parseDataset(json);
        this.loading = false;
        this.use(parsed, false);
        this.host.dispatchEvent(new GrDataLoadEvent({ source: url.href }));
      } catch (e) {
        const issues = e instanceof DatasetError ? e.issues : [];
        this.fail({ kind: 'invalid-data', message: s.errorInvalid(src, Math.max(issues.length, 1), issueText(issues[0], e)) });
      }
    } finally {
      clearTimeout(timer);
    }
  }

  private fail(error: LoadError): void {
    this.loading = false;
    this.error = error;
    this.use(defaultData().dataset, true);
    console.warn(`<${this.host.localName}>: ${error.message}`);
    this.host.dispatchEvent(new GrDataErrorEvent({ kind: error.kind, message: error.message }));
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
        <p>${s.errorFallback}</p>
      </div>`;
    }
    return nothing;
  }
}

/** The `timeout` attribute when it is a positive number of milliseconds (at most 2 minutes), else 10 seconds. */
function effectiveTimeout(value: unknown): number {
  const t = Number(value);
  return Number.isFinite(t) && t > 0 ? Math.min(t, 120000) : 10000;
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
