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

/** A real heading element at the given level (h2–h6), with an optional part name and id. */
export function heading(level: number, content: unknown, part = '', id?: string): TemplateResult {
  const l = Math.min(6, Math.max(2, Math.floor(level)));
  switch (l) {
    case 2:
      return html`<h2 part=${ifDefined(part || undefined)} id=${ifDefined(id)}>${content}</h2>`;
    case 3:
      return html`<h3 part=${ifDefined(part || undefined)} id=${ifDefined(id)}>${content}</h3>`;
    case 4:
      return html`<h4 part=${ifDefined(part || undefined)} id=${ifDefined(id)}>${content}</h4>`;
    case 5:
      return html`<h5 part=${ifDefined(part || undefined)} id=${ifDefined(id)}>${content}</h5>`;
    default:
      return html`<h6 part=${ifDefined(part || undefined)} id=${ifDefined(id)}>${content}</h6>`;
  }
}
