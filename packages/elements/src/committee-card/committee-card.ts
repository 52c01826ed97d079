import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import {
  committeeIcsPath,
  committeeState,
  getCommittee,
  getMunicipality,
  getParty,
  getPerson,
  getPredecessor,
  isInProgress,
  nextMeeting,
  previousMeeting,
} from '@goteborgsregionen/data';
import type { Committee, CommitteeState, CommitteeTerm, Meeting, Person, PresidiumMember } from '@goteborgsregionen/data';
import { GrElement } from '../shared/base-element.js';
import { renderAsOf } from '../shared/as-of.js';
import { sharedStyles } from '../shared/styles.js';
import { contactStyles } from '../shared/contact.styles.js';
import { renderContacts } from '../shared/contact.js';
import { heading, headingLevel } from '../shared/heading.js';
import { resolveHttpUrl } from '../shared/env.js';
import { formatIsoDate, meetingFrequency, plural } from '../shared/i18n.js';
import { parseIds } from '../shared/ids.js';
import { meetingStrings } from '../shared/translations/meeting.js';
import { meetingWhen, statusText, localized, isFallback, renderWhen, renderNote } from '../shared/meeting.js';
import { committeeCardStyles } from './committee-card.styles.js';
import { sv } from './translations/sv.js';
import { Bilingual } from '../shared/bilingual.js';
import type { CommitteeCardStrings } from './translations/sv.js';

/** English is loaded on demand (shared/bilingual.ts). */
const strings = new Bilingual(sv, () => import('./translations/en.js'));

const ICS_TYPE = 'text/calendar;charset=utf-8';

/** "2023-2026" → "2023–2026" (a mandate period as Swedish and English write it). */
const termLabel = (id: string): string => id.replace(/^(\d{4})-(\d{4})$/, '$1–$2');

/** The composition the card shows: the current term's, else the latest ended one's. */
function shownTerm(state: CommitteeState | undefined): { term: CommitteeTerm; previous: boolean } | undefined {
  if (state?.state === 'current') return { term: state.term, previous: false };
  if (state?.state === 'next-term-unpublished') return { term: state.previous, previous: true };
  if (state?.state === 'dissolved' && state.last) return { term: state.last, previous: false };
  return undefined;
}

/**
 * A GR political body (styrgrupp, beredningsgrupp, nämnd, förbundsstyrelse …) on one card.
 *
 * @tagname gr-committee-card
 * @summary A political body: purpose, members, presidium with party and municipality, next and previous
 * meeting in Stockholm time, contacts and a calendar subscription.
 *
 * @fires gr-data-load - A dataset from `src` or `dataset` was validated and is shown.
 * @fires gr-data-error - `src` or `dataset` could not be used; the bundled data is shown with a notice.
 *
 * @csspart card - The card (an `<article>`).
 * @csspart heading - The body's name (a heading).
 * @csspart lifecycle - The notice that the body was dissolved and replaced, replaced another, has not started, or that its
 *   term has ended with the new composition not yet published.
 * @csspart description - The plain-language description.
 * @csspart facts - Member count, appointing body and term.
 * @csspart purpose - The "Syfte och uppdrag" list.
 * @csspart presidium - The presidium list.
 * @csspart party - A party abbreviation.
 * @csspart meetings - Next and previous meeting.
 * @csspart meeting - One meeting.
 * @csspart status - A meeting's status in words ("Inställt").
 * @csspart contacts - The list of contacts.
 * @csspart contact - One contact card.
 * @csspart contact-name - A contact's name (a heading).
 * @csspart contact-title - Title and department.
 * @csspart contact-phone - The phone link.
 * @csspart contact-email - The e-mail link.
 * @csspart contact-vcard - The vCard download link.
 * @csspart subscribe - The calendar subscription link.
 * @csspart loading - The loading notice.
 * @csspart error - An error notice.
 * @csspart as-of - When the shown facts are from ("Uppgifter från september 2024.").
 * @csspart outdated - The note that facts more than a year old may have changed, with a link to GR's page.
 *
 * @cssprop [--gr-color-text=#1b1b1b] - Text colour.
 * @cssprop [--gr-color-muted=#4a5560] - Secondary text colour.
 * @cssprop [--gr-color-accent=#00558c] - Links, buttons and the card's accent line.
 * @cssprop [--gr-color-accent-contrast=#ffffff] - Text on the accent colour.
 * @cssprop [--gr-color-surface=#ffffff] - Card background.
 * @cssprop [--gr-color-surface-alt=#f1f4f7] - Background of the meeting boxes.
 * @cssprop [--gr-color-border=#c5ccd3] - Borders.
 * @cssprop [--gr-color-focus=#b3127c] - Focus outline.
 * @cssprop [--gr-color-danger=#b00020] - Cancelled meetings and error notices.
 * @cssprop [--gr-color-mark=#fff2a8] - Highlights.
 * @cssprop [--gr-font-family=inherit] - Font family.
 * @cssprop [--gr-font-size=max(1em, 16px)] - Base font size.
 * @cssprop [--gr-radius=0.25em] - Corner radius.
 * @cssprop [--gr-space=1em] - Base spacing.
 */
export class GrCommitteeCard extends GrElement {
  static override styles = [sharedStyles, contactStyles, committeeCardStyles];

  /** Committee id, for example "styrgruppen-for-arbetsmarknad". */
  @property({ reflect: true }) committee?: string;

  /** Level of the card's heading (2–6); section headings are one level below. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /**
   * Where another body's page is, with `{id}` for its id (for example "/politik/{id}.html"). When set,
   * the successor and predecessor are links; otherwise they are named only.
   */
  @property({ attribute: 'committee-href' }) committeeHref?: string;

  protected override render(): TemplateResult {
    if (!this.hasData) return html`${this.renderDataStatus()}`;
    const s = this.strings;
    const id = parseIds(this.committee)[0];
    if (!id) {
      return html`${this.renderDataStatus()}
        <div class="notice notice--error" part="error" role="status"><p>${this.t.missing}</p></div>`;
    }
    const committee = getCommittee(id, this.activeData);
    if (!committee) {
      return html`${this.renderDataStatus()}
        ${this.renderUnknown(s.committeeWord, id, this.activeData.committees.map((c) => c.id))}`;
    }
    return html`${this.renderDataStatus()}${this.renderCard(committee)}`;
  }

  private get t(): CommitteeCardStrings {
    return this.languageController.pick(strings);
  }

  private renderCard(c: Committee): TemplateResult {
    const t = this.t;
    const lang = this.language;
    const level = headingLevel(this.headingLevel);
    const sub = level + 1;
    const description = localized(c.description, lang);
    const state = committeeState(c, this.currentTime(), this.activeData);
    const shown = shownTerm(state);
    return html`<article class="card" part="card">
      ${heading(level, c.name, 'heading')} ${this.renderLifecycle(c, state)}
      ${description
        ? html`<p class="description" part="description" lang=${isFallback(c.description, lang) ? 'sv' : nothing}>
            ${description}
          </p>`
        : nothing}
      ${this.renderFacts(c, shown?.term)} ${renderAsOf([...c.sources, ...(shown?.term.sources ?? [])], this.asOfContext)}
      ${c.purpose.length > 0
        ? html`<section class="section">
            ${heading(sub, t.purpose)}
            <ul class="purpose" part="purpose">
              ${c.purpose.map(
                (p) => html`<li lang=${isFallback(p, lang) ? 'sv' : nothing}>${localized(p, lang)}</li>`,
              )}
            </ul>
          </section>`
        : nothing}
      <section class="section">
        ${heading(sub, shown?.previous ? t.previousPresidium(termLabel(shown.term.term)) : t.presidium)}
        ${this.renderPresidium(shown?.term.presidium ?? [])}
      </section>
      <section class="section">${heading(sub, t.meetings)} ${this.renderMeetings(c)}</section>
      ${c.contacts.length > 0 ? this.renderContactSection(c, sub) : nothing} ${this.renderSubscribe(c, sub)}
    </article>`;
  }

  private committeeName(id: string): string {
    return getCommittee(id, this.activeData)?.name ?? id;
  }

  private committeeLink(id: string): TemplateResult | string {
    const name = this.committeeName(id);
    const href = this.committeeUrl(id);
    return href ? html`<a href=${href}>${name}</a>` : name;
  }

  /** The embedder's page for a committee, only when it is an http(s) URL. */
  private committeeUrl(id: string): string | undefined {
    if (!this.committeeHref) return undefined;
    return resolveHttpUrl(this.committeeHref.split('{id}').join(encodeURIComponent(id)));
  }

  /**
   * Dissolved (and replaced), not yet founded, a term ended with the next composition unpublished,
   * or the predecessor/successor of a body. A body is never called ended because a term ended.
   */
  private renderLifecycle(c: Committee, state: CommitteeState | undefined): TemplateResult | typeof nothing {
    const t = this.t;
    const lang = this.language;
    const successor = c.successor ? getCommittee(c.successor, this.activeData) : undefined;
    const predecessor = getPredecessor(c.id, this.activeData);
    const lines: TemplateResult[] = [];
    const dissolved = state?.state === 'dissolved';
    if (state?.state === 'dissolved') {
      lines.push(
        successor
          ? html`<p>${t.endedReplaced} ${this.committeeLink(successor.id)}.</p>`
          : html`<p>${t.ended(formatIsoDate(state.dissolved, lang) ?? state.dissolved)}</p>`,
      );
    } else {
      const notStarted = state?.state === 'not-founded';
      if (state?.state === 'not-founded') {
        lines.push(html`<p>${t.notStarted(formatIsoDate(state.founded, lang) ?? state.founded)}</p>`);
      }
      if (state?.state === 'next-term-unpublished') {
        lines.push(html`<p>${t.termEnded(termLabel(state.previous.term))}</p>`);
        if (state.continuation === 'unknown') lines.push(html`<p>${t.continuationUnknown}</p>`);
      }
      if (successor) {
        const from = successor.founded ? ` ${t.fromDate(formatIsoDate(successor.founded, lang) ?? successor.founded)}` : '';
        lines.push(html`<p>${t.willBeReplaced} ${this.committeeLink(successor.id)}${from}.</p>`);
      }
      if (predecessor) {
        lines.push(html`<p>${notStarted ? t.willReplace : t.replaced} ${this.committeeLink(predecessor.id)}.</p>`);
      }
    }
    if (lines.length === 0) return nothing;
    return html`<div class=${dissolved ? 'lifecycle lifecycle--ended notice' : 'lifecycle'} part="lifecycle">${lines}</div>`;
  }

  private renderFacts(c: Committee, term: CommitteeTerm | undefined): TemplateResult | typeof nothing {
    const t = this.t;
    const lang = this.language;
    const rows: [string, string][] = [];
    if (term?.memberCount !== undefined) rows.push([t.members, plural(term.memberCount, t.memberForms, lang)]);
    if (term?.deputyCount !== undefined) rows.push([t.deputies, plural(term.deputyCount, t.deputyForms, lang)]);
    if (c.meetingsPerYear) {
      rows.push([t.meetingsPerYear, meetingFrequency(c.meetingsPerYear, lang)]);
    }
    if (c.appointedBy) {
      rows.push([t.appointedBy, c.appointedBy === 'medlemskommunerna' ? t.memberMunicipalities : this.committeeName(c.appointedBy)]);
    }
    if (term) rows.push([t.term, termLabel(term.term)]);
    if (rows.length === 0) return nothing;
    return html`<dl class="facts" part="facts">
      ${rows.map(([k, v]) => html`<div><dt>${k}</dt><dd>${v}</dd></div>`)}
    </dl>`;
  }

  private renderParty(partyId: string): TemplateResult {
    const party = getParty(partyId, this.activeData);
    const full = party ? localized(party.name, this.language) : '';
    if (!full) return html`(${partyId})`;
    // The abbreviation is shown; assistive technology reads the full name (a title alone is not read reliably).
    return html`(<abbr part="party" title=${full}
      ><span aria-hidden="true">${partyId}</span><span class="visually-hidden">${full}</span></abbr
    >)`;
  }

  private renderMember(m: PresidiumMember): TemplateResult {
    const person: Person | undefined = getPerson(m.person, this.activeData);
    const municipality = m.municipality ? getMunicipality(m.municipality, this.activeData)?.name : undefined;
    return html`<span class="name">${person?.name ?? m.person}</span> ${this.renderParty(m.party)}${municipality
        ? html`, <span class="municipality">${municipality}</span>`
        : nothing}`;
  }

  private renderPresidium(presidium: readonly PresidiumMember[]): TemplateResult {
    const t = this.t;
    if (presidium.length === 0) return html`<p class="muted">${t.noPresidium}</p>`;
    if (presidium.every((m) => m.role)) {
      return html`<dl class="presidium" part="presidium">
        ${presidium.map(
          (m) => html`<div>
            <dt>${m.role ? t.roles[m.role] : ''}</dt>
            <dd>${this.renderMember(m)}</dd>
          </div>`,
        )}
      </dl>`;
    }
    // The source names the presidium without saying who holds which role: list it without inventing one.
    return html`<ul class="presidium presidium--plain" part="presidium">
      ${presidium.map(
        (m) => html`<li>${m.role ? html`<span class="role">${t.roles[m.role]}:</span> ` : nothing}${this.renderMember(m)}</li>`,
      )}
    </ul>`;
  }

  private renderMeetings(c: Committee): TemplateResult {
    const t = this.t;
    const now = this.currentTime();
    const next = nextMeeting(c.id, now, this.activeData);
    const previous = previousMeeting(c.id, now, this.activeData);
    return html`<dl class="meetings" part="meetings">
      <div class="meeting-box">
        <dt>${t.next}</dt>
        <dd>${next ? this.renderMeeting(next, now) : html`<p class="muted">${t.noUpcoming}</p>`}</dd>
      </div>
      <div class="meeting-box">
        <dt>${t.previous}</dt>
        <dd>${previous ? this.renderMeeting(previous, now) : html`<p class="muted">${t.noPrevious}</p>`}</dd>
      </div>
    </dl>`;
  }

  private renderMeeting(m: Meeting, now: Date): TemplateResult {
    const lang = this.language;
    const ms = meetingStrings.get(lang);
    const when = meetingWhen(m, lang);
    const status = statusText(m.status, lang);
    const cancelled = m.status === 'cancelled';
    const ongoing = isInProgress(m, now);
    return html`<div class=${cancelled ? 'meeting meeting--cancelled' : 'meeting'} part="meeting">
      <p class="when">${renderWhen(when)}</p>
      ${status
        ? html`<p class=${`status status--${m.status ?? ''}`} part="status">${status}</p>`
        : ongoing
          ? html`<p class="status status--ongoing" part="status">${ms.inProgress}</p>`
          : nothing}
      ${m.location ? html`<p class="location">${ms.location}: ${m.location}</p>` : nothing}
      ${renderNote(m, lang)}
    </div>`;
  }

  private renderContactSection(c: Committee, level: number): TemplateResult {
    const people = c.contacts.map((id) => getPerson(id, this.activeData)).filter((p): p is Person => !!p);
    return html`<section class="section">
      ${heading(level, this.strings.contactsHeading)}
      ${renderContacts(people, {
        data: this.activeData,
        lang: this.language,
        strings: this.strings,
        headingLevel: level + 1,
        fileHref: (path, generate, type) => this.fileHref(path, generate, type),
      })}
    </section>`;
  }

  private renderSubscribe(c: Committee, level: number): TemplateResult {
    const t = this.t;
    const data = this.activeData;
    const href = this.fileHref(committeeIcsPath(c.id), (w) => w.committeeToICS(c.id, data), ICS_TYPE);
    const published = this.usingBundledData;
    const ms = meetingStrings.get(this.language);
    const label = published ? t.subscribe : t.download;
    return html`<section class="section subscribe no-print">
      ${heading(level, t.calendar)}
      <p>
        <a
          part="subscribe"
          href=${href}
          download=${published ? nothing : `${c.id}.ics`}
          >${`${label} ${ms.icsFormat}`}<span class="visually-hidden">${t.subscribeFor(c.name)}</span></a
        >
      </p>
      <p class="help muted">${published ? ms.subscribeHelp : ms.downloadHelp}</p>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gr-committee-card': GrCommitteeCard;
  }
}
