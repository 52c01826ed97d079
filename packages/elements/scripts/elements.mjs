// The element registry: the one place that says which elements this package has.
// An element is a folder `src/<name>/` holding `<name>.ts` (the class, no side effects), `define.ts`
// (the one module that registers the tag `gr-<name>`) and `<name>.examples.ts` (its states, for the
// stories and the examples test). Everything that builds, checks, measures or
// documents elements (tsup entries, package exports, the CDN loader, size budgets, the pack check, the
// manifest order, Storybook, the demo and resilience suites) derives its list from `elements()`.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const srcDir = join(packageDir, 'src');

/**
 * @typedef {object} ElementEntry
 * @property {string} name       folder name, e.g. "contact-list"
 * @property {string} tag        custom element tag, e.g. "gr-contact-list"
 * @property {string} className  exported class, e.g. "GrContactList"
 * @property {string} dir        absolute path of the folder
 * @property {string} classFile  path of the class module, relative to the package ("src/contact-list/contact-list.ts")
 * @property {string} defineFile path of the define module, relative to the package ("src/contact-list/define.ts")
 * @property {string} examplesFile path of the examples module, relative to the package ("src/contact-list/contact-list.examples.ts"):
 *                               every state of the element, from which Storybook's stories are generated and which
 *                               src/examples.test.ts mounts and checks (not part of the package's build)
 * @property {string} example    the element's canonical embed snippet (`src/<name>/example.html`, one tag with
 *                               attributes for GR's published data), used by the demo, resilience and pack checks
 */

/** @returns {ElementEntry[]} every element folder, in alphabetical order of its name. */
export function elements() {
  return readdirSync(srcDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(srcDir, d.name, 'define.ts')) && existsSync(join(srcDir, d.name, `${d.name}.ts`)))
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const classFile = `src/${name}/${name}.ts`;
      const source = readFileSync(join(packageDir, classFile), 'utf8');
      const match = /export class (Gr[A-Za-z]+)/.exec(source);
      if (!match) throw new Error(`${classFile}: no exported Gr… class`);
      const exampleFile = join(srcDir, name, 'example.html');
      const example = existsSync(exampleFile) ? readFileSync(exampleFile, 'utf8').trim() : `<gr-${name}></gr-${name}>`;
      const examplesFile = `src/${name}/${name}.examples.ts`;
      if (!existsSync(join(packageDir, examplesFile))) throw new Error(`${examplesFile} is missing: every element lists its states there (npm run new-element writes one)`);
      return { name, tag: `gr-${name}`, className: match[1], dir: join(srcDir, name), classFile, defineFile: `src/${name}/define.ts`, examplesFile, example };
    });
}
