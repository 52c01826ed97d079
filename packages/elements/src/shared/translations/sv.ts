/** Strings shared by every element, Swedish (the default language). */
export const sv = {
  loading: 'Hämtar uppgifter …',
  errorHeading: 'Uppgifterna kunde inte hämtas',
  errorFallback: 'Vi visar GR:s egna uppgifter i stället.',
  errorNetwork: (src: string) => `Det gick inte att nå ${src}. Kontrollera adressen eller försök igen senare.`,
  errorHttp: (src: string, status: number) => `Servern svarade med felkod ${status} för ${src}.`,
  errorTimeout: (src: string, seconds: number) =>
    `${src} svarade inte inom ${String(seconds).replace('.', ',')} ${seconds === 1 ? 'sekund' : 'sekunder'}.`,
  errorJson: (src: string) => `Filen ${src} är inte giltig JSON.`,
  errorInvalid: (src: string, count: number, first: string) =>
    `Filen ${src} följer inte GR:s dataformat (${count} fel). Första felet: ${first}`,
  errorTooLarge: (src: string, mb: number) => `Filen ${src} är större än ${mb} MB och lästes inte.`,
  errorUrl: (src: string) => `Adressen ${src} är inte tillåten. Använd en http- eller https-adress.`,
  errorProperty: (count: number, first: string) => `De angivna uppgifterna följer inte GR:s dataformat (${count} fel). Första felet: ${first}`,
  /** When the shown facts are from: "Uppgifter från september 2024". */
  asOf: (when: string) => `Uppgifter från ${when}.`,
  outdated: 'Uppgifterna är mer än ett år gamla och kan ha ändrats.',
  outdatedLink: 'Se aktuella uppgifter hos GR',
  call: (name: string, phone: string) => `Ring ${name}, ${phone}`,
  email: (name: string, address: string) => `Mejla ${name}, ${address}`,
  phoneLabel: 'Telefon',
  emailLabel: 'E-post',
  vcard: 'Spara kontaktkort',
  vcardFor: (name: string) => ` för ${name}`,
  vcardFormat: '(vCard)',
  contactsHeading: 'Kontaktpersoner',
  noContacts: 'Inga kontaktpersoner finns angivna.',
  // "ingen politisk grupp", "ingen person", but "inget nätverk" (neuter nouns take "inget").
  unknownId: (what: string, id: string) =>
    `Det finns ${/(nätverk|område)$/.test(what) ? 'inget' : 'ingen'} ${what} med id ”${id}”.`,
  validIdsHint: 'Se webbläsarens konsol för giltiga id:n.',
  committeeWord: 'politisk grupp',
  networkWord: 'nätverk',
  personWord: 'person',
  missingAttribute: (tag: string, attrs: string) => `<${tag}> behöver attributet ${attrs}.`,
  approximately: 'cirka',
  meetingForms: { one: 'möte', other: 'möten' },
};
export type SharedStrings = typeof sv;
