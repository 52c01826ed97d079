import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { Person } from '@goteborgsregionen/data';
import { GrElement } from '../shared/base-element.js';
import { sharedStyles } from '../shared/styles.js';
import { contactStyles } from '../shared/contact.styles.js';
import { renderContacts } from '../shared/contact.js';
import { heading, headingLevel } from '../shared/heading.js';
import { contactListStyles } from './contact-list.styles.js';
import { sv } from './translations/sv.js';
import { en } from './translations/en.js';

/**
 * GR contact persons for a political body, a network, or a chosen list of people.
 *
 * @tagname gr-contact-list
 * @summary Contact persons with phone numbers as Swedes write them, tel: links and vCards.
 *
 * @fires gr-data-load - A dataset from `src` or `dataset` was validated and is shown.
 * @fires gr-data-error - `src` or `dataset` could not be used; the bundled data is shown with a notice.
 *
 * @csspart heading - The list heading.
 * @csspart contacts - The list of contacts.
 * @csspart contact - One contact card.
 * @csspart contact-name - A contact's name (a heading).
 * @csspart contact-title - Title and department.
 * @csspart contact-phone - The phone link.
 * @csspart contact-email - The e-mail link.
 * @csspart contact-vcard - The vCard download link.
 * @csspart loading - The loading notice.
 * @csspart error - An error notice.
 * @csspart updated - The "Uppdaterad" line.
 *
 * @cssprop [--gr-color-text=#1b1b1b] - Text colour.
 * @cssprop [--gr-color-muted=#4a5560] - Secondary text colour.
 * @cssprop [--gr-color-accent=#00558c] - Links and buttons.
 * @cssprop [--gr-color-surface=#ffffff] - Card background.
 * @cssprop [--gr-color-border=#c5ccd3] - Card borders.
 * @cssprop [--gr-color-focus=#b3127c] - Focus outline.
 * @cssprop [--gr-color-danger=#b00020] - Error notices.
 * @cssprop [--gr-font-family=inherit] - Font family.
 * @cssprop [--gr-font-size=max(1em, 16px)] - Base font size.
 * @cssprop [--gr-radius=0.25em] - Corner radius.
 * @cssprop [--gr-space=1em] - Base spacing.
 */
export class GrContactList extends GrElement {
  static override styles = [sharedStyles, contactStyles, contactListStyles];

  /** Committee id: show its GR contact persons. */
  @property({ reflect: true }) committee?: string;

  /** Network id: show its contact persons. */
  @property({ reflect: true }) network?: string;

  /** Space-separated person ids. */
  @property({ reflect: true }) people?: string;

  /** Heading text above the list; set to an empty string to hide it. */
  @property() heading?: string;

  /** Level of the list heading (2–6); contact names are one level below. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  private get t() {
    return this.language === 'en' ? en : sv;
  }

  private select(): { people: Person[]; problem?: TemplateResult } {
    const d = this.data;
    const byId = new Map(d.people.map((p) => [p.id, p]));
    const pick = (ids: readonly string[]) => ids.map((id) => byId.get(id)).filter((p): p is Person => !!p);
    const s = this.strings;
    if (this.committee) {
      const c = d.committees.find((x) => x.id === this.committee);
      if (!c) return { people: [], problem: this.renderUnknown(s.committeeWord, this.committee, d.committees.map((x) => x.id)) };
      return { people: pick(c.contacts) };
    }
    if (this.network) {
      const n = d.networks.find((x) => x.id === this.network);
      if (!n) return { people: [], problem: this.renderUnknown(s.networkWord, this.network, d.networks.map((x) => x.id)) };
      return { people: pick(n.contacts ?? []) };
    }
    if (this.people !== undefined) {
      const ids = this.people.split(/\s+/).filter(Boolean);
      const unknown = ids.filter((id) => !byId.has(id));
      const people = pick(ids);
      if (unknown.length > 0) {
        const list = unknown.map((id) => `”${id}”`).join(', ');
        console.warn(`<${this.localName}>: unknown person id(s) ${list}. Valid ids: ${d.people.map((p) => p.id).join(', ')}`);
        return {
          people,
          problem: html`<div class="notice notice--error" part="error" role="status">
            <p>${this.t.unknownPeople(list)} ${s.validIdsHint}</p>
          </div>`,
        };
      }
      return { people };
    }
    return {
      people: [],
      problem: html`<div class="notice notice--error" part="error" role="status"><p>${this.t.missing}</p></div>`,
    };
  }

  protected override render(): TemplateResult {
    if (!this.hasData) return html`${this.renderDataStatus()}`;
    const level = headingLevel(this.headingLevel);
    const title = this.heading ?? this.t.heading;
    const { people, problem } = this.select();
    return html`
      ${this.renderDataStatus()}
      ${title ? heading(level, title, 'heading') : nothing}
      ${problem ?? nothing}
      ${problem && people.length === 0
        ? nothing
        : renderContacts(people, {
            data: this.data,
            lang: this.language,
            strings: this.strings,
            headingLevel: title ? level + 1 : level,
            fileHref: (path, generate, type) => this.fileHref(path, generate, type),
          })}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gr-contact-list': GrContactList;
  }
}
