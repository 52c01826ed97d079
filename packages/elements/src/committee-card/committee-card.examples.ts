/**
 * The states of <gr-committee-card>, on the fictional fixture dataset: Storybook's stories and the
 * examples test (src/examples.test.ts) are made from this list. See ../shared/examples.ts. Every
 * example sets `now`, so "next" and "previous" never change with the date.
 */
import { fixtureClocks, fixtureIds } from '@goteborgsregionen/data/testing';
import { example, sharedExamples } from '../shared/examples.js';

const C = fixtureIds.committees;

/** What the element is, for the top of its Storybook page (Markdown). */
export const summary =
  '`<gr-committee-card>`: one political body on a card: purpose, member count, presidium (role, name, party, municipality), next and previous meeting in Stockholm time, contacts and a calendar subscription. Every story sets `now`, so "next" and "previous" never change with the date.';

const base = { attributes: { committee: C.current }, now: fixtureClocks.dec2026 };

export const examples = [
  example({
    exportName: 'Default',
    name: 'Default',
    description: 'Exempelstyrelsen on 1 December 2026: purpose, presidium, the next meeting and the previous one, contacts and the calendar subscription.',
    ...base,
    sees: { text: ['Exempelstyrelsen', 'Leda det fiktiva förbundet', 'Ordförande Per Prov', 'Nästa möte fredag 11 december 2026, kl. 9.00–12.00', 'Föregående möte 19–20 november 2026, tid ej publicerad', 'Testa Exempelsson', '070-174 06 05', 'Ladda ner mötena som kalenderfil (.ics)'] },
  }),
  example({
    exportName: 'CancelledMeeting',
    name: 'Cancelled meeting',
    description: 'Exempelstyrelsen on 15 January 2027: the next meeting, 22 January 2027, is cancelled. It stays visible, marked "Inställt" in words, not only by colour.',
    attributes: { committee: C.current },
    now: fixtureClocks.jan2027,
    sees: { text: ['Nästa möte fredag 22 januari 2027, kl. 9.00–12.00 Inställt', 'Mandatperiod 2027–2030', 'Ordförande Eva Exempel'] },
  }),
  example({
    exportName: 'MeetingInProgress',
    name: 'Meeting in progress',
    description: 'During a meeting (25 October 2026, 11.00, the day summer time ends): the meeting is marked as in progress.',
    attributes: { committee: C.current },
    now: fixtureClocks.summerTimeEnds2026,
    sees: { text: ['söndag 25 oktober 2026, kl. 10.00–15.00 Pågår nu'] },
  }),
  example({
    exportName: 'DateOnlyMeeting',
    name: 'Time not published',
    description: 'The next meeting (8 December 2026) has a date but no published time: the card says "tid ej publicerad" instead of presenting it as an all-day meeting.',
    attributes: { committee: C.nextTermUnpublished },
    now: fixtureClocks.dec2026,
    sees: { text: ['Exempelfullmäktige', 'Nästa möte tisdag 8 december 2026, tid ej publicerad', 'Föregående möte tisdag 16 juni 2026, kl. 16.00–18.00'] },
  }),
  example({
    exportName: 'NewTermNotYetPublished',
    name: 'New term not yet published',
    description: "Exempelfullmäktige on 15 January 2027: the 2023–2026 term has ended and the new composition is not published yet. The card says so in plain words and shows the 2023–2026 presidium labelled as the previous term's; it never says the body ended.",
    attributes: { committee: C.nextTermUnpublished },
    now: fixtureClocks.jan2027,
    sees: { text: ['Mandatperioden 2023–2026 har avslutats. Sammansättningen för den nya mandatperioden är inte publicerad än.', 'Presidium 2023–2026 (förra mandatperioden)', 'Ordförande Olle Övning'] },
  }),
  example({
    exportName: 'ContinuationUnknown',
    name: 'Continuation unknown',
    description: 'Arbetsgruppen för test on 15 January 2027: no source says whether it continues into the new term, and the card says exactly that.',
    attributes: { committee: C.continuationUnknown },
    now: fixtureClocks.jan2027,
    sees: { text: ['Det är inte publicerat om gruppen finns kvar under den nya mandatperioden.', 'Ordförande Maria de la Cruz'] },
  }),
  example({
    exportName: 'FactsMoreThanAYearOld',
    name: 'Facts more than a year old',
    description: "Styrgruppen för prov on 1 December 2026: its facts are from September 2024, so a polite note says they may have changed and links to the source. The dataset's compile date is never shown as freshness.",
    attributes: { committee: C.dissolved },
    now: fixtureClocks.dec2026,
    sees: { text: ['Uppgifter från september 2024.', 'Uppgifterna är mer än ett år gamla och kan ha ändrats.', 'Se aktuella uppgifter hos GR'] },
  }),
  example({
    exportName: 'NoUpcomingMeeting',
    name: 'No upcoming meeting',
    description: 'Exempelstyrelsen in January 2031, after the last published meeting: "Inga kommande möten är publicerade", and the previous meeting.',
    attributes: { committee: C.current },
    now: fixtureClocks.jan2031,
    sees: { text: ['Nästa möte Inga kommande möten är publicerade.', 'Föregående möte torsdag 20 maj 2027, tid ej publicerad'] },
  }),
  example({
    exportName: 'NoMeetingsAtAll',
    name: 'No meetings published',
    description: 'Arbetsgruppen för test: no published meeting dates.',
    attributes: { committee: C.continuationUnknown },
    now: fixtureClocks.dec2026,
    sees: { text: ['Arbetsgruppen för test', 'Inga kommande möten är publicerade.', 'Inga tidigare möten är publicerade.'] },
  }),
  example({
    exportName: 'NoComposition',
    name: 'No composition published',
    description: 'Rådet för exempel: no term, presidium or meeting is published.',
    attributes: { committee: C.noComposition },
    now: fixtureClocks.dec2026,
    sees: { text: ['Rådet för exempel', 'Inget presidium finns publicerat.'] },
  }),
  example({
    exportName: 'ReplacedBySuccessor',
    name: 'Replaced by successor',
    description: 'A body that has ended (31 December 2026) says so first and names its successor; with `committee-href` the name is a link.',
    attributes: { committee: C.dissolved, 'committee-href': '?path=/story/elements-gr-committee-card--successor&id={id}' },
    now: fixtureClocks.jan2027,
    sees: { text: ['Den här gruppen har avslutats och ersatts av Beredningsgruppen för prov.'] },
  }),
  example({
    exportName: 'Successor',
    name: 'Successor of an ended body',
    description: 'Beredningsgruppen för prov names the body it replaced.',
    attributes: { committee: C.successor },
    now: fixtureClocks.jan2027,
    sees: { text: ['Beredningsgruppen för prov', 'Gruppen ersatte Styrgruppen för prov.', 'Nästa möte onsdag 3 februari 2027, kl. 9.00–12.00'] },
  }),
  ...sharedExamples({
    base,
    sees: {
      sv: ['Exempelstyrelsen', 'Ordförande Per Prov', 'Nästa möte fredag 11 december 2026, kl. 9.00–12.00'],
      en: ['Purpose and remit', 'Chair Per Prov', 'Next meeting Friday 11 December 2026, 9:00–12:00', 'time not published', 'Phone: 070-174 06 05'],
    },
    published: {
      attributes: { committee: 'antagningsnamnden' },
      now: '2024-04-01T12:00:00+02:00',
      description: 'Antagningsnämnden on 1 April 2024 (calendar files are then generated in the browser).',
    },
    unknownId: {
      attributes: { committee: 'styrgruppen-for-kultur' },
      notice: ['Det finns ingen politisk grupp med id ”styrgruppen-for-kultur”.', 'Se webbläsarens konsol för giltiga id:n.'],
      description: 'An id that is not in the data: a visible message; the console lists the valid ids.',
    },
    nothingChosen: { attributes: {}, notice: ['Ange vilken politisk grupp som ska visas med attributet committee.'], description: 'Without `committee` the card says which attribute to add.' },
    overrides: {
      ThemeDark: { now: fixtureClocks.jan2027, sees: { text: ['Nästa möte fredag 22 januari 2027, kl. 9.00–12.00 Inställt'] }, description: 'Only `--gr-*` tokens: dark and high contrast, here with a cancelled meeting.' },
    },
  }),
];
