/** Lookups and filters over a dataset (the bundled one unless another is passed). */
import { rawDataset } from './dataset.js';
import { getArea, getMeetingOwner, getMunicipality } from './lookups.js';
import { slugify } from './text.js';
import { meetingEnd, meetingStart } from './time.js';
import type { Area, Dataset, Meeting, Municipality, Network, NetworkKind } from './types.js';

export { getArea, getCommittee, getMeetingOwner, getMunicipality, getNetwork, getParty, getPerson, getPredecessor } from './lookups.js';

const bundled: Dataset = rawDataset;

/**
 * A municipality by id, name or official name, ignoring case and diacritics:
 * "lilla-edet", "Lilla Edet", "lilla edet", "Mölndals stad" and "molndal" all resolve.
 */
export function findMunicipality(nameOrId: string, dataset: Dataset = bundled): Municipality | undefined {
  if (typeof nameOrId !== 'string') return undefined;
  const exact = getMunicipality(nameOrId, dataset);
  if (exact) return exact;
  const key = slugify(nameOrId);
  if (!key) return undefined;
  return (dataset?.municipalities ?? []).find(
    (m) => m.id === key || slugify(m.name) === key || slugify(m.officialName) === key,
  );
}

function findArea(nameOrId: string, dataset: Dataset): Area | undefined {
  const exact = getArea(nameOrId, dataset);
  if (exact) return exact;
  const key = slugify(nameOrId);
  return (dataset?.areas ?? []).find((a) => slugify(a.name.sv) === key || (a.name.en && slugify(a.name.en) === key));
}

/** Meetings of a committee or network, sorted by start. Empty for an unknown id. */
export function meetingsOf(id: string, dataset: Dataset = bundled): Meeting[] {
  const meetings = getMeetingOwner(id, dataset)?.meetings ?? [];
  return meetings
    .map((meeting, index) => ({ meeting, index, t: meetingStart(meeting).getTime() }))
    .sort((a, b) => a.t - b.t || a.index - b.index)
    .map(({ meeting }) => meeting);
}

/** Filter for `filterNetworks` and `searchNetworks`. Each facet takes one value or a list (OR within, AND across). */
export interface NetworkFilter {
  /** Municipality ids (names are resolved too): networks that any of them belongs to. */
  municipality?: string | readonly string[];
  /** Area ids (or area names). */
  area?: string | readonly string[];
  kind?: NetworkKind | readonly NetworkKind[] | string | readonly string[];
}

function values(option: unknown): string[] | undefined {
  const list = (Array.isArray(option) ? option : [option]).filter(
    (x): x is string => typeof x === 'string' && x.trim() !== '',
  );
  return list.length > 0 ? list : undefined;
}

/** Builds a predicate for a filter; facets that are empty or unset do not filter. */
export function networkPredicate(filter: NetworkFilter = {}, dataset: Dataset = bundled): (n: Network) => boolean {
  const munis = values(filter?.municipality)?.map((m) => findMunicipality(m, dataset)?.id ?? `\u0000${m}`);
  const areas = values(filter?.area)?.map((a) => findArea(a, dataset)?.id ?? `\u0000${a}`);
  const kinds = values(filter?.kind)?.map((k) => slugify(k));
  return (n) =>
    (!munis || munis.some((m) => n.municipalities.includes(m))) &&
    (!areas || areas.includes(n.area)) &&
    (!kinds || kinds.includes(n.kind));
}

/** Networks matching the filter, in dataset order. */
export function filterNetworks(filter: NetworkFilter = {}, dataset: Dataset = bundled): Network[] {
  const networks = dataset?.networks;
  if (!Array.isArray(networks)) return [];
  return networks.filter(networkPredicate(filter, dataset));
}

function toTime(now: unknown): number {
  if (now instanceof Date) return now.getTime();
  if (typeof now === 'number') return now;
  if (typeof now === 'string') return new Date(now).getTime();
  return Date.now();
}

/**
 * The next meeting of a committee or network at `now`: the first (by start) that has not ended, so a
 * meeting in progress is still "next". Cancelled meetings are returned too (check `status`).
 * `undefined` when there is none or `now` is invalid.
 */
export function nextMeeting(id: string, now: Date = new Date(), dataset: Dataset = bundled): Meeting | undefined {
  const t = toTime(now);
  if (!Number.isFinite(t)) return undefined;
  return meetingsOf(id, dataset).find((m) => meetingEnd(m).getTime() > t);
}

/**
 * The latest meeting of a committee or network that had ended at `now` (by start among ended ones).
 * Cancelled meetings are returned too. `undefined` when there is none or `now` is invalid.
 */
export function previousMeeting(id: string, now: Date = new Date(), dataset: Dataset = bundled): Meeting | undefined {
  const t = toTime(now);
  if (!Number.isFinite(t)) return undefined;
  const ended = meetingsOf(id, dataset).filter((m) => meetingEnd(m).getTime() <= t);
  return ended[ended.length - 1];
}
