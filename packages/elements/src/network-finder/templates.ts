/** The network finder's templates: pure functions of what they are given (no element state). */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { networkKindLabels } from '@goteborgsregionen/data';
import type { Network } from '@goteborgsregionen/data';
import { checkedState } from '../shared/checked.js';
import { renderContacts } from '../shared/contact.js';
import type { ContactContext } from '../shared/contact.js';
import { heading } from '../shared/heading.js';
import { formatters, meetingFrequency } from '../shared/i18n.js';
import type { Lang } from '../shared/i18n.js';
import type { SharedStrings } from '../shared/translations/sv.js';
import { segments } from './finder-index.js';
import type { FinderIndex, FinderResult, Hit } from './finder-index.js';
import type { NetworkFinderStrings } from './translations/sv.js';

/** What every result of one render shares (looked up once per render, not per result). */
export interface ResultContext {
  t: NetworkFinderStrings;
  s: SharedStrings;
  lang: Lang;
  f: ReturnType<typeof formatters>;
  level: number;
  index: FinderIndex;
  contacts: ContactContext;
  /** "Uppgifter från 2024." (and that they may have changed, when more than a year old), or ''. */
  asOf: (n: Network) => string;
}

/** Swedish text marked as Swedish when the surrounding language is English. */
export function svText(text: unknown, lang: Lang): TemplateResult {
  return lang === 'en' ? html`<span lang="sv">${text}</span>` : html`${text}`;
}

/** "Ale, Alingsås och Göteborg", each name marked lang="sv" in English. */
export function nameList(names: readonly string[], lang: Lang, index?: FinderIndex): TemplateResult {
  const parts = index ? index.listParts(names, lang) : formatters(lang).list.formatToParts(names);
  return html`${parts.map((p) => (p.type === 'element' ? svText(p.value, lang) : p.value))}`;
}

function renderCount(n: number, t: NetworkFinderStrings, lang: Lang): TemplateResult {
  const f = formatters(lang);
  const word = f.plural.select(n) === 'one' ? t.networks.one : t.networks.other;
  return html`<span class="option-count">(${f.number.format(n)}<span class="visually-hidden"> ${word}</span>)</span>`;
}

export interface FilterControls {
  municipalities: ReadonlySet<string>;
  areas: ReadonlySet<string>;
  open: boolean;
  onToggle: (e: Event) => void;
  onChange: (kind: 'municipality' | 'area', id: string, on: boolean) => void;
  onClear: () => void;
}

/** One group of filter checkboxes (municipalities or subject areas): what differs between the two. */
interface FilterGroup<T extends { id: string }> {
  /** The checkboxes' `name` (and the kind of choice `onChange` reports). */
  name: 'municipality' | 'area';
  legend: string;
  /** Class of the list of options. */
  listClass: string;
  /** The records to choose from, in the order shown. */
  items: readonly T[];
  /** An option's text (marked lang="sv" where it is Swedish in an English finder). */
  label: (item: T) => unknown;
  /** For each id: how many networks choosing it gives, with the other group's choices and the query. */
  counts: ReadonlyMap<string, number>;
  chosen: ReadonlySet<string>;
}

/** A fieldset of checkboxes, each with its live count; an option that gives nothing (and is not chosen) is dimmed. */
function renderFilterGroup<T extends { id: string }>(
  group: FilterGroup<T>,
  c: ResultContext,
  onChange: FilterControls['onChange'],
): TemplateResult {
  const { t, lang } = c;
  const { name, chosen } = group;
  return html`<fieldset part="filter-group" class="filter-group">
        <legend>${group.legend}</legend>
        <ul class=${group.listClass} role="list">
          ${group.items.map((x) => {
            const n = group.counts.get(x.id) ?? 0;
            return html`<li>
              <label part="filter-option" class=${n === 0 && !chosen.has(x.id) ? 'option option--zero' : 'option'}>
                <input
                  type="checkbox"
                  name=${name}
                  value=${x.id}
                  ?checked=${chosen.has(x.id)}
                  ${checkedState(chosen.has(x.id))}
                  @change=${(e: Event) => onChange(name, x.id, (e.target as HTMLInputElement).checked)}
                />
                <span class="option-text">${group.label(x)} ${renderCount(n, t, lang)}</span>
              </label>
            </li>`;
          })}
        </ul>
      </fieldset>`;
}

/** The filter disclosure: municipality and subject-area checkboxes with live counts, and "Rensa filter". */
export function renderFilters(result: FinderResult, c: ResultContext, controls: FilterControls): TemplateResult {
  const { t, lang, index } = c;
  const chosen = controls.municipalities.size + controls.areas.size;
  const municipalities = renderFilterGroup(
    {
      name: 'municipality',
      legend: t.municipalityLegend,
      listClass: 'options',
      items: index.municipalitiesSorted,
      label: (x) => svText(x.name, lang),
      counts: result.municipalityCounts,
      chosen: controls.municipalities,
    },
    c,
    controls.onChange,
  );
  const areas = renderFilterGroup(
    {
      name: 'area',
      legend: t.areaLegend,
      listClass: 'options options--wide',
      items: index.data.areas,
      label: (x) => (lang === 'en' ? x.name.en || svText(x.name.sv, lang) : x.name.sv),
      counts: result.areaCounts,
      chosen: controls.areas,
    },
    c,
    controls.onChange,
  );
  // Subject areas are checkboxes too (OR), not radios: people who work across two areas can see both at once,
  // both groups behave alike, every option keeps a live count, and "no choice" needs no extra "Alla" radio.
  // Each network has exactly one area, so OR never empties the list.
  return html`<details part="filters" class="filters no-print" ?open=${controls.open} @toggle=${controls.onToggle}>
    <summary part="filters-summary">${chosen > 0 ? t.filtersSelected(chosen) : t.filters}</summary>
    <div class="filter-groups">
      ${municipalities}
      ${areas}
    </div>
    <button type="button" part="clear" class="clear" @click=${controls.onClear}>${t.clearFilters}</button>
  </details>`;
}

/** The search and the chosen filters as a sentence: for print, and when the controls are hidden. */
export function renderActiveFilters(
  state: { q: string; municipalities: readonly string[]; areas: readonly string[]; withoutFilters: boolean },
  c: Pick<ResultContext, 't' | 'lang' | 'index'>,
): TemplateResult | typeof nothing {
  const { t, lang, index } = c;
  const q = state.q.trim();
  if (!q && state.municipalities.length === 0 && state.areas.length === 0) return nothing;
  const chosen = new Set(state.municipalities);
  const mNames = index.municipalitiesSorted.filter((m) => chosen.has(m.id)).map((m) => m.name);
  const aNames = state.areas.map((id) => {
    const area = index.areas.get(id);
    return area ? (lang === 'en' ? area.name.en ?? area.name.sv : area.name.sv) : id;
  });
  return html`<p part="active-filters" class=${state.withoutFilters ? 'active-filters' : 'active-filters print-only no-js'}>
    ${q ? html`<span>${t.activeQuery(q)}</span>` : nothing}
    ${mNames.length ? html`<span>${t.activeMunicipalities} ${nameList(mNames, lang)}.</span>` : nothing}
    ${aNames.length ? html`<span>${t.activeAreas} ${formatters(lang).list.format(aNames)}.</span>` : nothing}
  </p>`;
}

function renderName(hit: Hit, lang: Lang): TemplateResult {
  const name = hit.network.name;
  const content =
    hit.matches.length === 0
      ? name
      : html`${segments(name, hit.matches).map((p) => (p.mark ? html`<mark>${p.text}</mark>` : p.text))}`;
  return svText(content, lang);
}

/** One network. Everything looked up is in its view (once per dataset); this is only the template. */
export function renderResult(hit: Hit, c: ResultContext): TemplateResult {
  const { t, lang, f, level } = c;
  const n: Network = hit.network;
  const view = c.index.view(n);
  const area = view.area;
  const areaName = area ? (lang === 'en' ? area.en ?? area.sv : area.sv) : undefined;
  const description = n.description ? (lang === 'en' ? n.description.en : n.description.sv) : undefined;
  const descriptionSv = !description && n.description ? n.description.sv : undefined;
  const freq = n.meetingsPerYear;
  const asOf = c.asOf(n);
  return html`<li part="result" class="result">
    <article>
      ${heading(level, renderName(hit, lang), 'result-name')}
      ${description
        ? html`<p part="result-description" class="description">${description}</p>`
        : descriptionSv
          ? html`<p part="result-description" class="description" lang="sv">${descriptionSv}</p>`
          : nothing}
      <dl part="result-details" class="details">
        ${areaName
          ? html`<div><dt>${t.area}</dt><dd>${lang === 'en' && !area?.en ? svText(areaName, lang) : areaName}</dd></div>`
          : nothing}
        <div><dt>${t.kind}</dt><dd>${networkKindLabels[n.kind]?.[lang] ?? n.kind}</dd></div>
        ${freq
          ? html`<div>
              <dt>${t.meetings}</dt>
              <dd>
                ${t.meetingsPerYear(
                  meetingFrequency(freq, lang),
                  f.plural.select(freq.max) === 'one' ? c.s.meetingForms.one : c.s.meetingForms.other,
                )}
              </dd>
            </div>`
          : nothing}
        ${view.members.length > 0
          ? html`<div>
              <dt>${t.municipalities}</dt>
              <dd>
                ${view.allMembers ? t.allMunicipalities(c.index.municipalitiesSorted.length) : nameList(view.members, lang, c.index)}
                <span part="result-basis" class="basis"
                  >${n.participation?.basis === 'source-listed' ? t.participantsListed : t.participantsGeneral}</span
                >
              </dd>
            </div>`
          : nothing}
        ${view.vacancies.length > 0
          ? html`<div><dt>${t.vacancies}</dt><dd>${nameList(view.vacancies, lang, c.index)}</dd></div>`
          : nothing}
        ${n.status?.state === 'paused' ? html`<div><dt>${t.status}</dt><dd part="result-status">${t.paused}</dd></div>` : nothing}
        ${view.parentName ? html`<div><dt>${t.parent}</dt><dd>${svText(view.parentName, lang)}</dd></div>` : nothing}
        ${view.partners.length > 0
          ? html`<div><dt>${t.partners}</dt><dd>${nameList(view.partners, lang, c.index)}</dd></div>`
          : nothing}
        ${view.contacts.length > 0
          ? html`<div class="details-contacts">
              <dt>${t.contacts}</dt>
              <dd>${renderContacts(view.contacts, c.contacts)}</dd>
            </div>`
          : nothing}
      </dl>
      ${view.page || asOf
        ? html`<p class="result-link">
            ${view.page
              ? html`<a part="result-link" href=${view.page}
                  >${t.readMore} ${svText(n.name, lang)}${view.host ? ` ${t.onSite(view.host)}` : ''}</a
                >`
              : nothing}
            <span part="result-as-of" class="as-of">${asOf}</span>
          </p>`
        : nothing}
    </article>
  </li>`;
}

/** The button that shows the next page, and for print a note that the list is not complete. */
export function renderMore(total: number, shown: number, c: ResultContext, onMore: () => void): TemplateResult | typeof nothing {
  if (shown >= total) return nothing;
  const { t, f } = c;
  return html`<p class="more no-print js-only">
      <button type="button" part="more" @click=${onMore}>${t.showMore(f.number.format(total - shown))}</button>
    </p>
    <p part="shown-note" class="shown-note print-only no-js">${t.shownOf(f.number.format(shown), f.number.format(total))}</p>`;
}

/** No networks: say so, suggest what to try, offer to clear everything. */
export function renderEmpty(t: NetworkFinderStrings, onClearAll: () => void): TemplateResult {
  return html`<div part="empty" class="empty">
    <p class="empty-title">${t.noResults}</p>
    <p class="muted">${t.noResultsHint}</p>
    <button type="button" part="empty-clear" class="no-print js-only" @click=${onClearAll}>${t.clearAll}</button>
  </div>`;
}

/** The notice about unknown ids in the `municipality` and `area` attributes. */
export function renderUnknownIds(notes: readonly string[], s: SharedStrings): TemplateResult | typeof nothing {
  if (notes.length === 0) return nothing;
  return html`<div class="notice notice--error" part="notice" role="status">
    ${notes.map((n) => html`<p>${n}</p>`)}
    <p>${s.validIdsHint}</p>
  </div>`;
}
