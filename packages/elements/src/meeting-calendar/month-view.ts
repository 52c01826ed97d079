/** The calendar's month view: navigation, the grid with ISO weeks, and the month's meetings. Templates only. */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { addMonths, dayKey, monthGrid, monthKeyPrefix, sameDay } from '@goteborgsregionen/data';
import type { CalendarDay, CalendarMonth } from '@goteborgsregionen/data';
import { heading } from '../shared/heading.js';
import { formatDateWithWeekday, formatMonthYear, formatters, plural } from '../shared/i18n.js';
import { meetingWhen, statusText } from '../shared/meeting.js';
import type { CalendarEntry, CalendarModel } from './calendar-model.js';
import type { GridNavigationController } from './grid-navigation.js';
import { renderEntry } from './list-view.js';
import type { CalendarViewContext } from './view-context.js';

/** The meetings that touch a month (a meeting over a month's end belongs to both). */
export function entriesInMonth(model: CalendarModel, month: CalendarMonth): CalendarEntry[] {
  const prefix = monthKeyPrefix(month);
  return model.entries.filter((e) => e.days.some((k) => k.startsWith(prefix)));
}

/** The first meeting day of the month, else today when it is in the month, else the 1st. */
export function initialFocus(model: CalendarModel, month: CalendarMonth): CalendarDay {
  const prefix = monthKeyPrefix(month);
  const first = [...model.byDay.keys()].filter((k) => k.startsWith(prefix)).sort()[0];
  if (first) return { ...month, day: Number(first.slice(8, 10)) };
  if (model.today.year === month.year && model.today.month === month.month) return model.today;
  return { ...month, day: 1 };
}

/** "maj 2021, 2 möten" / "maj 2021, inga möten": what the live region says after a month change. */
export function monthAnnouncement(model: CalendarModel | undefined, month: CalendarMonth, c: Pick<CalendarViewContext, 't' | 's' | 'lang'>): string {
  const count = model ? entriesInMonth(model, month).length : 0;
  const name = formatMonthYear(month.year, month.month, c.lang);
  return `${name}, ${count > 0 ? plural(count, c.s.meetingForms, c.lang) : c.t.noMeetingsShort}`;
}

export function renderMonth(
  model: CalendarModel,
  level: number,
  nav: GridNavigationController,
  announcement: string,
  c: CalendarViewContext,
): TemplateResult {
  const { t, lang } = c;
  const { year, month } = nav.shown;
  const monthName = formatMonthYear(year, month, lang);
  const prev = addMonths({ year, month, day: 1 }, -1);
  const next = addMonths({ year, month, day: 1 }, 1);
  const weeks = monthGrid(year, month);
  const weekdayNames = formatters(lang).weekday;
  const inMonth = entriesInMonth(model, nav.shown);
  const multi = model.owners.length > 1;
  return html`
    <div class="month-nav no-print js-only" part="month-nav">
      <button
        type="button"
        part="month-button"
        class="prev"
        aria-label=${`${t.previousMonth}, ${formatMonthYear(prev.year, prev.month, lang)}`}
        @click=${() => nav.stepMonth(-1)}
      >
        <span aria-hidden="true">‹</span> ${t.previousMonth}
      </button>
      <button
        type="button"
        part="month-button"
        class="next"
        aria-label=${`${t.nextMonth}, ${formatMonthYear(next.year, next.month, lang)}`}
        @click=${() => nav.stepMonth(1)}
      >
        ${t.nextMonth} <span aria-hidden="true">›</span>
      </button>
    </div>
    <p class="visually-hidden" role="status">${announcement}</p>
    <p id="grid-help" class="grid-help muted no-print">${t.gridHelp}</p>
    <div class="grid-scroll no-print">
      <table
        role="grid"
        class="grid"
        part="grid"
        aria-describedby="grid-help"
        @keydown=${nav.onKeydown}
        @click=${nav.onClick}
        @focusin=${nav.onFocusin}
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
              ${w.days.map((d) => (d ? renderDay(model, d, nav.isFocus(d), c) : html`<td class="outside"></td>`))}
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
            ${inMonth.map((e) => html`<li>${renderEntry(e, level + 1, multi, c)}</li>`)}
          </ul>`}
    </section>
  `;
}

function renderDay(model: CalendarModel, d: CalendarDay, focused: boolean, c: CalendarViewContext): TemplateResult {
  const { t, s, lang } = c;
  const key = dayKey(d);
  const list = model.byDay.get(key) ?? [];
  const today = sameDay(d, model.today);
  let label = formatDateWithWeekday(d, lang);
  if (today) label += `, ${t.today}`;
  if (list.length > 0) {
    const items = list.map((e) => {
      const when = meetingWhen(e.meeting, lang);
      const status = statusText(e.meeting.status, lang).toLocaleLowerCase(lang);
      return [e.owner.name, when.time, status].filter(Boolean).join(', ');
    });
    label += `, ${plural(list.length, s.meetingForms, lang)}: ${items.join('; ')}`;
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
