import type { ContactListStrings } from './sv.js';

export const en: ContactListStrings = {
  heading: 'Contacts',
  missing: 'Choose whom to show with the committee, network or people attribute.',
  unknownPeople: (ids) => `There are no people with the id ${ids}.`,
};
