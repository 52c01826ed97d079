import { css } from 'lit';

export const contactListStyles = css`
  .list-heading {
    margin-block-end: 0.75em;
  }
`;
