import { wallClock, meetingStart, meetingEnd, isoWeek } from '@goteborgsregionen/data';
import type { Dataset, Meeting } from '@goteborgsregionen/data';
import { isUpcoming } from '../shared/meeting.js';
import { formatters } from '../shared/i18n.js';

/** A calendar day (no time, no zone). `month` is 1–12. */
export interface Day {
  year: number;
  month: number;
  day: number;
}

/** A month. `month` is 1–12. */
export interface Month {
  year: number;
  month: number;
}

/** Whose meetings these are. */
export interface Owner {
  kind: 'committee' | 'network';
  id: string;
  name: string;
}

/** One meeting of one owner, with what the views need computed once. */
export interface CalendarEntry {
  owner: Owner;
  meeting: Meeting;
  /** Unique within the calendar; usable as an element id. */
  key: string;
  /** Stockholm day the meeting starts. */
  first: Day;
  /** Every Stockholm day the meeting covers ("2020-03-19", "2020-03-20"). */
  days: string[];
  startMs: number;
  upcoming: boolean;
}

export interface MonthGroup extends Month {
  entries: CalendarEntry[];
}

export interface CalendarModel {
  owners: Owner[];
  unknown: { kind: 'committee' | 'network'; id: string }[];
  /** All meetings, oldest first. */
  entries: CalendarEntry[];
  /** Upcoming (and ongoing) meetings grouped by month, soonest first. */
  upcomingByMonth: MonthGroup[];
  upcomingCount: number;
  /** Past meetings, most recent first. */
  past: CalendarEntry[];
  /** Meetings by Stockholm day key. */
  byDay: Map<string, CalendarEntry[]>;
  /** The month of the next meeting, else of the last meeting, else of today. */
  startMonth: Month;
  /** Today in Stockholm. */
  today: Day;
}

const DAY_MS = 86_400_000;

export const pad = (n: number): string => String(n).padStart(2, '0');

export const dayKey = (d: Day): string => `${d.year}-${pad(d.month)}-${pad(d.day)}`;

export const sameMonth = (a: Month, b: Month): boolean => a.year === b.year && a.month === b.month;

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const fromUtc = (ms: number): Day => {
  const d = new Date(ms);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
};

const toUtc = (d: Day): number => Date.UTC(d.year, d.month - 1, d.day);

export const addDays = (d: Day, n: number): Day => fromUtc(toUtc(d) + n * DAY_MS);

/** The same day `n` months later, clamped to the month's length (31 January + 1 → 28 February). */
export function addMonths(d: Day, n: number): Day {
  const index = d.year * 12 + (d.month - 1) + n;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return { year, month, day: Math.min(d.day, daysInMonth(year, month)) };
}

/** ISO weekday, 1 = Monday … 7 = Sunday. */
export function weekday(d: Day): number {
  const w = new Date(toUtc(d)).getUTCDay();
  return w === 0 ? 7 : w;
}

/** Parses "2021-05" into a month; undefined for anything else. */
export function parseMonth(value: string | undefined | null): Month | undefined {
  const m = /^(\d{4})-(\d{2})$/.exec(value?.trim() ?? '');
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  return month >= 1 && month <= 12 ? { year, month } : undefined;
}

export interface GridWeek {
  /** ISO week number. */
  week: number;
  /** Monday … Sunday; undefined for days of the neighbouring months. */
  days: (Day | undefined)[];
}

/** The weeks of a month, Monday first, with ISO week numbers. */
export function monthGrid(year: number, month: number): GridWeek[] {
  const first: Day = { year, month, day: 1 };
  const last = daysInMonth(year, month);
  let monday = addDays(first, 1 - weekday(first));
  const weeks: GridWeek[] = [];
  for (;;) {
    const days: (Day | undefined)[] = [];
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

function coveredDays(meeting: Meeting): string[] {
  const start = wallClock(meeting.start);
  const end = meeting.end ? wallClock(meeting.end) : start;
  const first: Day = { year: start.year, month: start.month, day: start.day };
  const last: Day = { year: end.year, month: end.month, day: end.day };
  const days: string[] = [];
  // A guard against absurd spans: a meeting never lasts more than a few weeks.
  for (let d = first, i = 0; toUtc(d) <= toUtc(last) && i < 62; d = addDays(d, 1), i++) days.push(dayKey(d));
  return days;
}

/**
 * Everything both views need, computed once per data, owner or clock change (never per render).
 * Ids are space-separated; unknown ones are reported, the rest still shown.
 */
export function buildModel(data: Dataset, committeeIds: string[], networkIds: string[], now: Date): CalendarModel {
  const owners: Owner[] = [];
  const unknown: CalendarModel['unknown'] = [];
  const sources: { owner: Owner; meetings: readonly Meeting[] }[] = [];
  for (const id of committeeIds) {
    const c = data.committees.find((x) => x.id === id);
    if (!c) {
      unknown.push({ kind: 'committee', id });
      continue;
    }
    if (owners.some((o) => o.kind === 'committee' && o.id === id)) continue;
    const owner: Owner = { kind: 'committee', id, name: c.name };
    owners.push(owner);
    sources.push({ owner, meetings: c.meetings });
  }
  for (const id of networkIds) {
    const n = data.networks.find((x) => x.id === id);
    if (!n) {
      unknown.push({ kind: 'network', id });
      continue;
    }
    if (owners.some((o) => o.kind === 'network' && o.id === id)) continue;
    const owner: Owner = { kind: 'network', id, name: n.name };
    owners.push(owner);
    sources.push({ owner, meetings: n.meetings ?? [] });
  }

  const entries: CalendarEntry[] = [];
  for (const { owner, meetings } of sources) {
    meetings.forEach((meeting, i) => {
      const start = wallClock(meeting.start);
      entries.push({
        owner,
        meeting,
        key: `m-${owner.kind}-${owner.id}-${i}`,
        first: { year: start.year, month: start.month, day: start.day },
        days: coveredDays(meeting),
        startMs: meetingStart(meeting).getTime(),
        upcoming: isUpcoming(meeting, now),
      });
    });
  }
  const collator = formatters('sv').collator;
  entries.sort(
    (a, b) =>
      a.startMs - b.startMs ||
      meetingEnd(a.meeting).getTime() - meetingEnd(b.meeting).getTime() ||
      collator.compare(a.owner.name, b.owner.name),
  );

  const upcomingByMonth: MonthGroup[] = [];
  const past: CalendarEntry[] = [];
  const byDay = new Map<string, CalendarEntry[]>();
  for (const e of entries) {
    if (e.upcoming) {
      const last = upcomingByMonth[upcomingByMonth.length - 1];
      if (last && sameMonth(last, e.first)) last.entries.push(e);
      else upcomingByMonth.push({ year: e.first.year, month: e.first.month, entries: [e] });
    } else {
      past.unshift(e);
    }
    for (const key of e.days) {
      const list = byDay.get(key);
      if (list) list.push(e);
      else byDay.set(key, [e]);
    }
  }

  const w = wallClock(now);
  const today: Day = { year: w.year, month: w.month, day: w.day };
  const firstUpcoming = upcomingByMonth[0];
  const lastEntry = entries[entries.length - 1];
  const startMonth: Month = firstUpcoming
    ? { year: firstUpcoming.year, month: firstUpcoming.month }
    : lastEntry
      ? { year: lastEntry.first.year, month: lastEntry.first.month }
      : { year: today.year, month: today.month };

  return {
    owners,
    unknown,
    entries,
    upcomingByMonth,
    upcomingCount: entries.length - past.length,
    past,
    byDay,
    startMonth,
    today,
  };
}
