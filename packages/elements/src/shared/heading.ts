import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

/** Heading level an embedder can choose (`heading-level`), so the element fits the page's outline. */
export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

/** Clamp any attribute value to a valid heading level. */
export function headingLevel(value: unknown, fallback: HeadingLevel = 2): HeadingLevel {
  const n = Number(value);
  return n >= 2 && n <= 6 ? (Math.floor(n) as HeadingLevel) : fallback;
}

export interface HeadingOptions {
  /** `part` name. */
  part?: string;
  id?: string;
  class?: string;
  /** A heading that scripts can move focus to (`tabindex="-1"`). */
  focusable?: boolean;
}

/**
 * A real heading element at the given level (h2–h6; other numbers are clamped), with an optional part
 * name (the third argument, or `options.part`), id, class, and focusability. The one heading helper of
 * every element.
 */
export function heading(level: number, content: unknown, part: string | HeadingOptions = '', id?: string): TemplateResult {
  const o: HeadingOptions = typeof part === 'string' ? { part, id } : part;
  const p = ifDefined(o.part || undefined);
  const i = ifDefined(o.id);
  const c = ifDefined(o.class);
  const t = ifDefined(o.focusable ? '-1' : undefined);
  switch (Math.min(6, Math.max(2, Math.floor(level)))) {
    case 2:
      return html`<h2 part=${p} id=${i} class=${c} tabindex=${t}>${content}</h2>`;
    case 3:
      return html`<h3 part=${p} id=${i} class=${c} tabindex=${t}>${content}</h3>`;
    case 4:
      return html`<h4 part=${p} id=${i} class=${c} tabindex=${t}>${content}</h4>`;
    case 5:
      return html`<h5 part=${p} id=${i} class=${c} tabindex=${t}>${content}</h5>`;
    default:
      return html`<h6 part=${p} id=${i} class=${c} tabindex=${t}>${content}</h6>`;
  }
}
