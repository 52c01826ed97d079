import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { sameDay, wallClock } from '@goteborgsregionen/data';
import type { Meeting, MeetingStatus, WallClock } from '@goteborgsregionen/data';
import { formatDate, formatDateWithWeekday, formatTimeRange, formatters } from './i18n.js';
import { meetingStrings } from './translations/meeting.js';
import type { Lang } from './i18n.js';

/** A meeting's date and time as people read them, computed from the stored strings. */
export interface MeetingWhen {
  /** Stockholm wall-clock start (never shifted by the visitor's time zone). */
  start: WallClock;
  /** Stockholm wall-clock end, when given. */
  end?: WallClock;
  /** True for a meeting stored as dates only: its time is not published (it is not an all-day meeting). */
  allDay: boolean;
  /** "onsdag 20 januari 2021" or, for date-only ranges, "19–20 mars 2020". */
  date: string;
  /** "kl. 9.00–12.00" / "9:00–12:00"; "tid ej publicerad" / "time not published" for date-only meetings. */
  time: string;
  /** "onsdag 20 januari 2021, kl. 9.00–12.00". */
  full: string;
  /** A valid `<time datetime>` value: the stored start string. */
  datetime: string;
}

/**
 * A span of days without a time: "19–20 mars 2020", "30 mars–2 april 2020", "30 december 2020–2 januari 2021";
 * a single day with its weekday: "fredag 2 februari 2024".
 */
export function formatDayRange(start: WallClock, end: WallClock | undefined, lang: Lang): string {
  if (!end || sameDay(start, end)) return formatDateWithWeekday(start, lang);
  const last = formatDate(end, lang);
  if (start.year === end.year && start.month === end.month) return `${start.day}–${last}`;
  if (start.year === end.year) {
    return `${formatters(lang).dayMonth.format(new Date(Date.UTC(start.year, start.month - 1, start.day)))}–${last}`;
  }
  return `${formatDate(start, lang)}–${last}`;
}

/** Date and time of a meeting in Europe/Stockholm wall-clock time, in the given language. */
export function meetingWhen(meeting: Meeting, lang: Lang): MeetingWhen {
  const stored = wallClock(meeting.start);
  const allDay = stored.allDay === true;
  const start: WallClock = stored;
  const end: WallClock | undefined = meeting.end ? wallClock(meeting.end) : undefined;
  if (allDay) {
    const date = formatDayRange(start, end, lang);
    const time = meetingStrings.get(lang).timeNotPublished;
    return { start, end, allDay, date, time, full: `${date}, ${time}`, datetime: meeting.start };
  }
  const date = formatDateWithWeekday(start, lang);
  let time = formatTimeRange(start, end, lang);
  let full = time ? `${date}, ${time}` : date;
  if (end && !sameDay(start, end) && end.hour !== undefined) {
    // A timed meeting over several days: "måndag 1 mars 2021, kl. 9.00 – tisdag 2 mars 2021, kl. 12.00".
    const endTime = formatTimeRange(end, undefined, lang);
    const endText = `${formatDateWithWeekday(end, lang)}, ${endTime}`;
    time = `${time} – ${endText}`;
    full = `${date}, ${time}`;
  }
  return { start, end, allDay, date, time, full, datetime: meeting.start };
}

/**
 * `<time datetime>` with the date and the time of day; the time ("kl. 9.00–12.00") is kept on one line.
 * Elements using it style `.nowrap { white-space: nowrap }`.
 */
export function renderWhen(when: MeetingWhen): TemplateResult {
  const short = when.time && !when.time.includes(' – ');
  return html`<time datetime=${when.datetime}
    >${when.date}${when.time
      ? html`, ${short ? html`<span class="nowrap">${when.time}</span>` : when.time}`
      : nothing}</time
  >`;
}

/** The status in words, or '' for an ordinary scheduled meeting. */
export function statusText(status: MeetingStatus | undefined, lang: Lang): string {
  if (!status || status === 'scheduled') return '';
  return meetingStrings.get(lang).meetingStatus[status] ?? '';
}

export { isInProgress, isUpcoming } from '@goteborgsregionen/data';

/** Local text of a localized field: English when asked and present, Swedish otherwise. */
export function localized(text: { sv: string; en?: string } | undefined, lang: Lang): string {
  if (!text) return '';
  return lang === 'en' ? text.en ?? text.sv : text.sv;
}

/** Whether a localized field falls back to Swedish in an English UI (then it needs lang="sv"). */
export function isFallback(text: { sv: string; en?: string } | undefined, lang: Lang): boolean {
  return !!text && lang === 'en' && !text.en;
}

/**
 * A meeting's note as a paragraph (in Swedish markup when an English UI falls back to it), or nothing
 * when there is none or when it only repeats the status already shown ("Inställt" twice reads as a glitch).
 */
export function renderNote(m: Meeting, lang: Lang): TemplateResult | typeof nothing {
  const note = localized(m.note, lang);
  const same = (a: string, b: string) => a.trim().replace(/[.!]$/, '').toLocaleLowerCase('sv') === b.toLocaleLowerCase('sv');
  if (!note || (m.status && same(note, statusText(m.status, lang)))) return nothing;
  return html`<p class="note" lang=${isFallback(m.note, lang) ? 'sv' : nothing}>${note}</p>`;
}
