/** CSV (RFC 4180: CRLF, quoted fields where needed) of the main collections, with Swedish headers. */
import { networkKindLabels } from './constants.js';
import { meetingUid } from './ics.js';
import { formatPhone } from './phone.js';
import { meetingsOf } from './queries.js';
import { meetingStart } from './time.js';
import type { Dataset } from './types.js';

export type CsvCollection = 'networks' | 'committees' | 'meetings' | 'people';
export const CSV_COLLECTIONS: readonly CsvCollection[] = ['networks', 'committees', 'meetings', 'people'];

type Cell = string | number | undefined | null;

function cell(value: Cell): string {
  const text = value === undefined || value === null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function table(header: readonly string[], rows: readonly Cell[][]): string {
  return [header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}

const list = (items: readonly (string | undefined)[] | undefined) => (items ?? []).filter(Boolean).join('; ');

/** One collection as CSV. Throws RangeError for an unknown collection name. */
export function toCSV(dataset: Dataset, collection: CsvCollection): string {
  const name = (id: string | undefined, of: readonly { id: string; name: string }[]) =>
    id === undefined ? undefined : (of.find((x) => x.id === id)?.name ?? id);
  const people = dataset.people ?? [];
  switch (collection) {
    case 'networks':
      return table(
        ['id', 'namn', 'sakområde', 'typ', 'kommuner', 'beskrivning', 'möten per år', 'överordnat nätverk', 'kontakter', 'källor'],
        dataset.networks.map((n) => [
          n.id,
          n.name,
          dataset.areas.find((a) => a.id === n.area)?.name.sv ?? n.area,
          networkKindLabels[n.kind]?.sv ?? n.kind,
          list(n.municipalities.map((m) => name(m, dataset.municipalities))),
          n.description?.sv,
          n.meetingsPerYear
            ? n.meetingsPerYear.min === n.meetingsPerYear.max
              ? n.meetingsPerYear.min
              : `${n.meetingsPerYear.min}–${n.meetingsPerYear.max}`
            : undefined,
          name(n.parent, dataset.networks),
          list(n.contacts?.map((p) => name(p, people))),
          list(n.sources),
        ]),
      );
    case 'committees':
      return table(
        ['id', 'namn', 'typ', 'beskrivning', 'antal ledamöter', 'ordförande', 'vice ordförande', 'kontakter', 'giltig från', 'giltig till', 'källor'],
        dataset.committees.map((c) => [
          c.id,
          c.name,
          c.kind,
          c.description?.sv,
          c.memberCount,
          list(c.presidium.filter((p) => p.role === 'chair').map((p) => `${name(p.person, people)} (${p.party})`)),
          list(c.presidium.filter((p) => p.role === 'vice-chair').map((p) => `${name(p.person, people)} (${p.party})`)),
          list(c.contacts.map((p) => name(p, people))),
          c.validFrom,
          c.validUntil,
          list(c.sources),
        ]),
      );
    case 'meetings': {
      const owners = [...dataset.committees, ...dataset.networks];
      const rows = owners
        .flatMap((owner) => meetingsOf(owner.id, dataset).map((m) => ({ owner, m, t: meetingStart(m).getTime() })))
        .sort((a, b) => a.t - b.t || a.owner.id.localeCompare(b.owner.id));
      return table(
        ['organ_id', 'organ', 'start', 'slut', 'status', 'plats', 'anteckning', 'uid', 'källor'],
        rows.map(({ owner, m }) => [
          owner.id,
          owner.name,
          m.start,
          m.end,
          m.status ?? 'scheduled',
          m.location,
          m.note?.sv,
          meetingUid(owner.id, m),
          list(m.sources),
        ]),
      );
    }
    case 'people':
      return table(
        ['id', 'namn', 'titel', 'avdelning', 'telefon', 'telefon_e164', 'e-post', 'källor'],
        people.map((p) => [
          p.id,
          p.name,
          p.title?.sv,
          dataset.organisation.departments.find((d) => d.id === p.department)?.name.sv ?? p.department,
          p.phone ? formatPhone(p.phone) : undefined,
          p.phone,
          p.email,
          list(p.sources),
        ]),
      );
    default:
      throw new RangeError(`unknown collection "${String(collection)}" (use ${CSV_COLLECTIONS.join(', ')})`);
  }
}
