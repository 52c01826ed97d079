/**
 * parseDataset: the valibot schema (shape, types, single-value formats) plus the cross-record rules a
 * schema cannot express: unique ids, references that resolve, meeting offsets that match
 * Europe/Stockholm, end after start, no parent cycles, validFrom ≤ validUntil, terms that refer to
 * mandate periods, founded ≤ dissolved.
 */
import * as v from 'valibot';
import { APPOINTED_BY_MUNICIPALITIES } from './constants.js';
import { DatasetSchema, SLUG_PATTERN } from './schema.js';
import { stockholmDate } from './terms.js';
import { formatOffset, parseDateTime, parseIsoDate, stockholmOffsetsAtLocal } from './time.js';
import { chainIssues, compileDateIssues, dateIssues, textIssues } from './validate-rules.js';
import { closest, describe, toIssue } from './issues.js';
import type { Dataset, ValidationIssue } from './types.js';

/**
 * Marks DatasetError instances. `Symbol.for` gives the same symbol to every copy of this package in a
 * process (the ESM and the CommonJS build, two installed versions), so `instanceof DatasetError` and
 * `isDatasetError` hold whichever copy threw.
 */
const DATASET_ERROR = Symbol.for('@goteborgsregionen/data:DatasetError');

/** Thrown by `parseDataset`: `issues` names every wrong place, `message` lists them one per line. */
export class DatasetError extends Error {
  readonly issues: ValidationIssue[];

  constructor(issues: ValidationIssue[]) {
    const n = issues.length;
    super(`Invalid GR dataset (${n} ${n === 1 ? 'issue' : 'issues'}):\n${issues.map(formatIssue).join('\n')}`);
    this.name = 'DatasetError';
    this.issues = issues;
    Object.defineProperty(this, DATASET_ERROR, { value: true });
  }

  /** `error instanceof DatasetError` is true for a DatasetError from the ESM or the CommonJS build alike. */
  static override [Symbol.hasInstance](value: unknown): boolean {
    // A subclass keeps the ordinary prototype check; only DatasetError itself accepts every copy's errors.
    if (!Object.prototype.hasOwnProperty.call(this, DATASET_ERROR)) return Function.prototype[Symbol.hasInstance].call(this, value);
    return isDatasetError(value);
  }

  static {
    Object.defineProperty(this, DATASET_ERROR, { value: true });
  }
}

/** True for an error thrown by `parseDataset`, from any copy of this package (ESM or CommonJS). */
export function isDatasetError(value: unknown): value is DatasetError {
  return typeof value === 'object' && value !== null && (value as { [DATASET_ERROR]?: unknown })[DATASET_ERROR] === true;
}

/** "networks[3].municipalities[0]: unknown municipality \"atlantis\"" */
export function formatIssue(issue: ValidationIssue): string {
  return `${issue.path || '(dataset)'}: ${issue.message}`;
}

/** The source file under `data/` that an issue path points into: "networks[3].name" → "data/networks.json". */
export function issueFile(path: string): string {
  const top = /^[A-Za-z$]+/.exec(path)?.[0] ?? '';
  const files = ['organisation', 'municipalities', 'organisations', 'areas', 'parties', 'people', 'networks', 'committees', 'terms'];
  if (top === 'openQuestions') return 'data/open-questions.json';
  return `data/${files.includes(top) ? top : 'meta'}.json`;
}

/** Options for `parseDataset`. */
export interface ParseOptions {
  /**
   * The clock `lastUpdated` must not be after (default: now). `null` skips this one check: where the clock
   * may be wrong (a visitor's browser), a dataset is not refused for being "from the future". Every other
   * check, including facts dated after `lastUpdated`, still applies.
   */
  now?: Date | number | string | null;
}

/**
 * Validates untrusted data (a remote JSON file, a maintainer's edit) and returns it typed.
 * Throws `DatasetError` naming every problem, and never anything else, whatever the input.
 */
export function parseDataset(input: unknown, options: ParseOptions = {}): Dataset {
  let issues: ValidationIssue[];
  let output: unknown;
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new DatasetError([{ path: '', message: `expected an object (a GR dataset), got ${describe(input)}` }]);
  }
  try {
    const result = v.safeParse(DatasetSchema, input, { abortEarly: false });
    issues = result.issues ? result.issues.map(toIssue) : [];
    issues.push(...crossRecordIssues(input));
    const add = (path: string, message: string) => issues.push({ path, message });
    textIssues(input, add);
    dateIssues(input, add);
    if (options.now !== null) compileDateIssues(input, stockholmDate(options.now ?? new Date()), add);
    output = result.output;
  } catch (error) {
    issues = [{ path: '', message: `could not be validated (${error instanceof Error ? error.message : String(error)})` }];
  }
  if (issues.length > 0) throw new DatasetError(sortIssues(issues));
  const { $schema: _schema, ...dataset } = output as Dataset & { $schema?: string };
  return dataset;
}

/** Every issue of `input` as a list (empty when valid). Never throws. */
export function validateDataset(input: unknown, options: ParseOptions = {}): ValidationIssue[] {
  try {
    parseDataset(input, options);
    return [];
  } catch (error) {
    return error instanceof DatasetError ? error.issues : [{ path: '', message: String(error) }];
  }
}

// ---------------------------------------------------------------------------------------------
// Cross-record rules, written defensively: the input may be any shape at all.

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);
const arr = (x: unknown): unknown[] => (Array.isArray(x) ? x : []);
const str = (x: unknown): string | undefined => (typeof x === 'string' && x.length > 0 ? x : undefined);
const field = (x: unknown, key: string): unknown => (isObj(x) ? x[key] : undefined);

function crossRecordIssues(input: unknown): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const add = (path: string, message: string) => issues.push({ path, message });
  if (!isObj(input)) return issues;

  /** Collects the ids of a collection, reporting duplicates. */
  const idsOf = (name: string, list: unknown[]): Map<string, string> => {
    const ids = new Map<string, string>();
    list.forEach((item, i) => {
      const id = str(field(item, 'id'));
      if (!id) return;
      const first = ids.get(id);
      if (first) add(`${name}[${i}].id`, `duplicate id "${id}" (first used at ${first})`);
      else ids.set(id, `${name}[${i}]`);
    });
    return ids;
  };

  const organisation = input.organisation;
  const departments = arr(field(organisation, 'departments'));
  const municipalities = idsOf('municipalities', arr(input.municipalities));
  const organisations = idsOf('organisations', arr(input.organisations));
  const areas = idsOf('areas', arr(input.areas));
  const parties = idsOf('parties', arr(input.parties));
  const people = idsOf('people', arr(input.people));
  const networks = idsOf('networks', arr(input.networks));
  const committees = idsOf('committees', arr(input.committees));
  const terms = idsOf('terms', arr(input.terms));
  const departmentIds = idsOf('organisation.departments', departments);

  // People, networks and committees share one id space (meetingsOf, the .ics file names).
  const shared = new Map<string, string>();
  for (const [name, ids] of [
    ['people', people],
    ['networks', networks],
    ['committees', committees],
  ] as const) {
    for (const [id, path] of ids) {
      const other = shared.get(id);
      if (other) add(`${path}.id`, `id "${id}" is also used by ${other} (people, networks and committees share one id space)`);
      else shared.set(id, path);
    }
    void name;
  }

  const ref = (path: string, value: unknown, ids: Map<string, string>, what: string, extra?: string) => {
    const id = str(value);
    if (!id || ids.has(id)) return;
    const hint = closest(id, ids.keys());
    add(path, `unknown ${what} "${id}"${hint ? ` (did you mean "${hint}"?)` : extra ? ` (${extra})` : ''}`);
  };
  const refs = (path: string, value: unknown, ids: Map<string, string>, what: string) => {
    const seen = new Set<string>();
    arr(value).forEach((item, j) => {
      ref(`${path}[${j}]`, item, ids, what);
      const id = str(item);
      if (id && seen.has(id)) add(`${path}[${j}]`, `"${id}" is listed twice`);
      if (id) seen.add(id);
    });
  };

  ref('organisation.seat', field(organisation, 'seat'), municipalities, 'municipality');
  departments.forEach((d, i) => ref(`organisation.departments[${i}].head`, field(d, 'head'), people, 'person'));

  arr(input.people).forEach((p, i) => {
    const path = `people[${i}]`;
    const department = str(field(p, 'department'));
    if (department && SLUG_PATTERN.test(department)) {
      ref(`${path}.department`, department, departmentIds, 'department', 'use a department id or a plain organisation name');
    }
    const org = str(field(p, 'organisation'));
    if (org && !municipalities.has(org) && !organisations.has(org)) {
      add(`${path}.organisation`, `unknown organisation "${org}" (expected a municipality or organisations[] id)`);
    }
    validity(path, p, add);
  });

  const networkList = arr(input.networks);
  networkList.forEach((n, i) => {
    const path = `networks[${i}]`;
    ref(`${path}.area`, field(n, 'area'), areas, 'area');
    refs(`${path}.municipalities`, field(n, 'municipalities'), municipalities, 'municipality');
    if (arr(field(n, 'municipalities')).length > 0 && !isObj(field(n, 'participation'))) {
      add(`${path}.participation`, 'required when municipalities are listed: say whether a source lists them ("source-listed") or GR\'s general statement is the basis ("general-statement")');
    }
    arr(field(n, 'vacancies')).forEach((vacancy, j) => {
      ref(`${path}.vacancies[${j}].municipality`, field(vacancy, 'municipality'), municipalities, 'municipality');
    });
    refs(`${path}.partners`, field(n, 'partners'), organisations, 'organisation');
    refs(`${path}.contacts`, field(n, 'contacts'), people, 'person');
    refs(`${path}.linkedCommittees`, field(n, 'linkedCommittees'), committees, 'committee');
    const id = str(field(n, 'id'));
    const parent = str(field(n, 'parent'));
    if (parent && parent === id) add(`${path}.parent`, 'a network cannot be its own parent');
    else ref(`${path}.parent`, parent, networks, 'network');
    meetingIssues(path, field(n, 'meetings'), add);
  });

  // Chains of any length that loop back: parent (networks), successor and predecessor (committees).
  chainIssues('networks', networkList, 'parent', 'parent', add);
  chainIssues('committees', input.committees, 'successor', 'successor', add);
  chainIssues('committees', input.committees, 'predecessor', 'predecessor', add);

  arr(input.committees).forEach((c, i) => {
    const path = `committees[${i}]`;
    const id = str(field(c, 'id'));
    const seenTerms = new Map<string, number>();
    arr(field(c, 'terms')).forEach((t, k) => {
      const tpath = `${path}.terms[${k}]`;
      const termId = str(field(t, 'term'));
      ref(`${tpath}.term`, termId, terms, 'term', 'terms[] lists the mandate periods');
      if (termId && seenTerms.has(termId)) add(`${tpath}.term`, `term "${termId}" is listed twice (first at terms[${seenTerms.get(termId)}])`);
      else if (termId) seenTerms.set(termId, k);
      arr(field(t, 'presidium')).forEach((m, j) => {
        ref(`${tpath}.presidium[${j}].person`, field(m, 'person'), people, 'person');
        ref(`${tpath}.presidium[${j}].party`, field(m, 'party'), parties, 'party');
        ref(`${tpath}.presidium[${j}].municipality`, field(m, 'municipality'), municipalities, 'municipality');
      });
      arr(field(t, 'members')).forEach((m, j) => {
        ref(`${tpath}.members[${j}].person`, field(m, 'person'), people, 'person');
        ref(`${tpath}.members[${j}].party`, field(m, 'party'), parties, 'party');
        ref(`${tpath}.members[${j}].municipality`, field(m, 'municipality'), municipalities, 'municipality');
      });
    });
    const founded = str(field(c, 'founded'));
    const dissolved = str(field(c, 'dissolved'));
    if (founded && dissolved && parseIsoDate(founded) && parseIsoDate(dissolved) && dissolved < founded) {
      add(`${path}.dissolved`, `${dissolved} is before founded ${founded}`);
    }
    refs(`${path}.contacts`, field(c, 'contacts'), people, 'person');
    ref(`${path}.area`, field(c, 'area'), areas, 'area');
    for (const key of ['successor', 'predecessor'] as const) {
      const other = str(field(c, key));
      if (other && other === id) add(`${path}.${key}`, `a committee cannot be its own ${key}`);
      else ref(`${path}.${key}`, other, committees, 'committee');
    }
    const appointedBy = str(field(c, 'appointedBy'));
    if (appointedBy && appointedBy !== APPOINTED_BY_MUNICIPALITIES && !committees.has(appointedBy)) {
      add(`${path}.appointedBy`, `unknown appointing body "${appointedBy}" (expected a committee id or "${APPOINTED_BY_MUNICIPALITIES}")`);
    }
    meetingIssues(path, field(c, 'meetings'), add);
  });

  arr(input.terms).forEach((t, i) => {
    const from = str(field(t, 'from'));
    const until = str(field(t, 'until'));
    if (from && until && parseIsoDate(from) && parseIsoDate(until) && until < from) {
      add(`terms[${i}].until`, `${until} is before from ${from}`);
    }
  });

  const recordIds = new Map([...networks, ...committees, ...people, ...municipalities, ...organisations]);
  arr(input.openQuestions).forEach((q, i) => refs(`openQuestions[${i}].records`, field(q, 'records'), recordIds, 'record'));

  return issues;
}

function validity(path: string, record: unknown, add: (path: string, message: string) => void): void {
  const from = str(field(record, 'validFrom'));
  const until = str(field(record, 'validUntil'));
  if (from && until && parseIsoDate(from) && parseIsoDate(until) && until < from) {
    add(`${path}.validUntil`, `${until} is before validFrom ${from}`);
  }
}

type TimeValue =
  | { kind: 'date'; text: string; date: string }
  | { kind: 'date-time'; text: string; date: string; instant: number };

function timeValue(path: string, value: unknown, add: (path: string, message: string) => void): TimeValue | undefined {
  const text = str(value);
  if (!text) return undefined;
  if (parseIsoDate(text)) return { kind: 'date', text, date: text };
  const dt = parseDateTime(text);
  if (!dt) return undefined; // the schema reports the format
  const date = text.slice(0, 10);
  const offsets = stockholmOffsetsAtLocal(dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second);
  if (offsets.length === 0) {
    add(path, `${text.slice(11, 16)} on ${date} does not exist in Europe/Stockholm (clocks go forward from 02:00 to 03:00)`);
  } else if (!offsets.includes(dt.offsetMinutes) || dt.offset === 'Z') {
    add(path, `offset ${dt.offset} does not match Europe/Stockholm (${offsets.map(formatOffset).join(' or ')}) on ${date}`);
  }
  const instant =
    Date.UTC(dt.year, dt.month - 1, dt.day, dt.hour, dt.minute, dt.second, dt.millisecond) - dt.offsetMinutes * 60_000;
  return { kind: 'date-time', text, date, instant };
}

function meetingIssues(owner: string, meetings: unknown, add: (path: string, message: string) => void): void {
  const byDate = new Map<string, number>();
  arr(meetings).forEach((m, i) => {
    const path = `${owner}.meetings[${i}]`;
    const start = timeValue(`${path}.start`, field(m, 'start'), add);
    const end = timeValue(`${path}.end`, field(m, 'end'), add);
    if (start) {
      const first = byDate.get(start.date);
      if (first !== undefined) {
        add(`${path}.start`, `another meeting starts on ${start.date} (meetings[${first}]); one meeting per body and day`);
      } else byDate.set(start.date, i);
    }
    if (!start || !end) return;
    if (start.kind !== end.kind) {
      add(`${path}.end`, `must have the same form as start (${start.kind === 'date' ? 'an ISO date' : 'a date-time with offset'})`);
    } else if (start.kind === 'date-time' && end.kind === 'date-time' && end.instant <= start.instant) {
      add(`${path}.end`, `${end.text} is not after start ${start.text}`);
    } else if (start.kind === 'date' && end.text < start.text) {
      add(`${path}.end`, `${end.text} is before start ${start.text}`);
    }
  });
}

function sortIssues(issues: ValidationIssue[]): ValidationIssue[] {
  const seen = new Set<string>();
  const unique = issues.filter((issue) => {
    const key = `${issue.path}\u0000${issue.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const collator = new Intl.Collator('en', { numeric: true });
  return unique
    .map((issue, index) => ({ issue, index }))
    .sort((a, b) => collator.compare(a.issue.path, b.issue.path) || a.index - b.index)
    .map(({ issue }) => issue);
}
