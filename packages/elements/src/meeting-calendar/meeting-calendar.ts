import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { committeeIcsPath, meetingIcsPath, networkIcsPath } from '@goteborgsregionen/data';
import { GrElement } from '../shared/base-element.js';
import { sharedStyles } from '../shared/styles.js';
import { heading, headingLevel } from '../shared/heading.js';
import { formatDateWithWeekday, formatMonthYear, formatters, plural } from '../shared/i18n.js';
import { isFallback, isInProgress, localized, meetingStrings, meetingWhen, renderWhen, statusText } from '../shared/meeting.js';
import {
  addDays,
  addMonths,
  buildModel,
  dayKey,
  daysInMonth,
  monthGrid,
  pad,
  parseMonth,
  sameMonth,
  weekday,
} from './calendar-model.js';
import type { CalendarEntry, CalendarModel, Day, Month, Owner } from './calendar-model.js';
import { GrMonthChangeEvent } from './month-change-event.js';
import { meetingCalendarStyles } from './meeting-calendar.styles.js';
import { sv } from './translations/sv.js';
import { en } from './translations/en.js';
import type { MeetingCalendarStrings } from './translations/sv.js';

export { GrMonthChangeEvent } from './month-change-event.js';
export type { MonthChangeDetail } from './month-change-event.js';

const ICS_TYPE = 'text/calendar;charset=utf-8';

export type CalendarView = 'list' | 'month';

const ids = (value: string | undefined): string[] => [...new Set((value ?? '').split(/\s+/).filter(Boolean))];

const sameDay = (a: Day, b: Day): boolean => a.year === b.year && a.month === b.month && a.day === b.day;

/** A heading that scripts can move focus to (Enter on a meeting day). */
function focusableHeading(level: number, id: string, content: unknown): TemplateResult {
  switch (Math.min(6, Math.max(2, Math.floor(level)))) {
    case 2:
      return html`<h2 id=${id} tabindex="-1" class="meeting-heading">${content}</h2>`;
    case 3:
      return html`<h3 id=${id} tabindex="-1" class="meeting-heading">${content}</h3>`;
    case 4:
      return html`<h4 id=${id} tabindex="-1" class="meeting-heading">${content}</h4>`;
    case 5:
      return html`<h5 id=${id} tabindex="-1" class="meeting-heading">${content}</h5>`;
    default:
      return html`<h6 id=${id} tabindex="-1" class="meeting-heading">${content}</h6>`;
  }
}

/**
 * Meetings of one or more GR political bodies or networks: a list (upcoming by month, then past
 * meetings) or a month grid with ISO week numbers. Times are Europe/Stockholm wall-clock time.
 *
 * @tagname gr-meeting-calendar
 * @summary Meeting calendar: list or month grid, Stockholm times written the Swedish way, .ics links.
 *
 * @fires gr-month-change - The visitor moved the month view to another month. `detail: {year, month}` (month 1–12).
 * @fires gr-data-load - A dataset from `src` or `dataset` was validated and is shown.
 * @fires gr-data-error - `src` or `dataset` could not be used; the bundled data is shown with a notice.
 *
 * @csspart heading - The calendar heading.
 * @csspart view-switch - The list/month buttons.
 * @csspart upcoming - The upcoming meetings (list view).
 * @csspart past - The past meetings (list view).
 * @csspart meeting - One meeting.
 * @csspart status - A meeting's status in words ("Inställt").
 * @csspart owner - The body a meeting belongs to (when several are shown).
 * @csspart ics-link - A meeting's .ics link.
 * @csspart month-nav - The previous/next month buttons.
 * @csspart month-button - A previous/next month button.
 * @csspart grid - The month grid (a table).
 * @csspart caption - The month grid's caption.
 * @csspart day - A day cell of the month grid.
 * @csspart month-meetings - The meetings of the shown month, below the grid.
 * @csspart subscribe - The subscription links and help.
 * @csspart subscribe-link - A subscription link.
 * @csspart loading - The loading notice.
 * @csspart error - An error notice.
 * @csspart updated - The "Uppdaterad" line.
 *
 * @cssprop [--gr-color-text=#1b1b1b] - Text colour.
 * @cssprop [--gr-color-muted=#4a5560] - Secondary text colour.
 * @cssprop [--gr-color-accent=#00558c] - Links, buttons and meeting-day marks.
 * @cssprop [--gr-color-accent-contrast=#ffffff] - Text on the accent colour (the pressed view button).
 * @cssprop [--gr-color-surface=#ffffff] - Background.
 * @cssprop [--gr-color-surface-alt=#f1f4f7] - Meeting days and headers in the grid.
 * @cssprop [--gr-color-border=#c5ccd3] - Borders.
 * @cssprop [--gr-color-focus=#b3127c] - Focus outline.
 * @cssprop [--gr-color-danger=#b00020] - Cancelled meetings and error notices.
 * @cssprop [--gr-color-mark=#fff2a8] - Today in the grid.
 * @cssprop [--gr-font-family=inherit] - Font family.
 * @cssprop [--gr-font-size=max(1em, 16px)] - Base font size.
 * @cssprop [--gr-radius=0.25em] - Corner radius.
 * @cssprop [--gr-space=1em] - Base spacing.
 */
export class GrMeetingCalendar extends GrElement {
  static override styles = [sharedStyles, meetingCalendarStyles];

  /** Space-separated committee ids. */
  @property({ reflect: true }) committee?: string;

  /** Space-separated network ids. */
  @property({ reflect: true }) network?: string;

  /** "list" (default) or "month". */
  @property({ reflect: true }) view: CalendarView = 'list';

  /** The month the month view starts at, "2021-05". Default: the month of the next (else the last) meeting. */
  @property({ reflect: true }) month?: string;

  /** Heading text; set to an empty string to leave the heading out. */
  @property() heading?: string;

  /** Level of the calendar heading (2–6); the headings inside follow it. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** Hide the list/month buttons (the `view` attribute still chooses). */
  @property({ attribute: 'without-view-switch', type: Boolean }) withoutViewSwitch = false;

  /** The month the month view shows. */
  @state() private shown: Month = { year: 2000, month: 1 };

  /** The day cell that takes focus in the grid (roving tabindex). */
  @state() private focusDay: Day = { year: 2000, month: 1, day: 1 };

  /** Text of the polite live region (the month after a change). */
  @state() private announcement = '';

  private model?: CalendarModel;
  private modelKey: unknown[] = [];
  private pendingFocus?: { kind: 'day' } | { kind: 'meeting'; id: string };

  private get t(): MeetingCalendarStrings {
    return this.language === 'en' ? en : sv;
  }

  /** The meetings model, rebuilt only when the data, the owners or the clock change. */
  private ensureModel(): { model: CalendarModel; rebuilt: boolean } {
    const key = [this.data, this.committee ?? '', this.network ?? '', this.now ?? ''];
    if (this.model && key.every((k, i) => k === this.modelKey[i])) return { model: this.model, rebuilt: false };
    this.model = buildModel(this.data, ids(this.committee), ids(this.network), this.currentTime());
    this.modelKey = key;
    return { model: this.model, rebuilt: true };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const { model, rebuilt } = this.ensureModel();
    if (rebuilt || changed.has('month')) {
      this.shown = parseMonth(this.month) ?? model.startMonth;
      this.focusDay = this.initialFocus(model, this.shown);
      this.announcement = '';
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const pending = this.pendingFocus;
    if (!pending) return;
    this.pendingFocus = undefined;
    const target =
      pending.kind === 'day'
        ? this.renderRoot.querySelector<HTMLElement>('td[tabindex="0"]')
        : this.renderRoot.querySelector<HTMLElement>(`[id="${pending.id}"]`);
    target?.focus();
  }

  /** The first meeting day of the month, else today when it is in the month, else the 1st. */
  private initialFocus(model: CalendarModel, month: Month): Day {
    const prefix = `${month.year}-${pad(month.month)}-`;
    const keys = [...model.byDay.keys()].filter((k) => k.startsWith(prefix)).sort();
    const first = keys[0];
    if (first) return { ...month, day: Number(first.slice(8, 10)) };
    if (sameMonth(model.today, month)) return model.today;
    return { ...month, day: 1 };
  }

  // ---------------------------------------------------------------- render

  protected override render(): TemplateResult {
    if (!this.hasData) return html`${this.renderDataStatus()}`;
    const s = this.strings;
    const t = this.t;
    const model = this.model ?? this.ensureModel().model;
    const level = headingLevel(this.headingLevel);
    const single = model.owners.length === 1 ? model.owners[0] : undefined;
    const title = this.heading ?? (single ? t.headingFor(single.name) : t.heading);
    const sub = title ? level + 1 : level;
    const missing = ids(this.committee).length === 0 && ids(this.network).length === 0;
    return html`
      ${this.renderDataStatus()} ${title ? heading(level, title, 'heading') : nothing}
      ${missing
        ? html`<div class="notice notice--error" part="error" role="status">
            <p>${s.missingAttribute(this.localName, t.missing)}</p>
          </div>`
        : nothing}
      ${model.unknown.map((u) =>
        u.kind === 'committee'
          ? this.renderUnknown(s.committeeWord, u.id, this.data.committees.map((c) => c.id))
          : this.renderUnknown(s.networkWord, u.id, this.data.networks.map((n) => n.id)),
      )}
      ${model.owners.length > 0
        ? html`${this.withoutViewSwitch ? nothing : this.renderViewSwitch()}
          ${this.view === 'month' ? this.renderMonth(model, sub) : this.renderList(model, sub)}
          ${this.renderAsOf(model.entries.flatMap((e) => e.meeting.sources ?? []))} ${this.renderSubscribe(model.owners, sub)}`
        : nothing}
    `;
  }

  private renderViewSwitch(): TemplateResult {
    const t = this.t;
    const month = this.view === 'month';
    return html`<div class="view-switch no-print js-only" part="view-switch" role="group" aria-label=${t.view}>
      <button type="button" aria-pressed=${month ? 'false' : 'true'} @click=${() => this.setView('list')}>${t.list}</button>
      <button type="button" aria-pressed=${month ? 'true' : 'false'} @click=${() => this.setView('month')}>${t.month}</button>
    </div>`;
  }

  private setView(view: CalendarView): void {
    this.view = view;
  }

  private renderList(model: CalendarModel, level: number): TemplateResult {
    const t = this.t;
    const lang = this.language;
    const multi = model.owners.length > 1;
    return html`<section class="upcoming" part="upcoming">
        ${heading(level, t.upcoming)}
        ${model.upcomingByMonth.length === 0
          ? html`<p class="empty muted">${t.noUpcoming}</p>`
          : model.upcomingByMonth.map(
              (g) => html`<section class="month-group">
                ${heading(level + 1, formatMonthYear(g.year, g.month, lang))}
                <ul class="meeting-list" role="list">
                  ${g.entries.map((e) => html`<li>${this.renderEntry(e, level + 2, multi)}</li>`)}
                </ul>
              </section>`,
            )}
      </section>
      <section class="past" part="past">
        ${heading(level, t.past)}
        ${model.past.length === 0
          ? html`<p class="empty muted">${t.noPast}</p>`
          : html`<ul class="meeting-list" role="list">
              ${model.past.map((e) => html`<li>${this.renderEntry(e, level + 1, multi)}</li>`)}
            </ul>`}
      </section>`;
  }

  private renderEntry(e: CalendarEntry, level: number, showOwner: boolean): TemplateResult {
    const t = this.t;
    const lang = this.language;
    const ms = meetingStrings[lang];
    const m = e.meeting;
    const when = meetingWhen(m, lang);
    const status = statusText(m.status, lang);
    const ongoing = !status && isInProgress(m, this.currentTime());
    const note = localized(m.note, lang);
    const data = this.data;
    const href = this.fileHref(meetingIcsPath(e.owner.id, m), (w) => w.meetingToICS(e.owner.id, m, data), ICS_TYPE);
    const download = this.usingBundledData ? undefined : `${e.owner.id}-${m.start.slice(0, 10)}.ics`;
    const linkContext = showOwner ? `${when.full}, ${e.owner.name}` : when.full;
    return html`<article class=${m.status === 'cancelled' ? 'meeting meeting--cancelled' : 'meeting'} part="meeting">
      ${focusableHeading(
        level,
        e.key,
        html`${renderWhen(when)}${status
            ? html`<span class="visually-hidden">, </span
                ><span class=${`status status--${m.status ?? ''}`} part="status">${status}</span>`
            : nothing}`,
      )}
      ${ongoing ? html`<p class="status status--ongoing" part="status">${ms.inProgress}</p>` : nothing}
      ${showOwner ? html`<p class="owner" part="owner">${e.owner.name}</p>` : nothing}
      ${m.location ? html`<p class="location">${ms.location}: ${m.location}</p>` : nothing}
      ${note ? html`<p class="note" lang=${isFallback(m.note, lang) ? 'sv' : nothing}>${note}</p>` : nothing}
      <p class="ics no-print">
        <a
          part="ics-link"
          href=${href}
          download=${download ?? nothing}
          >${`${t.addToCalendar} ${t.icsFormat}`}<span class="visually-hidden">${` – ${linkContext}`}</span></a
        >
      </p>
    </article>`;
  }

  private ownerIcs(o: Owner): string {
    const data = this.data;
    return o.kind === 'committee'
      ? this.fileHref(committeeIcsPath(o.id), (w) => w.committeeToICS(o.id, data), ICS_TYPE)
      : this.fileHref(networkIcsPath(o.id), (w) => w.networkToICS(o.id, data), ICS_TYPE);
  }

  private renderSubscribe(owners: readonly Owner[], level: number): TemplateResult {
    const t = this.t;
    const published = this.usingBundledData;
    return html`<section class="subscribe no-print" part="subscribe">
      ${heading(level, t.subscribe)}
      <ul class="subscribe-list" role="list">
        ${owners.map(
          (o) => html`<li>
            <a part="subscribe-link" href=${this.ownerIcs(o)} download=${published ? nothing : `${o.id}.ics`}
              >${`${published ? t.subscribeTo(o.name) : t.downloadAll(o.name)} ${t.icsFormat}`}</a
            >
          </li>`,
        )}
      </ul>
      <p class="help muted">${published ? t.subscribeHelp : t.downloadHelp}</p>
    </section>`;
  }

  // ---------------------------------------------------------------- month view

  private entriesInMonth(model: CalendarModel, month: Month): CalendarEntry[] {
    const prefix = `${month.year}-${pad(month.month)}-`;
    return model.entries.filter((e) => e.days.some((k) => k.startsWith(prefix)));
  }

  private renderMonth(model: CalendarModel, level: number): TemplateResult {
    const t = this.t;
    const lang = this.language;
    const { year, month } = this.shown;
    const monthName = formatMonthYear(year, month, lang);
    const prev = addMonths({ year, month, day: 1 }, -1);
    const next = addMonths({ year, month, day: 1 }, 1);
    const weeks = monthGrid(year, month);
    const weekdayNames = formatters(lang).weekday;
    const inMonth = this.entriesInMonth(model, this.shown);
    const multi = model.owners.length > 1;
    return html`
      <div class="month-nav no-print js-only" part="month-nav">
        <button
          type="button"
          part="month-button"
          class="prev"
          aria-label=${`${t.previousMonth}, ${formatMonthYear(prev.year, prev.month, lang)}`}
          @click=${() => this.stepMonth(-1)}
        >
          <span aria-hidden="true">‹</span> ${t.previousMonth}
        </button>
        <button
          type="button"
          part="month-button"
          class="next"
          aria-label=${`${t.nextMonth}, ${formatMonthYear(next.year, next.month, lang)}`}
          @click=${() => this.stepMonth(1)}
        >
          ${t.nextMonth} <span aria-hidden="true">›</span>
        </button>
      </div>
      <p class="visually-hidden" role="status">${this.announcement}</p>
      <p id="grid-help" class="grid-help muted no-print">${t.gridHelp}</p>
      <div class="grid-scroll no-print">
        <table
          role="grid"
          class="grid"
          part="grid"
          aria-describedby="grid-help"
          @keydown=${this.onGridKeydown}
          @click=${this.onGridClick}
          @focusin=${this.onGridFocusin}
        >
          <caption part="caption">
            ${monthName}
          </caption>
          <thead>
            <tr>
              <th scope="col" class="week">
                <span aria-hidden="true">${t.weekAbbr}</span><span class="visually-hidden">${t.week}</span>
              </th>
              ${t.weekdaysShort.map(
                (short, i) => html`<th scope="col">
                  <span aria-hidden="true">${short}</span
                  ><span class="visually-hidden">${weekdayNames.format(new Date(Date.UTC(2021, 0, 4 + i)))}</span>
                </th>`,
              )}
            </tr>
          </thead>
          <tbody>
            ${weeks.map(
              (w) => html`<tr>
                <th scope="row" class="week">
                  <span aria-hidden="true">${t.weekShort(w.week)}</span
                  ><span class="visually-hidden">${t.weekFull(w.week)}</span>
                </th>
                ${w.days.map((d) => (d ? this.renderDay(model, d) : html`<td class="outside"></td>`))}
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
      <section class="month-meetings" part="month-meetings">
        ${heading(level, t.monthMeetings(monthName))}
        ${inMonth.length === 0
          ? html`<p class="empty muted">${t.noMeetingsInMonth(monthName)}</p>`
          : html`<ul class="meeting-list" role="list">
              ${inMonth.map((e) => html`<li>${this.renderEntry(e, level + 1, multi)}</li>`)}
            </ul>`}
      </section>
    `;
  }

  private renderDay(model: CalendarModel, d: Day): TemplateResult {
    const t = this.t;
    const lang = this.language;
    const key = dayKey(d);
    const list = model.byDay.get(key) ?? [];
    const today = sameDay(d, model.today);
    const focused = sameDay(d, this.focusDay);
    let label = formatDateWithWeekday(d, lang);
    if (today) label += `, ${t.today}`;
    if (list.length > 0) {
      const items = list.map((e) => {
        const when = meetingWhen(e.meeting, lang);
        const status = statusText(e.meeting.status, lang).toLocaleLowerCase(lang);
        return [e.owner.name, when.time, status].filter(Boolean).join(', ');
      });
      label += `, ${plural(list.length, t.meetingForms, lang)}: ${items.join('; ')}`;
    }
    const classes = ['day', list.length > 0 ? 'day--meeting' : '', today ? 'day--today' : ''].filter(Boolean).join(' ');
    return html`<td
      part="day"
      class=${classes}
      data-day=${key}
      tabindex=${focused ? '0' : '-1'}
      aria-current=${today ? 'date' : nothing}
    >
      <span class="num" aria-hidden="true">${d.day}</span><span class="visually-hidden">${label}</span>${list.length > 0
        ? html`<span class="marks" aria-hidden="true"
            >${list.map((e) => html`<span class=${e.meeting.status === 'cancelled' ? 'dot dot--cancelled' : 'dot'}></span>`)}</span
          >`
        : nothing}
    </td>`;
  }

  private announce(month: Month): void {
    const t = this.t;
    const lang = this.language;
    const count = this.model ? this.entriesInMonth(this.model, month).length : 0;
    const name = formatMonthYear(month.year, month.month, lang);
    this.announcement = `${name}, ${count > 0 ? plural(count, t.meetingForms, lang) : t.noMeetingsShort}`;
  }

  /** Moves the grid's focus day; a day in another month changes the month (announced, event fired). */
  private moveTo(day: Day, focus: boolean): void {
    if (!sameMonth(day, this.shown)) {
      const month = { year: day.year, month: day.month };
      this.shown = month;
      this.announce(month);
      this.dispatchEvent(new GrMonthChangeEvent(month));
    }
    this.focusDay = day;
    if (focus) this.pendingFocus = { kind: 'day' };
  }

  private stepMonth(n: number): void {
    this.moveTo(addMonths({ ...this.shown, day: this.focusDay.day }, n), false);
  }

  private activate(day: Day): void {
    const first = this.model?.byDay.get(dayKey(day))?.[0];
    if (first) this.pendingFocus = { kind: 'meeting', id: first.key };
    this.requestUpdate();
  }

  private onGridKeydown(e: KeyboardEvent): void {
    if (!(e.target instanceof HTMLTableCellElement) || !e.target.dataset['day']) return;
    const d = this.focusDay;
    const last = daysInMonth(d.year, d.month);
    const clamp = (x: Day, fallback: Day): Day => (sameMonth(x, d) ? x : fallback);
    let next: Day;
    switch (e.key) {
      case 'ArrowLeft':
        next = addDays(d, -1);
        break;
      case 'ArrowRight':
        next = addDays(d, 1);
        break;
      case 'ArrowUp':
        next = addDays(d, -7);
        break;
      case 'ArrowDown':
        next = addDays(d, 7);
        break;
      case 'Home':
        next = e.ctrlKey ? { ...d, day: 1 } : clamp(addDays(d, 1 - weekday(d)), { ...d, day: 1 });
        break;
      case 'End':
        next = e.ctrlKey ? { ...d, day: last } : clamp(addDays(d, 7 - weekday(d)), { ...d, day: last });
        break;
      case 'PageUp':
        next = addMonths(d, e.shiftKey ? -12 : -1);
        break;
      case 'PageDown':
        next = addMonths(d, e.shiftKey ? 12 : 1);
        break;
      case 'Enter':
      case ' ':
        e.preventDefault();
        this.activate(d);
        return;
      default:
        return;
    }
    e.preventDefault();
    this.moveTo(next, true);
  }

  /** Focus put on a day by a click or a script makes it the grid's focus day (roving tabindex). */
  private onGridFocusin(e: FocusEvent): void {
    const key = e.target instanceof HTMLTableCellElement ? e.target.dataset['day'] : undefined;
    if (!key || key === dayKey(this.focusDay)) return;
    this.focusDay = { year: Number(key.slice(0, 4)), month: Number(key.slice(5, 7)), day: Number(key.slice(8, 10)) };
  }

  private onGridClick(e: MouseEvent): void {
    const cell = (e.target as Element | null)?.closest?.('td[data-day]');
    const key = cell instanceof HTMLElement ? cell.dataset['day'] : undefined;
    if (!key) return;
    const day: Day = { year: Number(key.slice(0, 4)), month: Number(key.slice(5, 7)), day: Number(key.slice(8, 10)) };
    this.moveTo(day, true);
    if (this.model?.byDay.has(key)) this.activate(day);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gr-meeting-calendar': GrMeetingCalendar;
  }
}
