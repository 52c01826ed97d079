/**
 * @goteborgsregionen/data: Göteborgsregionen's networks, political bodies, meetings and contacts as
 * typed, validated, sourced data, with queries, search, iCalendar, vCard and CSV.
 */
export type * from './types.js';
import { rawDataset } from './dataset.js';
import type { Dataset } from './types.js';

/** GR's bundled dataset, validated at build time (the build fails on any issue). */
export const dataset: Dataset = rawDataset;

export { DatasetError, isDatasetError, parseDataset, validateDataset, formatIssue, issueFile, type ParseOptions } from './validate.js';
export { SLUG_PATTERN, E164_PATTERN, SEED_FILE_PATTERN } from './schema.js';
export { getCommittee, getNetwork, getPerson, getMunicipality, getArea, getParty, getMeetingOwner, getPredecessor } from './lookups.js';
export {
  findMunicipality,
  meetingsOf,
  filterNetworks,
  nextMeeting,
  previousMeeting,
  type NetworkFilter,
} from './queries.js';
export {
  stockholmOffset,
  wallClock,
  isoWeek,
  isoWeekday,
  meetingStart,
  meetingEnd,
  meetingDate,
  isIsoDate,
  isDateTime,
  type WallClock,
} from './time.js';
export {
  searchNetworks,
  parseSearchQuery,
  MAX_QUERY_LENGTH,
  type SearchOptions,
  type NetworkSearchResult,
  type MatchRange,
} from './search.js';
export { committeeToICS, networkToICS, meetingToICS, meetingUid, STOCKHOLM_VTIMEZONE, UID_DOMAIN, TIME_NOT_PUBLISHED } from './ics.js';
export { personToVCard } from './vcard.js';
export { formatPhone, toE164, telHref, type PhoneStyle } from './phone.js';
export { safeUrl, isHttpUrl, isEmail } from './url.js';
export { slugify } from './text.js';
export { committeeIcsPath, networkIcsPath, meetingIcsPath, vcardPath } from './paths.js';
export { datasetReport, formatReport, type Report, type ReportItem, type ReportOptions } from './report.js';
export { toCSV, CSV_COLLECTIONS, type CsvCollection, type CsvOptions } from './csv.js';
export {
  committeeState,
  currentTerm,
  latestTerm,
  committeeTerms,
  continuationOf,
  getTerm,
  termAt,
  stockholmDate,
  isTimePublished,
  type CommitteeState,
  type ContinuationState,
} from './terms.js';
export {
  isAsOf,
  parseAsOf,
  asOfEnd,
  asOfPrecision,
  compareAsOf,
  latestAsOf,
  recordAsOf,
  isOlderThan,
  sourceUrls,
} from './as-of.js';
export {
  networkKindLabels,
  NETWORK_KINDS,
  COMMITTEE_KINDS,
  MEETING_STATUSES,
  FINANCING,
  PARTICIPATION_BASES,
  NETWORK_STATES,
  APPOINTED_BY_MUNICIPALITIES,
} from './constants.js';
export {
  addDays,
  addMonths,
  dayKey,
  isInProgress,
  isUpcoming,
  meetingDays,
  monthGrid,
  monthKeyPrefix,
  parseDayKey,
  parseMonth,
  sameDay,
  sameMonth,
  stockholmDay,
  weekdayOf,
  type CalendarDay,
  type CalendarMonth,
  type GridWeek,
} from './calendar.js';
export { daysInMonth } from './time.js';
export { compareSwedish, sortSwedish, swedishCollator } from './collate.js';
export { facetNetworks, type NetworkFacets } from './facets.js';
export { highlightSegments, mergeRanges, type HighlightRange } from './highlight.js';
