/**
 * The dataset's shape as a valibot schema: types, required fields, formats of single values.
 * Cross-record rules (references, unique ids, meeting offsets, cycles) live in validate.ts.
 * scripts/build-files.ts turns this schema into dist/schema.json (JSON Schema draft-07).
 */
import * as v from 'valibot';
import {
  COMMITTEE_KINDS,
  FINANCING,
  MEETING_STATUSES,
  NETWORK_KINDS,
  NETWORK_STATES,
  ORGANISATION_KINDS,
  PARTICIPATION_BASES,
  PRESIDIUM_ROLES,
} from './constants.js';
import { isDateTime, isIsoDate } from './time.js';
import type * as Types from './types.js';
import type { Dataset } from './types.js';
import { isAsOf } from './as-of.js';
import { hasCredentials, isEmail, isHttpUrl } from './url.js';

/** Id slug: lower-case a–z and 0–9 in words joined by single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Swedish E.164 phone number. */
export const E164_PATTERN = /^\+46[1-9]\d{6,12}$/;
/** Seed file name used as a source. */
export const SEED_FILE_PATTERN = /^\d{3}_[0-9a-f]{16}\.txt$/;

const quote = (input: unknown): string => (typeof input === 'string' ? JSON.stringify(input) : String(input));
const describeVersion = (input: unknown): string => (input === undefined ? 'nothing' : quote(input).slice(0, 20));

/**
 * The `check` requirements, named so that scripts/build-files.ts can map each to its JSON Schema
 * counterpart (`format`, `pattern`).
 */
export const requirements = {
  text: (s: string): boolean => s.trim().length > 0,
  isoDate: (s: string): boolean => isIsoDate(s),
  httpUrl: (s: string): boolean => isHttpUrl(s),
  seed: (s: string): boolean => SEED_FILE_PATTERN.test(s),
  asOf: (s: string): boolean => isAsOf(s),
  oneLocation: (s: { url?: string; seed?: string; asOf: string }): boolean => (s.url === undefined) !== (s.seed === undefined),
  email: (s: string): boolean => isEmail(s),
  meetingTime: (s: string): boolean => isDateTime(s) || isIsoDate(s),
  frequency: (f: { min: number; max: number }): boolean => f.min <= f.max,
};

const Text = v.pipe(
  v.string(),
  v.check(requirements.text, 'must not be empty'),
);
const Id = v.pipe(
  v.string(),
  v.regex(SLUG_PATTERN, (i) => `${quote(i.input)} is not a valid id: use lower-case a–z, 0–9 and single hyphens ("lilla-edet")`),
);
/** A reference to another record's id; whether it resolves is checked in validate.ts. */
const Ref = v.pipe(v.string(), v.minLength(1, 'must not be empty'));
const Refs = v.array(Ref);
const LocalizedText = v.strictObject({ sv: Text, en: v.optional(Text) });
const IsoDate = v.pipe(
  v.string(),
  v.check(requirements.isoDate, (i) => `${quote(i.input)} is not an existing ISO date (YYYY-MM-DD)`),
);
const HttpUrl = v.pipe(
  v.string(),
  v.check(requirements.httpUrl, (i) =>
    hasCredentials(i.input)
      ? `${quote(i.input)} contains a user name or password; remove them (only public addresses are allowed)`
      : `${quote(i.input)} is not an http(s) URL`,
  ),
);
/** The date facts are from: "2024", "2024-09" or "2024-09-26". */
const AsOf = v.pipe(
  v.string(),
  v.check(
    requirements.asOf,
    (i) => `${quote(i.input)} is not an as-of date: use a year ("2024"), a month ("2024-09") or a day ("2024-09-26")`,
  ),
);
const Seed = v.pipe(
  v.string(),
  v.check(requirements.seed, (i) => `${quote(i.input)} is not a seed file name ("003_02d8fadbe85809ff.txt")`),
);
/** `{url, asOf}` or `{seed, asOf}`: one object shape, so a wrong field is named by its own path. */
const Source = v.pipe(
  v.strictObject({ url: v.optional(HttpUrl), seed: v.optional(Seed), asOf: AsOf }),
  v.check(requirements.oneLocation, 'needs either "url" or "seed" (exactly one)'),
  v.transform((s) => s as Types.Source),
);
const Sources = v.pipe(v.array(Source), v.minLength(1, 'needs at least one source'));
const Phone = v.pipe(
  v.string(),
  v.regex(E164_PATTERN, (i) => `${quote(i.input)} is not a Swedish E.164 number ("+46313355188" for 031-335 51 88)`),
);
const Email = v.pipe(
  v.string(),
  v.check(requirements.email, (i) => `${quote(i.input)} is not a plausible e-mail address`),
);
const Count = v.pipe(v.number(), v.integer('must be a whole number'), v.minValue(0, 'must not be negative'));
const MeetingTime = v.pipe(
  v.string(),
  v.check(
    requirements.meetingTime,
    (i) =>
      `${quote(i.input)} is neither an RFC 3339 date-time with offset ("2021-01-20T09:00:00+01:00") nor an existing ISO date ("2024-02-02")`,
  ),
);
const Frequency = v.pipe(
  v.strictObject({ min: v.pipe(v.number(), v.minValue(0, 'must not be negative')), max: v.pipe(v.number(), v.minValue(0, 'must not be negative')), approximate: v.optional(v.boolean()) }),
  v.check(requirements.frequency, 'min must not be greater than max'),
);

const Department = v.strictObject({
  id: Id,
  name: LocalizedText,
  head: v.optional(Ref),
  sources: Sources,
});

const Organisation = v.strictObject({
  id: v.literal('gr'),
  name: Text,
  shortName: Text,
  legalName: Text,
  englishName: v.optional(Text),
  website: HttpUrl,
  seat: v.optional(Ref),
  founded: v.optional(Text),
  description: v.optional(LocalizedText),
  departments: v.array(Department),
  sources: Sources,
});

const Municipality = v.strictObject({
  id: Id,
  name: Text,
  officialName: Text,
  kommunkod: v.optional(v.pipe(v.string(), v.regex(/^\d{4}$/, (i) => `${quote(i.input)} is not a four-digit kommunkod`))),
  county: v.optional(
    v.strictObject({
      code: v.pipe(v.string(), v.regex(/^\d{2}$/, (i) => `${quote(i.input)} is not a two-digit county code`)),
      name: Text,
    }),
  ),
  website: v.optional(HttpUrl),
  population: v.optional(v.strictObject({ value: Count, date: IsoDate })),
  sources: Sources,
});

const ExternalOrganisation = v.strictObject({
  id: Id,
  name: Text,
  kind: v.picklist(ORGANISATION_KINDS),
  website: v.optional(HttpUrl),
  sources: Sources,
});

const Area = v.strictObject({ id: Id, name: LocalizedText, sources: Sources });

const Party = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^\S{1,40}$/, (i) => `${quote(i.input)} is not a party abbreviation ("S", "MP")`)),
  name: LocalizedText,
  sources: Sources,
});

const Person = v.strictObject({
  id: Id,
  name: Text,
  givenName: v.optional(Text),
  familyName: v.optional(Text),
  title: v.optional(LocalizedText),
  department: v.optional(Text),
  organisation: v.optional(Ref),
  phone: v.optional(Phone),
  email: v.optional(Email),
  validFrom: v.optional(IsoDate),
  validUntil: v.optional(IsoDate),
  sources: Sources,
});

const Meeting = v.strictObject({
  start: MeetingTime,
  end: v.optional(MeetingTime),
  status: v.optional(v.picklist(MEETING_STATUSES)),
  location: v.optional(Text),
  note: v.optional(LocalizedText),
  sources: Sources,
});

const Participation = v.strictObject({
  basis: v.picklist(PARTICIPATION_BASES),
  sources: Sources,
});
const Vacancy = v.strictObject({ municipality: Ref, sources: Sources });
const NetworkStatus = v.strictObject({ state: v.picklist(NETWORK_STATES), sources: Sources });

const Network = v.strictObject({
  id: Id,
  name: Text,
  formerNames: v.optional(v.array(Text)),
  area: Ref,
  kind: v.picklist(NETWORK_KINDS),
  municipalities: Refs,
  participation: v.optional(Participation),
  vacancies: v.optional(v.array(Vacancy)),
  status: v.optional(NetworkStatus),
  description: v.optional(LocalizedText),
  meetingsPerYear: v.optional(Frequency),
  financing: v.optional(v.array(v.picklist(FINANCING))),
  parent: v.optional(Ref),
  partners: v.optional(Refs),
  contacts: v.optional(Refs),
  linkedCommittees: v.optional(Refs),
  meetings: v.optional(v.array(Meeting)),
  startDate: v.optional(IsoDate),
  sources: Sources,
});

const PresidiumMember = v.strictObject({
  person: Ref,
  role: v.optional(v.picklist(PRESIDIUM_ROLES)),
  party: Ref,
  municipality: v.optional(Ref),
});

const CommitteeMember = v.strictObject({ person: Ref, party: Ref, municipality: v.optional(Ref) });

const Term = v.strictObject({ id: Text, from: IsoDate, until: IsoDate, sources: Sources });

const CommitteeTerm = v.strictObject({
  term: Ref,
  memberCount: v.optional(Count),
  deputyCount: v.optional(Count),
  presidium: v.array(PresidiumMember),
  members: v.optional(v.array(CommitteeMember)),
  sources: Sources,
});

const Continuation = v.strictObject({ continues: v.boolean(), sources: Sources });

const Committee = v.strictObject({
  id: Id,
  name: Text,
  kind: v.picklist(COMMITTEE_KINDS),
  description: v.optional(LocalizedText),
  appointedBy: v.optional(Ref),
  purpose: v.array(LocalizedText),
  founded: v.optional(IsoDate),
  dissolved: v.optional(IsoDate),
  continuation: v.optional(Continuation),
  terms: v.array(CommitteeTerm),
  contacts: Refs,
  meetings: v.array(Meeting),
  meetingsPerYear: v.optional(Frequency),
  area: v.optional(Ref),
  successor: v.optional(Ref),
  predecessor: v.optional(Ref),
  sources: Sources,
});

const OpenQuestion = v.strictObject({
  id: Id,
  question: LocalizedText,
  records: v.pipe(Refs, v.minLength(1, 'needs at least one record id')),
  sources: Sources,
});

/** The whole dataset. `$schema` is allowed so that dist/dataset.json validates against itself. */
export const DatasetSchema = v.strictObject({
  $schema: v.optional(v.string()),
  version: v.literal(2, (i) => `expected 2 (this package reads dataset version 2), got ${describeVersion(i.input)}`),
  lastUpdated: IsoDate,
  organisation: Organisation,
  municipalities: v.array(Municipality),
  organisations: v.array(ExternalOrganisation),
  areas: v.array(Area),
  parties: v.array(Party),
  people: v.array(Person),
  networks: v.array(Network),
  terms: v.array(Term),
  committees: v.array(Committee),
  openQuestions: v.optional(v.array(OpenQuestion)),
});

// Compile-time guard: what the schema accepts is a Dataset.
type SchemaOutput = Omit<v.InferOutput<typeof DatasetSchema>, '$schema'>;
const _assignable = (x: SchemaOutput): Dataset => x;
void _assignable;
