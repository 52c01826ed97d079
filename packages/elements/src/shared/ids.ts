/**
 * The one parser of id-list attributes (`committee`, `network`, `people`, `municipality`, `area`):
 * ids are separated by spaces, commas or both (`"ale lerum"`, `"ale,lerum"`, `"ale, lerum"` are the
 * same two ids); empty entries are dropped and each id is kept once, in the order given.
 */
export function parseIds(value: string | null | undefined): string[] {
  if (typeof value !== 'string') return [];
  return [...new Set(value.split(/[\s,]+/).filter(Boolean))];
}
