import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { getCommittee, getNetwork, getPerson } from '@goteborgsregionen/data';
import type { Person } from '@goteborgsregionen/data';
import { GrElement } from '../shared/base-element.js';
import { sharedStyles } from '../shared/styles.js';
import { contactStyles } from '../shared/contact.styles.js';
import { renderContacts } from '../shared/contact.js';
import { heading, headingLevel } from '../shared/heading.js';
import { parseIds } from '../shared/ids.js';
import { contactListStyles } from './contact-list.styles.js';
import { sv } from './translations/sv.js';
import { Bilingual } from '../shared/bilingual.js';

/** English is loaded on demand (shared/bilingual.ts). */
const strings = new Bilingual(sv, () => import('./translations/en.js'));

/**
 * GR contact persons for a political body, a network, or a chosen list of people.
 *
 * @tagname gr-contact-list
 * @summary Contact persons with phone numbers as Swedes write them, tel: links and vCards.
 *
 * @fires gr-data-load - A dataset from `src` or the `data` property was validated and is shown.
 * @fires gr-data-error - `src` or the `data` property could not be used; the bundled data is shown with a notice.
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

  /** Person ids, separated by spaces or commas. */
  @property({ reflect: true }) people?: string;

  /** Heading text above the list; set to an empty string to hide it. */
  @property() heading?: string;

  /** Level of the list heading (2–6); contact names are one level below. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

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
            data: this.activeData,
            lang: this.language,
            strings: this.strings,
            headingLevel: title ? level + 1 : level,
            fileHref: (path, generate, type) => this.fileHref(path, generate, type),
          })}
    `;
  }

  private get t() {
    return this.languageController.pick(strings);
  }

  private select(): { people: Person[]; problem?: TemplateResult } {
    const d = this.activeData;
    const s = this.strings;
    const byIds = (ids: readonly string[]) => ids.map((id) => getPerson(id, d)).filter((p): p is Person => !!p);
    // One committee or network (the first id when several are given, as the other elements read lists).
    const committee = parseIds(this.committee)[0];
    if (committee) {
      const c = getCommittee(committee, d);
      if (!c) return { people: [], problem: this.renderUnknown(s.committeeWord, committee, d.committees.map((x) => x.id)) };
      return { people: byIds(c.contacts) };
    }
    const network = parseIds(this.network)[0];
    if (network) {
      const n = getNetwork(network, d);
      if (!n) return { people: [], problem: this.renderUnknown(s.networkWord, network, d.networks.map((x) => x.id)) };
      return { people: byIds(n.contacts ?? []) };
    }
    if (this.people !== undefined) {
      const ids = parseIds(this.people);
      const unknown = ids.filter((id) => !getPerson(id, d));
      const people = byIds(ids);
      if (unknown.length > 0 && this.idsCheckable) {
        const list = unknown.map((id) => `”${id}”`).join(', ');
        this.warnOnce(`people:${list}`, `<${this.localName}>: unknown person id(s) ${list}. Valid ids: ${d.people.map((p) => p.id).join(', ')}`);
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
}

declare global {
  interface HTMLElementTagNameMap {
    'gr-contact-list': GrContactList;
  }
}
