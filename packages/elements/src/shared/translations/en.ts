import type { SharedStrings } from './sv.js';

/** Strings shared by every element, English. */
export const en: SharedStrings = {
  loading: 'Loading …',
  errorHeading: 'The data could not be loaded',
  errorFallback: 'Showing GR’s own data instead.',
  errorNetwork: (src) => `Could not reach ${src}. Check the address or try again later.`,
  errorHttp: (src, status) => `The server answered with error ${status} for ${src}.`,
  errorTimeout: (src, seconds) => `${src} did not answer within ${seconds} ${seconds === 1 ? 'second' : 'seconds'}.`,
  errorJson: (src) => `The file ${src} is not valid JSON.`,
  errorInvalid: (src, count, first) =>
    `The file ${src} does not follow GR’s data format (${count} ${count === 1 ? 'error' : 'errors'}). First error: ${first}`,
  errorTooLarge: (src, mb) => `The file ${src} is larger than ${mb} MB and was not read.`,
  errorUrl: (src) => `The address ${src} is not allowed. Use an http or https address.`,
  errorProperty: (count, first) => `The given data does not follow GR’s data format (${count} ${count === 1 ? 'error' : 'errors'}). First error: ${first}`,
  updated: (date) => `Updated ${date}`,
  call: (name, phone) => `Call ${name}, ${phone}`,
  email: (name, address) => `Email ${name}, ${address}`,
  phoneLabel: 'Phone',
  emailLabel: 'Email',
  vcard: 'Save contact card',
  vcardFor: (name) => ` for ${name}`,
  vcardFormat: '(vCard)',
  contactsHeading: 'Contacts',
  noContacts: 'No contact persons are listed.',
  unknownId: (what, id) => `There is no ${what} with the id “${id}”.`,
  validIdsHint: 'See the browser console for valid ids.',
  committeeWord: 'political body',
  networkWord: 'network',
  personWord: 'person',
  missingAttribute: (tag, attrs) => `<${tag}> needs the attribute ${attrs}.`,
};
