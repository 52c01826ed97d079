import type { NetworkFinderStrings } from './sv.js';

/** Strings of <gr-network-finder>, English. Swedish proper names (networks, municipalities) are not translated. */
export const en: NetworkFinderStrings = {
  heading: 'Networks at GR',
  searchLandmark: 'Search GR’s networks',
  searchLabel: 'Search networks',
  searchHint: 'Type part of the name, for example skola, or a municipality in quotation marks: "Lilla Edet".',
  searchButton: 'Search',
  filters: 'Filters',
  filtersSelected: (n) => `Filters (${n} selected)`,
  municipalityLegend: 'Municipality',
  areaLegend: 'Subject area',
  clearFilters: 'Clear filters',
  clearAll: 'Clear search and filters',
  networks: { one: 'network', other: 'networks' },
  noResults: 'No networks found',
  noResultsHint: 'Try another word, check the spelling or choose fewer filters.',
  activeQuery: (q) => `Search: “${q}”.`,
  activeMunicipalities: 'Municipality:',
  activeAreas: 'Subject area:',
  area: 'Subject area',
  kind: 'Type',
  meetings: 'Meetings',
  meetingsPerYear: (range, unit) => `${range} ${unit} a year`,
  municipalities: 'Member municipalities',
  allMunicipalities: (n) => `All ${n} member municipalities`,
  participantsListed: 'According to the network’s own page.',
  participantsGeneral:
    'No source lists the participants. This is based on GR’s general description that most networks consist of the 13 member municipalities.',
  vacancies: 'Vacant seat',
  status: 'Status',
  paused: 'Paused',
  parent: 'Part of',
  partners: 'Partners',
  contacts: 'Contacts',
  showMore: (n) => `Show more networks (${n} more)`,
  shownOf: (shown, total) => `${shown} of ${total} networks shown.`,
  /** Without JavaScript the search is GR's own: the link on to it (GR's page "Om nätverken på GR"). */
  grSearch: "Search all of GR's networks on goteborgsregionen.se (in Swedish)",
  grSearchUrl: 'https://goteborgsregionen.se/kunskapsbank/omnatverkenpagr.5.566ade5918f37a2da85c391.html',
  readMore: 'More about',
  onSite: (host) => `on ${host}`,
  unknownMunicipalities: (ids, n) =>
    `Unknown ${n === 1 ? 'municipality' : 'municipalities'} ${ids} in the municipality attribute ${n === 1 ? 'is' : 'are'} ignored; the other choices apply.`,
  unknownAreas: (ids, n) =>
    `Unknown subject ${n === 1 ? 'area' : 'areas'} ${ids} in the area attribute ${n === 1 ? 'is' : 'are'} ignored; the other choices apply.`,
};
