/** vCard 4.0 (RFC 6350) for a person: only what the data states, nothing invented. */
import { rawDataset } from './dataset.js';
import { document, escapeText, property } from './lines.js';
import { telHref } from './phone.js';
import { getMunicipality, getPerson } from './queries.js';
import { parseIsoDate } from './time.js';
import type { Dataset, Person } from './types.js';
import { isEmail } from './url.js';

const PRODID = '-//Göteborgsregionen//@goteborgsregionen/data//SV';

/** Family and given name from a full name: the last word is taken as the family name. */
function splitName(name: string): [family: string, given: string] {
  const words = name.trim().split(/\s+/);
  if (words.length < 2) return [name.trim(), ''];
  return [words[words.length - 1] ?? '', words.slice(0, -1).join(' ')];
}

/** ORG components: the employing organisation, then the department when there is one. */
function organisation(person: Person, dataset: Dataset): string[] {
  if (person.organisation) {
    const m = getMunicipality(person.organisation, dataset);
    const external = dataset.organisations?.find((o) => o.id === person.organisation);
    const name = m?.officialName ?? external?.name;
    if (name) return person.department ? [name, person.department] : [name];
  }
  const org = dataset.organisation;
  const department = person.department
    ? (org?.departments?.find((d) => d.id === person.department)?.name.sv ?? person.department)
    : undefined;
  const name = org?.name ?? 'Göteborgsregionen';
  return department ? [name, department] : [name];
}

/**
 * A person's vCard 4.0: FN, N, TITLE, ORG, TEL (as a tel: URI) and EMAIL when stated, REV from the
 * dataset's lastUpdated. Throws RangeError for an unknown id.
 */
export function personToVCard(personId: string, dataset: Dataset = rawDataset): string {
  const person = getPerson(personId, dataset);
  if (!person) throw new RangeError(`unknown person "${String(personId)}"`);
  const [family, given] = splitName(person.name);
  const lines = [
    'BEGIN:VCARD',
    'VERSION:4.0',
    property('PRODID', PRODID),
    'KIND:individual',
    property('FN', escapeText(person.name)),
    property('N', [family, given, '', '', ''].map(escapeText).join(';')),
  ];
  if (person.title?.sv) lines.push(property('TITLE', escapeText(person.title.sv)));
  lines.push(property('ORG', organisation(person, dataset).map(escapeText).join(';')));
  const tel = person.phone ? telHref(person.phone) : undefined;
  if (tel) lines.push(property('TEL;TYPE=work,voice;VALUE=uri', tel));
  if (person.email && isEmail(person.email)) lines.push(property('EMAIL;TYPE=work', escapeText(person.email)));
  const updated = parseIsoDate(dataset.lastUpdated);
  if (updated) lines.push(property('REV', `${dataset.lastUpdated.replace(/-/g, '')}T000000Z`));
  lines.push('END:VCARD');
  return document(lines);
}
