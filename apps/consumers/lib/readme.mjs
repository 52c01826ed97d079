// The code examples of the READMEs, as users copy them: fenced blocks, by language.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoDir } from './fixture.mjs';

export const READMES = ['README.md', 'packages/data/README.md', 'packages/elements/README.md'];

/** Fenced code blocks of a README: [{lang, code, line}] (line: 1-based line of the opening fence). */
export function codeBlocks(readme) {
  const lines = readFileSync(join(repoDir, readme), 'utf8').split('\n');
  const blocks = [];
  let open;
  lines.forEach((text, i) => {
    const fence = /^(\s*)```(\S*)/.exec(text);
    if (!open && fence) open = { lang: fence[2], indent: fence[1].length, line: i + 1, body: [] };
    else if (open && /^\s*```\s*$/.test(text)) {
      blocks.push({ lang: open.lang, line: open.line, code: open.body.map((l) => l.slice(open.indent)).join('\n') });
      open = undefined;
    } else if (open) open.body.push(text);
  });
  return blocks;
}

const LITERAL = /^\s*\/\/\s*(?:→\s*)?("(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?|undefined|true|false|null)(?=\s|$|[,:;(])/;

/**
 * Turns an example into a checked script: a statement on one line followed by a comment that starts with
 * a literal (`formatPhone('+46313355188'); // "031-335 51 88"`) becomes an assertion that the statement
 * gives that value. Everything else runs as written.
 */
export function instrument(code) {
  return code
    .split('\n')
    .map((line, i) => {
      const m = /^(?!\s*(?:import|export|const|let|var|await\s+import)\b)(\s*)([^/].*?);\s*(\/\/.*)$/.exec(line);
      if (!m) return line;
      const lit = LITERAL.exec(m[3]);
      if (!lit) return line;
      return `${m[1]}__expect(${m[2]}, ${lit[1]}, ${JSON.stringify(`line ${i + 1}: ${m[2].trim()}`)}); ${m[3]}`;
    })
    .join('\n');
}

/** The helper the instrumented examples call, defined in the script's scope. */
export const EXPECT_HELPER = `
function __expect(actual, expected, where) {
  const a = JSON.stringify(actual), e = JSON.stringify(expected);
  if (a !== e) { console.error(where + ': got ' + a + ', the README says ' + e); process.exitCode = 1; }
  else globalThis.__checked = (globalThis.__checked || 0) + 1;
}
`;
