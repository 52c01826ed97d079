/**
 * Calendar arithmetic on Europe/Stockholm calendar days, and the rules that decide which meetings are
 * upcoming or in progress. Pure functions: the elements' month grid and lists, and anyone else drawing
 * a calendar, use these rather than their own copies.
 */
import { daysInMonth, isoWeek, isoWeekday, meetingEnd, meetingStart, wallClock } from './time.js';
import type { Meeting } from './types.js';

/** A calendar day (no time, no zone). `month` is 1–12. */
export interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

/** A month. `month` is 1–12. */
export interface CalendarMonth {
  year: number;
  month: number;
}

const DAY_MS = 86_400_000;

const pad = (n: number): string => String(n).padStart(2, '0');
const toUtc = (d: CalendarDay): number => Date.UTC(d.year, d.month - 1, d.day);
const fromUtc = (ms: number): CalendarDay => {
  const d = new Date(ms);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
};

/** "2021-05-04". */
export const dayKey = (d: CalendarDay): string => `${d.year}-${pad(d.month)}-${pad(d.day)}`;

/** "2021-05-" (the prefix every day key of that month starts with). */
export const monthKeyPrefix = (m: CalendarMonth): string => `${m.year}-${pad(m.month)}-`;

/** Parses a day key "2021-05-04" (as written by `dayKey`). */
export const parseDayKey = (key: string): CalendarDay => ({
  year: Number(key.slice(0, 4)),
  month: Number(key.slice(5, 7)),
  day: Number(key.slice(8, 10)),
});

export const sameDay = (a: CalendarDay, b: CalendarDay): boolean => a.year === b.year && a.month === b.month && a.day === b.day;

export const sameMonth = (a: CalendarMonth, b: CalendarMonth): boolean => a.year === b.year && a.month === b.month;

/** The day `n` days later (or earlier). */
export const addDays = (d: CalendarDay, n: number): CalendarDay => fromUtc(toUtc(d) + n * DAY_MS);

/** The same day `n` months later, clamped to the month's length (31 January + 1 → 28 February). */
export function addMonths(d: CalendarDay, n: number): CalendarDay {
  const index = d.year * 12 + (d.month - 1) + n;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return { year, month, day: Math.min(d.day, daysInMonth(year, month)) };
}

/** ISO weekday of a day, 1 = Monday … 7 = Sunday. */
export const weekdayOf = (d: CalendarDay): number => isoWeekday(d.year, d.month, d.day);

/** Parses "2021-05" into a month; undefined for anything else. */
export function parseMonth(value: string | undefined | null): CalendarMonth | undefined {
  const m = /^(\d{4})-(\d{2})$/.exec(typeof value === 'string' ? value.trim() : '');
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  return month >= 1 && month <= 12 ? { year, month } : undefined;
}

/** The Stockholm calendar day of an instant. */
export function stockholmDay(now: Date): CalendarDay {
  const w = wallClock(now);
  return { year: w.year, month: w.month, day: w.day };
}

/** One row of a month grid. */
export interface GridWeek {
  /** ISO week number. */
  week: number;
  /** Monday … Sunday; undefined for days of the neighbouring months. */
  days: (CalendarDay | undefined)[];
}

/** The weeks of a month, Monday first, with ISO week numbers. */
export function monthGrid(year: number, month: number): GridWeek[] {
  const first: CalendarDay = { year, month, day: 1 };
  const last = daysInMonth(year, month);
  let monday = addDays(first, 1 - weekdayOf(first));
  const weeks: GridWeek[] = [];
  for (;;) {
    const days: (CalendarDay | undefined)[] = [];
    for (let i = 0; i < 7; i++) {
      const d = addDays(monday, i);
      days.push(d.year === year && d.month === month ? d : undefined);
    }
    weeks.push({ week: isoWeek(monday.year, monday.month, monday.day), days });
    monday = addDays(monday, 7);
    if (monday.year !== year || monday.month !== month || monday.day > last) break;
  }
  return weeks;
}

/** Every Stockholm day a meeting covers, as day keys ("2020-03-19", "2020-03-20"); at most 62. */
export function meetingDays(meeting: Pick<Meeting, 'start' | 'end'>): string[] {
  const start = wallClock(meeting.start);
  const end = meeting.end ? wallClock(meeting.end) : start;
  const last = toUtc(end);
  const days: string[] = [];
  // A guard against absurd spans: a meeting never lasts more than a few weeks.
  for (let d: CalendarDay = start, i = 0; toUtc(d) <= last && i < 62; d = addDays(d, 1), i++) days.push(dayKey(d));
  return days;
}

/**
 * Whether the meeting has not ended at `now`: an ongoing meeting counts as upcoming. The rule of
 * `nextMeeting` and `previousMeeting`, so a card and a calendar always agree.
 */
export function isUpcoming(meeting: Pick<Meeting, 'start' | 'end'>, now: Date): boolean {
  return meetingEnd(meeting).getTime() > now.getTime();
}

/** Whether the meeting is going on at `now` (started, not yet ended, not cancelled). */
export function isInProgress(meeting: Pick<Meeting, 'start' | 'end' | 'status'>, now: Date): boolean {
  const t = now.getTime();
  return meetingStart(meeting).getTime() <= t && t < meetingEnd(meeting).getTime() && meeting.status !== 'cancelled';
}
