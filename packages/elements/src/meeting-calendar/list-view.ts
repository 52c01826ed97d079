/** The calendar's list view and the parts both views share (a meeting, the subscription links). Templates only. */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { committeeIcsPath, meetingIcsPath, networkIcsPath } from '@goteborgsregionen/data';
import { heading } from '../shared/heading.js';
import { formatMonthYear } from '../shared/i18n.js';
import { isInProgress, meetingWhen, renderNote, renderWhen, statusText } from '../shared/meeting.js';
import type { CalendarEntry, CalendarModel, Owner } from './calendar-model.js';
import { ICS_TYPE } from './view-context.js';
import type { CalendarViewContext } from './view-context.js';

/** Upcoming meetings by month, then past meetings (most recent first). */
export function renderList(model: CalendarModel, level: number, c: CalendarViewContext): TemplateResult {
  const { t, lang } = c;
  const multi = model.owners.length > 1;
  return html`<section class="upcoming" part="upcoming">
      ${heading(level, t.upcoming)}
      ${model.upcomingByMonth.length === 0
        ? html`<p class="empty muted">${t.noUpcoming}</p>`
        : model.upcomingByMonth.map(
            (g) => html`<section class="month-group">
              ${heading(level + 1, formatMonthYear(g.year, g.month, lang))}
              <ul class="meeting-list" role="list">
                ${g.entries.map((e) => html`<li>${renderEntry(e, level + 2, multi, c)}</li>`)}
              </ul>
            </section>`,
          )}
    </section>
    <section class="past" part="past">
      ${heading(level, t.past)}
      ${model.past.length === 0
        ? html`<p class="empty muted">${t.noPast}</p>`
        : html`<ul class="meeting-list" role="list">
            ${model.past.map((e) => html`<li>${renderEntry(e, level + 1, multi, c)}</li>`)}
          </ul>`}
    </section>`;
}

/** One meeting: its date and time as a focusable heading, status, owner, location, note and .ics link. */
export function renderEntry(e: CalendarEntry, level: number, showOwner: boolean, c: CalendarViewContext): TemplateResult {
  const { t, lang, data } = c;
  const m = e.meeting;
  const when = meetingWhen(m, lang);
  const status = statusText(m.status, lang);
  const ongoing = !status && isInProgress(m, c.now);
  const href = c.fileHref(meetingIcsPath(e.owner.id, m), (w) => w.meetingToICS(e.owner.id, m, data), ICS_TYPE);
  const download = c.published ? undefined : `${e.owner.id}-${m.start.slice(0, 10)}.ics`;
  const linkContext = showOwner ? `${when.full}, ${e.owner.name}` : when.full;
  return html`<article class=${m.status === 'cancelled' ? 'meeting meeting--cancelled' : 'meeting'} part="meeting">
    ${heading(
      level,
      html`${renderWhen(when)}${status
          ? html`<span class="visually-hidden">, </span
              ><span class=${`status status--${m.status ?? ''}`} part="status">${status}</span>`
          : nothing}`,
      { id: e.key, class: 'meeting-heading', focusable: true },
    )}
    ${ongoing ? html`<p class="status status--ongoing" part="status">${c.m.inProgress}</p>` : nothing}
    ${showOwner ? html`<p class="owner" part="owner">${e.owner.name}</p>` : nothing}
    ${m.location ? html`<p class="location">${c.m.location}: ${m.location}</p>` : nothing}
    ${renderNote(m, lang)}
    <p class="ics no-print">
      <a part="ics-link" href=${href} download=${download ?? nothing}
        >${`${t.addToCalendar} ${c.m.icsFormat}`}<span class="visually-hidden">${` – ${linkContext}`}</span></a
      >
    </p>
  </article>`;
}

function ownerIcs(o: Owner, c: CalendarViewContext): string {
  const data = c.data;
  return o.kind === 'committee'
    ? c.fileHref(committeeIcsPath(o.id), (w) => w.committeeToICS(o.id, data), ICS_TYPE)
    : c.fileHref(networkIcsPath(o.id), (w) => w.networkToICS(o.id, data), ICS_TYPE);
}

/** Subscription links (published data) or downloads (other data) for every owner's whole calendar. */
export function renderSubscribe(owners: readonly Owner[], level: number, c: CalendarViewContext): TemplateResult {
  const { t, published } = c;
  return html`<section class="subscribe no-print" part="subscribe">
    ${heading(level, t.subscribe)}
    <ul class="subscribe-list" role="list">
      ${owners.map(
        (o) => html`<li>
          <a part="subscribe-link" href=${ownerIcs(o, c)} download=${published ? nothing : `${o.id}.ics`}
            >${`${published ? t.subscribeTo(o.name) : t.downloadAll(o.name)} ${c.m.icsFormat}`}</a
          >
        </li>`,
      )}
    </ul>
    <p class="help muted">${published ? c.m.subscribeHelp : c.m.downloadHelp}</p>
  </section>`;
}
