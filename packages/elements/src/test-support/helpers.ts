/**
 * Helpers for the element tests (web-test-runner, real Chromium). Test-only: not exported by the package.
 * The tests' data is the fictional fixture dataset: `createFixtureDataset()` from
 * `@goteborgsregionen/data/testing`, given through the elements' `data` property or served with `serveJson`.
 */
import { waitUntil } from '@open-wc/testing';
import { render } from 'lit';
import type { TemplateResult } from 'lit';
import ICAL from 'ical.js';

const mounted: HTMLElement[] = [];

// Remove what mount() added after every test of a file that imports these helpers.
afterEach(() => {
  for (const c of mounted.splice(0)) c.remove();
});

/**
 * Renders `template` into a fresh container in the document (optionally with a `lang`) and waits until
 * every Lit element inside has rendered. Unlike @open-wc's fixture() with a plain wrapper element, it
 * never waits for an animation frame: wtr runs test files in parallel pages, and a hidden page gets no
 * animation frames, so such a wait would hang.
 */
export async function mount(template: TemplateResult | Element, attributes: Record<string, string> = {}): Promise<HTMLElement> {
  const container = document.createElement('div');
  for (const [k, v] of Object.entries(attributes)) container.setAttribute(k, v);
  document.body.append(container);
  mounted.push(container);
  if (template instanceof Element) container.append(template);
  else render(template, container);
  await settle(container);
  return container;
}

/** Waits for every Lit element in `root` to finish its pending update. */
export async function settle(root: ParentNode): Promise<void> {
  const pending = [...root.querySelectorAll('*')]
    .map((e) => (e as Element & { updateComplete?: Promise<unknown> }).updateComplete)
    .filter((p): p is Promise<unknown> => !!p);
  await Promise.all(pending);
}

/** The first element matching `selector` in `root`, typed; throws when missing. */
export function first<T extends Element>(root: ParentNode, selector: string): T {
  const el = root.querySelector<T>(selector);
  if (!el) throw new Error(`nothing matches ${selector}`);
  return el;
}

/** What a vCard says, read by ical.js (an independent parser): each property's first value. */
export interface VCardFields {
  fn?: string;
  /** Family name, given name, additional names, prefixes, suffixes. */
  n?: string[];
  title?: string;
  /** Organisation, then its units. */
  org?: string[];
  tel?: string;
  email?: string;
}

/** Parses one vCard with ical.js (which throws on a malformed one). */
export function parseVCard(text: string): VCardFields {
  const card = new ICAL.Component(ICAL.parse(text));
  if (card.name !== 'vcard') throw new Error(`not a vCard: ${card.name}`);
  const value = (name: string) => card.getFirstPropertyValue(name) ?? undefined;
  const list = (name: string) => {
    const v = value(name);
    return v === undefined ? undefined : ([] as unknown[]).concat(v).map(String);
  };
  return {
    fn: value('fn') as string | undefined,
    n: list('n'),
    title: value('title') as string | undefined,
    org: list('org'),
    tel: value('tel') as string | undefined,
    email: value('email') as string | undefined,
  };
}

/** Stores `body` on the test server and returns the URL that serves it back as JSON. */
export async function serveJson(name: string, body: unknown): Promise<string> {
  const url = `/__fixtures/store/${name}.json`;
  const res = await fetch(url, { method: 'PUT', body: typeof body === 'string' ? body : JSON.stringify(body) });
  if (!res.ok) throw new Error(`could not store fixture ${name}: ${res.status}`);
  return url;
}

/**
 * Answers the requests the page made to `/__fixtures/gate/<name>` (held by the test server until now),
 * waiting for one to arrive first. Says how each ended: "sent", or "aborted" when the page had already
 * given it up.
 */
export async function openGate(name: string): Promise<('sent' | 'aborted')[]> {
  const res = await fetch(`/__fixtures/open/${name}`, { method: 'POST' });
  if (!res.ok) throw new Error(`could not open gate ${name}: ${res.status}`);
  return ((await res.json()) as { outcomes: ('sent' | 'aborted')[] }).outcomes;
}

/** The shadow root of a GR element. */
export function shadow(el: Element): ShadowRoot {
  if (!el.shadowRoot) throw new Error(`<${el.localName}> has no shadow root`);
  return el.shadowRoot;
}

/** One element in the shadow root (throws when missing, so a test fails with a clear message). */
export function $<T extends Element = HTMLElement>(el: Element, selector: string): T {
  const found = shadow(el).querySelector<T>(selector);
  if (!found) throw new Error(`<${el.localName}> has nothing matching ${selector}`);
  return found;
}

/** Every element in the shadow root matching `selector`. */
export function $$<T extends Element = HTMLElement>(el: Element, selector: string): T[] {
  return [...shadow(el).querySelectorAll<T>(selector)];
}

/** Text as a user sees it (innerText of the shadow root's rendered children: hidden parts left out). */
export function visibleText(el: Element): string {
  return [...shadow(el).children]
    .filter((c): c is HTMLElement => c instanceof HTMLElement)
    .map((c) => c.innerText)
    .join('\n')
    .replace(/[ \t\u00a0]+/g, ' ');
}

/** Text content with runs of white space (including no-break spaces) collapsed. */
export function squash(text: string | null | undefined): string {
  return (text ?? '').replace(/[\s\u00a0]+/g, ' ').trim();
}

/** Waits until `read()` returns `expected` (a string or a predicate), with a helpful failure message. */
export async function waitFor<T>(read: () => T, expected: T | ((v: T) => boolean), what = 'value', timeout = 3000): Promise<void> {
  const ok = (v: T) => (typeof expected === 'function' ? (expected as (v: T) => boolean)(v) : v === expected);
  try {
    await waitUntil(() => ok(read()), undefined, { timeout });
  } catch {
    throw new Error(`timed out waiting for ${what}; last value: ${JSON.stringify(read())}`);
  }
}

/** The element that has focus, looking through shadow roots. */
export function deepActiveElement(): Element | null {
  let a: Element | null = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
}

/** Collects uncaught errors and unhandled rejections while a test runs. */
export function collectUncaught(): { errors: unknown[]; stop: () => void } {
  const errors: unknown[] = [];
  const onError = (e: ErrorEvent) => errors.push(e.error ?? e.message);
  const onRejection = (e: PromiseRejectionEvent) => errors.push(e.reason);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    stop: () => {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}
