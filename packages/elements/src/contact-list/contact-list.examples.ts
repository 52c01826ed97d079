/**
 * The states of <gr-contact-list>, on the fictional fixture dataset: Storybook's stories and the
 * examples test (src/examples.test.ts) are made from this list. See ../shared/examples.ts.
 */
import { fixtureClocks, fixtureIds } from '@goteborgsregionen/data/testing';
import { example, sharedExamples } from '../shared/examples.js';

const C = fixtureIds.committees;
const N = fixtureIds.networks;
const P = fixtureIds.people;

/** What the element is, for the top of its Storybook page (Markdown). */
export const summary =
  '`<gr-contact-list>`: contact persons for a political body (`committee`), a network (`network`) or a chosen list (`people`). Phone numbers are shown as Swedes write them and linked as `tel:+46…`; each person has a vCard.';

const base = { attributes: { committee: C.current }, now: fixtureClocks.dec2026 };

export const examples = [
  example({
    exportName: 'Default',
    name: 'Default',
    description: "A committee's contact persons: name, title, phone (linked as tel:+46…) and vCard.",
    ...base,
    sees: { text: ['Kontaktpersoner', 'Testa Exempelsson', 'Avdelningschef (fiktiv), Exempelavdelningen', 'Telefon: 070-174 06 05', 'Anna-Karin Berg Lindqvist', 'E-post: anna-karin.berg.lindqvist@example.org', 'Spara kontaktkort för Anna-Karin Berg Lindqvist (vCard)'] },
  }),
  example({
    exportName: 'Network',
    name: 'Network',
    description: "A network's contact person.",
    attributes: { network: N.sourceListed },
    now: fixtureClocks.dec2026,
    sees: { text: ['Anna-Karin Berg Lindqvist', 'Telefon: 031-390 06 00'] },
  }),
  example({
    exportName: 'ChosenPeople',
    name: 'Chosen people',
    description: 'Any people, in the order given, with `people="id id id"`: with and without phone, e-mail and title.',
    attributes: { people: `${P.particleFamilyName} ${P.regionStaff} ${P.nameOnly}` },
    now: fixtureClocks.dec2026,
    sees: { text: ['Maria de la Cruz Spara kontaktkort för Maria de la Cruz (vCard) Testa Exempelsson', 'Per Prov Spara kontaktkort för Per Prov (vCard)'] },
  }),
  example({
    exportName: 'CustomHeading',
    name: 'Custom heading and level',
    description: '`heading` replaces the default heading, `heading-level` fits the list into the page outline.',
    attributes: { ...base.attributes, heading: 'Frågor om Exempelstyrelsen', 'heading-level': 3 },
    now: base.now,
    sees: { text: ['Frågor om Exempelstyrelsen Testa Exempelsson'] },
  }),
  example({
    exportName: 'NoContacts',
    name: 'Empty: no contacts',
    description: 'A committee with no contact persons in the data says so in a sentence.',
    attributes: { committee: C.noComposition },
    now: fixtureClocks.dec2026,
    sees: { text: ['Kontaktpersoner Inga kontaktpersoner finns angivna.'] },
  }),
  example({
    exportName: 'UnknownPerson',
    name: 'Unknown person among people',
    description: 'Known people are shown; the unknown id is named.',
    attributes: { people: `${P.regionStaff} okand-person` },
    now: fixtureClocks.dec2026,
    sees: { text: ['Testa Exempelsson', 'Telefon: 070-174 06 05'], notice: { kind: 'error', text: ['Det finns inga personer med id ”okand-person”.', 'Se webbläsarens konsol för giltiga id:n.'] } },
  }),
  ...sharedExamples({
    base,
    sees: {
      sv: ['Kontaktpersoner', 'Testa Exempelsson', 'Telefon: 070-174 06 05', 'Anna-Karin Berg Lindqvist'],
      en: ['Contacts', 'Head of department (fictional), Example department', 'Phone: 070-174 06 05', 'Email: anna-karin.berg.lindqvist@example.org', 'Save contact card for Testa Exempelsson (vCard)'],
    },
    published: { attributes: { committee: 'styrgruppen-for-arbetsmarknad' }, description: "Styrgruppen för arbetsmarknad's contact persons." },
    unknownId: {
      attributes: { committee: 'styrgruppen-som-inte-finns' },
      notice: ['Det finns ingen politisk grupp med id ”styrgruppen-som-inte-finns”.', 'Se webbläsarens konsol för giltiga id:n.'],
      description: 'An id that is not in the data: a visible message; the console lists the valid ids.',
    },
    nothingChosen: {
      attributes: {},
      notice: ['Ange vilka kontakter som ska visas med attributet committee, network eller people.'],
      description: 'Without `committee`, `network` or `people` the element explains what to add.',
    },
  }),
];
