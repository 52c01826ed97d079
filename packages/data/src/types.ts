/**
 * The shape of GR's dataset. Every record carries `sources`: seed file names
 * (e.g. "003_02d8fadbe85809ff.txt") or http(s) URLs of the page that states the fact.
 * Facts no source states are left out, never guessed.
 *
 * Ids are ASCII slugs: lower case, å/ä→a, ö→o, é→e, spaces→"-" (pattern `^[a-z0-9]+(-[a-z0-9]+)*$`).
 */

/** ISO 8601 calendar date, "2021-01-20". */
export type ISODate = string;
/** RFC 3339 date-time with the Europe/Stockholm offset of that date, "2021-01-20T09:00:00+01:00". */
export type ISODateTime = string;
/** A seed file name ("003_02d8fadbe85809ff.txt") or an http(s) URL. */
export type Source = string;

/** Swedish text with an optional English translation. Swedish is authoritative. */
export interface LocalizedText {
  sv: string;
  en?: string;
}

export interface Sourced {
  /** At least one seed file name or URL stating the facts of this record. */
  sources: Source[];
}

/** A period of validity; `validUntil` is set when a body or role has ended. */
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
  /** SCB kommunkod, four digits: "1462". */
  kommunkod: string;
  county: { code: string; name: string };
  website: string;
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
   * ("2021-01-20T09:00:00+01:00"), or an ISO date ("2024-02-02") when the source gives no time.
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

export interface Network extends Sourced {
  id: string;
  /** Swedish name, as GR writes it (proper names are not translated). */
  name: string;
  /** Area id. */
  area: string;
  kind: NetworkKind;
  /** Member municipality ids (all 13 for the member municipalities' networks); empty when no source says. */
  municipalities: string[];
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

export interface Committee extends Sourced, Validity {
  /** "styrgruppen-for-arbetsmarknad" */
  id: string;
  name: string;
  kind: CommitteeKind;
  /** Plain-language summary. */
  description?: LocalizedText;
  /** Number of ordinary members, when stated. */
  memberCount?: number;
  deputyCount?: number;
  /** Committee id of the appointing body, or "medlemskommunerna". */
  appointedBy?: string;
  /** "Syfte och uppdrag" items, in the source's order. */
  purpose: LocalizedText[];
  presidium: PresidiumMember[];
  /** Full member list, when a source gives one. */
  members?: CommitteeMember[];
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
  name: string;
  title?: LocalizedText;
  /** Department id (of GR's departments) or a plain organisation name. */
  department?: string;
  /** Organisation the person works for when not GR (a municipality id), e.g. for a network chair. */
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

export interface Dataset {
  /** Version of the dataset shape. */
  version: 1;
  /** The date the data was last checked against its sources. */
  lastUpdated: ISODate;
  organisation: Organisation;
  municipalities: Municipality[];
  organisations: ExternalOrganisation[];
  areas: Area[];
  parties: Party[];
  people: Person[];
  networks: Network[];
  committees: Committee[];
}

export interface ValidationIssue {
  /** Dotted path with indices: "networks[3].municipalities[0]". */
  path: string;
  message: string;
}
