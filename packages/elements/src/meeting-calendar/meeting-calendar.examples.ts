/**
 * The states of <gr-meeting-calendar>, on the fictional fixture dataset: Storybook's stories and the
 * examples test (src/examples.test.ts) are made from this list. See ../shared/examples.ts. Every
 * example sets `now`, so "upcoming" never changes with the date.
 */
import { fixtureClocks, fixtureIds } from '@goteborgsregionen/data/testing';
import { example, sharedExamples } from '../shared/examples.js';

const C = fixtureIds.committees;
const N = fixtureIds.networks;

/** What the element is, for the top of its Storybook page (Markdown). */
export const summary =
  '`<gr-meeting-calendar>`: meetings of one or more political bodies (`committee`) or networks (`network`). The list view comes first (upcoming, then earlier meetings); the month view is a keyboard-navigable grid with ISO week numbers, Monday first. Times are always Europe/Stockholm ("kl. 9.00–12.00"), with an .ics file per meeting and a subscription per body. Every story sets `now`, so "upcoming" never changes with the date.';

const base = { attributes: { committee: C.current }, now: fixtureClocks.dec2026 };

export const examples = [
  example({
    exportName: 'Default',
    name: 'Default (list)',
    description: 'Exempelstyrelsen on 1 December 2026: upcoming meetings by month, then earlier ones, each with an .ics link.',
    ...base,
    sees: { text: ['Möten – Exempelstyrelsen', 'Kommande möten december 2026 fredag 11 december 2026, kl. 9.00–12.00', 'fredag 18 december 2026, tid ej publicerad', 'Tidigare möten 19–20 november 2026, tid ej publicerad Styrelsekonferens', 'Lägg till i kalendern (.ics)'] },
  }),
  example({
    exportName: 'MonthView',
    name: 'Month view',
    description: '`view="month"`: a grid of December 2026 (the month of the next meeting) with ISO week numbers, Monday first; arrow keys move between days, Page Up/Down between months.',
    attributes: { ...base.attributes, view: 'month' },
    now: base.now,
    sees: { text: ['december 2026', 'v. 49', '11 fredag 11 december 2026, 1 möte: Exempelstyrelsen, kl. 9.00–12.00', 'Möten i december 2026'] },
  }),
  example({
    exportName: 'MonthViewChosenMonth',
    name: 'Month view, chosen month',
    description: '`month="2027-03"` opens the grid at March 2027, when summer time starts.',
    attributes: { ...base.attributes, view: 'month', month: '2027-03' },
    now: base.now,
    sees: { text: ['mars 2027', '28 söndag 28 mars 2027, 2 möten: Exempelstyrelsen, kl. 13.00 – söndag 28 mars 2027, kl. 9.00; Exempelstyrelsen, kl. 10.00–12.00'] },
  }),
  example({
    exportName: 'SeveralCommittees',
    name: 'Several committees',
    description: '`committee="a b"`: the meetings of both bodies in one list, each marked with the body it belongs to.',
    attributes: { committee: `${C.current} ${C.dissolved}` },
    now: fixtureClocks.dec2026,
    sees: { text: ['onsdag 9 december 2026, kl. 9.00–12.00 Styrgruppen för prov', 'fredag 11 december 2026, kl. 9.00–12.00 Exempelstyrelsen', 'Ladda ner alla möten för Styrgruppen för prov (.ics)'] },
  }),
  example({
    exportName: 'NetworkMeetings',
    name: 'Network meetings',
    description: "`network=\"…\"`: a network's meeting days.",
    attributes: { network: N.sourceListed },
    now: fixtureClocks.dec2026,
    sees: { text: ['Möten – Provnätverket', 'fredag 4 december 2026, kl. 8.30–12.00 Plats: Provstad', 'fredag 5 februari 2027, tid ej publicerad'] },
  }),
  example({
    exportName: 'CommitteesAndNetworks',
    name: 'Committee and network together',
    description: 'Political bodies and networks can be combined in one calendar.',
    attributes: { committee: C.nextTermUnpublished, network: N.sourceListed },
    now: fixtureClocks.dec2026,
    sees: { text: ['fredag 4 december 2026, kl. 8.30–12.00 Provnätverket', 'tisdag 8 december 2026, tid ej publicerad Exempelfullmäktige'] },
  }),
  example({
    exportName: 'CancelledMeeting',
    name: 'Cancelled meeting',
    description: '22 January 2027 is cancelled: it stays in the list, marked "Inställt" in words.',
    attributes: { committee: C.current },
    now: fixtureClocks.jan2027,
    sees: { text: ['Kommande möten januari 2027 fredag 22 januari 2027, kl. 9.00–12.00 , Inställt'] },
  }),
  example({
    exportName: 'CancelledMeetingMonth',
    name: 'Cancelled meeting, month view',
    description: 'The cancelled meeting in the January 2027 grid.',
    attributes: { committee: C.current, view: 'month' },
    now: fixtureClocks.jan2027,
    sees: { text: ['januari 2027', '15 fredag 15 januari 2027, i dag', 'Inställt'] },
  }),
  example({
    exportName: 'NoUpcomingMeeting',
    name: 'No upcoming meeting',
    description: 'After the last published meeting: "Inga kommande möten är publicerade", then the earlier meetings.',
    attributes: { committee: C.current },
    now: fixtureClocks.jan2031,
    sees: { text: ['Kommande möten Inga kommande möten är publicerade.', 'Tidigare möten torsdag 20 maj 2027, tid ej publicerad'] },
  }),
  example({
    exportName: 'NoMeetingsAtAll',
    name: 'No meetings published',
    description: 'A body without published dates: both lists say so.',
    attributes: { committee: C.continuationUnknown },
    now: fixtureClocks.dec2026,
    sees: { text: ['Kommande möten Inga kommande möten är publicerade. Tidigare möten Inga tidigare möten är publicerade.'] },
  }),
  example({
    exportName: 'WithoutViewSwitch',
    name: 'Month view without the switch',
    description: '`without-view-switch` hides the list/month buttons; `heading` replaces the default heading.',
    attributes: { ...base.attributes, view: 'month', 'without-view-switch': true, heading: 'Exempelstyrelsens möten' },
    now: base.now,
    sees: { text: ['Exempelstyrelsens möten ‹ Föregående månad'] },
  }),
  example({
    exportName: 'EnglishMonth',
    name: 'English, month view',
    description: 'English month names, weekdays ("Mon"), "Week", and times as 9:00.',
    attributes: { ...base.attributes, view: 'month' },
    now: base.now,
    lang: 'en',
    sees: { text: ['Meetings – Exempelstyrelsen', 'December 2026', 'Mon Monday', 'wk 49', '11 Friday 11 December 2026, 1 meeting: Exempelstyrelsen, 9:00–12:00'] },
  }),
  example({
    exportName: 'NarrowMonth',
    name: 'Narrow (320 px), month view',
    description: 'The month grid at 320 px wide.',
    attributes: { ...base.attributes, view: 'month' },
    now: base.now,
    narrow: true,
    sees: { text: ['december 2026', '11 fredag 11 december 2026, 1 möte: Exempelstyrelsen, kl. 9.00–12.00'] },
  }),
  ...sharedExamples({
    base,
    sees: {
      sv: ['Möten – Exempelstyrelsen', 'fredag 11 december 2026, kl. 9.00–12.00'],
      en: ['Meetings – Exempelstyrelsen', 'Upcoming meetings December 2026 Friday 11 December 2026, 9:00–12:00', 'Friday 22 January 2027, 9:00–12:00 , Cancelled', 'Add to calendar (.ics)'],
    },
    published: {
      attributes: { committee: 'antagningsnamnden' },
      now: '2024-04-01T12:00:00+02:00',
      description: 'Antagningsnämnden on 1 April 2024 (.ics files are then generated in the browser).',
    },
    unknownId: {
      attributes: { committee: `${C.current} styrgruppen-for-kultur` },
      notice: ['Det finns ingen politisk grupp med id ”styrgruppen-for-kultur”.'],
      sees: ['Möten – Exempelstyrelsen', 'fredag 11 december 2026, kl. 9.00–12.00'],
      description: "An unknown id is named; the known body's meetings are still shown.",
    },
    nothingChosen: { attributes: {}, notice: ['<gr-meeting-calendar> behöver attributet committee eller network.'], description: 'Without `committee` or `network` the calendar says which attribute to add.' },
    overrides: {
      ThemeKungsbacka: { attributes: { ...base.attributes, view: 'month' } },
      ThemeDark: { now: fixtureClocks.jan2027, sees: { text: ['fredag 22 januari 2027, kl. 9.00–12.00 , Inställt'] }, description: 'Only `--gr-*` tokens: dark and high contrast, with a cancelled meeting.' },
    },
  }),
];
