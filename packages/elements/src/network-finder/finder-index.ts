import { facetNetworks, highlightSegments, mergeRanges, safeUrl, sortSwedish, sourceUrls } from '@goteborgsregionen/data';
import { searchNow } from '../shared/lazy.js';
import type { HighlightRange } from '@goteborgsregionen/data';
import type { Area, Dataset, ExternalOrganisation, Municipality, Network, Person } from '@goteborgsregionen/data';
import { formatters } from '../shared/i18n.js';
import type { Lang } from '../shared/i18n.js';

/** One piece of a formatted list of names: a name (`element`) or the words between (`literal`). */
export type ListPart = ReturnType<Intl.ListFormat['formatToParts']>[number];

/** A half-open range [start, end) of UTF-16 code units in a network's name. */
export type Range = HighlightRange;

/** One network in the finder's results, with the parts of its name to highlight. */
export interface Hit {
  readonly network: Network;
  readonly matches: readonly Range[];
}

/** What the finder shows for one (query, municipalities, areas) state. */
export interface FinderResult {
  /** Networks that pass the query and both filters, best match first (Swedish order without a query). */
  readonly hits: readonly Hit[];
  /** For each municipality id: how many networks the query and the area filter give with it chosen. */
  readonly municipalityCounts: ReadonlyMap<string, number>;
  /** For each area id: how many networks the query and the municipality filter give with it chosen. */
  readonly areaCounts: ReadonlyMap<string, number>;
  /** The normalised state these results are for (equal keys, equal results). */
  readonly key: string;
}

/**
 * What a result shows about one network beyond its name and description, looked up once per network
 * and dataset (not on every render): the finder's template only reads these.
 */
export interface NetworkView {
  /** The subject area's name (`en` when the data has one). */
  readonly area?: { readonly sv: string; readonly en?: string };
  /** Member municipalities' names in Swedish alphabetical order. */
  readonly members: readonly string[];
  /** Whether the network has every municipality of the dataset as a member ("Alla 13 medlemskommuner"). */
  readonly allMembers: boolean;
  /** The name of the network it is part of. */
  readonly parentName?: string;
  /** Names of partner organisations and municipalities (ids that resolve to nothing are left out). */
  readonly partners: readonly string[];
  /** Names of the municipalities with a seat a source gives as vacant, in Swedish alphabetical order. */
  readonly vacancies: readonly string[];
  /** The contact people that exist in the dataset, in the network's order. */
  readonly contacts: readonly Person[];
  /** The network's first http(s) source ("Mer om nätverket"), and its host without "www.". */
  readonly page?: string;
  readonly host: string;
}

/** How many states to remember (a visitor types maybe a few dozen before the page is left). */
const CACHE_SIZE = 64;

function remember<K, V>(cache: Map<K, V>, key: K, value: V): V {
  if (cache.size >= CACHE_SIZE) {
    const oldest = cache.keys().next();
    if (!oldest.done) cache.delete(oldest.value);
  }
  cache.set(key, value);
  return value;
}

/** Splits `text` into plain and highlighted pieces (for `<mark>`); never produces HTML. */
export const segments = highlightSegments;

/** One finder index per dataset object, shared by every finder on the page that shows it. */
const indexes = new WeakMap<Dataset, FinderIndex>();

/**
 * The finder's search over one dataset. The data package builds (and caches) its search index
 * per dataset object; this class remembers the results per query and the facet counts per
 * (query, filters), so typing and ticking boxes never recompute what was already shown, and each
 * network's looked-up facts (`view`), so rendering a result is only its template.
 */
export class FinderIndex {
  /** The index of `data`, created on first use and shared while the dataset object lives. */
  static for(data: Dataset): FinderIndex {
    let index = indexes.get(data);
    if (!index) {
      index = new FinderIndex(data);
      indexes.set(data, index);
    }
    return index;
  }

  private readonly byQuery = new Map<string, readonly Hit[]>();
  private readonly byState = new Map<string, FinderResult>();
  private readonly views = new WeakMap<Network, NetworkView>();
  private readonly lists = new WeakMap<readonly string[], Partial<Record<Lang, readonly ListPart[]>>>();
  private sortedAll?: readonly Hit[];
  private warmed = false;

  /** Records by id, for rendering results without searching arrays per network. */
  readonly people: ReadonlyMap<string, Person>;
  readonly networks: ReadonlyMap<string, Network>;
  readonly municipalities: ReadonlyMap<string, Municipality>;
  readonly areas: ReadonlyMap<string, Area>;
  readonly organisations: ReadonlyMap<string, ExternalOrganisation>;
  /** Municipalities in Swedish alphabetical order (the filter's options). */
  readonly municipalitiesSorted: readonly Municipality[];

  constructor(readonly data: Dataset) {
    const byId = <T extends { id: string }>(list: readonly T[]) => new Map(list.map((x) => [x.id, x]));
    this.people = byId(data.people);
    this.networks = byId(data.networks);
    this.municipalities = byId(data.municipalities);
    this.areas = byId(data.areas);
    this.organisations = byId(data.organisations);
    this.municipalitiesSorted = sortSwedish(data.municipalities, (m) => m.name);
  }

  /** What a result shows about `n` (computed on first use, then remembered for this dataset). */
  view(n: Network): NetworkView {
    let view = this.views.get(n);
    if (view) return view;
    const area = this.areas.get(n.area);
    const memberIds = new Set(n.municipalities);
    const members = this.municipalitiesSorted.filter((m) => memberIds.has(m.id));
    const parent = n.parent ? this.networks.get(n.parent) : undefined;
    const partners: string[] = [];
    for (const id of n.partners ?? []) {
      const name = this.organisations.get(id)?.name ?? this.municipalities.get(id)?.name;
      if (name) partners.push(name);
    }
    const vacantIds = new Set((n.vacancies ?? []).map((v) => v.municipality));
    const vacancies = this.municipalitiesSorted.filter((m) => vacantIds.has(m.id)).map((m) => m.name);
    const contacts: Person[] = [];
    for (const id of n.contacts ?? []) {
      const person = this.people.get(id);
      if (person) contacts.push(person);
    }
    let page: string | undefined;
    let host = '';
    for (const source of sourceUrls(n.sources)) {
      // Seed-file sources are never links; the most recent valid http(s) address is used.
      const url = safeUrl(source);
      if (!url) continue;
      page = url;
      try {
        host = new URL(url).hostname.replace(/^www\./, '');
      } catch {
        host = '';
      }
      break;
    }
    view = {
      area: area ? { sv: area.name.sv, en: area.name.en } : undefined,
      members: members.map((m) => m.name),
      allMembers: this.municipalitiesSorted.length > 0 && members.length === this.municipalitiesSorted.length,
      parentName: parent?.name,
      partners,
      vacancies,
      contacts,
      page,
      host,
    };
    this.views.set(n, view);
    return view;
  }

  /** A view's list of names ("Ale, Lerum och Partille") as parts, formatted once per list and language. */
  listParts(names: readonly string[], lang: Lang): readonly ListPart[] {
    let byLang = this.lists.get(names);
    if (!byLang) {
      byLang = {};
      this.lists.set(names, byLang);
    }
    return (byLang[lang] ??= formatters(lang).list.formatToParts(names));
  }

  /** Whether the search index is built (by `warm` or a search). */
  get isWarm(): boolean {
    return this.warmed;
  }

  /**
   * Builds the data package's search index for this dataset ahead of the first keystroke (the finder
   * calls it in idle time after its first render). Safe to call any number of times.
   */
  warm(): void {
    if (this.warmed) return;
    // The CDN build loads the search engine when the search field is first used, not before.
    const engine = searchNow();
    if (!engine) return;
    this.warmed = true;
    try {
      // An empty query with no room for results: the index is built (and cached by the data package
      // per dataset), nothing is ranked.
      engine.searchNetworks('', { dataset: this.data, limit: 0 });
    } catch {
      /* the search never throws; if it does, the first keystroke will say so */
    }
  }

  /** Networks matching `query` (trimmed), best first; all networks in Swedish order when empty. */
  hits(query: string): readonly Hit[] {
    const q = query.trim();
    if (!q) {
      if (!this.sortedAll) {
        this.sortedAll = sortSwedish(this.data.networks, (n) => n.name).map((network) => ({ network, matches: [] }));
      }
      return this.sortedAll;
    }
    const cached = this.byQuery.get(q);
    if (cached) return cached;
    const engine = searchNow();
    // Until the search engine has loaded (CDN build, a few milliseconds): the whole list, not remembered.
    if (!engine) return this.hits('');
    let found: readonly Hit[] = [];
    this.warmed = true;
    try {
      found = engine.searchNetworks(q, { dataset: this.data }).map((r) => ({
        network: r.network,
        matches: mergeRanges(r.network.name, r.matches as readonly (readonly number[])[] | undefined),
      }));
    } catch (e) {
      // The data package promises never to throw; if it ever does, show no results rather than break.
      console.warn('<gr-network-finder>: search failed', e);
    }
    return remember(this.byQuery, q, found);
  }

  /** Results and facet counts for a state; `municipalities` and `areas` are OR within, AND across. */
  result(query: string, municipalities: readonly string[], areas: readonly string[]): FinderResult {
    const key = `${query.trim()}\u0000${[...municipalities].sort().join(' ')}\u0000${[...areas].sort().join(' ')}`;
    const cached = this.byState.get(key);
    if (cached) return cached;
    const { items: hits, municipalityCounts, areaCounts } = facetNetworks(
      this.hits(query),
      (hit) => hit.network,
      { municipalities, areas },
      { municipalityIds: this.data.municipalities.map((m) => m.id), areaIds: this.data.areas.map((a) => a.id) },
    );
    const result = { hits, municipalityCounts, areaCounts, key };
    return query.trim() && !searchNow() ? result : remember(this.byState, key, result);
  }
}
