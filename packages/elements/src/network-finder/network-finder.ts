// Over 400 lines because of its documentation: the class's JSDoc (about 70 lines of parts and tokens) is
// the finder's API reference; the logic is split into url-state, scheduling, paging, search-loader and templates.
import { html, isServer, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { GrElement } from '../shared/base-element.js';
import { asOfText } from '../shared/as-of.js';
import { sharedStyles } from '../shared/styles.js';
import { contactStyles } from '../shared/contact.styles.js';
import { heading, headingLevel } from '../shared/heading.js';
import { parseIds } from '../shared/ids.js';
import { formatters, plural } from '../shared/i18n.js';
import { networkFinderStyles } from './network-finder.styles.js';
import { FinderIndex } from './finder-index.js';
import type { FinderResult } from './finder-index.js';
import { PagingController } from './paging.js';
import { Debouncer, whenIdle } from './scheduling.js';
import { SearchLoader } from './search-loader.js';
import { GrSearchEvent } from './search-event.js';
import { renderActiveFilters, renderEmpty, renderFilters, renderMore, renderResult, renderUnknownIds } from './templates.js';
import type { ResultContext } from './templates.js';
import { readUrlState, writeUrlState } from './url-state.js';
import { sv } from './translations/sv.js';
import { Bilingual } from '../shared/bilingual.js';
import type { NetworkFinderStrings } from './translations/sv.js';

export { GrSearchEvent } from './search-event.js';
export type { GrSearchDetail } from './search-event.js';

/** Width (CSS px) from which the filters start open; narrower hosts start with them folded. */
const WIDE = 640;

/** English is loaded on demand (shared/bilingual.ts). */
const strings = new Bilingual(sv, () => import('./translations/en.js'));

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
 * @fires gr-data-load - A dataset from `src` or the `data` property was validated and is shown.
 * @fires gr-data-error - `src` or the `data` property could not be used; the bundled data is shown with a notice.
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
 * @csspart result-basis - What backs a network's municipality list (its own page, or GR's general description).
 * @csspart result-status - A network's status ("Pausat").
 * @csspart result-as-of - When a network's facts are from ("Uppgifter från 2024."), and that they may have changed.
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

  /** Preset municipality filter: municipality ids separated by spaces or commas, e.g. "lilla-edet" or "ale lerum" (OR). */
  @property({ reflect: true }) municipality?: string;

  /** Preset subject-area filter: area ids separated by spaces or commas, e.g. "utbildning" (OR). */
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

  /** What is in the search field right now (ahead of `q` while the debounce runs). */
  private draft = '';
  private index?: FinderIndex;
  private readonly paging = new PagingController(this);
  private readonly typing = new Debouncer();
  /** The search engine, loaded on the field's first use in the CDN build; a change waits for it. */
  private readonly engine = new SearchLoader(() => {
    this.finderIndex().warm();
    if (this.changedWhenLoaded) {
      this.changedWhenLoaded = false;
      this.changed();
    }
    this.requestUpdate();
  });
  private changedWhenLoaded = false;
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
    this.typing.cancel();
    this.cancelWarm?.();
    this.cancelWarm = undefined;
    this.warming = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('query')) {
      this.q = this.draft = this.query ?? '';
    }
    if (changed.has('municipality')) this.chosenMunicipalities = parseIds(this.municipality);
    if (changed.has('area')) this.chosenAreas = parseIds(this.area);
    if (this.readUrlPending) {
      this.readUrlPending = false;
      this.readUrl();
    }
    if (this.q.trim()) this.engine.need();
    // New results (query, filters or data) start again from the first page.
    this.paging.resetFor(this.finderIndex(), this.current().key);
    // The first render with results shows the first few; the rest of the page follows in the next task.
    if (this.hasData && !this.prerendered && !isServer) this.paging.splitFirstRender();
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

  /** Resolves once rendered with the search engine that a query needs, and with the whole first page. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    let pending;
    while ((pending = this.engine.loading ?? this.paging.rest)) {
      await pending;
      result = await super.getUpdateComplete();
    }
    return result;
  }

  protected override render(): TemplateResult {
    if (!this.hasData) return html`${this.renderDataStatus()}`;
    const t = this.t;
    const lang = this.language;
    const level = headingLevel(this.headingLevel);
    const title = this.heading ?? t.heading;
    const result = this.current();
    const itemLevel = title ? level + 1 : level;
    const total = result.hits.length;
    const shown = this.paging.count(total);
    const rendered = this.paging.rendered(total);
    const c = this.resultContext(itemLevel);
    const chosen = this.validChoices();
    return html`
      ${this.renderDataStatus()}
      ${title ? heading(level, title, 'heading') : nothing}
      ${renderUnknownIds(this.unknownIdNotes(), this.strings)}
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
            @focus=${() => this.engine.need()}
          />
          <button part="search-button" type="submit">${t.searchButton}</button>
        </div>
        ${this.withoutFilters
          ? nothing
          : renderFilters(result, c, {
              municipalities: new Set(chosen.municipalities),
              areas: new Set(chosen.areas),
              open: this.filtersOpen,
              onToggle: (e) => (this.filtersOpen = (e.target as HTMLDetailsElement).open),
              onChange: (kind, id, on) => this.toggle(kind, id, on),
              onClear: () => this.clearFilters(),
            })}
      </form>
      <p part="search-elsewhere" class="no-js search-elsewhere">
        <a href=${t.grSearchUrl}>${t.grSearch}</a>
      </p>
      ${renderActiveFilters({ q: this.q, ...chosen, withoutFilters: this.withoutFilters }, c)}
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
      ${total > 0
        ? html`<p part="count" class="count">${plural(total, t.networks, lang)}</p>
            <ul part="results" class="results" role="list">
              ${result.hits.slice(0, rendered).map((hit) => renderResult(hit, c))}
            </ul>
            ${rendered < shown ? nothing : renderMore(total, shown, c, () => void this.paging.showMore('.results > li', '[part="result-name"]'))}`
        : renderEmpty(t, () => void this.clearAll())}
    `;
  }

  private get t(): NetworkFinderStrings {
    return this.languageController.pick(strings);
  }

  /** The search and lookups for the data in use (rebuilt only when the data changes). */
  private finderIndex(): FinderIndex {
    if (!this.index || this.index.data !== this.activeData) this.index = FinderIndex.for(this.activeData);
    return this.index;
  }

  /** The chosen ids that exist in the data in use. */
  private validChoices(): { municipalities: string[]; areas: string[] } {
    const index = this.finderIndex();
    return {
      municipalities: this.chosenMunicipalities.filter((id) => index.municipalities.has(id)),
      areas: this.chosenAreas.filter((id) => index.areas.has(id)),
    };
  }

  private current(): FinderResult {
    const { municipalities, areas } = this.validChoices();
    return this.finderIndex().result(this.q, municipalities, areas);
  }

  private resultContext(level: number): ResultContext {
    const lang = this.language;
    const s = this.strings;
    return {
      t: this.t,
      s,
      lang,
      f: formatters(lang),
      level,
      index: this.finderIndex(),
      asOf: (n) => {
        const a = asOfText(n.sources, this.asOfContext);
        return a ? (a.old ? `${a.text} ${s.outdated}` : a.text) : '';
      },
      contacts: {
        data: this.activeData,
        lang,
        strings: this.strings,
        headingLevel: level + 1,
        fileHref: (path, generate, type) => this.fileHref(path, generate, type),
      },
    };
  }

  /** Notes about ids in `municipality` and `area` that the data does not have (each warned once). */
  private unknownIdNotes(): string[] {
    // Not while the data is loading: the ids may be in the data on its way.
    if (!this.idsCheckable) return [];
    const t = this.t;
    const notes: string[] = [];
    const check = (attr: 'municipality' | 'area', value: string | undefined, valid: string[], say: (ids: string, n: number) => string) => {
      const known = new Set(valid);
      const unknown = parseIds(value).filter((id) => !known.has(id));
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
    check('municipality', this.municipality, this.activeData.municipalities.map((m) => m.id), t.unknownMunicipalities);
    check('area', this.area, this.activeData.areas.map((a) => a.id), t.unknownAreas);
    return notes;
  }

  // ——— state changes ———

  private applyAttributes(): void {
    this.q = this.draft = this.query ?? '';
    this.chosenMunicipalities = parseIds(this.municipality);
    this.chosenAreas = parseIds(this.area);
  }

  /** Reads the finder's own parameters from the address (when `sync-url` is on). */
  private readUrl(): void {
    if (!this.syncUrl) return;
    const state = readUrlState(this.urlPrefix);
    if (!state) return;
    this.q = this.draft = state.q;
    this.chosenMunicipalities = state.municipalities;
    this.chosenAreas = state.areas;
  }

  /** After a visitor's change: announce the count, update the address and tell the page. */
  private changed(): void {
    if (this.q.trim() && this.engine.need()) {
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
    if (this.syncUrl) writeUrlState(this.urlPrefix, { q: this.q, municipalities, areas });
    this.dispatchEvent(new GrSearchEvent({ query: this.q.trim(), municipalities, areas, count: hits.length }));
  }

  private commitQuery(value: string, always = false): void {
    this.typing.cancel();
    if (value === this.q && !always) return;
    this.q = value;
    this.changed();
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
    this.typing.cancel();
    this.q = this.draft = '';
    this.chosenMunicipalities = [];
    this.chosenAreas = [];
    this.changed();
    await this.updateComplete;
    // The button that was pressed is gone: continue from the search field.
    this.renderRoot.querySelector<HTMLInputElement>('input[type="search"]')?.focus();
  }

  // ——— event handlers ———

  private onInput(e: InputEvent): void {
    this.engine.need();
    this.draft = (e.target as HTMLInputElement).value;
    this.typing.schedule(() => this.commitQuery(this.draft), this.debounce);
  }

  private onSubmit(e: SubmitEvent): void {
    e.preventDefault();
    const input = this.renderRoot.querySelector<HTMLInputElement>('input[type="search"]');
    if (input) this.draft = input.value;
    this.commitQuery(this.draft, true);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gr-network-finder': GrNetworkFinder;
  }
}
