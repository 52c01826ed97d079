/**
 * The finder's state in the page address (`sync-url`): its own namespaced parameters only
 * (`grn-q`, `grn-kommun`, `grn-omrade` with the default prefix). The host page's other parameters and
 * its hash are kept byte for byte. Does nothing without a `location` (server rendering).
 */
import { parseIds } from '../shared/ids.js';

export interface FinderUrlState {
  q: string;
  municipalities: string[];
  areas: string[];
}

const names = (prefix: string) => ({ q: `${prefix}q`, kommun: `${prefix}kommun`, omrade: `${prefix}omrade` });

/** The finder's parameters in the current address; undefined when none of them is there. */
export function readUrlState(prefix: string): FinderUrlState | undefined {
  if (typeof location === 'undefined') return undefined;
  const n = names(prefix);
  const params = new URLSearchParams(location.search);
  const q = params.get(n.q);
  const k = params.get(n.kommun);
  const o = params.get(n.omrade);
  if (q === null && k === null && o === null) return undefined;
  return { q: q ?? '', municipalities: parseIds(k), areas: parseIds(o) };
}

/** Writes the finder's parameters with history.replaceState (no new history entry). */
export function writeUrlState(prefix: string, state: FinderUrlState): void {
  if (typeof location === 'undefined' || typeof history === 'undefined') return;
  const n = names(prefix);
  const ours: [string, string][] = [
    [n.q, state.q.trim()],
    [n.kommun, state.municipalities.join(',')],
    [n.omrade, state.areas.join(',')],
  ];
  const own = new Set(ours.map(([k]) => k));
  const decode = (s: string) => {
    try {
      return decodeURIComponent(s.replace(/\+/g, ' '));
    } catch {
      return s;
    }
  };
  const kept = location.search
    .replace(/^\?/, '')
    .split('&')
    .filter((part) => part !== '' && !own.has(decode(part.split('=')[0] ?? '')));
  // Commas are allowed in a query string: "grn-kommun=ale,lerum" stays readable.
  const added = ours
    .filter(([, v]) => v !== '')
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v).replace(/%2C/gi, ',')}`);
  const search = [...kept, ...added].join('&');
  const url = `${location.pathname}${search ? `?${search}` : ''}${location.hash}`;
  if (url !== `${location.pathname}${location.search}${location.hash}`) {
    history.replaceState(history.state, '', url);
  }
}
