import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { asOfPrecision, isOlderThan, latestAsOf, safeUrl, sourceUrls } from '@goteborgsregionen/data';
import type { Source } from '@goteborgsregionen/data';
import { formatIsoDate, formatMonthYear } from './i18n.js';
import type { Lang } from './i18n.js';
import type { SharedStrings } from './translations/sv.js';

/** What `asOfText` and `renderAsOf` need from the element. */
export interface AsOfContext {
  lang: Lang;
  /** The element's clock (its `now`). */
  now: Date;
  strings: SharedStrings;
  /** GR's website, linked when no source page is. */
  website?: string;
}

/**
 * "Uppgifter från september 2024." for the most recent of `sources`, and whether that is more than a
 * year before `now`. Used only by the elements that show dated facts (not the contact list), so the
 * others do not carry it.
 */
export function asOfText(sources: readonly Source[], c: AsOfContext): { text: string; old: boolean } | undefined {
  const asOf = latestAsOf(sources);
  if (!asOf) return undefined;
  const precision = asOfPrecision(asOf);
  const when =
    precision === 'day'
      ? (formatIsoDate(asOf, c.lang) ?? asOf)
      : precision === 'month'
        ? formatMonthYear(Number(asOf.slice(0, 4)), Number(asOf.slice(5, 7)), c.lang)
        : asOf;
  return { text: c.strings.asOf(when), old: isOlderThan(asOf, c.now) };
}

/**
 * When the shown facts are from, near them (part `as-of`). When that is more than a year before the
 * element's `now`, a polite note that they may have changed, with a link to GR's page: the most
 * recent source page, else GR's website (part `outdated`). The dataset's compile date is never shown
 * as the facts' freshness.
 */
export function renderAsOf(sources: readonly Source[], c: AsOfContext): TemplateResult | typeof nothing {
  const asOf = asOfText(sources, c);
  if (!asOf) return nothing;
  const page = asOf.old ? (sourceUrls(sources).map((u) => safeUrl(u)).find(Boolean) ?? safeUrl(c.website)) : undefined;
  return html`<p class="as-of" part="as-of">
    <span>${asOf.text}</span>${asOf.old
      ? html` <span part="outdated">${c.strings.outdated}${page ? html` <a href=${page}>${c.strings.outdatedLink}</a>` : nothing}</span>`
      : nothing}
  </p>`;
}
