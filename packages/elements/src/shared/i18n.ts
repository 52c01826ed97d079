import { swedishCollator } from '@goteborgsregionen/data';
import type { WallClock } from '@goteborgsregionen/data';
import { sv } from './translations/sv.js';
import type { SharedStrings } from './translations/sv.js';
import { Bilingual } from './bilingual.js';

export type Lang = 'sv' | 'en';

/** "en…" → English; anything else → Swedish (the default). */
export const langOf = (value: string): Lang => (/^en\b/i.test(value) ? 'en' : 'sv');

/**
 * The language of the nearest `lang` attribute of `el` (a browser element), looking through shadow
 * roots to their hosts. Swedish when none says otherwise. Elements ask their LanguageController.
 */
export function resolveLang(el: Element): Lang {
  // Duck typing, not `instanceof Element`/`ShadowRoot`: a server render (Lit's DOM shim) has no such classes.
  // There the element's own `lang` attribute (set from the render's language option) decides.
  let node: Node | null = el;
  while (node) {
    const lang = typeof (node as Element).getAttribute === 'function' ? (node as Element).getAttribute('lang') : null;
    if (lang) return langOf(lang);
    node = node.nodeType === 11 && 'host' in node ? (node as ShadowRoot).host : (node.parentNode ?? null);
  }
  return 'sv';
}

/** Strings every element uses (errors, contacts, "cirka"); English is loaded on demand (bilingual.ts). */
export const sharedStrings = new Bilingual<SharedStrings>(sv, () => import('./translations/en.js'));

/** BCP 47 locale for Intl: Swedish, or British English (day month year, 24-hour clock). */
export const locale = (lang: Lang): string => (lang === 'en' ? 'en-GB' : 'sv-SE');

interface Formatters {
  date: Intl.DateTimeFormat;
  dateWithWeekday: Intl.DateTimeFormat;
  weekday: Intl.DateTimeFormat;
  monthYear: Intl.DateTimeFormat;
  month: Intl.DateTimeFormat;
  dayMonth: Intl.DateTimeFormat;
  collator: Intl.Collator;
  plural: Intl.PluralRules;
  number: Intl.NumberFormat;
  list: Intl.ListFormat;
}

const cache = new Map<Lang, Formatters>();

/**
 * Intl objects for a language, created once and reused: creating them per render costs
 * more than the render itself. Dates are formatted from wall-clock parts in UTC, so the
 * visitor's time zone never shifts a Stockholm date.
 */
export function formatters(lang: Lang): Formatters {
  let f = cache.get(lang);
  if (!f) {
    const loc = locale(lang);
    const tz = { timeZone: 'UTC' } as const;
    f = {
      date: new Intl.DateTimeFormat(loc, { ...tz, day: 'numeric', month: 'long', year: 'numeric' }),
      dateWithWeekday: new Intl.DateTimeFormat(loc, { ...tz, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }),
      weekday: new Intl.DateTimeFormat(loc, { ...tz, weekday: 'long' }),
      monthYear: new Intl.DateTimeFormat(loc, { ...tz, month: 'long', year: 'numeric' }),
      month: new Intl.DateTimeFormat(loc, { ...tz, month: 'long' }),
      dayMonth: new Intl.DateTimeFormat(loc, { ...tz, day: 'numeric', month: 'long' }),
      // Names in the data are Swedish: sort them the Swedish way (å, ä, ö after z) in both languages.
      collator: swedishCollator(),
      plural: new Intl.PluralRules(loc),
      number: new Intl.NumberFormat(loc),
      list: new Intl.ListFormat(loc, { style: 'long', type: 'conjunction' }),
    };
    cache.set(lang, f);
  }
  return f;
}

const utc = (w: Pick<WallClock, 'year' | 'month' | 'day'>) => new Date(Date.UTC(w.year, w.month - 1, w.day));

/** "20 januari 2021" / "20 January 2021". */
export const formatDate = (w: Pick<WallClock, 'year' | 'month' | 'day'>, lang: Lang): string => formatters(lang).date.format(utc(w));

/** "onsdag 20 januari 2021" / "Wednesday 20 January 2021". */
export function formatDateWithWeekday(w: Pick<WallClock, 'year' | 'month' | 'day'>, lang: Lang): string {
  return formatters(lang).dateWithWeekday.format(utc(w)).replace(/^(\p{L}+),? /u, '$1 ');
}

/** "januari 2021" / "January 2021". */
export const formatMonthYear = (year: number, month: number, lang: Lang): string =>
  formatters(lang).monthYear.format(new Date(Date.UTC(year, month - 1, 1)));

/** ISO date "2021-01-20" → "20 januari 2021"; undefined for anything else. */
export function formatIsoDate(iso: string, lang: Lang): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return undefined;
  return formatDate({ year: +m[1]!, month: +m[2]!, day: +m[3]! }, lang);
}

/** "9.00" (sv, Svenska skrivregler) / "9:00" (en). */
export function formatClock(hour: number, minute: number, lang: Lang): string {
  return `${hour}${lang === 'en' ? ':' : '.'}${String(minute).padStart(2, '0')}`;
}

/**
 * A meeting's time of day: "kl. 9.00–12.00" (en dash, no spaces) / "9:00–12:00".
 * Empty for date-only meetings.
 */
export function formatTimeRange(start: Partial<WallClock> & Pick<WallClock, 'year' | 'month' | 'day'>, end: (Partial<WallClock> & Pick<WallClock, 'year' | 'month' | 'day'>) | undefined, lang: Lang): string {
  if (start.hour === undefined || start.minute === undefined) return '';
  const from = formatClock(start.hour, start.minute, lang);
  const sameDay = end && end.year === start.year && end.month === start.month && end.day === start.day;
  const to = end && sameDay && end.hour !== undefined && end.minute !== undefined ? formatClock(end.hour, end.minute, lang) : '';
  const range = to ? `${from}–${to}` : from;
  return lang === 'sv' ? `kl. ${range}` : range;
}

/** Plural-aware count: plural(3, {one: 'nätverk', other: 'nätverk'}) → "3 nätverk". */
export function plural(n: number, forms: { one: string; other: string }, lang: Lang): string {
  const f = formatters(lang);
  const rule = f.plural.select(n);
  return `${f.number.format(n)} ${rule === 'one' ? forms.one : forms.other}`;
}

/** How often something meets: "cirka 6–8" / "about 6–8", "10" (the number part of "möten per år"). */
export function meetingFrequency(freq: { min: number; max: number; approximate?: boolean }, lang: Lang): string {
  const n = formatters(lang).number;
  const range = freq.min === freq.max ? n.format(freq.min) : `${n.format(freq.min)}–${n.format(freq.max)}`;
  return freq.approximate ? `${sharedStrings.get(lang).approximately} ${range}` : range;
}
