/** CSV (RFC 4180: CRLF, quoted fields where needed) of the main collections, with Swedish headers. */
import { networkKindLabels } from './constants.js';
import { meetingUid } from './ics.js';
import { formatPhone } from './phone.js';
import { meetingsOf } from './queries.js';
import { meetingStart } from './time.js';
import { committeeState, committeeTerms } from './terms.js';
import type { Dataset, Source } from './types.js';

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
/** Sources as "URL (2024-09)" or "seed file (2021)". */
const sourceList = (sources: readonly Source[] | undefined) =>
  list((sources ?? []).map((s) => `${'url' in s ? s.url : s.seed} (${s.asOf})`));

/** Options for `toCSV`. */
export interface CsvOptions {
  /** The moment the committees' current term is taken at (default: now). */
  now?: Date;
}

/** One collection as CSV. Throws RangeError for an unknown collection name. */
export function toCSV(dataset: Dataset, collection: CsvCollection, options: CsvOptions = {}): string {
  const now = options.now ?? new Date();
  const name = (id: string | undefined, of: readonly { id: string; name: string }[]) =>
    id === undefined ? undefined : (of.find((x) => x.id === id)?.name ?? id);
  const people = dataset.people ?? [];
  switch (collection) {
    case 'networks':
      return table(
        ['id', 'namn', 'sakområde', 'typ', 'kommuner', 'deltagande enligt', 'vakanta platser', 'status', 'beskrivning', 'möten per år', 'överordnat nätverk', 'kontakter', 'källor'],
        dataset.networks.map((n) => [
          n.id,
          n.name,
          dataset.areas.find((a) => a.id === n.area)?.name.sv ?? n.area,
          networkKindLabels[n.kind]?.sv ?? n.kind,
          list(n.municipalities.map((m) => name(m, dataset.municipalities))),
          n.participation?.basis === 'source-listed'
            ? 'källa som listar deltagarna'
            : n.participation?.basis === 'general-statement'
              ? 'GR:s allmänna uppgift om nätverken'
              : undefined,
          list(n.vacancies?.map((v) => name(v.municipality, dataset.municipalities))),
          n.status?.state === 'paused' ? 'vilande' : n.status?.state === 'active' ? 'aktivt' : undefined,
          n.description?.sv,
          n.meetingsPerYear
            ? n.meetingsPerYear.min === n.meetingsPerYear.max
              ? n.meetingsPerYear.min
              : `${n.meetingsPerYear.min}–${n.meetingsPerYear.max}`
            : undefined,
          name(n.parent, dataset.networks),
          list(n.contacts?.map((p) => name(p, people))),
          sourceList(n.sources),
        ]),
      );
    case 'committees':
      return table(
        ['id', 'namn', 'typ', 'beskrivning', 'mandatperiod', 'antal ledamöter', 'ordförande', 'vice ordförande', 'läge', 'bildad', 'upplöst', 'efterträdare', 'kontakter', 'källor'],
        dataset.committees.map((c) => {
          const state = committeeState(c, now, dataset);
          const term = state?.state === 'current' ? state.term : committeeTerms(c, dataset).at(-1);
          const presidium = term?.presidium ?? [];
          return [
            c.id,
            c.name,
            c.kind,
            c.description?.sv,
            term?.term,
            term?.memberCount,
            list(presidium.filter((p) => p.role === 'chair').map((p) => `${name(p.person, people)} (${p.party})`)),
            list(presidium.filter((p) => p.role === 'vice-chair').map((p) => `${name(p.person, people)} (${p.party})`)),
            state?.state,
            c.founded,
            c.dissolved,
            name(c.successor, dataset.committees),
            list(c.contacts.map((p) => name(p, people))),
            sourceList([...c.sources, ...(term?.sources ?? [])]),
          ];
        }),
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
          sourceList(m.sources),
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
          sourceList(p.sources),
        ]),
      );
    default:
      throw new RangeError(`unknown collection "${String(collection)}" (use ${CSV_COLLECTIONS.join(', ')})`);
  }
}
