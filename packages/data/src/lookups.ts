/**
 * Records by id (the bundled dataset unless another is passed). Kept apart from queries.ts, which
 * needs the time rules, so code that only looks records up stays small.
 */
import { rawDataset } from './dataset.js';
import type { Area, Committee, Dataset, Municipality, Network, Party, Person } from './types.js';

const bundled: Dataset = rawDataset;

function byId<T extends { id: string }>(list: readonly T[] | undefined, id: unknown): T | undefined {
  if (typeof id !== 'string' || !Array.isArray(list)) return undefined;
  return list.find((item) => item?.id === id);
}

export function getCommittee(id: string, dataset: Dataset = bundled): Committee | undefined {
  return byId(dataset?.committees, id);
}
export function getNetwork(id: string, dataset: Dataset = bundled): Network | undefined {
  return byId(dataset?.networks, id);
}
export function getPerson(id: string, dataset: Dataset = bundled): Person | undefined {
  return byId(dataset?.people, id);
}
export function getMunicipality(id: string, dataset: Dataset = bundled): Municipality | undefined {
  return byId(dataset?.municipalities, id);
}
export function getArea(id: string, dataset: Dataset = bundled): Area | undefined {
  return byId(dataset?.areas, id);
}
export function getParty(id: string, dataset: Dataset = bundled): Party | undefined {
  return byId(dataset?.parties, id);
}

/**
 * The body that the committee with this id replaced: the one its `predecessor` names, else the one whose
 * `successor` is this committee (a source may give the link on either side only).
 */
export function getPredecessor(id: string, dataset: Dataset = bundled): Committee | undefined {
  const committee = getCommittee(id, dataset);
  if (!committee) return undefined;
  if (committee.predecessor) return getCommittee(committee.predecessor, dataset);
  return Array.isArray(dataset?.committees) ? dataset.committees.find((c) => c?.successor === committee.id) : undefined;
}

/** The committee or network with this id (ids are unique across both). */
export function getMeetingOwner(id: string, dataset: Dataset = bundled): Committee | Network | undefined {
  return getCommittee(id, dataset) ?? getNetwork(id, dataset);
}

