/**
 * Faceted filtering of networks as a finder shows it: OR within a facet (any chosen municipality, any
 * chosen area), AND across facets, with a live count per option that says how many networks choosing
 * it would give (counted with the other facet applied, not its own).
 */
import type { Network } from './types.js';

export interface NetworkFacets<T> {
  /** The items whose network passes both facets, in the given order. */
  items: T[];
  /** For each municipality id: networks that pass the area facet and have it as a member. */
  municipalityCounts: Map<string, number>;
  /** For each area id: networks that pass the municipality facet and are in that area. */
  areaCounts: Map<string, number>;
}

/**
 * Filters `items` (networks, or search results holding one) by municipality and area ids and counts
 * the options. `municipalityIds`/`areaIds` seed the count maps with zeros so every option has a count.
 */
export function facetNetworks<T>(
  items: readonly T[],
  networkOf: (item: T) => Network,
  chosen: { municipalities: readonly string[]; areas: readonly string[] },
  options: { municipalityIds?: readonly string[]; areaIds?: readonly string[] } = {},
): NetworkFacets<T> {
  const mSet = new Set(chosen.municipalities);
  const aSet = new Set(chosen.areas);
  const municipalityCounts = new Map<string, number>((options.municipalityIds ?? []).map((id) => [id, 0]));
  const areaCounts = new Map<string, number>((options.areaIds ?? []).map((id) => [id, 0]));
  const out: T[] = [];
  for (const item of items) {
    const n = networkOf(item);
    const m = mSet.size === 0 || n.municipalities.some((id) => mSet.has(id));
    const a = aSet.size === 0 || aSet.has(n.area);
    if (m && a) out.push(item);
    if (a) {
      const ids = n.municipalities;
      for (let i = 0; i < ids.length; i++) {
        const id = ids[i] as string;
        // Each member once, even if listed twice (no Set per network: this runs for every item).
        if (ids.indexOf(id) === i) municipalityCounts.set(id, (municipalityCounts.get(id) ?? 0) + 1);
      }
    }
    if (m) areaCounts.set(n.area, (areaCounts.get(n.area) ?? 0) + 1);
  }
  return { items: out, municipalityCounts, areaCounts };
}
