/**
 * A small, valid dataset for unit tests, built from facts in the seeds (abridged). `fixture()`
 * returns a fresh deep copy each call, so tests can mutate it.
 */
import type { Dataset, Network } from '../src/types.js';

const S1 = { seed: '001_0123456789abcdef.txt', asOf: '2023' };
const S3 = { seed: '003_02d8fadbe85809ff.txt', asOf: '2021' };
const WEB = { url: 'https://goteborgsregionen.se/natverk', asOf: '2024-09' };
const url = (u: string, asOf = '2023') => ({ url: u, asOf });

const municipalities: [string, string, string, string][] = [
  ['ale', 'Ale', 'Ale kommun', '1440'],
  ['alingsas', 'Alingsås', 'Alingsås kommun', '1489'],
  ['goteborg', 'Göteborg', 'Göteborgs Stad', '1480'],
  ['harryda', 'Härryda', 'Härryda kommun', '1401'],
  ['kungsbacka', 'Kungsbacka', 'Kungsbacka kommun', '1384'],
  ['kungalv', 'Kungälv', 'Kungälvs kommun', '1482'],
  ['lerum', 'Lerum', 'Lerums kommun', '1441'],
  ['lilla-edet', 'Lilla Edet', 'Lilla Edets kommun', '1462'],
  ['molndal', 'Mölndal', 'Mölndals stad', '1481'],
  ['partille', 'Partille', 'Partille kommun', '1402'],
  ['stenungsund', 'Stenungsund', 'Stenungsunds kommun', '1415'],
  ['tjorn', 'Tjörn', 'Tjörns kommun', '1419'],
  ['ockero', 'Öckerö', 'Öckerö kommun', '1407'],
];
const ALL = municipalities.map(([id]) => id);

function network(id: string, name: string, area: string, kind: Network['kind'], extra: Partial<Network> = {}): Network {
  return { id, name, area, kind, municipalities: ALL, participation: { basis: 'general-statement', sources: [S1] }, sources: [S1], ...extra };
}

const base: Dataset = {
  version: 2,
  lastUpdated: '2026-11-24',
  organisation: {
    id: 'gr',
    name: 'Göteborgsregionen',
    shortName: 'GR',
    legalName: 'Göteborgsregionens kommunalförbund',
    englishName: 'The Gothenburg Region',
    website: 'https://goteborgsregionen.se',
    seat: 'goteborg',
    departments: [
      {
        id: 'arbetsmarknad-och-social-valfard',
        name: { sv: 'Arbetsmarknad och social välfärd' },
        head: 'lena-holmlund',
        sources: [{ seed: '002_0123456789abcdef.txt', asOf: '2020' }],
      },
    ],
    sources: [{ seed: '000_1be18bc338198f6a.txt', asOf: '2020' }],
  },
  municipalities: municipalities.map(([id, name, officialName, kommunkod]) => ({
    id,
    name,
    officialName,
    kommunkod,
    county: id === 'kungsbacka' ? { code: '13', name: 'Hallands län' } : { code: '14', name: 'Västra Götalands län' },
    website: `https://${id.replace('-', '')}.se`,
    sources: [url('https://goteborgsregionen.se/kommuner')],
  })),
  organisations: [
    { id: 'goteborgs-universitet', name: 'Göteborgs universitet', kind: 'universitet', website: 'https://www.gu.se', sources: [S1] },
    { id: 'orust', name: 'Orust kommun', kind: 'kommun', sources: [WEB] },
    { id: 'uddevalla', name: 'Uddevalla kommun', kind: 'kommun', sources: [WEB] },
  ],
  areas: [
    { id: 'arbetsmarknad-och-social-valfard', name: { sv: 'Arbetsmarknad och social välfärd', en: 'Labour market and social welfare' }, sources: [S1] },
    { id: 'miljo-och-samhallsbyggnad', name: { sv: 'Miljö och samhällsbyggnad', en: 'Environment and urban planning' }, sources: [S1] },
    { id: 'utbildning', name: { sv: 'Utbildning', en: 'Education' }, sources: [S1] },
    { id: 'ovriga', name: { sv: 'Övriga' }, sources: [S1] },
  ],
  parties: [
    { id: 'S', name: { sv: 'Socialdemokraterna', en: 'Social Democrats' }, sources: [S3] },
    { id: 'L', name: { sv: 'Liberalerna', en: 'Liberals' }, sources: [S3] },
    { id: 'M', name: { sv: 'Moderaterna', en: 'Moderates' }, sources: [S3] },
  ],
  people: [
    {
      id: 'lena-holmlund',
      name: 'Lena Holmlund',
      title: { sv: 'Avdelningschef' },
      department: 'arbetsmarknad-och-social-valfard',
      phone: '+46313355188',
      sources: [S3],
    },
    { id: 'linda-karlsson', name: 'Linda Karlsson', phone: '+46313355204', sources: [S3] },
    { id: 'ulrica-furby', name: 'Ulrica Furby', phone: '+46766453313', email: 'ulrica.furby@example.se', sources: [WEB] },
    { id: 'thorbjorn-carlsson', name: 'Thorbjörn Carlsson', sources: [S3] },
    { id: 'ulrika-landergren', name: 'Ulrika Landergren', sources: [S3] },
    { id: 'helena-balte', name: 'Helena Balte', organisation: 'alingsas', sources: [WEB] },
  ],
  networks: [
    network('socialchefsnatverket', 'Socialchefsnätverket', 'arbetsmarknad-och-social-valfard', 'chefsnatverk', {
      description: { sv: 'Strategiskt nätverk för kommunernas socialchefer.' },
      contacts: ['lena-holmlund'],
      meetingsPerYear: { min: 6, max: 8 },
      financing: ['arsavgift'],
    }),
    network(
      'aldreomsorg-samt-halso-och-sjukvardschefer',
      'Äldreomsorg samt hälso- och sjukvårdschefer',
      'arbetsmarknad-och-social-valfard',
      'chefsnatverk',
    ),
    network('skoljuridiska-gruppen', 'Skoljuridiska gruppen', 'utbildning', 'kunskaps-och-erfarenhetsutbyte'),
    network('utbildningschefsnatverket', 'Utbildningschefsnätverket', 'utbildning', 'chefsnatverk'),
    network('forskolenatverket', 'Förskolenätverket', 'utbildning', 'strateger-och-sakkunniga', {
      parent: 'utbildningschefsnatverket',
      contacts: ['helena-balte'],
      startDate: '2013-01-01',
      meetings: [
        { start: '2023-03-10T08:30:00+01:00', end: '2023-03-10T12:00:00+01:00', location: 'GR', sources: [WEB] },
        { start: '2023-05-05T08:30:00+02:00', end: '2023-05-05T12:00:00+02:00', location: 'GR', sources: [WEB] },
      ],
    }),
    network('samhallsbyggnadschefer', 'Samhällsbyggnadschefer', 'miljo-och-samhallsbyggnad', 'chefsnatverk'),
    network('planchefsnatverket', 'Planchefsnätverket', 'miljo-och-samhallsbyggnad', 'chefsnatverk', {
      meetings: [
        { start: '2024-02-02', sources: [WEB] },
        { start: '2024-03-01', sources: [WEB] },
      ],
    }),
    network('strandskyddsgruppen', 'Strandskyddsgruppen', 'miljo-och-samhallsbyggnad', 'kunskaps-och-erfarenhetsutbyte', {
      municipalities: ['ale', 'kungalv', 'lilla-edet', 'stenungsund', 'tjorn'],
      participation: { basis: 'source-listed', sources: [WEB] },
      partners: ['orust', 'uddevalla'],
      meetingsPerYear: { min: 2, max: 2 },
    }),
    network(
      'natverket-for-socialt-hallbar-transportplanering',
      'Nätverket för socialt hållbar transportplanering',
      'ovriga',
      'regional-samverkan',
      { municipalities: ['goteborg', 'molndal'], participation: { basis: 'source-listed', sources: [WEB] }, partners: ['goteborgs-universitet'], financing: ['externa-parter'] },
    ),
  ],
  terms: [
    { id: '2019-2022', from: '2019-01-01', until: '2022-12-31', sources: [url('https://goteborgsregionen.se/politik')] },
    { id: '2023-2026', from: '2023-01-01', until: '2026-12-31', sources: [url('https://goteborgsregionen.se/politik')] },
  ],
  committees: [
    {
      id: 'styrgruppen-for-arbetsmarknad',
      name: 'Styrgruppen för arbetsmarknad',
      kind: 'styrgrupp',
      description: { sv: 'Politisk styrgrupp för GR:s arbete med arbetsmarknad; femton ledamöter.' },
      appointedBy: 'forbundsstyrelsen',
      purpose: [
        { sv: 'Verka för friare och flexiblare användande av arbetsmarknadspolitiska medel utifrån lokala och regionala förutsättningar' },
        { sv: 'Medverka till idé- och erfarenhetsutbyte mellan medlemskommunerna' },
      ],
      dissolved: '2022-12-31',
      terms: [
        {
          term: '2019-2022',
          memberCount: 15,
          presidium: [
            { person: 'thorbjorn-carlsson', role: 'chair', party: 'S', municipality: 'partille' },
            { person: 'ulrika-landergren', role: 'vice-chair', party: 'L', municipality: 'kungsbacka' },
          ],
          sources: [S3],
        },
      ],
      contacts: ['lena-holmlund', 'linda-karlsson'],
      meetings: [
        { start: '2021-01-20T09:00:00+01:00', end: '2021-01-20T12:00:00+01:00', sources: [S3] },
        { start: '2021-04-07T09:00:00+02:00', end: '2021-04-07T12:00:00+02:00', sources: [S3] },
        { start: '2021-05-25T09:00:00+02:00', end: '2021-05-25T12:00:00+02:00', sources: [S3] },
        {
          start: '2021-08-27T09:00:00+02:00',
          end: '2021-08-27T12:00:00+02:00',
          status: 'cancelled',
          note: { sv: 'Inställt; nytt datum meddelas, se https://goteborgsregionen.se' },
          sources: [S3],
        },
        { start: '2021-09-22T09:00:00+02:00', end: '2021-09-22T12:00:00+02:00', sources: [S3] },
        { start: '2021-10-20T09:00:00+02:00', end: '2021-10-20T12:00:00+02:00', location: 'Göteborgsregionen, Anders Personsgatan 8', sources: [S3] },
      ],
      area: 'arbetsmarknad-och-social-valfard',
      successor: 'beredningsgrupp-for-arbetsmarknad',
      sources: [S3, url('https://goteborgsregionen.se/styrgrupp-arbetsmarknad')],
    },
    {
      id: 'beredningsgrupp-for-arbetsmarknad',
      name: 'Beredningsgrupp för arbetsmarknad',
      kind: 'beredningsgrupp',
      appointedBy: 'forbundsstyrelsen',
      purpose: [],
      founded: '2023-01-01',
      terms: [],
      contacts: [],
      meetings: [],
      predecessor: 'styrgruppen-for-arbetsmarknad',
      sources: [url('https://goteborgsregionen.se/nyheterochpress')],
    },
    {
      id: 'forbundsstyrelsen',
      name: 'Förbundsstyrelsen',
      kind: 'forbundsstyrelse',
      appointedBy: 'medlemskommunerna',
      purpose: [],
      terms: [{ term: '2023-2026', memberCount: 22, deputyCount: 11, presidium: [], sources: [url('https://goteborgsregionen.se/politik')] }],
      contacts: [],
      meetings: [],
      meetingsPerYear: { min: 7, max: 7 },
      sources: [url('https://goteborgsregionen.se/politik')],
    },
    {
      id: 'styrgruppen-for-social-valfard',
      name: 'Styrgruppen för social välfärd',
      kind: 'styrgrupp',
      purpose: [],
      terms: [],
      contacts: ['lena-holmlund'],
      meetings: [
        { start: '2020-01-24T09:00:00+01:00', end: '2020-01-24T15:00:00+01:00', sources: [WEB] },
        { start: '2020-03-19', end: '2020-03-20', status: 'cancelled', note: { sv: 'Inställt!' }, sources: [WEB] },
        { start: '2020-04-16T09:00:00+02:00', end: '2020-04-16T12:00:00+02:00', sources: [WEB] },
      ],
      sources: [WEB],
    },
  ],
};

const frozen = JSON.stringify(base);

/** A fresh, valid dataset. */
export function fixture(): Dataset {
  return JSON.parse(frozen) as Dataset;
}

/** Same data, one shared instance (for tests that rely on per-dataset caches). */
export const shared: Dataset = fixture();
