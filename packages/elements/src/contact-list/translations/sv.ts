export const sv = {
  heading: 'Kontaktpersoner',
  missing: 'Ange vilka kontakter som ska visas med attributet committee, network eller people.',
  unknownPeople: (ids: string) => `Det finns inga personer med id ${ids}.`,
};
export type ContactListStrings = typeof sv;
