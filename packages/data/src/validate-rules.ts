/**
 * Plausibility rules of `parseDataset` beyond shape and references: text that hides characters or is
 * unreasonably long, dates outside a plausible range, meetings that last for days, a compile date in
 * the future, facts dated after the compile date, URLs with credentials, and chains (successor,
 * predecessor, parent) that loop back on themselves. Each rule names the place it found a problem.
 * Written defensively: the input may be any shape at all.
 */
import { asOfEnd, isAsOf } from './as-of.js';
import { parseDateTime, parseIsoDate } from './time.js';

type Add = (path: string, message: string) => void;
type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);
const arr = (x: unknown): unknown[] => (Array.isArray(x) ? x : []);
const str = (x: unknown): string | undefined => (typeof x === 'string' && x.length > 0 ? x : undefined);

/** Years a date in the dataset may have. Earlier or later is a typo ("9999", "2102", "1024"). */
export const PLAUSIBLE_YEARS = { min: 1900, max: 2100 } as const;
/** Years a meeting, a term, a source's as-of date or the compile date may have. */
export const PLAUSIBLE_RECENT_YEARS = { min: 1990, max: 2100 } as const;
/** The longest plausible meeting: three days (a date-only meeting: three calendar days). */
export const MAX_MEETING_DAYS = 3;

/**
 * The longest text per field, in characters. Anything longer is a paste error or an attack on the
 * pages that show it. Fields not listed get `default`.
 */
export const MAX_TEXT_LENGTH = {
  id: 100,
  name: 200,
  description: 5000,
  question: 2000,
  url: 2048,
  default: 1000,
} as const;

/** Characters that are invisible or reorder text: controls, zero-width and bidirectional marks, BOM. */
// eslint-disable-next-line no-control-regex, no-misleading-character-class -- listing these characters is the point
const INVISIBLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u00ad\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\u3164\ufeff\uffa0\ufff9-\ufffb]/u;

const CHARACTER_NAMES: Record<number, string> = {
  0x00ad: 'SOFT HYPHEN',
  0x061c: 'ARABIC LETTER MARK',
  0x200b: 'ZERO WIDTH SPACE',
  0x200c: 'ZERO WIDTH NON-JOINER',
  0x200d: 'ZERO WIDTH JOINER',
  0x200e: 'LEFT-TO-RIGHT MARK',
  0x200f: 'RIGHT-TO-LEFT MARK',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2060: 'WORD JOINER',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
  0xfeff: 'ZERO WIDTH NO-BREAK SPACE (BOM)',
};

/** "U+202E RIGHT-TO-LEFT OVERRIDE" */
function describeCharacter(ch: string): string {
  const code = ch.codePointAt(0) ?? 0;
  const hex = code.toString(16).toUpperCase().padStart(4, '0');
  const name = CHARACTER_NAMES[code] ?? (code < 0x20 || (code >= 0x7f && code <= 0x9f) ? 'control character' : 'invisible character');
  return `U+${hex} ${name}`;
}

/** Whether a string holds an invisible or text-reordering character (newlines and tabs are allowed). */
export function hasInvisibleCharacter(value: string): boolean {
  return INVISIBLE.test(value);
}

/** The length limit for the string at `key` (the last object key on its path). */
function limitFor(key: string, parentKey: string): number {
  if (key === 'id' || key === 'person' || key === 'party' || key === 'municipality' || key === 'term') return MAX_TEXT_LENGTH.id;
  if (key === 'url' || key === 'website') return MAX_TEXT_LENGTH.url;
  const field = key === 'sv' || key === 'en' ? parentKey : key;
  if (field === 'description') return MAX_TEXT_LENGTH.description;
  if (field === 'question') return MAX_TEXT_LENGTH.question;
  if (field === 'name' || field === 'officialName' || field === 'legalName' || field === 'shortName' || field === 'givenName' || field === 'familyName' || field === 'formerNames' || field === 'title') {
    return MAX_TEXT_LENGTH.name;
  }
  return MAX_TEXT_LENGTH.default;
}

/** Every string of the input: no invisible characters, no unreasonable length. */
export function textIssues(input: unknown, add: Add): void {
  const walk = (value: unknown, path: string, key: string, parentKey: string): void => {
    if (typeof value === 'string') {
      const hidden = INVISIBLE.exec(value);
      if (hidden) {
        add(path, `contains an invisible character (${describeCharacter(hidden[0])}) at position ${hidden.index + 1}; remove it`);
      }
      const limit = limitFor(key, parentKey);
      if (value.length > limit) add(path, `is ${value.length} characters long; at most ${limit} are allowed here`);
      return;
    }
    if (Array.isArray(value)) {
      value.forEach((item, i) => walk(item, `${path}[${i}]`, key, parentKey));
      return;
    }
    if (isObj(value)) {
      for (const [k, v] of Object.entries(value)) {
        const keyPath = /^[A-Za-z_$][\w$-]*$/.test(k) ? (path ? `${path}.${k}` : k) : `${path}[${JSON.stringify(k)}]`;
        if (hasInvisibleCharacter(k)) add(keyPath, `the field name contains an invisible character (${describeCharacter(INVISIBLE.exec(k)?.[0] ?? '')})`);
        walk(v, keyPath, k, key);
      }
    }
  };
  walk(input, '', '', '');
}

/** A year outside the plausible range, for a date or date-time string. */
function yearOf(value: string): number | undefined {
  const date = parseIsoDate(value.slice(0, 10));
  return date?.year;
}

function checkYear(path: string, value: unknown, range: { min: number; max: number }, add: Add): void {
  const text = str(value);
  if (!text) return;
  const year = isAsOf(text) ? Number(text.slice(0, 4)) : yearOf(text);
  if (year === undefined) return; // the schema reports the format
  if (year < range.min || year > range.max) {
    add(path, `the year ${year} is implausible (expected ${range.min}–${range.max}); check for a typo`);
  }
}

/** Days (fractional) from a meeting's start to its end. */
function meetingDays(start: string, end: string): number | undefined {
  const s = parseDateTime(start);
  const e = parseDateTime(end);
  if (s && e) {
    const instant = (d: NonNullable<ReturnType<typeof parseDateTime>>) =>
      Date.UTC(d.year, d.month - 1, d.day, d.hour, d.minute, d.second, d.millisecond) - d.offsetMinutes * 60_000;
    return (instant(e) - instant(s)) / 86_400_000;
  }
  const sd = parseIsoDate(start);
  const ed = parseIsoDate(end);
  if (sd && ed) {
    // Date-only: the end day is inclusive.
    return (Date.UTC(ed.year, ed.month - 1, ed.day) - Date.UTC(sd.year, sd.month - 1, sd.day)) / 86_400_000 + 1;
  }
  return undefined;
}

/** Plausible years everywhere, meetings of at most three days, facts not dated after the compile date. */
export function dateIssues(input: unknown, add: Add): void {
  if (!isObj(input)) return;
  checkYear('lastUpdated', input.lastUpdated, PLAUSIBLE_RECENT_YEARS, add);
  const lastUpdated = str(input.lastUpdated);
  const compiled = lastUpdated && parseIsoDate(lastUpdated) ? lastUpdated : undefined;

  const meetings = (owner: string, list: unknown) =>
    arr(list).forEach((m, i) => {
      const path = `${owner}.meetings[${i}]`;
      checkYear(`${path}.start`, isObj(m) ? m.start : undefined, PLAUSIBLE_RECENT_YEARS, add);
      checkYear(`${path}.end`, isObj(m) ? m.end : undefined, PLAUSIBLE_RECENT_YEARS, add);
      const start = str(isObj(m) ? m.start : undefined);
      const end = str(isObj(m) ? m.end : undefined);
      if (!start || !end) return;
      const days = meetingDays(start, end);
      if (days !== undefined && days > MAX_MEETING_DAYS) {
        const shown = Number.isInteger(days) ? `${days}` : `about ${Math.max(MAX_MEETING_DAYS + 1, Math.round(days))}`;
        add(`${path}.end`, `the meeting would last ${shown} days; more than ${MAX_MEETING_DAYS} is implausible (check the end)`);
      }
    });
  arr(input.committees).forEach((c, i) => {
    const path = `committees[${i}]`;
    if (!isObj(c)) return;
    checkYear(`${path}.founded`, c.founded, PLAUSIBLE_YEARS, add);
    checkYear(`${path}.dissolved`, c.dissolved, PLAUSIBLE_YEARS, add);
    meetings(path, c.meetings);
  });
  arr(input.networks).forEach((n, i) => {
    const path = `networks[${i}]`;
    if (!isObj(n)) return;
    checkYear(`${path}.startDate`, n.startDate, PLAUSIBLE_YEARS, add);
    meetings(path, n.meetings);
  });
  arr(input.terms).forEach((t, i) => {
    if (!isObj(t)) return;
    checkYear(`terms[${i}].from`, t.from, PLAUSIBLE_RECENT_YEARS, add);
    checkYear(`terms[${i}].until`, t.until, PLAUSIBLE_RECENT_YEARS, add);
  });
  arr(input.people).forEach((p, i) => {
    if (!isObj(p)) return;
    checkYear(`people[${i}].validFrom`, p.validFrom, PLAUSIBLE_YEARS, add);
    checkYear(`people[${i}].validUntil`, p.validUntil, PLAUSIBLE_YEARS, add);
  });
  arr(input.municipalities).forEach((m, i) => {
    if (isObj(m) && isObj(m.population)) checkYear(`municipalities[${i}].population.date`, m.population.date, PLAUSIBLE_YEARS, add);
  });

  // Every source's as-of date: plausible, and not after the compile date.
  const sources = (value: unknown, path: string): void => {
    if (Array.isArray(value)) value.forEach((v, i) => sources(v, `${path}[${i}]`));
    else if (isObj(value)) {
      for (const [k, v] of Object.entries(value)) {
        const p = path ? `${path}.${k}` : k;
        if (k === 'sources') {
          arr(v).forEach((s, j) => {
            const asOf = str(isObj(s) ? s.asOf : undefined);
            if (!asOf || !isAsOf(asOf)) return;
            checkYear(`${p}[${j}].asOf`, asOf, PLAUSIBLE_RECENT_YEARS, add);
            const start = asOf.length === 4 ? `${asOf}-01-01` : asOf.length === 7 ? `${asOf}-01` : asOf;
            if (compiled && start > compiled && (asOfEnd(asOf) ?? '') > compiled) {
              add(`${p}[${j}].asOf`, `${asOf} is after the dataset's compile date ${compiled}: facts cannot be from the future`);
            }
          });
        } else sources(v, p);
      }
    }
  };
  sources(input, '');
}

/** `lastUpdated` is not after today (Europe/Stockholm) at `today`. */
export function compileDateIssues(input: unknown, today: string | undefined, add: Add): void {
  if (!isObj(input) || !today) return;
  const lastUpdated = str(input.lastUpdated);
  if (lastUpdated && parseIsoDate(lastUpdated) && lastUpdated > today) {
    add('lastUpdated', `${lastUpdated} is in the future (today is ${today}); it is the date the dataset was compiled`);
  }
}

/**
 * Chains that loop: each record's `key` (successor, predecessor, parent) followed until it ends or
 * comes back. Every record on a loop gets one issue naming the whole loop.
 */
export function chainIssues(collection: string, list: unknown, key: string, what: string, add: Add): void {
  const next = new Map<string, string>();
  const index = new Map<string, number>();
  arr(list).forEach((item, i) => {
    const id = str(isObj(item) ? item.id : undefined);
    const to = str(isObj(item) ? item[key] : undefined);
    if (id && !index.has(id)) index.set(id, i);
    if (id && to && to !== id && !next.has(id)) next.set(id, to);
  });
  for (const [id, i] of index) {
    if (!next.has(id)) continue;
    const chain = [id];
    let cur = next.get(id);
    while (cur !== undefined && !chain.includes(cur)) {
      chain.push(cur);
      cur = next.get(cur);
    }
    if (cur === id) add(`${collection}[${i}].${key}`, `${what} chain forms a cycle (${[...chain, id].join(' → ')})`);
  }
}
