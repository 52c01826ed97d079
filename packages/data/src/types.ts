/**
 * The shape of GR's dataset (version 2). Every record carries `sources`: where its facts are stated
 * (a seed file or an http(s) page) and the date those facts are from (`asOf`). Facts no source
 * states are left out, never guessed.
 *
 * A political body is not its term: a committee has its own life (`founded`, `dissolved`,
 * `successor`) and one composition per mandate period (`terms`). A body with no known dissolution
 * has not "ended" when a mandate period ends; the next term's composition is simply not published.
 *
 * Ids are ASCII slugs: lower case, å/ä→a, ö→o, é→e, spaces→"-" (pattern `^[a-z0-9]+(-[a-z0-9]+)*$`).
 */

/** ISO 8601 calendar date, "2021-01-20". */
export type ISODate = string;
/** RFC 3339 date-time with the Europe/Stockholm offset of that date, "2021-01-20T09:00:00+01:00". */
export type ISODateTime = string;
/**
 * The date facts are from, as precisely as the source gives it (ISO 8601 reduced precision):
 * a year "2024", a month "2024-09" or a day "2024-09-26". Compared as the last day of the period
 * (facts "from 2024-09" are at most as old as 2024-09-30).
 */
export type AsOf = string;

/** A seed file the facts are stated in. */
export interface SeedSource {
  /** Seed file name: "003_02d8fadbe85809ff.txt". */
  seed: string;
  /** The date the facts in the seed are from. */
  asOf: AsOf;
}

/** A public web page or document the facts are stated in. */
export interface UrlSource {
  /** http(s) URL, without user name or password. */
  url: string;
  /** The date the facts on the page are from (the page's own date, or the date of what it lists). */
  asOf: AsOf;
}

/** Where a fact is stated and the date the fact is from. */
export type Source = SeedSource | UrlSource;

/** Swedish text with an optional English translation. Swedish is authoritative. */
export interface LocalizedText {
  sv: string;
  en?: string;
}

export interface Sourced {
  /** At least one source stating the facts of this record, each with the date its facts are from. */
  sources: Source[];
}

/** A period of validity; `validUntil` is set when a role has ended. */
export interface Validity {
  validFrom?: ISODate;
  validUntil?: ISODate;
}

export interface Department extends Sourced {
  id: string;
  name: LocalizedText;
  /** Person id of the head, when a source names one. */
  head?: string;
}

/** GR itself. */
export interface Organisation extends Sourced {
  id: 'gr';
  /** "Göteborgsregionen" */
  name: string;
  /** "GR" */
  shortName: string;
  /** "Göteborgsregionens kommunalförbund" (förbundsordningen §1), not the misspelt site footer. */
  legalName: string;
  /** "The Gothenburg Region" */
  englishName?: string;
  website: string;
  /** Municipality id of the seat ("goteborg"). */
  seat?: string;
  founded?: string;
  description?: LocalizedText;
  departments: Department[];
}

export interface Population {
  value: number;
  date: ISODate;
}

export interface Municipality extends Sourced {
  /** "lilla-edet" */
  id: string;
  /** As the municipality writes it: "Lilla Edet". */
  name: string;
  /** "Lilla Edets kommun", "Göteborgs Stad", "Mölndals stad" */
  officialName: string;
  /** SCB kommunkod, four digits: "1462". Left out unless a source in `sources` states it. */
  kommunkod?: string;
  /** County (län). Left out unless a source in `sources` states it. */
  county?: { code: string; name: string };
  /** The municipality's website. Left out unless a source in `sources` states it. */
  website?: string;
  population?: Population;
}

/** An organisation outside GR that takes part in a network (a university, a non-member municipality, an agency). */
export interface ExternalOrganisation extends Sourced {
  id: string;
  name: string;
  kind: 'kommun' | 'universitet' | 'myndighet' | 'region' | 'foretag' | 'ovrigt';
  website?: string;
}

/** A sakområde: the headings of "Om nätverken på GR". */
export interface Area extends Sourced {
  id: string;
  name: LocalizedText;
}

export type NetworkKind =
  /** "Chefsnätverk": strategic networks of managers, linked to the political bodies. */
  | 'chefsnatverk'
  /** "Kunskaps- och erfarenhetsutbyte": professions often alone in their role at home. */
  | 'kunskaps-och-erfarenhetsutbyte'
  /** Networks of strategists and experts appointed by, and reporting to, a chefsnätverk. */
  | 'strateger-och-sakkunniga'
  /** Regional cooperation with parties outside the member municipalities. */
  | 'regional-samverkan'
  /** A network whose kind the source does not state. */
  | 'natverk';

export type Financing =
  /** The member municipalities' annual fee. */
  | 'arsavgift'
  /** Extra money from the municipalities and other actors. */
  | 'extra-medel'
  /** Project money or special municipal financing (the source names both without saying which). */
  | 'projektmedel-eller-sarskild-kommunfinansiering'
  /** External parties. */
  | 'externa-parter';

export interface MeetingFrequency {
  /** Meetings per year, lower bound. */
  min: number;
  /** Meetings per year, upper bound (equal to `min` when exact). */
  max: number;
  /** The source gives the figure as an estimate ("cirka 6–8 gånger per år"). */
  approximate?: boolean;
}

export type MeetingStatus = 'scheduled' | 'tentative' | 'cancelled' | 'postponed';

export interface Meeting extends Sourced {
  /**
   * Start: RFC 3339 date-time with the Europe/Stockholm offset of that date
   * ("2021-01-20T09:00:00+01:00"), or an ISO date ("2024-02-02") when the source gives the date but
   * **no time**: a date-only start means "time not published" (never an all-day meeting).
   */
  start: ISODateTime | ISODate;
  /**
   * End, same form as `start` and after it. For date-only meetings, the last day (inclusive):
   * "19–20 mars" is start "2020-03-19", end "2020-03-20".
   */
  end?: ISODateTime | ISODate;
  /** Defaults to "scheduled". A cancelled meeting stays in the data (and the .ics) as cancelled. */
  status?: MeetingStatus;
  /** Where, when the source says. Plain text. */
  location?: string;
  /** A note from the source: "preliminärantagning", "kl. 9–12 gemensamt möte med …". */
  note?: LocalizedText;
}

/**
 * What backs a network's municipality list:
 * - `source-listed`: a source (in `participation.sources`) lists the participants per municipality;
 * - `general-statement`: no source lists them; GR's general statement that most networks consist of
 *   the 13 member municipalities is the only basis, and the list must be presented as such.
 */
export type ParticipationBasis = 'source-listed' | 'general-statement';

export interface Participation {
  basis: ParticipationBasis;
  /** The sources that list the participants, or that make the general statement. */
  sources: Source[];
}

/**
 * A seat in a network that a source gives as vacant. The municipality is in `municipalities` only when
 * the source also lists a participant of it in another seat (Göteborg's second seat, say).
 */
export interface Vacancy {
  /** Municipality id. */
  municipality: string;
  sources: Source[];
}

/** A network's state when a source states one; no status means none is published. */
export interface NetworkStatus {
  /** `paused`: the network does not meet for now ("vilande"). */
  state: 'active' | 'paused';
  sources: Source[];
}

export interface Network extends Sourced {
  id: string;
  /** Swedish name, as GR writes it (proper names are not translated). */
  name: string;
  /** Earlier names, still found by search ("Nätverket för översiktlig planering"). */
  formerNames?: string[];
  /** Area id. */
  area: string;
  kind: NetworkKind;
  /**
   * Participating municipality ids; `participation` says what backs the list. Empty when no source
   * says. A municipality whose only seat is vacant is in `vacancies`, not here.
   */
  municipalities: string[];
  /** What backs `municipalities`; required when the list is not empty. */
  participation?: Participation;
  vacancies?: Vacancy[];
  status?: NetworkStatus;
  description?: LocalizedText;
  meetingsPerYear?: MeetingFrequency;
  financing?: Financing[];
  /** Network id of the network that appoints it / that it reports to. */
  parent?: string;
  /** External organisation ids (Göteborgs universitet; Orust and Uddevalla). */
  partners?: string[];
  /** Person ids. */
  contacts?: string[];
  /** Committee ids the network is linked to (beredningsgrupper, antagningsnämnden). */
  linkedCommittees?: string[];
  meetings?: Meeting[];
  startDate?: ISODate;
}

export type PresidiumRole = 'chair' | 'vice-chair';

export interface PresidiumMember {
  /** Person id. */
  person: string;
  /** Omitted when the source names the presidium without saying who holds which role. */
  role?: PresidiumRole;
  /** Party abbreviation, a `parties[].id` ("S", "M", …). */
  party: string;
  /** Municipality id the member represents, when stated. */
  municipality?: string;
}

export interface CommitteeMember {
  person: string;
  party: string;
  municipality?: string;
}

export type CommitteeKind =
  | 'forbundsfullmaktige'
  | 'forbundsstyrelse'
  | 'styrgrupp'
  | 'beredningsgrupp'
  | 'antagningsnamnd';

/** A mandate period (mandatperiod), as sources give it: `{id: "2023-2026", from: "2023-01-01", until: "2026-12-31"}`. */
export interface Term extends Sourced {
  /** "2023-2026" */
  id: string;
  from: ISODate;
  until: ISODate;
}

/** A body's composition in one mandate period. */
export interface CommitteeTerm extends Sourced {
  /** Term id ("2023-2026"), a `terms[].id`. */
  term: string;
  /** Number of ordinary members, when stated. */
  memberCount?: number;
  deputyCount?: number;
  presidium: PresidiumMember[];
  /** Full member list, when a source gives one. */
  members?: CommitteeMember[];
}

/**
 * Whether a body continues after its latest published term, as a source states it. No
 * `continuation` means unknown, and is shown as unknown.
 */
export interface Continuation extends Sourced {
  /** `true`: a standing body (e.g. established by the förbundsordning); `false`: it ends with its latest term. */
  continues: boolean;
}

export interface Committee extends Sourced {
  /** "styrgruppen-for-arbetsmarknad" */
  id: string;
  name: string;
  kind: CommitteeKind;
  /** Plain-language summary. */
  description?: LocalizedText;
  /** Committee id of the appointing body, or "medlemskommunerna". */
  appointedBy?: string;
  /** "Syfte och uppdrag" items, in the source's order. */
  purpose: LocalizedText[];
  /** When the body was established, when a source says. */
  founded?: ISODate;
  /** When the body was dissolved (its last day), when a source says. A body without it has not ended. */
  dissolved?: ISODate;
  /** Whether the body continues after its latest term; unknown when absent. */
  continuation?: Continuation;
  /** Compositions per mandate period, oldest first. */
  terms: CommitteeTerm[];
  /** Person ids of GR contact persons. */
  contacts: string[];
  meetings: Meeting[];
  /** Approximate meetings per year, when stated but no dates are. */
  meetingsPerYear?: MeetingFrequency;
  /** Area id. */
  area?: string;
  /** Committee id of the body that replaced this one. */
  successor?: string;
  /** Committee id of the body this one replaced. */
  predecessor?: string;
}

export interface Person extends Sourced, Validity {
  /** "lena-holmlund" */
  id: string;
  /** Full name as the source writes it: "Annika Åberg Darell". */
  name: string;
  /**
   * Given and family name, stored when the split is not obvious (a name of more than two words):
   * "Annika" and "Åberg Darell". Without them, a two-word name is given + family name.
   */
  givenName?: string;
  familyName?: string;
  title?: LocalizedText;
  /** Department id (of GR's departments) or a plain organisation name. */
  department?: string;
  /**
   * The organisation the person works for (a municipality or `organisations[]` id, or "gr"), only
   * when a source states it. There is no default.
   */
  organisation?: string;
  /** Work phone in E.164: "+46313355188". */
  phone?: string;
  /** Work e-mail, only when a source states it. */
  email?: string;
}

export interface Party extends Sourced {
  /** Abbreviation as used in listings: "S", "M", "SD", "C", "V", "KD", "L", "MP". */
  id: string;
  name: LocalizedText;
}

/** A question the sources leave open, recorded instead of settled silently. */
export interface OpenQuestion extends Sourced {
  /** "natverket-for-regional-fysisk-planering-one-or-two" */
  id: string;
  question: LocalizedText;
  /** Ids of the records the question is about. */
  records: string[];
}

export interface Dataset {
  /** Version of the dataset shape. */
  version: 2;
  /**
   * The date this dataset was compiled. Not the facts' freshness: that is each source's `asOf`.
   */
  lastUpdated: ISODate;
  organisation: Organisation;
  municipalities: Municipality[];
  organisations: ExternalOrganisation[];
  areas: Area[];
  parties: Party[];
  people: Person[];
  networks: Network[];
  /** Mandate periods the committees' terms refer to, oldest first. */
  terms: Term[];
  committees: Committee[];
  /** Questions the sources leave open. */
  openQuestions?: OpenQuestion[];
}

export interface ValidationIssue {
  /** Dotted path with indices: "networks[3].municipalities[0]". */
  path: string;
  message: string;
}
