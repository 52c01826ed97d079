/**
 * The states of <gr-network-finder>, on the fictional fixture dataset: Storybook's stories and the
 * examples test (src/examples.test.ts) are made from this list. See ../shared/examples.ts.
 */
import { fixtureClocks, fixtureIds } from '@goteborgsregionen/data/testing';
import { example, sharedExamples } from '../shared/examples.js';

const M = fixtureIds.municipalities;

/** What the element is, for the top of its Storybook page (Markdown). */
export const summary =
  '`<gr-network-finder>`: professional networks with search (typo- and diacritic-tolerant), municipality and subject-area filters with live counts, a polite result count and an empty state with a way out. `municipality` and `area` preset the filters ("our municipality\'s networks").';

const now = fixtureClocks.dec2026;
const base = { attributes: {}, now };

export const examples = [
  example({
    exportName: 'Default',
    name: 'Default',
    description: 'All networks, the search field, and the filters for municipality and subject area with counts.',
    ...base,
    sees: { text: ['Nätverk inom GR', 'Sök nätverk', 'Kommun Exempelby (4 nätverk )', 'Sakområde Exempelområdet (3 nätverk )', '7 nätverk', 'Exempelchefsnätverket', 'Exempelrådet'] },
  }),
  example({
    exportName: 'ParticipantsNotListed',
    name: 'Participants not listed',
    description: 'Networks for which no source lists the participants say under "Medlemskommuner" that the list rests on the general description that most networks consist of all member municipalities. Networks whose own page lists them say so instead.',
    attributes: { area: 'exempelomradet' },
    now,
    sees: { text: ['Sakområde: Exempelområdet. 3 nätverk', 'Ingen källa listar deltagarna. Uppgiften bygger på GR:s allmänna beskrivning att de flesta nätverk består av de 13 medlemskommunerna.', 'Enligt nätverkets egen sida.'] },
  }),
  example({
    exportName: 'VacancyAndPaused',
    name: 'Vacant seat, paused network, partners',
    description: 'A vacant seat, a paused network and a network with partners outside the municipalities and a parent network, each said in words.',
    attributes: { area: 'provomradet' },
    now,
    sees: { text: ['Vakant plats Östervik', 'Status Pausat', 'Ingår i Provnätverket', 'Samarbetspartner Exempeluniversitetet och Kustviks kommun'] },
  }),
  example({
    exportName: 'PresetMunicipality',
    name: 'Preset filter: municipality',
    description: '`municipality="lilla-prov"`: the networks Lilla Prov takes part in, the filter already chosen.',
    attributes: { municipality: M.twoWords },
    now,
    sees: { text: ['Filter (1 valda)', 'Kommun: Lilla Prov. 5 nätverk'] },
  }),
  example({
    exportName: 'PresetBoth',
    name: 'Preset filters: two municipalities and an area',
    description: 'Space-separated ids combine with OR inside a filter and AND between filters.',
    attributes: { municipality: `aby ${M.vacantSeat}`, area: 'provomradet' },
    now,
    sees: { text: ['Filter (3 valda)', 'Kommun: Åby och Östervik. Sakområde: Provområdet. 2 nätverk', 'Nätverket för testplanering', 'Nätverket för vilande frågor'] },
  }),
  example({
    exportName: 'OurNetworks',
    name: 'Our networks (without filters)',
    description: "For a municipality's own page: the preset applies, the filter controls are hidden, the choice is stated in text.",
    attributes: { municipality: 'provstad', 'without-filters': true, heading: 'Provstads nätverk' },
    now,
    sees: { text: ['Provstads nätverk', 'Kommun: Provstad. 5 nätverk'] },
  }),
  example({
    exportName: 'SearchWithResults',
    name: 'Search with results',
    description: '`query="provn"`: prefix-friendly search; matches are highlighted.',
    attributes: { query: 'provn' },
    now,
    sees: { text: ['Sökning: ”provn”. 4 nätverk', 'Provnätverket', 'Undernätverket för prov'] },
  }),
  example({
    exportName: 'SearchTypo',
    name: 'Search with a typo',
    description: '"exempelchefsnätvrket" still finds Exempelchefsnätverket.',
    attributes: { query: 'exempelchefsnätvrket' },
    now,
    sees: { text: ['Sökning: ”exempelchefsnätvrket”. 1 nätverk Exempelchefsnätverket'] },
  }),
  example({
    exportName: 'SearchWithoutDiacritics',
    name: 'Search without å, ä, ö',
    description: '"vilande fragor" finds "vilande frågor"; the names are shown as written.',
    attributes: { query: 'vilande fragor' },
    now,
    sees: { text: ['Sökning: ”vilande fragor”. 1 nätverk Nätverket för vilande frågor'] },
  }),
  example({
    exportName: 'SearchQuotedMunicipality',
    name: 'Search for a quoted municipality',
    description: 'A municipality name in quotes means "networks it belongs to".',
    attributes: { query: '"Lilla Prov"' },
    now,
    sees: { text: ['Sökning: ”"Lilla Prov"”. 5 nätverk'] },
  }),
  example({
    exportName: 'SearchFormerName',
    name: 'Search for a former name',
    description: 'A renamed network is found by its former name.',
    attributes: { query: 'översiktlig' },
    now,
    sees: { text: ['Sökning: ”översiktlig”. 1 nätverk Nätverket för exempelplanering'] },
  }),
  example({
    exportName: 'EmptyResult',
    name: 'Empty result',
    description: 'Nothing matches: the empty state says so and offers one button that clears search and filters.',
    attributes: { query: 'astrofysik', municipality: M.vacantSeat },
    now,
    sees: { text: ['Inga nätverk hittades', 'Rensa sökning och filter'] },
  }),
  ...sharedExamples({
    base: { attributes: { area: 'provomradet' }, now },
    sees: {
      sv: ['Sakområde: Provområdet. 3 nätverk', 'Nätverket för testplanering', 'Vakant plats Östervik'],
      en: ['Networks at GR', 'Subject area: Trial area. 3 networks', 'Vacant seat Östervik', 'According to the network’s own page.'],
    },
    published: { attributes: { municipality: 'ockero' }, description: 'The networks Öckerö takes part in.' },
    unknownId: {
      attributes: { municipality: 'atlantis provstad' },
      notice: ['Okänd kommun ”atlantis” i attributet municipality ignoreras; övriga val gäller.'],
      sees: ['Kommun: Provstad. 5 nätverk'],
      description: 'An unknown municipality id is named and ignored; the valid one still applies.',
    },
    overrides: {
      ThemeDark: { attributes: { query: 'prov' }, sees: { text: ['Sökning: ”prov”. 4 nätverk', 'Provnätverket'] }, description: 'Only `--gr-*` tokens: dark and high contrast; the match highlight uses `--gr-color-mark`.' },
    },
  }),
];
