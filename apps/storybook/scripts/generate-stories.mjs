#!/usr/bin/env node
// Writes Storybook's stories from the elements' examples: for every element of the registry
// (packages/elements/scripts/elements.mjs) `stories/<name>.stories.ts` with one story per example of
// `packages/elements/src/<name>/<name>.examples.ts`, in the examples' order. Story names and tags are
// written as literals, because Storybook's indexer reads them without running the file (the smoke test
// finds the error stories by their tags in index.json); everything else comes from the examples module
// at run time (stories/support.ts `exampleStory`). Also writes `public/fixtures/invalid-dataset.json`
// from the examples' INVALID_DATASET.
//
//   node scripts/generate-stories.mjs            write them (npm run generate -w @goteborgsregionen/storybook)
//   node scripts/generate-stories.mjs --check    exit 1, naming each file that is out of date
//   node scripts/generate-stories.mjs --root DIR a copy of the repository (the scaffold's test)
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
const ownRoot = resolve(here, '..', '..', '..');

const HEADER = (source) =>
  `// Generated from ${source} by apps/storybook/scripts/generate-stories.mjs\n// (npm run generate -w @goteborgsregionen/storybook). Do not edit: change the examples.`;

/**
 * Runs a TypeScript module and returns its exports: bundled by esbuild (imports of `.js` find the `.ts`
 * files, packages come from this repository's node_modules), then imported from a data: URL.
 */
async function load(file) {
  const out = await build({
    entryPoints: [file],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    logLevel: 'silent',
    nodePaths: [join(ownRoot, 'node_modules')],
  });
  return import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);
}

/** A JS string literal in single quotes. */
const quote = (s) => `'${String(s).replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`;

/** A JSDoc block (the docs show it too), wrapped at about 110 columns. */
function jsdoc(text, indent = '') {
  const words = String(text).replace(/\*\//g, '*\\/').split(/\s+/);
  const lines = [];
  let line = '';
  for (const w of words) {
    if (line && (line + ' ' + w).length > 105) {
      lines.push(line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  if (line) lines.push(line);
  return `${indent}/**\n${lines.map((l) => `${indent} * ${l}`).join('\n')}\n${indent} */`;
}

/** The stories file of one element. */
export function storiesSource(element, mod, shared) {
  const { examples, summary } = mod;
  if (!Array.isArray(examples) || examples.length === 0) throw new Error(`${element.examplesFile}: exports no examples`);
  const seen = new Set();
  for (const ex of examples) {
    if (!/^[A-Z][A-Za-z0-9]*$/.test(ex.exportName)) throw new Error(`${element.examplesFile}: "${ex.exportName}" is not a PascalCase export name`);
    if (seen.has(ex.exportName)) throw new Error(`${element.examplesFile}: two examples are called ${ex.exportName}`);
    seen.add(ex.exportName);
  }
  const from = `../../../packages/elements/${element.examplesFile.replace(/\.ts$/, '')}`;
  const stories = examples.map((ex) => {
    const tags = shared.exampleTags(ex);
    const fields = [`name: ${quote(ex.name)}`, ...(tags.length ? [`tags: [${tags.map(quote).join(', ')}]`] : []), `...exampleStory(${quote(element.tag)}, examples, ${quote(ex.exportName)})`];
    return `${jsdoc(ex.description)}\nexport const ${ex.exportName}: Story = { ${fields.join(', ')} };`;
  });
  return `${HEADER(`packages/elements/${element.examplesFile}`)}
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { examples, summary } from '${from}';
import { elementMeta, exampleStory } from './support';

${jsdoc(summary ?? `\`<${element.tag}>\``)}
const meta = {
  title: ${quote(`Elements/${element.tag}`)},
  component: ${quote(element.tag)},
  tags: ['autodocs'],
  ...elementMeta(${quote(element.tag)}, summary),
} satisfies Meta;
export default meta;
type Story = StoryObj;

${stories.join('\n\n')}
`;
}

/**
 * The shared examples module and every registry element with its examples module's exports
 * (`examples`, `summary`), read from the repository at `root`.
 */
export async function loadExamples(root = ownRoot) {
  const elementsDir = join(root, 'packages', 'elements');
  const { elements } = await import(pathToFileURL(join(elementsDir, 'scripts', 'elements.mjs')).href);
  const shared = await load(join(elementsDir, 'src', 'shared', 'examples.ts'));
  const list = [];
  for (const element of elements()) list.push({ element, module: await load(join(elementsDir, element.examplesFile)) });
  return { shared, elements: list };
}

/** Every file this script owns, with the text it should have: [path relative to the repository, text]. */
export async function expectedStories(root = ownRoot) {
  const { shared, elements } = await loadExamples(root);
  const files = elements.map(({ element, module }) => [`apps/storybook/stories/${element.name}.stories.ts`, storiesSource(element, module, shared)]);
  files.push(['apps/storybook/public/fixtures/invalid-dataset.json', JSON.stringify(shared.INVALID_DATASET, null, 2) + '\n']);
  return files;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const check = args.includes('--check');
  const at = args.indexOf('--root');
  const root = at >= 0 ? resolve(args[at + 1] ?? '.') : ownRoot;
  const stale = [];
  for (const [rel, text] of await expectedStories(root)) {
    const path = join(root, rel);
    const current = existsSync(path) ? readFileSync(path, 'utf8') : '';
    if (current === text) continue;
    stale.push(rel);
    if (!check) {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, text);
    }
  }
  if (check && stale.length > 0) {
    console.error(`generate-stories: out of date with the examples: ${stale.join(', ')}. Run npm run generate -w @goteborgsregionen/storybook.`);
    process.exit(1);
  }
  console.log(check ? 'generate-stories: up to date' : `generate-stories: ${stale.length ? `wrote ${stale.join(', ')}` : 'nothing to change'}`);
}
