/**
 * Swedish ordering. Names in the data are Swedish, so they are sorted the Swedish way (å, ä, ö after
 * z) whatever the page's language.
 */

let collator: Intl.Collator | undefined;

/** The one Swedish collator (created on first use). */
export function swedishCollator(): Intl.Collator {
  return (collator ??= new Intl.Collator('sv'));
}

/** Compares two strings in Swedish order. */
export const compareSwedish = (a: string, b: string): number => swedishCollator().compare(a, b);

/** A copy of `items` sorted by `name` (or `key(item)`) in Swedish order. */
export function sortSwedish<T>(items: readonly T[], key: (item: T) => string): T[] {
  const c = swedishCollator();
  return [...items].sort((a, b) => c.compare(key(a), key(b)));
}
