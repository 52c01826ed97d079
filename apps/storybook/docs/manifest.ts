/**
 * Reads @goteborgsregionen/elements' custom-elements.json for the docs pages, so the tables of
 * tags, attributes, events, ::parts and --gr-* tokens are always those of the built code.
 */
import manifest from '@goteborgsregionen/elements/custom-elements.json';
import { DEFAULT_TOKENS } from '../stories/support';

interface Item {
  name: string;
  description?: string;
  default?: string;
  type?: { text?: string };
  fieldName?: string;
}
interface Declaration {
  kind: string;
  name: string;
  tagName?: string;
  customElement?: boolean;
  summary?: string;
  description?: string;
  attributes?: Item[];
  members?: (Item & { kind?: string; privacy?: string; static?: boolean })[];
  events?: Item[];
  cssParts?: Item[];
  cssProperties?: Item[];
  slots?: Item[];
}
interface Manifest {
  modules: { path: string; declarations?: Declaration[] }[];
}

export const TAG_ORDER = ['gr-network-finder', 'gr-committee-card', 'gr-contact-list', 'gr-meeting-calendar'];

/** The custom elements in the manifest, in the order of the product brief. */
export function elements(): (Declaration & { tagName: string })[] {
  const found = (manifest as unknown as Manifest).modules
    .flatMap((m) => m.declarations ?? [])
    .filter((d): d is Declaration & { tagName: string } => !!d.tagName);
  const unique = [...new Map(found.map((d) => [d.tagName, d])).values()];
  return unique.sort((a, b) => rank(a.tagName) - rank(b.tagName));
}

const rank = (tag: string) => (TAG_ORDER.includes(tag) ? TAG_ORDER.indexOf(tag) : TAG_ORDER.length);

export interface TokenRow {
  name: string;
  default: string;
  description: string;
  elements: string[];
}

/**
 * Every --gr-* token: the ones the elements document (@cssprop) with their defaults, plus the
 * shared ones from the foundation (src/shared/styles.ts) that an element does not list itself.
 */
export function tokens(): TokenRow[] {
  const rows = new Map<string, TokenRow>();
  for (const [name, value] of Object.entries(DEFAULT_TOKENS)) {
    rows.set(name, { name, default: value, description: '', elements: [] });
  }
  for (const el of elements()) {
    for (const p of el.cssProperties ?? []) {
      const row = rows.get(p.name) ?? { name: p.name, default: p.default ?? '', description: '', elements: [] };
      if (!row.description && p.description) row.description = p.description;
      if (p.default) row.default = p.default;
      row.elements.push(el.tagName);
      rows.set(p.name, row);
    }
  }
  return [...rows.values()];
}

/** An element's public attributes (with the property each one sets). */
export function attributes(el: Declaration): Item[] {
  return el.attributes ?? [];
}

/** "#1b1b1b" and similar colour defaults, for swatches. */
export const isColour = (value: string) => /^#[0-9a-f]{3,8}$/i.test(value.trim());
