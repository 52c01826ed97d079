/**
 * What in a dataset needs a maintainer's attention at a given date (`gr-data report`):
 * - bodies whose latest term has ended with no successor term published (or with no composition at all);
 * - records whose facts are older than N months (by their sources' as-of dates);
 * - bodies (not dissolved) with no meeting in the last year;
 * - open questions the sources leave open.
 * The compile date (`lastUpdated`) plays no part: only the sources' as-of dates say how old facts are.
 */
import { isOlderThan, latestAsOf } from './as-of.js';
import { committeeState, committeeTerms, stockholmDate } from './terms.js';
import { meetingStart } from './time.js';
import type { AsOf, Dataset, ISODate, Source } from './types.js';

export interface ReportOptions {
  /** The date the report is for (default: now). */
  at?: Date | number | string;
  /** Facts older than this many months are listed (default 12). */
  olderThanMonths?: number;
}

export interface ReportItem {
  /** Where the record is: "committees[6] forbundsstyrelsen". */
  where: string;
  /** What needs attention, in plain words. */
  message: string;
}

export interface Report {
  /** The date the report is for (Europe/Stockholm). */
  at: ISODate;
  olderThanMonths: number;
  endedTerms: ReportItem[];
  oldFacts: ReportItem[];
  noRecentMeetings: ReportItem[];
  openQuestions: ReportItem[];
}

const YEAR_MS = 365.25 * 24 * 3600_000;

/** The report for `dataset` (validated) at `options.at`. */
export function datasetReport(dataset: Dataset, options: ReportOptions = {}): Report {
  const at = options.at instanceof Date ? options.at : new Date(options.at ?? Date.now());
  const today = stockholmDate(at);
  if (!today) throw new RangeError('report: the date is not valid');
  const months = options.olderThanMonths ?? 12;
  if (!Number.isInteger(months) || months < 0) throw new RangeError('report: --older-than must be a whole number of months');

  const endedTerms: ReportItem[] = [];
  const noRecentMeetings: ReportItem[] = [];
  dataset.committees.forEach((c, i) => {
    const where = `committees[${i}] ${c.id}`;
    const state = committeeState(c, at, dataset);
    if (state?.state === 'next-term-unpublished') {
      const continuation =
        state.continuation === 'continues' ? 'the body continues (sourced)' : state.continuation === 'ends' ? 'the body ends' : 'whether the body continues is unknown';
      endedTerms.push({
        where,
        message: `term ${state.previous.term} ended${state.previousPeriod ? ` ${state.previousPeriod.until}` : ''}; no composition for a later term is published; ${continuation}`,
      });
    } else if (state?.state === 'no-composition') {
      endedTerms.push({ where, message: 'no composition (term) is published for this body' });
    }
    if (state && state.state !== 'dissolved' && state.state !== 'not-founded') {
      const starts = c.meetings.map((m) => meetingStart(m).getTime()).filter((t) => Number.isFinite(t) && t <= at.getTime());
      const last = starts.length > 0 ? Math.max(...starts) : undefined;
      if (last === undefined) noRecentMeetings.push({ where, message: 'no meeting is published' });
      else if (at.getTime() - last > YEAR_MS) {
        noRecentMeetings.push({ where, message: `the latest published meeting was on ${stockholmDate(last)}, more than a year ago` });
      }
    }
  });

  const oldFacts: ReportItem[] = [];
  const check = (where: string, sources: readonly Source[] | undefined) => {
    const asOf: AsOf | undefined = latestAsOf(sources);
    if (asOf && isOlderThan(asOf, at, months)) oldFacts.push({ where, message: `facts as of ${asOf}` });
  };
  dataset.committees.forEach((c, i) => {
    // A dissolved body's facts, and a body's earlier terms, are history: they stay as they were.
    if (committeeState(c, at, dataset)?.state === 'dissolved') return;
    check(`committees[${i}] ${c.id}`, c.sources);
    const latest = committeeTerms(c, dataset).at(-1);
    if (latest) check(`committees[${i}].terms[${c.terms.indexOf(latest)}] ${c.id} ${latest.term}`, latest.sources);
  });
  dataset.networks.forEach((n, i) => check(`networks[${i}] ${n.id}`, n.sources));
  dataset.people.forEach((p, i) => check(`people[${i}] ${p.id}`, p.sources));

  const openQuestions: ReportItem[] = (dataset.openQuestions ?? []).map((q, i) => ({
    where: `openQuestions[${i}] ${q.id} (${q.records.join(', ')})`,
    message: q.question.sv,
  }));

  return { at: today, olderThanMonths: months, endedTerms, oldFacts, noRecentMeetings, openQuestions };
}

/** The report as plain text, one section per kind, each item on its own line. */
export function formatReport(report: Report): string {
  const section = (title: string, items: readonly ReportItem[]) =>
    [`${title} (${items.length})`, ...(items.length ? items.map((x) => `  ${x.where}: ${x.message}`) : ['  none'])].join('\n');
  const total = report.endedTerms.length + report.oldFacts.length + report.noRecentMeetings.length + report.openQuestions.length;
  return (
    [
      `What needs attention on ${report.at}`,
      section('Terms ended without a published successor term', report.endedTerms),
      section(`Facts older than ${report.olderThanMonths} months`, report.oldFacts),
      section('Bodies with no meeting in the last year', report.noRecentMeetings),
      section('Open questions', report.openQuestions),
      `${total} ${total === 1 ? 'item' : 'items'}.`,
    ].join('\n\n') + '\n'
  );
}
