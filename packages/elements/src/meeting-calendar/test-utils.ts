/**
 * Test helpers for <gr-committee-card> and <gr-meeting-calendar> (web-test-runner, real Chromium).
 * Test-only: no element imports this module, so it is never part of a build. The tests stand on the
 * fictional fixture dataset (`@goteborgsregionen/data/testing`); `FILES_BASE` is only for the tests of
 * the published files' links, which assert what holds for any valid published dataset.
 */
import { a11ySnapshot, executeServerCommand } from '@web/test-runner-commands';
import ICAL from 'ical.js';

// Shared with the other elements' tests.
import { shadow, $$, squash } from '../test-support/helpers.js';
export { shadow, $, $$, squash, deepActiveElement } from '../test-support/helpers.js';

/** Where the test server serves packages/data/dist, the published files (see src/test-support/fixture-server.mjs). */
export const FILES_BASE = '/__fixtures/data/';

/**
 * What a sighted user sees: text of rendered nodes, leaving out visually hidden text (clip-path) and
 * aria-hidden-free but display:none parts.
 */
export function seenText(root: Node): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) {
      parts.push(node.textContent ?? '');
      return;
    }
    if (!(node instanceof Element)) {
      node.childNodes.forEach(walk);
      return;
    }
    if (node.classList.contains('visually-hidden')) return;
    const style = getComputedStyle(node);
    if (style.display === 'none' || style.visibility === 'hidden') return;
    const block = style.display !== 'inline';
    if (block) parts.push(' ');
    (node.shadowRoot ?? node).childNodes.forEach(walk);
    if (block) parts.push(' ');
  };
  walk(root);
  return squash(parts.join(''));
}

/** Seen text of the element's shadow root. */
export const seen = (el: Element): string => seenText(shadow(el));

/** Text of the headings in the shadow root (h2–h6), in order. */
export const headings = (el: Element, selector = 'h2, h3, h4, h5, h6'): string[] =>
  $$(el, selector).map((h) => squash(h.textContent));

interface AxNode {
  role?: string;
  name?: string;
  children?: AxNode[];
}

/** Chromium's accessibility tree of the page, flattened to [role, name] pairs. */
export async function accessibleNodes(): Promise<{ role: string; name: string }[]> {
  const tree = (await a11ySnapshot({})) as unknown as AxNode;
  const out: { role: string; name: string }[] = [];
  const walk = (n: AxNode): void => {
    out.push({ role: n.role ?? '', name: squash(n.name) });
    n.children?.forEach(walk);
  };
  walk(tree);
  return out;
}


/** Sets the page's time zone (IANA name), or resets it with null. */
export const emulateTimezone = (zone: string | null): Promise<unknown> => executeServerCommand('emulate-timezone', zone);

/** Turns forced colours (Windows high contrast) on with "active", off with null. */
export const emulateForcedColors = (value: 'active' | null): Promise<unknown> =>
  executeServerCommand('emulate-forced-colors', value);

/** The VEVENTs of an iCalendar text, parsed by ical.js (an independent RFC 5545 parser). */
export function parseEvents(text: string): InstanceType<typeof ICAL.Event>[] {
  const component = new ICAL.Component(ICAL.parse(text));
  return component.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
}

/** Fetches a link's target (a published file or a blob URL) as text; fails on an HTTP error. */
export async function fetchText(href: string): Promise<{ text: string; type: string }> {
  const res = await fetch(href);
  if (!res.ok) throw new Error(`${href}: HTTP ${res.status}`);
  return { text: await res.text(), type: res.headers.get('content-type') ?? '' };
}
