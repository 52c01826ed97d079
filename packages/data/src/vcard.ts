/** vCard 4.0 (RFC 6350) for a person: only what the data states, nothing invented. */
import { rawDataset } from './dataset.js';
import { document, escapeText, property } from './lines.js';
import { telHref } from './phone.js';
import { getMunicipality, getPerson } from './queries.js';
import { parseIsoDate } from './time.js';
import type { Dataset, Person } from './types.js';
import { isEmail } from './url.js';

const PRODID = '-//Göteborgsregionen//@goteborgsregionen/data//SV';

/**
 * N components [family, given] only where they are known: the stored `familyName`/`givenName`, or a
 * name of exactly two words (given + family). A name of more words without a stored split gets no N
 * (vCard 4.0 does not require it): "Annika Åberg Darell" is never guessed into "Darell; Annika Åberg".
 */
function nameParts(person: Person): [family: string, given: string] | undefined {
  if (person.familyName || person.givenName) return [person.familyName ?? '', person.givenName ?? ''];
  const words = person.name.trim().split(/\s+/);
  if (words.length === 2) return [words[1] ?? '', words[0] ?? ''];
  return undefined;
}

/**
 * ORG components, only from what the record states: its `organisation` (a municipality, an
 * `organisations[]` id or "gr"), or a GR department id in `department` (which says the person works at
 * GR). No organisation is assumed: a record that states none gets no ORG.
 */
function organisation(person: Person, dataset: Dataset): string[] | undefined {
  const org = dataset.organisation;
  const grDepartment = person.department ? org?.departments?.find((d) => d.id === person.department) : undefined;
  if (person.organisation && person.organisation !== org?.id) {
    const m = getMunicipality(person.organisation, dataset);
    const external = dataset.organisations?.find((o) => o.id === person.organisation);
    const name = m?.officialName ?? external?.name;
    if (!name) return undefined;
    return person.department && !grDepartment ? [name, person.department] : [name];
  }
  if (person.organisation === org?.id || grDepartment) {
    const name = org?.name ?? 'Göteborgsregionen';
    const department = grDepartment?.name.sv ?? person.department;
    return department ? [name, department] : [name];
  }
  return undefined;
}

/**
 * A person's vCard 4.0: FN, and N, TITLE, ORG, TEL (as a tel: URI) and EMAIL only when the record
 * states them; REV from the dataset's compile date. Throws RangeError for an unknown id.
 */
export function personToVCard(personId: string, dataset: Dataset = rawDataset): string {
  const person = getPerson(personId, dataset);
  if (!person) throw new RangeError(`unknown person "${String(personId)}"`);
  const parts = nameParts(person);
  const org = organisation(person, dataset);
  const lines = [
    'BEGIN:VCARD',
    'VERSION:4.0',
    property('PRODID', PRODID),
    'KIND:individual',
    property('FN', escapeText(person.name)),
  ];
  if (parts) lines.push(property('N', [parts[0], parts[1], '', '', ''].map(escapeText).join(';')));
  if (person.title?.sv) lines.push(property('TITLE', escapeText(person.title.sv)));
  if (org) lines.push(property('ORG', org.map(escapeText).join(';')));
  const tel = person.phone ? telHref(person.phone) : undefined;
  if (tel) lines.push(property('TEL;TYPE=work,voice;VALUE=uri', tel));
  if (person.email && isEmail(person.email)) lines.push(property('EMAIL;TYPE=work', escapeText(person.email)));
  const updated = parseIsoDate(dataset.lastUpdated);
  if (updated) lines.push(property('REV', `${dataset.lastUpdated.replace(/-/g, '')}T000000Z`));
  lines.push('END:VCARD');
  return document(lines);
}
