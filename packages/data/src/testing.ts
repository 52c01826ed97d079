/**
 * @goteborgsregionen/data/testing: a small, clearly fictional dataset for tests and stories.
 *
 * Nothing here is a fact about Göteborgsregionen: the region, municipalities, bodies, networks and
 * people are invented ("Exempelregionen", "Provstad", "Testa Exempelsson"), phone numbers are from
 * the ranges PTS reserves for fiction, e-mail addresses use example.org, and source URLs point to
 * example.org. It is valid under `parseDataset` and exercises every state the elements show, at the
 * fixed clocks in `fixtureClocks`:
 *
 * | state | record (`fixtureIds`) |
 * |---|---|
 * | body in a current term (all three clocks but 2031) | `committees.current` |
 * | term ended, next composition unpublished, body continues (sourced) | `committees.nextTermUnpublished` |
 * | dissolved with a successor (from 2027) / the successor | `committees.dissolved` / `committees.successor` |
 * | continuation unknown | `committees.continuationUnknown` |
 * | no composition published at all | `committees.noComposition` |
 * | meetings: timed, time not published, cancelled, multi-day, on both DST change days | `committees.current`'s meetings |
 * | a meeting in progress on each DST change day | `committees.current` at `fixtureClocks.summerTimeEnds2026` / `summerTimeStarts2027` |
 * | participants listed by a source / GR's general statement / a vacancy / paused / partners + parent / renamed / no participants | `networks.*` |
 * | people with multi-word family names, with and without phone, e-mail, organisation | `people.*` |
 * | sources recent at 2026-12-01 and 2027-01-15 / more than a year old | `sources.recent` / `sources.old` |
 *
 * `createFixtureDataset()` returns a fresh deep copy each call, so a test can change it freely.
 */
import type { Committee, Dataset, Meeting, Network, Person, Source } from './types.js';

/** The clocks the fixture's states are designed around (RFC 3339, Europe/Stockholm). */
export const fixtureClocks = {
  /** The 2023–2026 term is current; the styrgrupp has its last month. */
  dec2026: '2026-12-01T12:00:00+01:00',
  /** New term: a continuing body's new composition is unpublished; the styrgrupp is dissolved. */
  jan2027: '2027-01-15T12:00:00+01:00',
  /** Four years on: even the 2027–2030 term has ended; every meeting is past. */
  jan2031: '2031-01-15T12:00:00+01:00',
  /** 11.00 CET on the day summer time ends (2026-10-25): that day's 10.00–15.00 conference is in progress. */
  summerTimeEnds2026: '2026-10-25T11:00:00+01:00',
  /** 10.30 CEST on the day summer time starts (2027-03-28): the night's residential meeting has ended, the 10.00–12.00 meeting is in progress. */
  summerTimeStarts2027: '2027-03-28T10:30:00+02:00',
} as const;

const SEED = '900_f1c7f1c7f1c7f1c7.txt';
const page = (path: string) => `https://example.org/exempelregionen/${path}`;
/** Facts from November 2026: recent at 2026-12-01 and 2027-01-15, more than a year old at 2031-01-15. */
const recent = (path: string): Source => ({ url: page(path), asOf: '2026-11' });
/** Facts from September 2024: more than a year old at every fixture clock. */
const old = (path: string): Source => ({ url: page(path), asOf: '2024-09' });
const seed: Source = { seed: SEED, asOf: '2026' };

/** Which record exercises which state. */
export const fixtureIds = {
  committees: {
    /** Terms 2023–2026 and 2027–2030 published: current at dec2026 and jan2027, next term unpublished at jan2031. */
    current: 'exempelstyrelsen',
    /** Only 2023–2026 published, continues (sourced): next composition unpublished from jan2027. */
    nextTermUnpublished: 'exempelfullmaktige',
    /** Dissolved 2026-12-31, replaced by `successor`. */
    dissolved: 'styrgruppen-for-prov',
    /** Founded 2027-01-01, replaced `dissolved`; its 2027–2030 term is published. */
    successor: 'beredningsgruppen-for-prov',
    /** Only 2023–2026 published, no source says whether it continues. */
    continuationUnknown: 'arbetsgruppen-for-test',
    /** No composition published at all; no meetings. */
    noComposition: 'radet-for-exempel',
  },
  networks: {
    /** A source lists the participants per municipality; has meetings. */
    sourceListed: 'provnatverket',
    /** No source lists participants: GR's general statement is the basis. */
    generalStatement: 'exempelchefsnatverket',
    /** A source lists the participants and gives one seat as vacant. */
    vacancy: 'natverket-for-testplanering',
    /** Paused ("vilande"). */
    paused: 'natverket-for-vilande-fragor',
    /** Partners outside the municipalities and a parent network. */
    partnersAndParent: 'undernatverket-for-prov',
    /** Renamed: its former name is searchable. */
    renamed: 'natverket-for-exempelplanering',
    /** No participants published. */
    noParticipants: 'exempelradet',
  },
  people: {
    /** "Anna-Karin Berg Lindqvist": given name "Anna-Karin", family name "Berg Lindqvist"; phone, e-mail, organisation. */
    multiWordFamilyName: 'anna-karin-berg-lindqvist',
    /** "Maria de la Cruz": family name "de la Cruz"; no phone, no e-mail, no organisation. */
    particleFamilyName: 'maria-de-la-cruz',
    /** Works at the region's own department; phone only. */
    regionStaff: 'testa-exempelsson',
    /** A politician: name only. */
    nameOnly: 'per-prov',
  },
  municipalities: {
    /** A two-word name ("Lilla Prov"), for quoted search. */
    twoWords: 'lilla-prov',
    /** Its seat in `networks.vacancy` is vacant. */
    vacantSeat: 'ostervik',
  },
  sources: { recent: '2026-11', old: '2024-09' },
} as const;

const MUNICIPALITIES: [id: string, name: string, officialName: string][] = [
  ['aby', 'Åby', 'Åby kommun'],
  ['alvvik', 'Älvvik', 'Älvviks kommun'],
  ['exempelby', 'Exempelby', 'Exempelby kommun'],
  ['lilla-prov', 'Lilla Prov', 'Lilla Provs kommun'],
  ['provstad', 'Provstad', 'Provstads stad'],
  ['ostervik', 'Östervik', 'Östervikens kommun'],
];
const ALL = MUNICIPALITIES.map(([id]) => id);

/** A timed meeting of the current body on one day: `from`/`to` are "HH:MM:SS+hh:mm". */
const t = (date: string, from: string, to: string, extra: Partial<Meeting> = {}): Meeting => ({
  start: `${date}T${from}`,
  end: `${date}T${to}`,
  sources: [recent('exempelstyrelsen')],
  ...extra,
});

/** The current body's meetings: around all three clocks, both DST changes, every meeting state. */
const styrelsenMeetings: Meeting[] = [
  // Past at every clock, facts more than a year old.
  { start: '2024-09-20T09:00:00+02:00', end: '2024-09-20T12:00:00+02:00', sources: [old('exempelstyrelsen-2024')] },
  // The day summer time ends (2026-10-25: 03:00 CEST → 02:00 CET): a Sunday conference, winter offset.
  t('2026-10-25', '10:00:00+01:00', '15:00:00+01:00', { location: 'Provstads stadshus', note: { sv: 'Höstkonferens', en: 'Autumn conference' } }),
  // Two days, time not published (date-only), before dec2026.
  { start: '2026-11-19', end: '2026-11-20', note: { sv: 'Styrelsekonferens', en: 'Board conference' }, sources: [recent('exempelstyrelsen')] },
  // Upcoming at dec2026, time published.
  t('2026-12-11', '09:00:00+01:00', '12:00:00+01:00'),
  // Upcoming at dec2026, time not published.
  { start: '2026-12-18', sources: [recent('exempelstyrelsen')] },
  // Cancelled; upcoming at jan2027.
  t('2027-01-22', '09:00:00+01:00', '12:00:00+01:00', { status: 'cancelled', note: { sv: 'Inställt', en: 'Cancelled' } }),
  // Next at jan2027: overnight, two days with times.
  { start: '2027-02-11T13:00:00+01:00', end: '2027-02-12T12:00:00+01:00', location: 'Exempelby', sources: [recent('exempelstyrelsen')] },
  // The day summer time starts (2027-03-28: 02:00 CET → 03:00 CEST): summer offset.
  t('2027-03-28', '10:00:00+02:00', '12:00:00+02:00'),
  // Across the spring change: Saturday in winter time to Sunday in summer time.
  { start: '2027-03-27T13:00:00+01:00', end: '2027-03-28T09:00:00+02:00', note: { sv: 'Internat', en: 'Residential meeting' }, sources: [recent('exempelstyrelsen')] },
  // Later in 2027, time not published.
  { start: '2027-05-20', sources: [recent('exempelstyrelsen')] },
];

const committee = (c: Omit<Committee, 'contacts' | 'meetings' | 'purpose'> & Partial<Committee>): Committee => ({
  purpose: [],
  contacts: [],
  meetings: [],
  ...c,
});

const network = (n: Omit<Network, 'area' | 'kind'> & Partial<Network>): Network => ({
  area: 'exempelomradet',
  kind: 'chefsnatverk',
  ...n,
});

const people: Person[] = [
  {
    id: 'anna-karin-berg-lindqvist',
    name: 'Anna-Karin Berg Lindqvist',
    givenName: 'Anna-Karin',
    familyName: 'Berg Lindqvist',
    title: { sv: 'Planeringsstrateg (fiktiv)', en: 'Planning strategist (fictional)' },
    organisation: 'provstad',
    phone: '+46313900600',
    email: 'anna-karin.berg.lindqvist@example.org',
    sources: [recent('provnatverket')],
  },
  {
    id: 'maria-de-la-cruz',
    name: 'Maria de la Cruz',
    givenName: 'Maria',
    familyName: 'de la Cruz',
    sources: [old('arbetsgruppen-for-test')],
  },
  {
    id: 'testa-exempelsson',
    name: 'Testa Exempelsson',
    title: { sv: 'Avdelningschef (fiktiv)', en: 'Head of department (fictional)' },
    department: 'exempelavdelningen',
    phone: '+46701740605',
    sources: [recent('exempelstyrelsen')],
  },
  { id: 'per-prov', name: 'Per Prov', sources: [recent('exempelstyrelsen')] },
  { id: 'eva-exempel', name: 'Eva Exempel', sources: [recent('exempelstyrelsen')] },
  { id: 'olle-ovning', name: 'Olle Övning', sources: [old('exempelfullmaktige')] },
  { id: 'asa-attrapp', name: 'Åsa Attrapp', sources: [old('exempelfullmaktige')] },
  { id: 'karl-kontroll', name: 'Karl Kontroll', sources: [old('styrgruppen-for-prov')] },
];

const dataset: Dataset = {
  version: 2,
  lastUpdated: '2026-11-24',
  organisation: {
    id: 'gr',
    name: 'Exempelregionen',
    shortName: 'ER',
    legalName: 'Exempelregionens kommunalförbund (fiktivt)',
    englishName: 'The Example Region (fictional)',
    website: 'https://example.org/exempelregionen',
    seat: 'provstad',
    description: {
      sv: 'Ett påhittat kommunalförbund för tester och exempel. Inget här handlar om Göteborgsregionen.',
      en: 'An invented association of municipalities for tests and examples. Nothing here is about Göteborgsregionen.',
    },
    departments: [
      { id: 'exempelavdelningen', name: { sv: 'Exempelavdelningen', en: 'Example department' }, head: 'testa-exempelsson', sources: [recent('avdelningar')] },
    ],
    sources: [seed],
  },
  municipalities: MUNICIPALITIES.map(([id, name, officialName]) => ({ id, name, officialName, sources: [recent('kommuner')] })),
  organisations: [
    { id: 'exempeluniversitetet', name: 'Exempeluniversitetet', kind: 'universitet', website: 'https://example.org/universitet', sources: [recent('undernatverket-for-prov')] },
    { id: 'kustvik', name: 'Kustviks kommun', kind: 'kommun', sources: [recent('undernatverket-for-prov')] },
  ],
  areas: [
    { id: 'exempelomradet', name: { sv: 'Exempelområdet', en: 'Example area' }, sources: [seed] },
    { id: 'provomradet', name: { sv: 'Provområdet', en: 'Trial area' }, sources: [seed] },
    { id: 'ovrigt', name: { sv: 'Övrigt' }, sources: [seed] },
  ],
  parties: [
    { id: 'A', name: { sv: 'Alfapartiet (fiktivt)', en: 'Alpha Party (fictional)' }, sources: [seed] },
    { id: 'B', name: { sv: 'Betapartiet (fiktivt)', en: 'Beta Party (fictional)' }, sources: [seed] },
  ],
  people,
  networks: [
    network({
      id: 'provnatverket',
      name: 'Provnätverket',
      municipalities: ALL,
      participation: { basis: 'source-listed', sources: [recent('provnatverket')] },
      description: { sv: 'Fiktivt chefsnätverk vars sida listar deltagarna per kommun.', en: 'A fictional network of managers whose page lists the participants per municipality.' },
      meetingsPerYear: { min: 4, max: 4 },
      contacts: ['anna-karin-berg-lindqvist'],
      meetings: [
        { start: '2026-09-18', sources: [recent('provnatverket')] },
        { start: '2026-12-04T08:30:00+01:00', end: '2026-12-04T12:00:00+01:00', location: 'Provstad', sources: [recent('provnatverket')] },
        { start: '2027-02-05', sources: [recent('provnatverket')] },
      ],
      sources: [recent('provnatverket')],
    }),
    network({
      id: 'exempelchefsnatverket',
      name: 'Exempelchefsnätverket',
      municipalities: ALL,
      participation: { basis: 'general-statement', sources: [seed] },
      description: { sv: 'Fiktivt nätverk där ingen källa listar deltagarna.', en: 'A fictional network for which no source lists the participants.' },
      meetingsPerYear: { min: 6, max: 8, approximate: true },
      financing: ['arsavgift'],
      sources: [seed],
    }),
    network({
      id: 'natverket-for-testplanering',
      name: 'Nätverket för testplanering',
      area: 'provomradet',
      kind: 'strateger-och-sakkunniga',
      municipalities: ALL.filter((m) => m !== 'ostervik'),
      participation: { basis: 'source-listed', sources: [old('natverket-for-testplanering')] },
      vacancies: [{ municipality: 'ostervik', sources: [old('natverket-for-testplanering')] }],
      contacts: ['testa-exempelsson'],
      sources: [old('natverket-for-testplanering')],
    }),
    network({
      id: 'natverket-for-vilande-fragor',
      name: 'Nätverket för vilande frågor',
      area: 'provomradet',
      kind: 'kunskaps-och-erfarenhetsutbyte',
      municipalities: ['aby', 'provstad'],
      participation: { basis: 'source-listed', sources: [old('natverket-for-vilande-fragor')] },
      status: { state: 'paused', sources: [old('natverket-for-vilande-fragor')] },
      sources: [old('natverket-for-vilande-fragor')],
    }),
    network({
      id: 'undernatverket-for-prov',
      name: 'Undernätverket för prov',
      area: 'provomradet',
      kind: 'strateger-och-sakkunniga',
      parent: 'provnatverket',
      municipalities: ['alvvik', 'lilla-prov'],
      participation: { basis: 'source-listed', sources: [recent('undernatverket-for-prov')] },
      partners: ['exempeluniversitetet', 'kustvik'],
      financing: ['externa-parter'],
      sources: [recent('undernatverket-for-prov')],
    }),
    network({
      id: 'natverket-for-exempelplanering',
      name: 'Nätverket för exempelplanering',
      formerNames: ['Nätverket för översiktlig exempelplanering'],
      municipalities: ALL,
      participation: { basis: 'general-statement', sources: [seed] },
      sources: [seed, recent('natverket-for-exempelplanering')],
    }),
    network({ id: 'exempelradet', name: 'Exempelrådet', area: 'ovrigt', kind: 'regional-samverkan', municipalities: [], sources: [seed] }),
  ],
  terms: [
    { id: '2019-2022', from: '2019-01-01', until: '2022-12-31', sources: [seed] },
    { id: '2023-2026', from: '2023-01-01', until: '2026-12-31', sources: [seed] },
    { id: '2027-2030', from: '2027-01-01', until: '2030-12-31', sources: [seed] },
  ],
  committees: [
    committee({
      id: 'exempelstyrelsen',
      name: 'Exempelstyrelsen',
      kind: 'forbundsstyrelse',
      description: { sv: 'Fiktiv styrelse med publicerad sammansättning för två mandatperioder.', en: 'A fictional board with a published composition for two terms.' },
      appointedBy: 'exempelfullmaktige',
      purpose: [{ sv: 'Leda det fiktiva förbundet', en: 'Lead the fictional association' }, { sv: 'Bereda ärenden till fullmäktige' }],
      continuation: { continues: true, sources: [seed] },
      terms: [
        {
          term: '2023-2026',
          memberCount: 11,
          deputyCount: 5,
          presidium: [
            { person: 'per-prov', role: 'chair', party: 'A', municipality: 'provstad' },
            { person: 'eva-exempel', role: 'vice-chair', party: 'B', municipality: 'aby' },
          ],
          sources: [old('exempelstyrelsen-2023')],
        },
        {
          term: '2027-2030',
          memberCount: 13,
          presidium: [
            { person: 'eva-exempel', role: 'chair', party: 'B', municipality: 'aby' },
            { person: 'per-prov', role: 'vice-chair', party: 'A', municipality: 'provstad' },
          ],
          sources: [recent('exempelstyrelsen')],
        },
      ],
      contacts: ['testa-exempelsson', 'anna-karin-berg-lindqvist'],
      meetings: styrelsenMeetings,
      meetingsPerYear: { min: 7, max: 7, approximate: true },
      area: 'exempelomradet',
      sources: [recent('exempelstyrelsen')],
    }),
    committee({
      id: 'exempelfullmaktige',
      name: 'Exempelfullmäktige',
      kind: 'forbundsfullmaktige',
      appointedBy: 'medlemskommunerna',
      continuation: { continues: true, sources: [seed] },
      terms: [
        {
          term: '2023-2026',
          presidium: [
            { person: 'olle-ovning', role: 'chair', party: 'A', municipality: 'alvvik' },
            { person: 'asa-attrapp', role: 'vice-chair', party: 'B', municipality: 'lilla-prov' },
          ],
          sources: [old('exempelfullmaktige')],
        },
      ],
      meetings: [
        { start: '2026-06-16T16:00:00+02:00', end: '2026-06-16T18:00:00+02:00', sources: [old('exempelfullmaktige')] },
        { start: '2026-12-08', sources: [recent('exempelfullmaktige')] },
      ],
      sources: [old('exempelfullmaktige')],
    }),
    committee({
      id: 'styrgruppen-for-prov',
      name: 'Styrgruppen för prov',
      kind: 'styrgrupp',
      description: { sv: 'Fiktiv styrgrupp som ersätts av beredningsgruppen för prov från 2027.', en: 'A fictional steering group replaced by the preparatory group for trials from 2027.' },
      appointedBy: 'exempelstyrelsen',
      dissolved: '2026-12-31',
      successor: 'beredningsgruppen-for-prov',
      terms: [
        {
          term: '2023-2026',
          memberCount: 9,
          presidium: [{ person: 'karl-kontroll', role: 'chair', party: 'A', municipality: 'exempelby' }],
          sources: [old('styrgruppen-for-prov')],
        },
      ],
      contacts: ['testa-exempelsson'],
      meetings: [
        { start: '2026-10-07T09:00:00+02:00', end: '2026-10-07T12:00:00+02:00', sources: [old('styrgruppen-for-prov')] },
        { start: '2026-12-09T09:00:00+01:00', end: '2026-12-09T12:00:00+01:00', sources: [old('styrgruppen-for-prov')] },
      ],
      sources: [old('styrgruppen-for-prov')],
    }),
    committee({
      id: 'beredningsgruppen-for-prov',
      name: 'Beredningsgruppen för prov',
      kind: 'beredningsgrupp',
      appointedBy: 'exempelstyrelsen',
      founded: '2027-01-01',
      predecessor: 'styrgruppen-for-prov',
      terms: [
        {
          term: '2027-2030',
          presidium: [
            { person: 'karl-kontroll', party: 'A', municipality: 'exempelby' },
            { person: 'maria-de-la-cruz', party: 'B' },
          ],
          sources: [recent('beredningsgruppen-for-prov')],
        },
      ],
      meetings: [{ start: '2027-02-03T09:00:00+01:00', end: '2027-02-03T12:00:00+01:00', sources: [recent('beredningsgruppen-for-prov')] }],
      sources: [recent('beredningsgruppen-for-prov')],
    }),
    committee({
      id: 'arbetsgruppen-for-test',
      name: 'Arbetsgruppen för test',
      kind: 'beredningsgrupp',
      appointedBy: 'exempelstyrelsen',
      terms: [
        {
          term: '2023-2026',
          presidium: [{ person: 'maria-de-la-cruz', role: 'chair', party: 'B', municipality: 'ostervik' }],
          sources: [old('arbetsgruppen-for-test')],
        },
      ],
      sources: [old('arbetsgruppen-for-test')],
    }),
    committee({
      id: 'radet-for-exempel',
      name: 'Rådet för exempel',
      kind: 'beredningsgrupp',
      terms: [],
      sources: [seed],
    }),
  ],
  openQuestions: [
    {
      id: 'exempelplanering-ett-eller-tva-natverk',
      question: {
        sv: 'Är Nätverket för exempelplanering samma nätverk som det tidigare Nätverket för översiktlig exempelplanering? (fiktiv fråga)',
        en: 'Is the network for example planning the same network as the former one? (fictional question)',
      },
      records: ['natverket-for-exempelplanering'],
      sources: [recent('natverket-for-exempelplanering')],
    },
  ],
};

const frozen = JSON.stringify(dataset);

/** A fresh deep copy of the fictional fixture dataset (valid under `parseDataset`). */
export function createFixtureDataset(): Dataset {
  return JSON.parse(frozen) as Dataset;
}
