/** Strings of <gr-network-finder>, Swedish (the default language). */
export const sv = {
  heading: 'Nätverk inom GR',
  searchLandmark: 'Sök bland GR:s nätverk',
  searchLabel: 'Sök nätverk',
  searchHint: 'Skriv en del av namnet, till exempel skola, eller en kommun inom citattecken: "Lilla Edet".',
  searchButton: 'Sök',
  filters: 'Filter',
  filtersSelected: (n: number) => `Filter (${n} valda)`,
  municipalityLegend: 'Kommun',
  areaLegend: 'Sakområde',
  clearFilters: 'Rensa filter',
  clearAll: 'Rensa sökning och filter',
  networks: { one: 'nätverk', other: 'nätverk' },
  noResults: 'Inga nätverk hittades',
  noResultsHint: 'Prova ett annat sökord, kontrollera stavningen eller välj färre filter.',
  activeQuery: (q: string) => `Sökning: ”${q}”.`,
  activeMunicipalities: 'Kommun:',
  activeAreas: 'Sakområde:',
  area: 'Sakområde',
  kind: 'Typ',
  meetings: 'Möten',
  meetingsPerYear: (range: string, unit: string) => `${range} ${unit} per år`,
  municipalities: 'Medlemskommuner',
  allMunicipalities: (n: number) => `Alla ${n} medlemskommuner`,
  /** After the municipality list: what backs it. */
  participantsListed: 'Enligt nätverkets egen sida.',
  participantsGeneral:
    'Ingen källa listar deltagarna. Uppgiften bygger på GR:s allmänna beskrivning att de flesta nätverk består av de 13 medlemskommunerna.',
  vacancies: 'Vakant plats',
  status: 'Status',
  paused: 'Pausat',
  parent: 'Ingår i',
  partners: 'Samarbetspartner',
  contacts: 'Kontaktpersoner',
  /** The button after the list; `n` is how many results are not shown yet (formatted). */
  showMore: (n: string) => `Visa fler nätverk (${n} till)`,
  /** Printed under a list that is not complete. */
  shownOf: (shown: string, total: string) => `${shown} av ${total} nätverk visas.`,
  /** Without JavaScript the search is GR's own: the link on to it (GR's page "Om nätverken på GR"). */
  grSearch: 'Sök bland alla GR:s nätverk på goteborgsregionen.se',
  grSearchUrl: 'https://goteborgsregionen.se/kunskapsbank/omnatverkenpagr.5.566ade5918f37a2da85c391.html',
  readMore: 'Mer om',
  onSite: (host: string) => `på ${host}`,
  unknownMunicipalities: (ids: string, n: number) =>
    `${n === 1 ? 'Okänd kommun' : 'Okända kommuner'} ${ids} i attributet municipality ignoreras; övriga val gäller.`,
  unknownAreas: (ids: string, n: number) =>
    `${n === 1 ? 'Okänt sakområde' : 'Okända sakområden'} ${ids} i attributet area ignoreras; övriga val gäller.`,
};

export type NetworkFinderStrings = typeof sv;
