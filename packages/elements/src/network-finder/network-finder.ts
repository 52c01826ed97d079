import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { networkKindLabels } from '@goteborgsregionen/data';
import type { Network } from '@goteborgsregionen/data';
import { GrElement } from '../shared/base-element.js';
import { sharedStyles } from '../shared/styles.js';
import { contactStyles } from '../shared/contact.styles.js';
import { renderContacts } from '../shared/contact.js';
import { checkedState } from '../shared/checked.js';
import type { ContactContext } from '../shared/contact.js';
import { heading, headingLevel } from '../shared/heading.js';
import { formatters, plural } from '../shared/i18n.js';
import type { Lang } from '../shared/i18n.js';
import { networkFinderStyles } from './network-finder.styles.js';
import { FinderIndex, segments } from './finder-index.js';
import type { FinderResult, Hit } from './finder-index.js';
import { GrSearchEvent } from './search-event.js';
import { search } from '../shared/lazy.js';
import { sv } from './translations/sv.js';
import type { NetworkFinderStrings } from './translations/sv.js';
import { en } from './translations/en.js';

export { GrSearchEvent } from './search-event.js';
export type { GrSearchDetail } from './search-event.js';

/** Splits a space- or comma-separated attribute into unique ids. */
function splitIds(value: string | null | undefined): string[] {
  return [...new Set((value ?? '').split(/[\s,]+/).filter(Boolean))];
}

/** Width (CSS px) from which the filters start open; narrower hosts start with them folded. */
const WIDE = 640;

/** Results rendered at first, and added by each press of "Visa fler nätverk". */
const PAGE_SIZE = 50;

/**
 * Runs `task` when the browser is idle (requestIdleCallback, else a short timeout); returns a cancel
 * function. Does nothing without a window (server-side rendering).
 */
function whenIdle(task: () => void): () => void {
  if (typeof window === 'undefined') return () => {};
  if (typeof window.requestIdleCallback === 'function') {
    // The timeout makes sure a busy page still gets the work done before the visitor is likely to type.
    const id = window.requestIdleCallback(() => task(), { timeout: 2000 });
    return () => window.cancelIdleCallback(id);
  }
  const id = setTimeout(task, 50);
  return () => clearTimeout(id);
}

/** What every result of one render shares (looked up once per render, not per result). */
interface ResultContext {
  t: NetworkFinderStrings;
  lang: Lang;
  f: ReturnType<typeof formatters>;
  level: number;
  index: FinderIndex;
  contacts: ContactContext;
  /** "Uppgifter från 2024." (and that they may have changed, when more than a year old), or ''. */
  asOf: (n: Network) => string;
}

/**
 * GR's networks, searchable and filterable by municipality and subject area.
 *
 * Embed "our networks" with one tag: `<gr-network-finder municipality="lilla-edet"></gr-network-finder>`.
 *
 * Long result lists are shown 50 at a time: the count and the announcement give the total, and a
 * "Visa fler nätverk (N till)" button after the list adds 50 more and moves focus to the first network
 * it adds. A new search or filter starts again from the first 50. Print shows the networks shown on
 * screen, with a note such as "50 av 120 nätverk visas." instead of the button.
 *
 * @tagname gr-network-finder
 * @summary Search and filter GR's professional networks, with live counts and contacts.
 *
 * @fires gr-search - The visitor's search or filters changed the results. `detail`: `{query, municipalities, areas, count}`.
 * @fires gr-data-load - A dataset from `src` or `dataset` was validated and is shown.
 * @fires gr-data-error - `src` or `dataset` could not be used; the bundled data is shown with a notice.
 *
 * @csspart heading - The finder's heading.
 * @csspart search - The search form.
 * @csspart search-label - The search field's label.
 * @csspart search-hint - The hint below the label.
 * @csspart search-input - The search field.
 * @csspart search-button - The search button.
 * @csspart filters - The filter disclosure (a `<details>`).
 * @csspart filters-summary - The filter disclosure's summary ("Filter (2 valda)").
 * @csspart filter-group - A group of filter options (a `<fieldset>`).
 * @csspart filter-option - One filter option (a `<label>` with a checkbox and its count).
 * @csspart clear - The "Rensa filter" button.
 * @csspart active-filters - The chosen search and filters as text (shown in print and with `without-filters`).
 * @csspart count - The visible number of results.
 * @csspart results - The list of networks (the first 50 of them, then 50 more for each "show more").
 * @csspart result - One network (a list item).
 * @csspart result-name - A network's name (a heading).
 * @csspart result-description - A network's description.
 * @csspart result-details - A network's facts (a description list).
 * @csspart result-link - The link to the network's page on GR's site.
 * @csspart more - The "Visa fler nätverk (N till)" button after the list, when not every result is shown.
 * @csspart shown-note - The print-only note "50 av 120 nätverk visas." when not every result is shown.
 * @csspart search-elsewhere - Without JavaScript (in pre-rendered HTML): the link on to GR's own network search.
 * @csspart empty - The "no networks found" state.
 * @csspart empty-clear - The button in the empty state that clears search and filters.
 * @csspart notice - A notice about unknown ids in the attributes.
 * @csspart contacts - A network's list of contacts.
 * @csspart contact - One contact card.
 * @csspart contact-name - A contact's name (a heading).
 * @csspart contact-title - Title and department.
 * @csspart contact-phone - The phone link.
 * @csspart contact-email - The e-mail link.
 * @csspart contact-vcard - The vCard download link.
 * @csspart loading - The loading notice.
 * @csspart error - An error notice.
 * @csspart updated - The "Uppdaterad" line.
 *
 * @cssprop [--gr-color-text=#1b1b1b] - Text colour.
 * @cssprop [--gr-color-muted=#4a5560] - Secondary text colour.
 * @cssprop [--gr-color-accent=#00558c] - Links, buttons and checkboxes.
 * @cssprop [--gr-color-accent-contrast=#ffffff] - Text on the accent colour (the search button).
 * @cssprop [--gr-color-surface=#ffffff] - Card and field background.
 * @cssprop [--gr-color-surface-alt=#f1f4f7] - Filter panel background.
 * @cssprop [--gr-color-border=#c5ccd3] - Borders.
 * @cssprop [--gr-color-focus=#b3127c] - Focus outline.
 * @cssprop [--gr-color-danger=#b00020] - Error notices.
 * @cssprop [--gr-color-mark=#fff2a8] - Highlighted search matches.
 * @cssprop [--gr-font-family=inherit] - Font family.
 * @cssprop [--gr-font-size=max(1em, 16px)] - Base font size.
 * @cssprop [--gr-radius=0.25em] - Corner radius.
 * @cssprop [--gr-space=1em] - Base spacing.
 */
export class GrNetworkFinder extends GrElement {
  static override styles = [sharedStyles, contactStyles, networkFinderStyles];

  /** Preset municipality filter: space-separated municipality ids, e.g. "lilla-edet" or "ale lerum" (OR). */
  @property({ reflect: true }) municipality?: string;

  /** Preset subject-area filter: space-separated area ids, e.g. "utbildning" (OR). */
  @property({ reflect: true }) area?: string;

  /** Preset search text. A municipality name in quotes ("Lilla Edet") finds the networks it belongs to. */
  @property() query?: string;

  /** Heading text above the finder; set to an empty string to hide it. */
  @property() heading?: string;

  /** Level of the finder's heading (2–6); each network's name is one level below. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** Hide the filter controls (presets still apply and are shown as text), e.g. for "our networks". */
  @property({ attribute: 'without-filters', type: Boolean, reflect: true }) withoutFilters = false;

  /** Keep the search and filters in the page address (namespaced parameters), so it can be shared and bookmarked. */
  @property({ attribute: 'sync-url', type: Boolean }) syncUrl = false;

  /** Prefix of the address parameters written with `sync-url`: `grn-q`, `grn-kommun`, `grn-omrade`. */
  @property({ attribute: 'url-prefix' }) urlPrefix = 'grn-';

  /** Milliseconds to wait after the last keystroke before searching. */
  @property({ type: Number }) debounce = 150;

  /** The query the results show (set after the debounce). */
  @state() private q = '';
  @state() private chosenMunicipalities: readonly string[] = [];
  @state() private chosenAreas: readonly string[] = [];
  /** Text of the polite live region; empty until the visitor changes something. */
  @state() private announcement = '';
  @state() private filtersOpen = true;
  /** How many of the results are rendered (PAGE_SIZE more per "Visa fler nätverk"). */
  @state() private shown = PAGE_SIZE;

  /** What is in the search field right now (ahead of `q` while the debounce runs). */
  private draft = '';
  private timer?: ReturnType<typeof setTimeout>;
  private index?: FinderIndex;
  /** The results `shown` counts for: other results start again from the first page. */
  private shownFor?: { index: FinderIndex; key: string };
  /** The index whose idle-time warm-up is scheduled or done, and how to cancel it. */
  private warming?: FinderIndex;
  private cancelWarm?: () => void;
  private readUrlPending = false;
  private toggleAnnouncement = false;
  private readonly warnedIds = new Set<string>();
  /** Back/Forward to an address with other (or none of our) parameters: show what that address says. */
  private readonly onPopState = (): void => {
    if (!this.syncUrl) return;
    this.applyAttributes();
    this.readUrl();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    this.readUrlPending = true;
    window.addEventListener('popstate', this.onPopState);
    if (!this.hasUpdated && !this.prerendered) {
      // Fold the filters on a narrow host, so they don't push the results off the screen.
      const width = this.getBoundingClientRect().width || window.innerWidth;
      this.filtersOpen = width >= WIDE;
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.onPopState);
    clearTimeout(this.timer);
    this.timer = undefined;
    this.cancelWarm?.();
    this.cancelWarm = undefined;
    this.warming = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('query')) {
      this.q = this.draft = this.query ?? '';
    }
    if (changed.has('municipality')) this.chosenMunicipalities = splitIds(this.municipality);
    if (changed.has('area')) this.chosenAreas = splitIds(this.area);
    if (this.readUrlPending) {
      this.readUrlPending = false;
      this.readUrl();
    }
    if (this.q.trim()) this.needSearch();
    // New results (query, filters or data) start again from the first page.
    const index = this.finderIndex();
    const { key } = this.current();
    if (this.shownFor?.index !== index || this.shownFor.key !== key) {
      this.shownFor = { index, key };
      this.shown = PAGE_SIZE;
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Build the search index while the page is idle after the first render, not on the first keystroke.
    const index = this.finderIndex();
    if (this.warming !== index && !index.isWarm) {
      this.cancelWarm?.();
      this.warming = index;
      this.cancelWarm = whenIdle(() => {
        this.cancelWarm = undefined;
        index.warm();
      });
    }
  }

  private get t(): NetworkFinderStrings {
    return this.language === 'en' ? en : sv;
  }

  /** The chosen ids that exist in the data in use. */
  private validChoices(): { municipalities: string[]; areas: string[] } {
    const index = this.finderIndex();
    return {
      municipalities: this.chosenMunicipalities.filter((id) => index.municipalities.has(id)),
      areas: this.chosenAreas.filter((id) => index.areas.has(id)),
    };
  }

  /** The search and lookups for the data in use (rebuilt only when the data changes). */
  private finderIndex(): FinderIndex {
    if (!this.index || this.index.data !== this.data) this.index = FinderIndex.for(this.data);
    return this.index;
  }

  private current(): FinderResult {
    const { municipalities, areas } = this.validChoices();
    return this.finderIndex().result(this.q, municipalities, areas);
  }

  // ——— state changes ———

  private applyAttributes(): void {
    this.q = this.draft = this.query ?? '';
    this.chosenMunicipalities = splitIds(this.municipality);
    this.chosenAreas = splitIds(this.area);
  }

  private param(name: 'q' | 'kommun' | 'omrade'): string {
    return `${this.urlPrefix}${name}`;
  }

  /** Reads the finder's own parameters from the address (when `sync-url` is on). */
  private readUrl(): void {
    if (!this.syncUrl || typeof location === 'undefined') return;
    const params = new URLSearchParams(location.search);
    const q = params.get(this.param('q'));
    const k = params.get(this.param('kommun'));
    const o = params.get(this.param('omrade'));
    if (q === null && k === null && o === null) return;
    this.q = this.draft = q ?? '';
    this.chosenMunicipalities = k === null ? [] : splitIds(k);
    this.chosenAreas = o === null ? [] : splitIds(o);
  }

  /**
   * Writes the finder's own parameters into the address with history.replaceState. The host page's
   * other parameters are kept byte for byte (not re-encoded), and so is the hash.
   */
  private writeUrl(): void {
    if (!this.syncUrl || typeof location === 'undefined') return;
    const { municipalities, areas } = this.validChoices();
    const ours: [string, string][] = [
      [this.param('q'), this.q.trim()],
      [this.param('kommun'), municipalities.join(',')],
      [this.param('omrade'), areas.join(',')],
    ];
    const names = new Set(ours.map(([k]) => k));
    const decode = (s: string) => {
      try {
        return decodeURIComponent(s.replace(/\+/g, ' '));
      } catch {
        return s;
      }
    };
    const kept = location.search
      .replace(/^\?/, '')
      .split('&')
      .filter((part) => part !== '' && !names.has(decode(part.split('=')[0] ?? '')));
    // Commas are allowed in a query string: "grn-kommun=ale,lerum" stays readable.
    const added = ours
      .filter(([, v]) => v !== '')
      .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v).replace(/%2C/gi, ',')}`);
    const search = [...kept, ...added].join('&');
    const url = `${location.pathname}${search ? `?${search}` : ''}${location.hash}`;
    if (url !== `${location.pathname}${location.search}${location.hash}`) {
      history.replaceState(history.state, '', url);
    }
  }

  /** After a visitor's change: announce the count, update the address and tell the page. */
  private changed(): void {
    if (this.q.trim() && this.needSearch()) {
      this.changedWhenLoaded = true; // announced once the search engine is there
      return;
    }
    const { hits } = this.current();
    const { municipalities, areas } = this.validChoices();
    const t = this.t;
    const text = hits.length === 0 ? t.noResults : plural(hits.length, t.networks, this.language);
    // A no-break space toggled at the end makes screen readers repeat an unchanged count.
    this.toggleAnnouncement = !this.toggleAnnouncement;
    this.announcement = this.toggleAnnouncement ? text : `${text}\u00a0`;
    this.writeUrl();
    this.dispatchEvent(new GrSearchEvent({ query: this.q.trim(), municipalities, areas, count: hits.length }));
  }

  private commitQuery(value: string, always = false): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (value === this.q && !always) return;
    this.q = value;
    this.changed();
  }

  /** The CDN build loads the search engine (fuse.js and the word index) on the field's first use. */
  private searchLoading?: Promise<void>;
  private changedWhenLoaded = false;

  /** Starts loading the search engine when it is not there yet; true while it loads (then `changed()` runs again). */
  private needSearch(): boolean {
    if (this.searchLoading) return true;
    const part = search();
    if (!(part instanceof Promise)) return false;
    this.searchLoading = part.then(
      () => {
        this.searchLoading = undefined;
        this.finderIndex().warm();
        if (this.changedWhenLoaded) {
          this.changedWhenLoaded = false;
          this.changed();
        }
        this.requestUpdate();
      },
      (e: unknown) => {
        this.searchLoading = undefined;
        console.warn('<gr-network-finder>: the search could not be loaded', e);
      },
    );
    return true;
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (this.searchLoading) {
      await this.searchLoading;
      result = await super.getUpdateComplete();
    }
    return result;
  }

  private onSearchFocus(): void {
    this.needSearch();
  }

  private onInput(e: InputEvent): void {
    this.needSearch();
    this.draft = (e.target as HTMLInputElement).value;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.commitQuery(this.draft), Math.max(0, this.debounce));
  }

  private onSubmit(e: SubmitEvent): void {
    e.preventDefault();
    const input = this.renderRoot.querySelector<HTMLInputElement>('input[type="search"]');
    if (input) this.draft = input.value;
    this.commitQuery(this.draft, true);
  }

  private toggle(kind: 'municipality' | 'area', id: string, on: boolean): void {
    const { municipalities, areas } = this.validChoices();
    const list = kind === 'municipality' ? municipalities : areas;
    const next = on ? [...new Set([...list, id])] : list.filter((x) => x !== id);
    if (kind === 'municipality') this.chosenMunicipalities = next;
    else this.chosenAreas = next;
    this.changed();
  }

  private clearFilters(): void {
    this.chosenMunicipalities = [];
    this.chosenAreas = [];
    this.changed();
  }

  private async clearAll(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.q = this.draft = '';
    this.chosenMunicipalities = [];
    this.chosenAreas = [];
    this.changed();
    await this.updateComplete;
    // The button that was pressed is gone: continue from the search field.
    this.renderRoot.querySelector<HTMLInputElement>('input[type="search"]')?.focus();
  }

  private onToggleFilters(e: Event): void {
    this.filtersOpen = (e.target as HTMLDetailsElement).open;
  }

  /** "Visa fler nätverk": renders the next page and moves focus to the first network it adds. */
  private async showMore(): Promise<void> {
    const from = this.shown;
    this.shown = from + PAGE_SIZE;
    await this.updateComplete;
    const item = this.renderRoot.querySelectorAll<HTMLElement>('.results > li')[from];
    const target = item?.querySelector<HTMLElement>('[part="result-name"]');
    if (!target) return;
    // Focusable by script only while it has focus: the list's elements are reused for other results.
    target.tabIndex = -1;
    target.addEventListener('blur', () => target.removeAttribute('tabindex'), { once: true });
    target.focus();
  }

  // ——— rendering ———

  /** Swedish text marked as Swedish when the surrounding language is English. */
  private sv(text: unknown, lang: Lang): TemplateResult {
    return lang === 'en' ? html`<span lang="sv">${text}</span>` : html`${text}`;
  }

  /** "Ale, Alingsås och Göteborg", each name marked lang="sv" in English. */
  private nameList(names: readonly string[], lang: Lang, index?: FinderIndex): TemplateResult {
    const parts = index ? index.listParts(names, lang) : formatters(lang).list.formatToParts(names);
    return html`${parts.map((p) => (p.type === 'element' ? this.sv(p.value, lang) : p.value))}`;
  }

  private renderUnknownIds(): TemplateResult | typeof nothing {
    const t = this.t;
    const notes: string[] = [];
    const check = (
      attr: 'municipality' | 'area',
      value: string | undefined,
      valid: string[],
      say: (ids: string, n: number) => string,
    ) => {
      const ids = splitIds(value);
      const valids = new Set(valid);
      const unknown = ids.filter((id) => !valids.has(id));
      if (unknown.length === 0) return;
      for (const id of unknown) {
        const key = `${attr}:${id}`;
        if (!this.warnedIds.has(key)) {
          this.warnedIds.add(key);
          console.warn(`<${this.localName}>: unknown ${attr} "${id}" in the ${attr} attribute; it is ignored. Valid ids: ${valid.join(', ')}`);
        }
      }
      notes.push(say(unknown.map((id) => `”${id}”`).join(', '), unknown.length));
    };
    check('municipality', this.municipality, this.data.municipalities.map((m) => m.id), t.unknownMunicipalities);
    check('area', this.area, this.data.areas.map((a) => a.id), t.unknownAreas);
    if (notes.length === 0) return nothing;
    return html`<div class="notice notice--error" part="notice" role="status">
      ${notes.map((n) => html`<p>${n}</p>`)}
      <p>${this.strings.validIdsHint}</p>
    </div>`;
  }

  private renderCount(n: number, lang: Lang): TemplateResult {
    const word = formatters(lang).plural.select(n) === 'one' ? this.t.networks.one : this.t.networks.other;
    return html`<span class="option-count">(${formatters(lang).number.format(n)}<span class="visually-hidden"> ${word}</span>)</span>`;
  }

  private renderFilters(result: FinderResult, lang: Lang): TemplateResult {
    const t = this.t;
    const { municipalities: chosenM, areas: chosenA } = this.validChoices();
    const m = new Set(chosenM);
    const a = new Set(chosenA);
    const chosen = m.size + a.size;
    const municipalities = this.finderIndex().municipalitiesSorted;
    return html`<details part="filters" class="filters no-print" ?open=${this.filtersOpen} @toggle=${this.onToggleFilters}>
      <summary part="filters-summary">${chosen > 0 ? t.filtersSelected(chosen) : t.filters}</summary>
      <div class="filter-groups">
        <fieldset part="filter-group" class="filter-group">
          <legend>${t.municipalityLegend}</legend>
          <ul class="options" role="list">
            ${municipalities.map((x) => {
              const n = result.municipalityCounts.get(x.id) ?? 0;
              return html`<li>
                <label part="filter-option" class=${n === 0 && !m.has(x.id) ? 'option option--zero' : 'option'}>
                  <input
                    type="checkbox"
                    name="municipality"
                    value=${x.id}
                    ?checked=${m.has(x.id)}
                    ${checkedState(m.has(x.id))}
                    @change=${(e: Event) => this.toggle('municipality', x.id, (e.target as HTMLInputElement).checked)}
                  />
                  <span class="option-text">${this.sv(x.name, lang)} ${this.renderCount(n, lang)}</span>
                </label>
              </li>`;
            })}
          </ul>
        </fieldset>
        <!-- Subject areas are checkboxes too (OR), not radios: people who work across two areas can see both at
             once, both groups behave alike, every option keeps a live count, and "no choice" needs no extra
             "Alla" radio. Each network has exactly one area, so OR never empties the list. -->
        <fieldset part="filter-group" class="filter-group">
          <legend>${t.areaLegend}</legend>
          <ul class="options options--wide" role="list">
            ${this.data.areas.map((x) => {
              const n = result.areaCounts.get(x.id) ?? 0;
              const name = lang === 'en' && x.name.en ? x.name.en : x.name.sv;
              return html`<li>
                <label part="filter-option" class=${n === 0 && !a.has(x.id) ? 'option option--zero' : 'option'}>
                  <input
                    type="checkbox"
                    name="area"
                    value=${x.id}
                    ?checked=${a.has(x.id)}
                    ${checkedState(a.has(x.id))}
                    @change=${(e: Event) => this.toggle('area', x.id, (e.target as HTMLInputElement).checked)}
                  />
                  <span class="option-text"
                    >${lang === 'en' && !x.name.en ? this.sv(name, lang) : name} ${this.renderCount(n, lang)}</span
                  >
                </label>
              </li>`;
            })}
          </ul>
        </fieldset>
      </div>
      <button type="button" part="clear" class="clear" @click=${this.clearFilters}>${t.clearFilters}</button>
    </details>`;
  }

  /** The search and the chosen filters as a sentence: for print, and when the controls are hidden. */
  private renderActiveFilters(lang: Lang): TemplateResult | typeof nothing {
    const t = this.t;
    const { municipalities, areas } = this.validChoices();
    const q = this.q.trim();
    if (!q && municipalities.length === 0 && areas.length === 0) return nothing;
    const index = this.finderIndex();
    const chosen = new Set(municipalities);
    const mNames = index.municipalitiesSorted.filter((m) => chosen.has(m.id)).map((m) => m.name);
    const aNames = areas.map((id) => {
      const area = index.areas.get(id);
      return area ? (lang === 'en' ? area.name.en ?? area.name.sv : area.name.sv) : id;
    });
    return html`<p part="active-filters" class=${this.withoutFilters ? 'active-filters' : 'active-filters print-only no-js'}>
      ${q ? html`<span>${t.activeQuery(q)}</span>` : nothing}
      ${mNames.length ? html`<span>${t.activeMunicipalities} ${this.nameList(mNames, lang)}.</span>` : nothing}
      ${aNames.length ? html`<span>${t.activeAreas} ${formatters(lang).list.format(aNames)}.</span>` : nothing}
    </p>`;
  }

  private renderName(hit: Hit, lang: Lang): TemplateResult {
    const name = hit.network.name;
    const content =
      hit.matches.length === 0
        ? name
        : html`${segments(name, hit.matches).map((p) => (p.mark ? html`<mark>${p.text}</mark>` : p.text))}`;
    return this.sv(content, lang);
  }

  /** One network. Everything looked up is in its view (once per dataset); this is only the template. */
  private renderResult(hit: Hit, c: ResultContext): TemplateResult {
    const { t, lang, f, level } = c;
    const n: Network = hit.network;
    const view = c.index.view(n);
    const area = view.area;
    const areaName = area ? (lang === 'en' ? area.en ?? area.sv : area.sv) : undefined;
    const description = n.description ? (lang === 'en' ? n.description.en : n.description.sv) : undefined;
    const descriptionSv = !description && n.description ? n.description.sv : undefined;
    const freq = n.meetingsPerYear;
    return html`<li part="result" class="result">
      <article>
        ${heading(level, this.renderName(hit, lang), 'result-name')}
        ${description
          ? html`<p part="result-description" class="description">${description}</p>`
          : descriptionSv
            ? html`<p part="result-description" class="description" lang="sv">${descriptionSv}</p>`
            : nothing}
        <dl part="result-details" class="details">
          ${areaName
            ? html`<div><dt>${t.area}</dt><dd>${lang === 'en' && !area?.en ? this.sv(areaName, lang) : areaName}</dd></div>`
            : nothing}
          <div><dt>${t.kind}</dt><dd>${networkKindLabels[n.kind]?.[lang] ?? n.kind}</dd></div>
          ${freq
            ? html`<div>
                <dt>${t.meetings}</dt>
                <dd>
                  ${t.meetingsPerYear(
                    (freq.approximate ? `${t.approximately} ` : '') +
                      (freq.min === freq.max ? f.number.format(freq.min) : `${f.number.format(freq.min)}–${f.number.format(freq.max)}`),
                    f.plural.select(freq.max) === 'one' ? t.meetingForms.one : t.meetingForms.other,
                  )}
                </dd>
              </div>`
            : nothing}
          ${view.members.length > 0
            ? html`<div>
                <dt>${t.municipalities}</dt>
                <dd>
                  ${view.allMembers
                    ? t.allMunicipalities(c.index.municipalitiesSorted.length)
                    : this.nameList(view.members, lang, c.index)}
                  <span part="result-basis" class="basis"
                    >${n.participation?.basis === 'source-listed' ? t.participantsListed : t.participantsGeneral}</span
                  >
                </dd>
              </div>`
            : nothing}
          ${view.vacancies.length > 0
            ? html`<div><dt>${t.vacancies}</dt><dd>${this.nameList(view.vacancies, lang, c.index)}</dd></div>`
            : nothing}
          ${n.status?.state === 'paused' ? html`<div><dt>${t.status}</dt><dd part="result-status">${t.paused}</dd></div>` : nothing}
          ${view.parentName ? html`<div><dt>${t.parent}</dt><dd>${this.sv(view.parentName, lang)}</dd></div>` : nothing}
          ${view.partners.length > 0
            ? html`<div><dt>${t.partners}</dt><dd>${this.nameList(view.partners, lang, c.index)}</dd></div>`
            : nothing}
          ${view.contacts.length > 0
            ? html`<div class="details-contacts">
                <dt>${t.contacts}</dt>
                <dd>${renderContacts(view.contacts, c.contacts)}</dd>
              </div>`
            : nothing}
        </dl>
        ${view.page || c.asOf(n)
          ? html`<p class="result-link">
              ${view.page
                ? html`<a part="result-link" href=${view.page}
                    >${t.readMore} ${this.sv(n.name, lang)}${view.host ? ` ${t.onSite(view.host)}` : ''}</a
                  >`
                : nothing}
              <span part="result-as-of" class="as-of">${c.asOf(n)}</span>
            </p>`
          : nothing}
      </article>
    </li>`;
  }

  /** The button that shows the next page, and for print a note that the list is not complete. */
  private renderMore(total: number, shown: number, c: ResultContext): TemplateResult | typeof nothing {
    if (shown >= total) return nothing;
    const { t, f } = c;
    return html`<p class="more no-print js-only">
        <button type="button" part="more" @click=${this.showMore}>${t.showMore(f.number.format(total - shown))}</button>
      </p>
      <p part="shown-note" class="shown-note print-only no-js">${t.shownOf(f.number.format(shown), f.number.format(total))}</p>`;
  }

  private renderEmpty(): TemplateResult {
    const t = this.t;
    return html`<div part="empty" class="empty">
      <p class="empty-title">${t.noResults}</p>
      <p class="muted">${t.noResultsHint}</p>
      <button type="button" part="empty-clear" class="no-print js-only" @click=${this.clearAll}>${t.clearAll}</button>
    </div>`;
  }

  protected override render(): TemplateResult {
    if (!this.hasData) return html`${this.renderDataStatus()}`;
    const t = this.t;
    const lang = this.language;
    const level = headingLevel(this.headingLevel);
    const title = this.heading ?? t.heading;
    const result = this.current();
    const index = this.finderIndex();
    const itemLevel = title ? level + 1 : level;
    const total = result.hits.length;
    const shown = Math.min(total, Math.max(PAGE_SIZE, this.shown));
    const strings = this.strings;
    const c: ResultContext = {
      t,
      lang,
      f: formatters(lang),
      level: itemLevel,
      index,
      asOf: (n) => {
        const a = this.asOf(n.sources);
        return a ? (a.old ? `${a.text} ${strings.outdated}` : a.text) : '';
      },
      contacts: {
        data: this.data,
        lang,
        strings: this.strings,
        headingLevel: itemLevel + 1,
        fileHref: (path, generate, type) => this.fileHref(path, generate, type),
      },
    };
    return html`
      ${this.renderDataStatus()}
      ${title ? heading(level, title, 'heading') : nothing}
      ${this.renderUnknownIds()}
      <form part="search" class="search no-print js-only" role="search" aria-label=${t.searchLandmark} @submit=${this.onSubmit}>
        <label part="search-label" class="search-label" for="q">${t.searchLabel}</label>
        <p part="search-hint" class="search-hint muted" id="q-hint">${t.searchHint}</p>
        <div class="search-row">
          <input
            part="search-input"
            id="q"
            name="q"
            type="search"
            autocomplete="off"
            spellcheck="false"
            aria-describedby="q-hint"
            .value=${live(this.draft)}
            @input=${this.onInput}
            @focus=${this.onSearchFocus}
          />
          <button part="search-button" type="submit">${t.searchButton}</button>
        </div>
        ${this.withoutFilters ? nothing : this.renderFilters(result, lang)}
      </form>
      <p part="search-elsewhere" class="no-js search-elsewhere">
        <a href=${t.grSearchUrl}>${t.grSearch}</a>
      </p>
      ${this.renderActiveFilters(lang)}
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
      ${total > 0
        ? html`<p part="count" class="count">${plural(total, t.networks, lang)}</p>
            <ul part="results" class="results" role="list">
              ${result.hits.slice(0, shown).map((hit) => this.renderResult(hit, c))}
            </ul>
            ${this.renderMore(total, shown, c)}`
        : this.renderEmpty()}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gr-network-finder': GrNetworkFinder;
  }
}
