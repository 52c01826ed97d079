/** Text helpers shared by validation, search and the file writers. */

const MARKS = /\p{M}/gu;
const SPECIAL: Record<string, string> = { æ: 'ae', ø: 'o', ß: 'ss', ł: 'l', đ: 'd', ð: 'd', þ: 'th', œ: 'oe' };

/** Lower case, diacritics removed ("Äldreomsorg" → "aldreomsorg"). */
export function fold(text: string): string {
  return text.normalize('NFD').replace(MARKS, '').toLowerCase();
}

/**
 * An id slug: lower case ASCII, å/ä→a, ö→o, é→e, anything else → "-".
 * `slugify("Lilla Edet")` → "lilla-edet"; `slugify("Äldreomsorg samt hälso- och sjukvård")` →
 * "aldreomsorg-samt-halso-och-sjukvard". Non-strings give "".
 */
export function slugify(text: string): string {
  if (typeof text !== 'string') return '';
  return fold(text)
    .replace(/[æøßłđðþœ]/g, (c) => SPECIAL[c] ?? '-')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Replaces lone UTF-16 surrogates with U+FFFD, so the text can be encoded as UTF-8 and back. */
export function wellFormed(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}
