/**
 * Reading a dataset file from `src`: one request with a timeout and a size limit, then JSON. Only pages
 * that use `src` need this: the CDN build loads it on demand (lazy.cdn.ts); dist/ imports it (lazy.ts).
 * Validation of what it read is the data controller's next step.
 */
import type { DataErrorKind } from './events.js';
import type { SharedStrings } from './translations/sv.js';

export interface SourceFailure {
  kind: DataErrorKind;
  message: string;
}

/**
 * Fetches `url` (the resolved `src`, an http(s) address) and parses it as JSON. `abort` ends the request
 * early (the element was given other data); the result is then a failure the caller ignores.
 */
export async function readSource(
  url: string,
  src: string,
  timeoutMs: number,
  maxBytes: number,
  s: SharedStrings,
  abort: AbortController,
): Promise<{ json: unknown } | { error: SourceFailure }> {
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    abort.abort();
  }, timeoutMs);
  // The request or the body stream broke off: because of our timeout, or the network.
  const transportFailure = (): { error: SourceFailure } => ({
    error: timedOut
      ? { kind: 'timeout', message: s.errorTimeout(src, timeoutSeconds(timeoutMs)) }
      : { kind: 'network', message: s.errorNetwork(src) },
  });
  try {
    let response: Response;
    try {
      response = await fetch(url, { signal: abort.signal, credentials: 'same-origin', headers: { Accept: 'application/json' } });
    } catch {
      return transportFailure();
    }
    if (!response.ok) return { error: { kind: 'http', message: s.errorHttp(src, response.status) } };
    const tooLarge = { error: { kind: 'too-large', message: s.errorTooLarge(src, maxBytes / 1024 / 1024) } } as const;
    if (Number(response.headers.get('content-length') ?? 0) > maxBytes) {
      abort.abort();
      return tooLarge;
    }
    let text: string;
    try {
      text = await response.text();
    } catch {
      return transportFailure();
    }
    if (text.length > maxBytes) return tooLarge;
    try {
      return { json: JSON.parse(text) as unknown };
    } catch {
      return { error: { kind: 'invalid-json', message: s.errorJson(src) } };
    }
  } finally {
    clearTimeout(timer);
  }
}

/** The timeout in seconds for messages: whole seconds, or tenths below ten (0.3, 2.5). */
function timeoutSeconds(ms: number): number {
  const secs = Math.max(0, ms) / 1000;
  return secs >= 10 ? Math.round(secs) : Math.round(secs * 10) / 10;
}
