import { css } from 'lit';

export const networkFinderStyles = css`
  :host {
    container-type: inline-size;
  }
  .search {
    margin: 0 0 calc(var(--gr-space, 1em) * 1.25);
  }
  .search-label {
    display: block;
    font-weight: 600;
  }
  .search-hint {
    font-size: 0.875em;
    margin-block-end: 0.375em;
  }
  .search-row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: stretch;
  }
  input[type='search'] {
    flex: 1 1 12em;
    min-inline-size: 0;
    min-block-size: 2.75em;
    padding: 0.375em 0.625em;
    border: 0.125em solid var(--gr-color-text, #1b1b1b);
    border-radius: var(--gr-radius, 0.25em);
    background: var(--gr-color-surface, #ffffff);
    color: var(--gr-color-text, #1b1b1b);
    line-height: 1.5;
    margin: 0;
    /* Undo hostile resets (all: unset) that may reach form controls through inheritance. */
    appearance: auto;
  }
  .search-row button[type='submit'] {
    flex: 0 0 auto;
    background: var(--gr-color-accent, #00558c);
    color: var(--gr-color-accent-contrast, #ffffff);
    font-weight: 600;
  }
  .search-row button[type='submit']:hover {
    background: var(--gr-color-accent, #00558c);
    text-decoration: underline;
  }

  .filters {
    margin-block-start: calc(var(--gr-space, 1em) * 0.75);
    border: 0.0625em solid var(--gr-color-border, #c5ccd3);
    border-radius: var(--gr-radius, 0.25em);
    background: var(--gr-color-surface-alt, #f1f4f7);
  }
  .filters > summary {
    cursor: pointer;
    font-weight: 600;
    padding: 0.625em 1em;
    min-block-size: 2.75em;
    list-style-position: inside;
  }
  .filters[open] > summary {
    border-block-end: 0.0625em solid var(--gr-color-border, #c5ccd3);
  }
  .filter-groups {
    display: grid;
    gap: var(--gr-space, 1em);
    padding: 0.75em 1em 0;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 18em), 1fr));
  }
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    min-inline-size: 0;
  }
  legend {
    font-weight: 600;
    padding: 0;
    margin-block-end: 0.25em;
  }
  .options {
    list-style: none;
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 10em), 1fr));
    column-gap: 0.75em;
  }
  .options--wide {
    grid-template-columns: 1fr;
  }
  .option {
    display: flex;
    align-items: flex-start;
    gap: 0.5em;
    min-block-size: 2em;
    padding-block: 0.25em;
    cursor: pointer;
  }
  .option input {
    flex: none;
    inline-size: 1.5em;
    block-size: 1.5em;
    margin: 0;
    accent-color: var(--gr-color-accent, #00558c);
    appearance: auto;
  }
  .option-count {
    color: var(--gr-color-muted, #4a5560);
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .option--zero .option-text {
    color: var(--gr-color-muted, #4a5560);
  }
  .clear {
    margin: 0.5em 1em 1em;
  }

  .active-filters span + span {
    margin-inline-start: 0.25em;
  }
  .print-only {
    display: none;
  }

  .count {
    font-weight: 600;
    margin-block-end: 0.75em;
  }
  .results {
    list-style: none;
    display: grid;
    gap: var(--gr-space, 1em);
  }
  .result article {
    border: 0.0625em solid var(--gr-color-border, #c5ccd3);
    border-radius: var(--gr-radius, 0.25em);
    padding: 1em;
    background: var(--gr-color-surface, #ffffff);
  }
  .details {
    display: grid;
    grid-template-columns: minmax(0, max-content) minmax(0, 1fr);
    gap: 0.25em 1em;
    margin: 0.5em 0 0;
  }
  .details > div {
    display: contents;
  }
  .details dt {
    font-weight: 600;
  }
  .details dd {
    margin: 0;
  }
  .details-contacts > dt,
  .details-contacts > dd {
    grid-column: 1 / -1;
  }
  .details-contacts > dd {
    margin-block-end: 0.25em;
  }
  .more {
    margin: var(--gr-space, 1em) 0 0;
  }
  .shown-note {
    margin: var(--gr-space, 1em) 0 0;
  }
  .result-link {
    margin: 0.75em 0 0;
  }
  .result-link a {
    display: inline-block;
    padding-block: 0.125em;
  }

  .empty {
    border: 0.0625em dashed var(--gr-color-border, #c5ccd3);
    border-radius: var(--gr-radius, 0.25em);
    padding: 1em;
  }
  .empty-title {
    font-weight: 600;
    font-size: 1.125em;
  }

  /* A narrow host: facts stack under their labels. */
  @container (max-width: 30em) {
    .details {
      grid-template-columns: minmax(0, 1fr);
    }
    .details dd {
      margin-block-end: 0.375em;
    }
  }
  @media (forced-colors: active) {
    input[type='search'],
    .filters,
    .result article,
    .empty {
      border-color: CanvasText;
    }
    .search-row button[type='submit'] {
      background: ButtonFace;
      color: ButtonText;
      border-color: ButtonText;
    }
    .option-count,
    .option--zero .option-text {
      color: CanvasText;
    }
  }

  @media print {
    .search,
    .filters {
      display: none !important;
    }
    .print-only {
      display: block;
    }
    .active-filters {
      font-weight: 600;
    }
    .result article {
      border-color: #000;
    }
  }
  .basis {
    display: block;
    font-size: 0.875em;
    color: var(--gr-color-muted, #4a5560);
  }
`;
