/**
 * Highlight ranges of search matches, made safe to render: `searchNetworks` reports matches as
 * `[start, end]` pairs (both ends inclusive, the fuse.js convention); these helpers turn them into
 * sorted, merged, half-open ranges inside the text, and split the text into plain and marked pieces.
 */

/** A half-open range [start, end) of UTF-16 code units. */
export type HighlightRange = readonly [start: number, end: number];

/**
 * Sorted, merged, half-open ranges that lie inside `text`, from inclusive `[start, end]` pairs.
 * Anything odd (negative, reversed, out of bounds, not numbers) is clipped or dropped, not trusted.
 */
export function mergeRanges(text: string, ranges: readonly (readonly number[])[] | undefined): HighlightRange[] {
  if (!ranges || ranges.length === 0) return [];
  const clean: [number, number][] = [];
  for (const r of ranges) {
    const start = Math.max(0, Math.floor(Number(r[0])));
    const end = Math.min(text.length, Math.floor(Number(r[1])) + 1);
    if (Number.isFinite(start) && Number.isFinite(end) && end > start) clean.push([start, end]);
  }
  clean.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const r of clean) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

/** Splits `text` into plain and highlighted pieces (for `<mark>`); never produces markup. */
export function highlightSegments(text: string, ranges: readonly HighlightRange[]): { text: string; mark: boolean }[] {
  const out: { text: string; mark: boolean }[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start > at) out.push({ text: text.slice(at, start), mark: false });
    out.push({ text: text.slice(start, end), mark: true });
    at = end;
  }
  if (at < text.length) out.push({ text: text.slice(at), mark: false });
  return out;
}
