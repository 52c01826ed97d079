/**
 * iCalendar (RFC 5545) feeds for committees and networks, and single-meeting files.
 * Output is deterministic: DTSTAMP comes from `dataset.lastUpdated`, UIDs from owner id and date.
 */
import { rawDataset } from './dataset.js';
import { document, escapeText, property } from './lines.js';
import { getCommittee, getNetwork, meetingsOf } from './queries.js';
import { parseDateTime, parseIsoDate } from './time.js';
import type { Committee, Dataset, Meeting, MeetingStatus, Network } from './types.js';
import { sourceUrls } from './as-of.js';

/** Right-hand side of every UID. */
export const UID_DOMAIN = 'goteborgsregionen.se';
export const PRODID = '-//Göteborgsregionen//@goteborgsregionen/data//SV';
export const TZID = 'Europe/Stockholm';

/** The DESCRIPTION of a meeting whose date is published but not its time (Swedish, then English). */
export const TIME_NOT_PUBLISHED = 'Tiden är inte publicerad. (Time not published.)';

/** The Europe/Stockholm VTIMEZONE (EU rule: last Sunday of March and of October). */
export const STOCKHOLM_VTIMEZONE: readonly string[] = [
  'BEGIN:VTIMEZONE',
  `TZID:${TZID}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

const STATUS: Record<MeetingStatus, string> = {
  scheduled: 'CONFIRMED',
  tentative: 'TENTATIVE',
  postponed: 'TENTATIVE',
  cancelled: 'CANCELLED',
};

type Owner = { kind: 'committee'; record: Committee } | { kind: 'network'; record: Network };

function ownerOf(id: string, dataset: Dataset, prefer: 'committee' | 'network'): Owner {
  const committee = getCommittee(id, dataset);
  const network = getNetwork(id, dataset);
  if (prefer === 'committee' && committee) return { kind: 'committee', record: committee };
  if (network) return { kind: 'network', record: network };
  if (committee) return { kind: 'committee', record: committee };
  throw new RangeError(`unknown ${prefer} "${String(id)}"`);
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const compactDate = (d: { year: number; month: number; day: number }) => `${pad(d.year, 4)}${pad(d.month)}${pad(d.day)}`;

function nextDay(d: { year: number; month: number; day: number }): string {
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day + 1));
  return compactDate({ year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() });
}

/** DTSTAMP: midnight UTC of the dataset's lastUpdated date, so the same data gives the same file. */
function dtstamp(dataset: Dataset): string {
  const d = parseIsoDate(dataset?.lastUpdated) ?? { year: 1970, month: 1, day: 1 };
  return `${compactDate(d)}T000000Z`;
}

/** Stable UID of a meeting: `<ownerId>-<YYYYMMDD>@goteborgsregionen.se`. */
export function meetingUid(ownerId: string, meeting: Pick<Meeting, 'start'>): string {
  return `${ownerId}-${String(meeting.start).slice(0, 10).replace(/-/g, '')}@${UID_DOMAIN}`;
}

function timeProperty(name: 'DTSTART' | 'DTEND', value: string): string {
  const dt = parseDateTime(value);
  if (dt) {
    const local = `${compactDate(dt)}T${pad(dt.hour)}${pad(dt.minute)}${pad(dt.second)}`;
    return property(`${name};TZID=${TZID}`, local);
  }
  const d = parseIsoDate(value);
  if (!d) throw new RangeError(`not a meeting time: ${String(value).slice(0, 40)}`);
  return property(`${name};VALUE=DATE`, compactDate(d));
}

function eventLines(owner: Owner, meeting: Meeting, dataset: Dataset): string[] {
  const record = owner.record;
  const lines = ['BEGIN:VEVENT', property('UID', meetingUid(record.id, meeting)), property('DTSTAMP', dtstamp(dataset))];
  lines.push(timeProperty('DTSTART', meeting.start));
  const startDate = parseIsoDate(meeting.start);
  if (startDate) {
    // All-day: DTEND is exclusive, the day after the last (inclusive) day.
    lines.push(property('DTEND;VALUE=DATE', nextDay(parseIsoDate(meeting.end) ?? startDate)));
  } else if (meeting.end) {
    lines.push(timeProperty('DTEND', meeting.end));
  }
  const what = owner.kind === 'committee' ? 'sammanträde' : 'möte';
  lines.push(property('SUMMARY', escapeText(`${record.name} – ${what}`)));
  const status = meeting.status ?? 'scheduled';
  lines.push(property('STATUS', STATUS[status] ?? 'CONFIRMED'));
  // A cancellation or postponement is a revision of the published event.
  lines.push(property('SEQUENCE', status === 'cancelled' || status === 'postponed' ? '1' : '0'));
  if (meeting.location) lines.push(property('LOCATION', escapeText(meeting.location)));
  // A date-only meeting has a date but no published time: a date event that says so, and that does
  // not mark the whole day as busy.
  const description = [meeting.note?.sv, startDate ? TIME_NOT_PUBLISHED : undefined].filter(Boolean).join('\n\n');
  if (description) lines.push(property('DESCRIPTION', escapeText(description)));
  if (startDate) lines.push('TRANSP:TRANSPARENT');
  const url = sourceUrls(meeting.sources)[0] ?? sourceUrls(record.sources)[0];
  if (url) lines.push(property('URL', url));
  lines.push('END:VEVENT');
  return lines;
}

function calendar(owner: Owner, meetings: readonly Meeting[], dataset: Dataset, name: string): string {
  const record = owner.record;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    property('PRODID', PRODID),
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    property('NAME', escapeText(name)),
    property('X-WR-CALNAME', escapeText(name)),
    property('X-WR-TIMEZONE', TZID),
  ];
  if (record.description?.sv) {
    lines.push(property('DESCRIPTION', escapeText(record.description.sv)));
    lines.push(property('X-WR-CALDESC', escapeText(record.description.sv)));
  }
  lines.push('REFRESH-INTERVAL;VALUE=DURATION:P1D', 'X-PUBLISHED-TTL:P1D', ...STOCKHOLM_VTIMEZONE);
  for (const meeting of meetings) lines.push(...eventLines(owner, meeting, dataset));
  lines.push('END:VCALENDAR');
  return document(lines);
}

/**
 * The meetings of a committee as an iCalendar feed (a network id works too). Cancelled meetings
 * stay in the feed as STATUS:CANCELLED. Throws RangeError for an unknown id.
 */
export function committeeToICS(committeeId: string, dataset: Dataset = rawDataset): string {
  const owner = ownerOf(committeeId, dataset, 'committee');
  return calendar(owner, meetingsOf(owner.record.id, dataset), dataset, owner.record.name);
}

/** The meetings of a network as an iCalendar feed (a committee id works too). Throws RangeError for an unknown id. */
export function networkToICS(networkId: string, dataset: Dataset = rawDataset): string {
  const owner = ownerOf(networkId, dataset, 'network');
  return calendar(owner, meetingsOf(owner.record.id, dataset), dataset, owner.record.name);
}

/** One meeting of a committee or network as a calendar file with a single event (same UID as in the feed). */
export function meetingToICS(ownerId: string, meeting: Meeting, dataset: Dataset = rawDataset): string {
  const owner = ownerOf(ownerId, dataset, 'committee');
  if (!meeting || (!parseDateTime(meeting.start) && !parseIsoDate(meeting.start))) {
    throw new RangeError('meetingToICS: the meeting has no valid start');
  }
  return calendar(owner, [meeting], dataset, owner.record.name);
}
