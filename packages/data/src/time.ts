/**
 * Dates, times and Europe/Stockholm, without `Intl` or a time-zone database.
 *
 * Europe/Stockholm follows the EU summer-time rule: +02:00 (CEST) from the last Sunday of March
 * 01:00 UTC to the last Sunday of October 01:00 UTC, +01:00 (CET) otherwise. The rule is exact from
 * 1996 (when the EU moved the end of summer time to October) onwards; earlier instants get the same
 * rule, which is not what Swedish clocks showed before 1996.
 */
import type { Meeting } from './types.js';

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;

/** Local (wall-clock) date and time in Europe/Stockholm. */
export interface WallClock {
  year: number;
  /** 1–12 */
  month: number;
  /** 1–31 */
  day: number;
  /** 0–23; undefined for a date without a time. */
  hour?: number;
  /** 0–59; undefined for a date without a time. */
  minute?: number;
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  weekday: number;
  /** True for a date without a time (an all-day meeting). */
  allDay: boolean;
}

/** A parsed RFC 3339 date-time. */
export interface ParsedDateTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  /** The offset as written: "+01:00", "Z". */
  offset: string;
  /** Offset east of UTC in minutes. */
  offsetMinutes: number;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function validYmd(year: number, month: number, day: number): boolean {
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Parses an ISO calendar date ("2021-02-28") that exists; undefined otherwise ("2021-02-30"). */
export function parseIsoDate(value: unknown): { year: number; month: number; day: number } | undefined {
  if (typeof value !== 'string') return undefined;
  const m = ISO_DATE.exec(value);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  return validYmd(year, month, day) ? { year, month, day } : undefined;
}

/** True when `value` is an ISO date ("YYYY-MM-DD") that exists. */
export function isIsoDate(value: unknown): value is string {
  return parseIsoDate(value) !== undefined;
}

/** Parses an RFC 3339 date-time with seconds and an offset; undefined when malformed or impossible. */
export function parseDateTime(value: unknown): ParsedDateTime | undefined {
  if (typeof value !== 'string') return undefined;
  const m = DATE_TIME.exec(value);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const hour = Number(m[4]);
  const minute = Number(m[5]);
  const second = Number(m[6]);
  const fraction = m[7] ? Number(`0${m[7]}`) : 0;
  const offset = m[8] ?? 'Z';
  if (!validYmd(year, month, day) || hour > 23 || minute > 59 || second > 59) return undefined;
  let offsetMinutes = 0;
  if (offset !== 'Z') {
    const oh = Number(offset.slice(1, 3));
    const om = Number(offset.slice(4, 6));
    if (oh > 23 || om > 59) return undefined;
    offsetMinutes = (offset.startsWith('-') ? -1 : 1) * (oh * 60 + om);
  }
  return { year, month, day, hour, minute, second, millisecond: Math.floor(fraction * 1000), offset, offsetMinutes };
}

/** True when `value` is an RFC 3339 date-time with seconds and an offset ("2021-01-20T09:00:00+01:00"). */
export function isDateTime(value: unknown): value is string {
  return parseDateTime(value) !== undefined;
}

/** Day of month (1–31) of the last Sunday of `month` (1–12) in `year`. */
function lastSunday(year: number, month: number): number {
  const last = daysInMonth(year, month);
  const weekday = new Date(Date.UTC(year, month - 1, last)).getUTCDay(); // 0 = Sunday
  return last - weekday;
}

/** Offset of Europe/Stockholm east of UTC, in minutes (60 or 120), at the instant `ms` (epoch milliseconds). */
export function stockholmOffsetMinutes(ms: number): 60 | 120 {
  const year = new Date(ms).getUTCFullYear();
  const start = Date.UTC(year, 2, lastSunday(year, 3), 1);
  const end = Date.UTC(year, 9, lastSunday(year, 10), 1);
  return ms >= start && ms < end ? 120 : 60;
}

/** Formats an offset in minutes as "+01:00". */
export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/**
 * Europe/Stockholm's UTC offset at `date`: "+01:00" (winter) or "+02:00" (summer), by the EU rule
 * (valid from 1996). Throws RangeError for an invalid Date.
 */
export function stockholmOffset(date: Date): string {
  const ms = date instanceof Date ? date.getTime() : Number.NaN;
  if (!Number.isFinite(ms)) throw new RangeError('stockholmOffset: invalid date');
  return formatOffset(stockholmOffsetMinutes(ms));
}

/**
 * The offsets (minutes) Europe/Stockholm can have at a local wall-clock time: one normally, two in the
 * repeated hour when summer time ends, none in the skipped hour when it begins.
 */
export function stockholmOffsetsAtLocal(
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
): number[] {
  const local = Date.UTC(year, month - 1, day, hour, minute, second);
  return [60, 120].filter((offset) => stockholmOffsetMinutes(local - offset * MINUTE_MS) === offset);
}

/** The instant of local midnight in Europe/Stockholm at the start of the given day. */
export function stockholmMidnight(year: number, month: number, day: number): Date {
  const local = Date.UTC(year, month - 1, day);
  const offset = stockholmOffsetsAtLocal(year, month, day)[0] ?? 60;
  return new Date(local - offset * MINUTE_MS);
}

/** ISO weekday (1 = Monday … 7 = Sunday) of a calendar date. */
export function isoWeekday(year: number, month: number, day: number): number {
  const d = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return d === 0 ? 7 : d;
}

/** ISO 8601 week number (1–53) of a calendar date; week 1 holds the year's first Thursday. */
export function isoWeek(year: number, month: number, day: number): number {
  const date = Date.UTC(year, month - 1, day);
  const thursday = date + (4 - isoWeekday(year, month, day)) * DAY_MS;
  const thursdayYear = new Date(thursday).getUTCFullYear();
  const dayOfYear = Math.floor((thursday - Date.UTC(thursdayYear, 0, 1)) / DAY_MS);
  return Math.floor(dayOfYear / 7) + 1;
}

function instantOf(value: string): number {
  const dt = parseDateTime(value);
  if (dt) {
    return (
      Date.UTC(dt.year, dt.month - 1, dt.day, dt.hour, dt.minute, dt.second, dt.millisecond) -
      dt.offsetMinutes * MINUTE_MS
    );
  }
  const d = parseIsoDate(value);
  return d ? stockholmMidnight(d.year, d.month, d.day).getTime() : Number.NaN;
}

type MeetingTimes = Pick<Meeting, 'start' | 'end'>;

/**
 * When a meeting starts. Date-time meetings: the instant of `start`; date-only meetings: Stockholm
 * midnight at the start of the day. An Invalid Date for malformed input (validated data never is).
 */
export function meetingStart(meeting: MeetingTimes): Date {
  return new Date(instantOf(typeof meeting?.start === 'string' ? meeting.start : ''));
}

/**
 * When a meeting ends. Date-time meetings: the instant of `end`, or the start when no end is given.
 * Date-only meetings: Stockholm midnight at the end of the last day (`end` inclusive, else `start`).
 */
export function meetingEnd(meeting: MeetingTimes): Date {
  const start = typeof meeting?.start === 'string' ? meeting.start : '';
  const end = typeof meeting?.end === 'string' ? meeting.end : undefined;
  const startDate = parseIsoDate(start);
  if (startDate) {
    return nextDayMidnight(parseIsoDate(end) ?? startDate);
  }
  return new Date(instantOf(end ?? start));
}

function nextDayMidnight(d: { year: number; month: number; day: number }): Date {
  const next = new Date(Date.UTC(d.year, d.month - 1, d.day + 1));
  return stockholmMidnight(next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate());
}

/** The local (Europe/Stockholm) calendar date a meeting starts on: "2021-01-20". */
export function meetingDate(meeting: MeetingTimes): string {
  return typeof meeting?.start === 'string' ? meeting.start.slice(0, 10) : '';
}

/**
 * Wall-clock date and time in Europe/Stockholm.
 * - an RFC 3339 string: its local part as written (the validator guarantees it is Stockholm time);
 * - an ISO date: that day, `allDay: true`, no hour or minute;
 * - a Date: converted with the EU rule.
 * Throws RangeError for anything else.
 */
export function wallClock(isoOrDate: string | Date): WallClock {
  if (isoOrDate instanceof Date) {
    const ms = isoOrDate.getTime();
    if (!Number.isFinite(ms)) throw new RangeError('wallClock: invalid date');
    const local = new Date(ms + stockholmOffsetMinutes(ms) * MINUTE_MS);
    const year = local.getUTCFullYear();
    const month = local.getUTCMonth() + 1;
    const day = local.getUTCDate();
    return {
      year,
      month,
      day,
      hour: local.getUTCHours(),
      minute: local.getUTCMinutes(),
      weekday: isoWeekday(year, month, day),
      allDay: false,
    };
  }
  const dt = parseDateTime(isoOrDate);
  if (dt) {
    return {
      year: dt.year,
      month: dt.month,
      day: dt.day,
      hour: dt.hour,
      minute: dt.minute,
      weekday: isoWeekday(dt.year, dt.month, dt.day),
      allDay: false,
    };
  }
  const d = parseIsoDate(isoOrDate);
  if (d) return { ...d, weekday: isoWeekday(d.year, d.month, d.day), allDay: true };
  throw new RangeError(`wallClock: not an ISO date or RFC 3339 date-time: ${String(isoOrDate).slice(0, 40)}`);
}
