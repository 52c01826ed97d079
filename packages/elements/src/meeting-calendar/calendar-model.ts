import {
  compareSwedish,
  getCommittee,
  getNetwork,
  isUpcoming,
  meetingDays,
  meetingEnd,
  meetingStart,
  sameMonth,
  stockholmDay,
  wallClock,
} from '@goteborgsregionen/data';
import type { CalendarDay, CalendarMonth, Dataset, Meeting } from '@goteborgsregionen/data';

/** A calendar day (no time, no zone). `month` is 1–12. */
export type Day = CalendarDay;

/** A month. `month` is 1–12. */
export type Month = CalendarMonth;

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

/**
 * Everything both views need, computed once per data, owner or clock change (never per render).
 * Unknown ids are reported, the rest still shown.
 */
export function buildModel(data: Dataset, committeeIds: string[], networkIds: string[], now: Date): CalendarModel {
  const owners: Owner[] = [];
  const unknown: CalendarModel['unknown'] = [];
  const sources: { owner: Owner; meetings: readonly Meeting[] }[] = [];
  for (const id of committeeIds) {
    const c = getCommittee(id, data);
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
    const n = getNetwork(id, data);
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
        days: meetingDays(meeting),
        startMs: meetingStart(meeting).getTime(),
        upcoming: isUpcoming(meeting, now),
      });
    });
  }
  entries.sort(
    (a, b) =>
      a.startMs - b.startMs ||
      meetingEnd(a.meeting).getTime() - meetingEnd(b.meeting).getTime() ||
      compareSwedish(a.owner.name, b.owner.name),
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

  const today: Day = stockholmDay(now);
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
