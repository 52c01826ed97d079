import { css } from 'lit';

/**
 * Styles every element shares. Design tokens (all optional, each `var()` has a fallback):
 *
 * --gr-color-text, --gr-color-muted, --gr-color-accent, --gr-color-accent-contrast,
 * --gr-color-surface, --gr-color-surface-alt, --gr-color-border, --gr-color-focus,
 * --gr-color-danger, --gr-color-mark, --gr-font-family, --gr-font-size, --gr-radius, --gr-space.
 *
 * Sizes are in em from a font size that ignores a host page's `html { font-size: 62.5% }`.
 */
export const sharedStyles = css`
  :host {
    /* Shut out inherited theme quirks (letter-spacing, text-transform, justify, line-height …). */
    all: initial;
    display: block;
    box-sizing: border-box;
    font-family: var(--gr-font-family, inherit);
    font-size: var(--gr-font-size, max(1em, 16px));
    line-height: 1.5;
    color: var(--gr-color-text, #1b1b1b);
    text-align: start;
    overflow-wrap: anywhere;
    max-inline-size: 100%;
    contain: layout;
  }
  /*
   * A host page's rules beat :host rules (normal declarations of the outer context win), so a theme's
   * "* { font-size: 1rem; letter-spacing: .2em; text-transform: uppercase; line-height: 0 }" would reach
   * the host and be inherited inside. Important :host declarations win over the page's, even over its
   * !important ones: the inherited typography is pinned here. Theme with the --gr-* tokens instead.
   */
  :host {
    font-size: var(--gr-font-size, max(1em, 16px)) !important;
    line-height: 1.5 !important;
    letter-spacing: normal !important;
    word-spacing: normal !important;
    text-transform: none !important;
    text-indent: 0 !important;
    text-align: start !important;
    white-space: normal !important;
    font-style: normal !important;
    font-variant: normal !important;
    box-sizing: border-box !important;
  }
  :host([hidden]) {
    display: none;
  }
  /* border-box set on everything (not inherited): <details> content sits behind a UA shadow root
     that inheritance would pass through as content-box. */
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  h2,
  h3,
  h4,
  h5,
  h6 {
    font-family: inherit;
    line-height: 1.25;
    margin: 0 0 0.5em;
    color: inherit;
    letter-spacing: normal;
    text-transform: none;
  }
  h2 {
    font-size: 1.375em;
  }
  h3 {
    font-size: 1.125em;
  }
  h4,
  h5,
  h6 {
    font-size: 1em;
  }
  p {
    margin: 0 0 0.5em;
  }
  ul,
  ol {
    margin: 0;
    padding: 0;
  }
  a {
    color: var(--gr-color-accent, #00558c);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  a:hover {
    text-decoration-thickness: 0.15em;
  }
  :focus-visible {
    outline: 0.1875em solid var(--gr-color-focus, #b3127c);
    outline-offset: 0.125em;
    border-radius: 0.125em;
  }
  button,
  input,
  select {
    font: inherit;
    color: inherit;
    letter-spacing: normal;
    text-transform: none;
  }
  button {
    cursor: pointer;
    min-block-size: 2.75em;
    min-inline-size: 2.75em;
    padding: 0.375em 0.875em;
    border: 0.0625em solid var(--gr-color-accent, #00558c);
    border-radius: var(--gr-radius, 0.25em);
    background: var(--gr-color-surface, #ffffff);
    color: var(--gr-color-accent, #00558c);
  }
  button:hover {
    background: var(--gr-color-surface-alt, #f1f4f7);
  }
  mark {
    background: var(--gr-color-mark, #fff2a8);
    color: inherit;
    font-weight: 600;
  }
  time {
    font-variant-numeric: tabular-nums;
  }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px !important;
    block-size: 1px !important;
    padding: 0 !important;
    margin: -1px !important;
    overflow: hidden !important;
    clip-path: inset(50%) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }
  .muted {
    color: var(--gr-color-muted, #4a5560);
  }
  .notice {
    border: 0.0625em solid var(--gr-color-border, #c5ccd3);
    border-inline-start-width: 0.375em;
    border-radius: var(--gr-radius, 0.25em);
    padding: 0.75em 1em;
    margin: 0 0 1em;
    background: var(--gr-color-surface, #ffffff);
  }
  .notice--error {
    border-color: var(--gr-color-danger, #b00020);
  }
  .notice p:last-child {
    margin-block-end: 0;
  }
  .notice strong {
    display: block;
  }
  .status {
    display: inline-block;
    font-weight: 600;
  }
  .status--cancelled {
    color: var(--gr-color-danger, #b00020);
  }
  .as-of {
    font-size: 0.875em;
    color: var(--gr-color-muted, #4a5560);
    margin-block: 0.5em;
  }
  /* Pre-rendered HTML without JavaScript: controls that need the script are hidden, their plain
     alternatives shown. Only under scripting: none, so nothing moves when the script hydrates the element. */
  .no-js {
    display: none;
  }
  @media (scripting: none) {
    .js-only {
      display: none !important;
    }
    .no-js {
      display: block;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
      scroll-behavior: auto !important;
    }
  }
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
    button {
      border-color: ButtonText;
    }
    mark {
      background: Mark;
      color: MarkText;
    }
    .notice {
      border-color: CanvasText;
    }
    .status--cancelled {
      color: CanvasText;
    }
  }
  @media print {
    :host {
      color: #000;
      contain: none;
    }
    a {
      color: #000;
    }
    a[href^='http']::after {
      content: ' (' attr(href) ')';
      font-size: 0.85em;
      overflow-wrap: anywhere;
    }
    .no-print {
      display: none !important;
    }
    article,
    li {
      break-inside: avoid;
    }
  }
`;
