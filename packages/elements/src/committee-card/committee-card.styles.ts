import { css } from 'lit';

export const committeeCardStyles = css`
  .card {
    border: 0.0625em solid var(--gr-color-border, #c5ccd3);
    border-block-start: 0.375em solid var(--gr-color-accent, #00558c);
    border-radius: var(--gr-radius, 0.25em);
    background: var(--gr-color-surface, #ffffff);
    padding: var(--gr-space, 1em) calc(var(--gr-space, 1em) * 1.25);
  }
  .section {
    margin-block-start: calc(var(--gr-space, 1em) * 1.25);
  }
  .lifecycle {
    margin-block-end: 0.75em;
  }
  .lifecycle p:last-child {
    margin-block-end: 0;
  }
  .description {
    max-inline-size: 65ch;
  }
  dl {
    margin: 0;
  }
  dd {
    margin: 0;
  }
  .facts {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 11em), 1fr));
    gap: 0.5em 1em;
    margin-block: 0.75em;
  }
  .facts dt,
  .presidium dt,
  .meetings dt {
    font-weight: 600;
  }
  .facts dt {
    font-size: 0.875em;
    color: var(--gr-color-muted, #4a5560);
  }
  .purpose {
    padding-inline-start: 1.25em;
  }
  .purpose li + li {
    margin-block-start: 0.25em;
  }
  .presidium {
    display: grid;
    gap: 0.375em;
  }
  .presidium--plain {
    list-style: none;
  }
  .presidium div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.5em;
  }
  .presidium dt::after {
    content: ':';
  }
  abbr {
    text-decoration: none;
    border-block-end: 0.0625em dotted currentColor;
    cursor: help;
  }
  .meetings {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 15em), 1fr));
    gap: 0.75em;
  }
  .meeting-box {
    background: var(--gr-color-surface-alt, #f1f4f7);
    border: 0.0625em solid var(--gr-color-border, #c5ccd3);
    border-radius: var(--gr-radius, 0.25em);
    padding: 0.75em 1em;
  }
  .meeting-box dt {
    margin-block-end: 0.25em;
  }
  .meeting p:last-child,
  .meeting-box p:last-child {
    margin-block-end: 0;
  }
  .meeting--cancelled time {
    text-decoration: line-through;
  }
  .status {
    margin-block: 0.25em;
  }
  .status--ongoing {
    color: var(--gr-color-accent, #00558c);
  }
  .help {
    font-size: 0.9375em;
    max-inline-size: 65ch;
  }
  @media (forced-colors: active) {
    .card,
    .meeting-box {
      border-color: CanvasText;
    }
    .status--ongoing {
      color: CanvasText;
    }
  }
  @media print {
    .card {
      border: 0.0625em solid #000;
      padding: 0.5em;
    }
    .meeting-box {
      background: none;
      border-color: #000;
    }
  }
  .nowrap {
    white-space: nowrap;
  }
`;
