/**
 * As-of dates: the date a source's facts are from, as precisely as the source gives it
 * (ISO 8601 reduced precision: "2024", "2024-09" or "2024-09-26").
 *
 * A reduced-precision date stands for its whole period. For freshness it counts as the last day of
 * that period (facts "from 2024-09" are at most as old as 2024-09-30), so a record is called old
 * only when it certainly is. `lastUpdated` (the compile date) is never an as-of date.
 */
import { daysInMonth, parseIsoDate, stockholmMidnight } from './time.js';
import type { AsOf, ISODate, Source, Sourced } from './types.js';
import { isHttpUrl } from './url.js';

const AS_OF = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** The parts of an as-of date; `undefined` for anything that is not one. */
export function parseAsOf(value: unknown): { year: number; month?: number; day?: number } | undefined {
  if (typeof value !== 'string') return undefined;
  const m = AS_OF.exec(value);
  if (!m) return undefined;
  const year = Number(m[1]);
  if (m[3] !== undefined) return parseIsoDate(value) ? { year, month: Number(m[2]), day: Number(m[3]) } : undefined;
  if (m[2] !== undefined) {
    const month = Number(m[2]);
    return month >= 1 && month <= 12 ? { year, month } : undefined;
  }
  return { year };
}

/** Whether `value` is an as-of date: "2024", "2024-09" or an existing day "2024-09-26". */
export function isAsOf(value: unknown): value is AsOf {
  return parseAsOf(value) !== undefined;
}

/** The precision an as-of date is given with. */
export function asOfPrecision(asOf: AsOf): 'year' | 'month' | 'day' | undefined {
  const p = parseAsOf(asOf);
  if (!p) return undefined;
  return p.day !== undefined ? 'day' : p.month !== undefined ? 'month' : 'year';
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The last day of the period an as-of date stands for: "2024" → "2024-12-31", "2024-02" → "2024-02-29". */
export function asOfEnd(asOf: AsOf): ISODate | undefined {
  const p = parseAsOf(asOf);
  if (!p) return undefined;
  const month = p.month ?? 12;
  const day = p.day ?? daysInMonth(p.year, month);
  return `${p.year}-${pad(month)}-${pad(day)}`;
}

/** Compares two as-of dates by the end of their periods (invalid ones sort first). */
export function compareAsOf(a: AsOf, b: AsOf): number {
  const ea = asOfEnd(a) ?? '';
  const eb = asOfEnd(b) ?? '';
  return ea < eb ? -1 : ea > eb ? 1 : 0;
}

/**
 * The as-of date of a set of sources: the most recent one (the latest date a source confirmed
 * the facts). `undefined` when there is none.
 */
export function latestAsOf(sources: readonly Source[] | undefined): AsOf | undefined {
  let best: AsOf | undefined;
  for (const s of sources ?? []) {
    if (!s || !isAsOf(s.asOf)) continue;
    if (best === undefined || compareAsOf(s.asOf, best) > 0) best = s.asOf;
  }
  return best;
}

/** The as-of date of a record's facts (its `sources`); see `latestAsOf`. */
export function recordAsOf(record: Sourced | undefined): AsOf | undefined {
  return latestAsOf(record?.sources);
}

function toTime(now: unknown): number {
  if (now instanceof Date) return now.getTime();
  if (typeof now === 'number') return now;
  if (typeof now === 'string') return new Date(now).getTime();
  return Date.now();
}

/**
 * Whether facts as of `asOf` are more than `months` months old at `now` (default 12: "more than a
 * year"), measured from the end of the as-of period in Europe/Stockholm. `false` for an invalid
 * as-of date or clock (nothing is called old without a reason).
 */
export function isOlderThan(asOf: AsOf | undefined, now: Date | number | string = new Date(), months = 12): boolean {
  const end = asOf === undefined ? undefined : parseIsoDate(asOfEnd(asOf));
  const t = toTime(now);
  if (!end || !Number.isFinite(t) || !Number.isFinite(months)) return false;
  // The day after the period's last day, plus `months` months (clamped to the month's length).
  const totalMonths = end.year * 12 + (end.month - 1) + Math.trunc(months);
  const year = Math.floor(totalMonths / 12);
  const month = (totalMonths % 12) + 1;
  const day = Math.min(end.day, daysInMonth(year, month));
  const limit = stockholmMidnight(year, month, day).getTime() + 24 * 3600_000;
  return t >= limit;
}

/** The source URLs of a record (http(s) only; seed files are not links), most recent first. */
export function sourceUrls(sources: readonly Source[] | undefined): string[] {
  return [...(sources ?? [])]
    .filter((s): s is Extract<Source, { url: string }> => !!s && isHttpUrl((s as { url?: unknown }).url))
    .sort((a, b) => compareAsOf(b.asOf, a.asOf))
    .map((s) => s.url);
}
