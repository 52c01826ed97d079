/**
 * Swedish phone numbers: E.164 ("+46313355188") ↔ the way Swedes write them ("031-335 51 88").
 *
 * The national number is split into the area code (riktnummer: trunk 0 + a 1–3 digit NDC) and the
 * subscriber number, grouped in twos from the right with a leading group of three when the digit
 * count is odd: 08-xxx xx xx, 031-xxx xx xx, 0303-xx xx xx, 070-xxx xx xx.
 */

/** One-digit NDC: Stockholm. */
const NDC_1 = new Set(['8']);
/**
 * Two-digit NDCs: the geographic ones (Norrköping 11 … Umeå 90), the mobile series (70, 72, 73,
 * 76, 79) and the non-geographic 10, 20 and 77. Every other NDC has three digits.
 */
const NDC_2 = new Set([
  '11', '13', '16', '18', '19', '21', '23', '26', '31', '33', '35', '36', '40', '42', '44', '46', '54', '60', '63', '90',
  '70', '72', '73', '76', '79',
  '10', '20', '77',
]);

const E164 = /^\+46([1-9]\d{6,12})$/;

/** Groups digits in twos from the right, with a leading three when the count is odd. */
function group(digits: string): string {
  const groups: string[] = [];
  let rest = digits;
  if (rest.length % 2 === 1 && rest.length >= 3) {
    groups.push(rest.slice(0, 3));
    rest = rest.slice(3);
  }
  for (let i = 0; i < rest.length; i += 2) groups.push(rest.slice(i, i + 2));
  return groups.join(' ');
}

/** Splits the national significant number (no trunk 0) into NDC and subscriber number. */
function split(nsn: string): [ndc: string, subscriber: string] {
  const length = NDC_1.has(nsn.slice(0, 1)) ? 1 : NDC_2.has(nsn.slice(0, 2)) ? 2 : 3;
  return [nsn.slice(0, length), nsn.slice(length)];
}

/** Swedish E.164 after removing spaces, hyphens and parentheses; undefined if it is not one. */
function nsnOf(e164: unknown): string | undefined {
  if (typeof e164 !== 'string' || e164.length > 40) return undefined;
  const m = E164.exec(e164.replace(/[\s\-()]/g, ''));
  return m?.[1];
}

export type PhoneStyle = 'national' | 'international';

/**
 * Formats a Swedish E.164 number: `+46313355188` → `031-335 51 88` (national, the default) or
 * `+46 31 335 51 88` (international). Anything that is not a Swedish E.164 number is returned
 * unchanged; never throws.
 */
export function formatPhone(e164: string, style: PhoneStyle = 'national'): string {
  const nsn = nsnOf(e164);
  if (!nsn) return e164;
  const [ndc, subscriber] = split(nsn);
  if (subscriber.length < 2) return e164;
  return style === 'international' ? `+46 ${ndc} ${group(subscriber)}` : `0${ndc}-${group(subscriber)}`;
}

/**
 * Parses a Swedish number as people write it ("031-335 51 88", "0766-45 33 13", "+46 31 335 51 88",
 * "0046 31 3355188") into E.164 ("+46313355188"). Undefined when it is not one.
 */
export function toE164(phone: string): string | undefined {
  if (typeof phone !== 'string' || phone.length > 40) return undefined;
  const compact = phone.replace(/\(0\)/g, '').replace(/[\s\-().\u00a0\u2010-\u2013]/g, '');
  let nsn: string | undefined;
  if (/^\+46\d+$/.test(compact)) nsn = compact.slice(3);
  else if (/^0046\d+$/.test(compact)) nsn = compact.slice(4);
  else if (/^0[1-9]\d+$/.test(compact)) nsn = compact.slice(1);
  const e164 = nsn === undefined ? undefined : `+46${nsn}`;
  return e164 && E164.test(e164) ? e164 : undefined;
}

/** `tel:` link for a Swedish E.164 number ("tel:+46313355188"); undefined when it is not one. */
export function telHref(e164: string): string | undefined {
  const nsn = nsnOf(e164);
  return nsn ? `tel:+46${nsn}` : undefined;
}
