/**
 * valibot's issues turned into `{path, message}` in plain words ("expected a list, got an object",
 * "unknown field "nmae" (did you mean "name"?)"), and the "did you mean" helper the cross-record
 * rules share.
 */
import type * as v from 'valibot';
import { DatasetSchema } from './schema.js';
import type { ValidationIssue } from './types.js';

// ---------------------------------------------------------------------------------------------
// valibot issues → {path, message}

type AnyIssue = v.BaseIssue<unknown>;
type PathItem = NonNullable<AnyIssue['path']>[number];

function pathString(items: readonly PathItem[] | undefined): string {
  let out = '';
  for (const item of items ?? []) {
    const key = item.key;
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$-]*$/.test(key)) out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}

export function describe(input: unknown): string {
  if (input === null) return 'null';
  if (input === undefined) return 'nothing';
  if (Array.isArray(input)) return 'a list';
  if (typeof input === 'object') return 'an object';
  if (typeof input === 'string') return input.length > 40 ? `${JSON.stringify(input.slice(0, 40))}…` : JSON.stringify(input);
  return String(input);
}

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  array: 'a list',
  object: 'an object',
  strict_object: 'an object',
  boolean: 'true or false',
};

// Minimal structural view of valibot schemas, to find the allowed keys of an object by path.
interface SchemaNode {
  type?: string;
  entries?: Record<string, SchemaNode>;
  item?: SchemaNode;
  wrapped?: SchemaNode;
}

function knownKeys(items: readonly PathItem[]): string[] {
  let node: SchemaNode | undefined = DatasetSchema as unknown as SchemaNode;
  for (const item of items) {
    while (node?.wrapped) node = node.wrapped;
    if (!node) return [];
    node = typeof item.key === 'number' ? node.item : node.entries?.[String(item.key)];
  }
  while (node?.wrapped) node = node.wrapped;
  return Object.keys(node?.entries ?? {}).filter((k) => k !== '$schema');
}

export function toIssue(issue: AnyIssue): ValidationIssue {
  const items = issue.path ?? [];
  const path = pathString(items);
  const last = items[items.length - 1];
  if (issue.kind !== 'schema') return { path, message: issue.message };
  if ((issue.type === 'strict_object' || issue.type === 'object') && last?.origin === 'key') {
    if (issue.expected === 'never') {
      const allowed = knownKeys(items.slice(0, -1));
      const hint = closest(String(last.key), allowed);
      return {
        path,
        message: hint
          ? `unknown field "${String(last.key)}" (did you mean "${hint}"?)`
          : `unknown field "${String(last.key)}"${allowed.length ? ` (allowed: ${allowed.join(', ')})` : ''}`,
      };
    }
    return { path, message: 'required field is missing' };
  }
  // The dataset version has its own message (it says which version this package reads).
  if (issue.type === 'literal' && path === 'version') return { path, message: issue.message };
  let expected = EXPECTED[issue.type] ?? issue.expected ?? issue.type;
  if (issue.type === 'picklist' && issue.expected) {
    expected = `one of ${issue.expected.replace(/^\(|\)$/g, '').split(' | ').join(', ')}`;
  }
  return { path, message: `expected ${expected}, got ${describe(issue.input)}` };
}

/** Optimal string alignment distance (Levenshtein plus adjacent transpositions). */
function distance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 3) return 99;
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i]);
  for (let j = 0; j <= b.length; j++) (d[0] as number[])[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const row = d[i] as number[];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((d[i - 1]?.[j] ?? 99) + 1, (row[j - 1] ?? 99) + 1, (d[i - 1]?.[j - 1] ?? 99) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, (d[i - 2]?.[j - 2] ?? 99) + 1);
      row[j] = value;
    }
  }
  return d[a.length]?.[b.length] ?? 99;
}

/** A "did you mean" candidate: within one edit per four characters; none for values under four characters. */
export function closest(value: string, candidates: Iterable<string>): string | undefined {
  if (value.length < 4) return undefined;
  let best: string | undefined;
  let bestDistance = Math.max(1, Math.floor(value.length / 4)) + 1;
  for (const c of candidates) {
    const d = distance(value.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}
