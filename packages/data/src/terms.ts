/**
 * A political body's state at a given moment: which term's composition is current, whether a term
 * has ended with the next composition unpublished, or whether the body itself was dissolved.
 *
 * A body is not its term. A body with no known dissolution has not ended when a mandate period
 * ends: the next term's composition is simply not published yet, and whether the body continues is
 * what its `continuation` says (a sourced fact) or unknown.
 */
import { rawDataset } from './dataset.js';
import { getCommittee } from './queries.js';
import { isDateTime, wallClock } from './time.js';
import type { Committee, CommitteeTerm, Dataset, ISODate, Meeting, Term } from './types.js';

const bundled: Dataset = rawDataset;

/** What a body's continuation after its latest term is: stated by a source, or unknown. */
export type ContinuationState = 'continues' | 'ends' | 'unknown';

export type CommitteeState =
  /** Before the body was founded. */
  | { state: 'not-founded'; founded: ISODate }
  /** A published composition's mandate period includes `now`. */
  | { state: 'current'; term: CommitteeTerm; period: Term | undefined }
  /**
   * The latest published term has ended, the body is not dissolved, and the next term's composition
   * is not published. `previous` is the ended term (show it labelled as the previous term's);
   * `period` the mandate period that includes `now`, when `terms[]` has one.
   */
  | {
      state: 'next-term-unpublished';
      previous: CommitteeTerm;
      previousPeriod: Term | undefined;
      period: Term | undefined;
      continuation: ContinuationState;
    }
  /** No composition has been published for the body at all (and it is not dissolved). */
  | { state: 'no-composition'; continuation: ContinuationState }
  /**
   * The body was dissolved (its last day is `dissolved`). `successor` is the body that replaced it,
   * when there is one; `last` its last published term.
   */
  | {
      state: 'dissolved';
      dissolved: ISODate;
      successor: Committee | undefined;
      last: CommitteeTerm | undefined;
      lastPeriod: Term | undefined;
    };

function toDate(now: unknown): Date {
  if (now instanceof Date) return now;
  if (typeof now === 'number' || typeof now === 'string') return new Date(now);
  return new Date();
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** The calendar date in Europe/Stockholm at an instant: "2027-01-15". `undefined` for an invalid clock. */
export function stockholmDate(now: Date | number | string = new Date()): ISODate | undefined {
  const d = toDate(now);
  if (!Number.isFinite(d.getTime())) return undefined;
  const w = wallClock(d);
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}`;
}

/** A mandate period by id ("2023-2026"). */
export function getTerm(id: string, dataset: Dataset = bundled): Term | undefined {
  if (typeof id !== 'string' || !Array.isArray(dataset?.terms)) return undefined;
  return dataset.terms.find((t) => t?.id === id);
}

/** The mandate period that includes a date (or `now`), if `terms[]` has one. */
export function termAt(now: Date | number | string = new Date(), dataset: Dataset = bundled): Term | undefined {
  const today = stockholmDate(now);
  if (!today || !Array.isArray(dataset?.terms)) return undefined;
  return dataset.terms.find((t) => t && t.from <= today && today <= t.until);
}

/** A body's published terms, oldest first (by their periods' start; unknown periods keep their order). */
export function committeeTerms(committee: Committee, dataset: Dataset = bundled): CommitteeTerm[] {
  const terms = Array.isArray(committee?.terms) ? committee.terms : [];
  return terms
    .map((term, index) => ({ term, index, from: getTerm(term.term, dataset)?.from ?? '' }))
    .sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : a.index - b.index))
    .map(({ term }) => term);
}

/** The body's latest published term (by period), or `undefined` when none is published. */
export function latestTerm(committee: Committee, dataset: Dataset = bundled): CommitteeTerm | undefined {
  const terms = committeeTerms(committee, dataset);
  return terms[terms.length - 1];
}

/** What the body's `continuation` says: `continues`, `ends`, or `unknown` when no source says. */
export function continuationOf(committee: Committee): ContinuationState {
  const c = committee?.continuation;
  if (!c || typeof c.continues !== 'boolean') return 'unknown';
  return c.continues ? 'continues' : 'ends';
}

/**
 * The state of a body at `now` (a committee or its id). `undefined` for an unknown id or an invalid clock.
 *
 * - dissolved (the day after `dissolved`): `dissolved`, with the successor;
 * - before `founded`: `not-founded`;
 * - a published term whose period includes today: `current`;
 * - otherwise the latest term ended (or none was published): `next-term-unpublished` (or
 *   `no-composition`), with the continuation as sourced or `unknown`. A body whose continuation says it
 *   ends after its latest term and whose latest term has ended is reported as `dissolved` on the day
 *   after that term's last day.
 */
export function committeeState(
  committeeOrId: Committee | string,
  now: Date | number | string = new Date(),
  dataset: Dataset = bundled,
): CommitteeState | undefined {
  const committee = typeof committeeOrId === 'string' ? getCommittee(committeeOrId, dataset) : committeeOrId;
  const today = stockholmDate(now);
  if (!committee || !today) return undefined;
  const terms = committeeTerms(committee, dataset);
  const last = terms[terms.length - 1];
  const lastPeriod = last ? getTerm(last.term, dataset) : undefined;
  const successor = committee.successor ? getCommittee(committee.successor, dataset) : undefined;

  if (committee.dissolved && committee.dissolved < today) {
    return { state: 'dissolved', dissolved: committee.dissolved, successor, last, lastPeriod };
  }
  if (committee.founded && today < committee.founded) return { state: 'not-founded', founded: committee.founded };

  for (let i = terms.length - 1; i >= 0; i--) {
    const term = terms[i] as CommitteeTerm;
    const period = getTerm(term.term, dataset);
    if (period && period.from <= today && today <= period.until) return { state: 'current', term, period };
  }
  const continuation = continuationOf(committee);
  if (!last) return { state: 'no-composition', continuation };
  if (lastPeriod && today <= lastPeriod.until) {
    // The latest term has not started yet (published ahead) or its period is unknown: not "ended".
    return { state: 'no-composition', continuation };
  }
  if (continuation === 'ends' && lastPeriod) {
    return { state: 'dissolved', dissolved: lastPeriod.until, successor, last, lastPeriod };
  }
  return {
    state: 'next-term-unpublished',
    previous: last,
    previousPeriod: lastPeriod,
    period: termAt(now, dataset),
    continuation,
  };
}

/** The composition current at `now`, or `undefined` (see `committeeState` for why not). */
export function currentTerm(
  committeeOrId: Committee | string,
  now: Date | number | string = new Date(),
  dataset: Dataset = bundled,
): CommitteeTerm | undefined {
  const state = committeeState(committeeOrId, now, dataset);
  return state?.state === 'current' ? state.term : undefined;
}

/**
 * Whether a meeting's time of day is published: `false` for a date-only `start` ("2024-09-26"),
 * which means "tid ej publicerad" (time not published), never an all-day meeting.
 */
export function isTimePublished(meeting: Pick<Meeting, 'start'>): boolean {
  return isDateTime(meeting?.start);
}
