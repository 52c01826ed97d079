import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { GrElement } from '../shared/base-element.js';
import { sharedStyles } from '../shared/styles.js';

/** Placeholder, replaced by the real element. */
export class GrCommitteeCard extends GrElement {
  static override styles = [sharedStyles];
  protected override render(): TemplateResult {
    return html`${this.renderDataStatus()}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gr-committee-card': GrCommitteeCard;
  }
}
