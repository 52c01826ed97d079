import { css } from 'lit';

/** Contact markup shared by <gr-contact-list>, <gr-network-finder> and <gr-committee-card>. */
export const contactStyles = css`
  .contacts {
    list-style: none;
    display: grid;
    gap: calc(var(--gr-space, 1em) * 0.75);
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 16em), 1fr));
  }
  .contact {
    border: 0.0625em solid var(--gr-color-border, #c5ccd3);
    border-radius: var(--gr-radius, 0.25em);
    padding: 0.75em 1em;
    background: var(--gr-color-surface, #ffffff);
    block-size: 100%;
  }
  .contact :is(h2, h3, h4, h5, h6) {
    font-size: 1em;
    margin-block-end: 0.25em;
  }
  .contact-title {
    font-size: 0.9375em;
  }
  .contact-ways {
    list-style: none;
    display: grid;
    gap: 0.25em;
  }
  .contact-ways a {
    display: inline-block;
    padding-block: 0.25em;
  }
  @media (forced-colors: active) {
    .contact {
      border-color: CanvasText;
    }
  }
`;
