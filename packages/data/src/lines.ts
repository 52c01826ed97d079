/**
 * Content lines shared by iCalendar (RFC 5545 §3.1, §3.3.11) and vCard (RFC 6350 §3.2, §3.4):
 * TEXT escaping, and folding at 75 octets that never splits a UTF-8 sequence or an escape.
 */
import { wellFormed } from './text.js';

export const CRLF = '\r\n';
/** Longest physical line, in octets, excluding the CRLF. */
export const MAX_LINE_OCTETS = 75;

function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/**
 * Escapes a TEXT value: `\` → `\\`, `;` → `\;`, `,` → `\,`, line breaks (CRLF, CR, LF) → `\n`.
 * Other control characters are dropped (TEXT does not allow them; a tab is kept) and lone
 * surrogates become U+FFFD, so the result is valid UTF-8 text.
 */
export function escapeText(text: string): string {
  return (
    wellFormed(String(text))
      .replace(/\r\n?/g, '\n')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
      .replace(/[\\;,\n]/g, (c) => (c === '\n' ? '\\n' : `\\${c}`))
  );
}

/** Reverses `escapeText` (`\n` and `\N` both mean a line break). */
export function unescapeText(text: string): string {
  return text.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

/**
 * Folds one logical content line into physical lines of at most 75 octets each (a continuation line
 * begins with a space, which counts), joined with CRLF. Never splits a UTF-8 sequence, and keeps a
 * backslash escape (`\,`) on one line.
 */
export function foldLine(line: string): string {
  const text = wellFormed(line);
  const out: string[] = [];
  let current = '';
  let octets = 0;
  let limit = MAX_LINE_OCTETS;
  let pendingBackslash = false;
  for (const ch of text) {
    const size = utf8Length(ch.codePointAt(0) ?? 0);
    // An escape pair (backslash + character) stays on one line: a backslash needs room for the next character.
    const needed = size + (!pendingBackslash && ch === '\\' ? 1 : 0);
    const keepWithBackslash = pendingBackslash && octets + size <= limit;
    if (!keepWithBackslash && octets + needed > limit && current.length > 0) {
      out.push(current);
      current = '';
      octets = 0;
      limit = MAX_LINE_OCTETS - 1;
    }
    current += ch;
    octets += size;
    pendingBackslash = !pendingBackslash && ch === '\\';
  }
  out.push(current);
  return out.join(`${CRLF} `);
}

/** Unfolds physical lines (CRLF or LF followed by a space or tab) into logical lines. */
export function unfold(text: string): string[] {
  return text
    .replace(/\r?\n[ \t]/g, '')
    .split(/\r?\n/)
    .filter((l) => l.length > 0);
}

/** A property line, folded: `name(;params):value`. The value must already be escaped where needed. */
export function property(name: string, value: string): string {
  return foldLine(`${name}:${value}`);
}

/** Joins folded lines into a document ending with CRLF. */
export function document(lines: readonly string[]): string {
  return lines.join(CRLF) + CRLF;
}
