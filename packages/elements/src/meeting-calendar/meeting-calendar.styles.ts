import { css } from 'lit';

export const meetingCalendarStyles = css`
  section + section,
  .month-meetings,
  .subscribe {
    margin-block-start: calc(var(--gr-space, 1em) * 1.25);
  }
  .month-group + .month-group {
    margin-block-start: var(--gr-space, 1em);
  }
  .view-switch {
    display: inline-flex;
    flex-wrap: wrap;
    gap: 0;
    margin-block-end: var(--gr-space, 1em);
  }
  .view-switch button {
    border-radius: 0;
  }
  .view-switch button:first-child {
    border-start-start-radius: var(--gr-radius, 0.25em);
    border-end-start-radius: var(--gr-radius, 0.25em);
  }
  .view-switch button:last-child {
    border-start-end-radius: var(--gr-radius, 0.25em);
    border-end-end-radius: var(--gr-radius, 0.25em);
    margin-inline-start: -0.0625em;
  }
  .view-switch button[aria-pressed='true'] {
    background: var(--gr-color-accent, #00558c);
    color: var(--gr-color-accent-contrast, #ffffff);
  }
  .meeting-list {
    list-style: none;
    display: grid;
    gap: 0.75em;
  }
  .meeting {
    border: 0.0625em solid var(--gr-color-border, #c5ccd3);
    border-inline-start: 0.375em solid var(--gr-color-accent, #00558c);
    border-radius: var(--gr-radius, 0.25em);
    background: var(--gr-color-surface, #ffffff);
    padding: 0.75em 1em;
  }
  .meeting--cancelled {
    border-inline-start-color: var(--gr-color-danger, #b00020);
    border-inline-start-style: dashed;
  }
  .meeting--cancelled time {
    text-decoration: line-through;
  }
  .meeting .meeting-heading {
    font-size: 1em;
    margin-block-end: 0.25em;
  }
  .meeting-heading .status {
    display: block;
    margin-block-start: 0.125em;
  }
  .meeting-heading:focus-visible {
    outline-offset: 0.25em;
  }
  .meeting p:last-child {
    margin-block-end: 0;
  }
  .owner {
    font-weight: 600;
  }
  .status--ongoing {
    color: var(--gr-color-accent, #00558c);
  }
  .subscribe-list {
    list-style: none;
    display: grid;
    gap: 0.25em;
    margin-block-end: 0.5em;
  }
  .subscribe-list a,
  .ics a {
    display: inline-block;
    padding-block: 0.25em;
  }
  .help {
    font-size: 0.9375em;
    max-inline-size: 65ch;
  }

  /* Month view */
  .month-nav {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0.5em;
    margin-block-end: 0.5em;
  }
  .grid-help {
    font-size: 0.875em;
  }
  .grid-scroll {
    /* Only the grid scrolls sideways on a narrow screen, never the page. */
    max-inline-size: 100%;
    overflow-x: auto;
  }
  .grid {
    inline-size: 100%;
    min-inline-size: 18em;
    border-collapse: collapse;
    table-layout: fixed;
    font-variant-numeric: tabular-nums;
  }
  caption {
    caption-side: top;
    text-align: start;
    font-weight: 600;
    font-size: 1.125em;
    padding-block-end: 0.375em;
    text-transform: none;
  }
  th,
  td {
    border: 0.0625em solid var(--gr-color-border, #c5ccd3);
    text-align: center;
    vertical-align: top;
    padding: 0.25em 0.125em;
  }
  thead th,
  th.week {
    background: var(--gr-color-surface-alt, #f1f4f7);
    font-weight: 600;
    font-size: 0.8125em;
  }
  th.week {
    inline-size: 3.25em;
    color: var(--gr-color-muted, #4a5560);
    white-space: nowrap;
  }
  td {
    block-size: 2.75em;
    min-inline-size: 2.25em;
  }
  td.day {
    cursor: pointer;
  }
  td.day:focus-visible {
    outline: 0.1875em solid var(--gr-color-focus, #b3127c);
    outline-offset: -0.1875em;
    border-radius: 0;
  }
  td.outside {
    background: transparent;
  }
  .num {
    display: block;
  }
  .day--meeting {
    background: var(--gr-color-surface-alt, #f1f4f7);
  }
  .day--meeting .num {
    font-weight: 700;
  }
  .day--today .num {
    display: inline-block;
    min-inline-size: 1.75em;
    border-radius: 1em;
    background: var(--gr-color-mark, #fff2a8);
    outline: 0.0625em solid currentColor;
  }
  .marks {
    display: flex;
    justify-content: center;
    gap: 0.1875em;
    margin-block-start: 0.125em;
  }
  .dot {
    display: inline-block;
    inline-size: 0.5em;
    block-size: 0.5em;
    border-radius: 50%;
    background: var(--gr-color-accent, #00558c);
    border: 0.0625em solid var(--gr-color-accent, #00558c);
  }
  .dot--cancelled {
    background: transparent;
    border-color: var(--gr-color-danger, #b00020);
  }

  @media (forced-colors: active) {
    .meeting,
    th,
    td {
      border-color: CanvasText;
    }
    .view-switch button[aria-pressed='true'] {
      background: Highlight;
      color: HighlightText;
      forced-color-adjust: none;
    }
    .dot {
      forced-color-adjust: none;
      background: CanvasText;
      border-color: CanvasText;
    }
    .dot--cancelled {
      background: Canvas;
    }
    .day--today .num {
      forced-color-adjust: none;
      background: Mark;
      color: MarkText;
    }
    .status--ongoing {
      color: CanvasText;
    }
  }
  @media print {
    .meeting {
      border-color: #000;
    }
  }
  .nowrap {
    white-space: nowrap;
  }
`;
