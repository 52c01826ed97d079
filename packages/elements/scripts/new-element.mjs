#!/usr/bin/env node
// Scaffolds a new element: `npm run new-element -- <name>` (from the repository root) creates
//   packages/elements/src/<name>/   the class (JSDoc → manifest), styles, sv/en strings, define module,
//                                   example.html, a test (real Chromium, axe per state, sv and en) and
//                                   <name>.examples.ts (its states: the shared ones and a default)
// and regenerates what lists the elements (src/index.ts, src/define.ts, src/registry.ts, package.json
// exports) and Storybook's stories (apps/storybook/stories/<name>.stories.ts, from the examples). The
// examples test (src/examples.test.ts) mounts every example of every element, so the new one is tested
// in each shared state (English, 320 px, themes, loading, src errors) with axe at once. Every other list (tsup and CDN entries, JSX/VS Code data, pack check, size budgets, Storybook
// smoke test, demo and resilience suites) reads the element folders, so nothing else needs an edit; the
// size budgets get a first entry for the new element's page.
//
//   node scripts/new-element.mjs <name> [--root DIR]   (DIR: a copy of the repository; default: this one)
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';

const here = dirname(fileURLToPath(import.meta.url));

/** The new element's example attributes (example.html, its page in the size check): replace them with real ones. */
const EXAMPLE_ATTRIBUTES = 'heading-level="2"';

/** "event-list" → "EventList". */
const pascal = (name) => name.replace(/(^|-)([a-z0-9])/g, (_, __, c) => c.toUpperCase());

/** The files of a new element, by path relative to the repository root. */
export function scaffold(name) {
  if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)+$/.test(name) && !/^[a-z][a-z0-9]+$/.test(name)) {
    throw new Error(`new-element: "${name}" is not a folder name like "event-list" (lower case, digits, single hyphens)`);
  }
  const tag = `gr-${name}`;
  const cls = `Gr${pascal(name)}`;
  const dir = `packages/elements/src/${name}`;
  const files = {};
  files[`${dir}/${name}.ts`] = `import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { GrElement } from '../shared/base-element.js';
import { sharedStyles } from '../shared/styles.js';
import { heading, headingLevel } from '../shared/heading.js';
import { ${camel(name)}Styles } from './${name}.styles.js';
import { sv } from './translations/sv.js';
import type { ${pascal(name)}Strings } from './translations/sv.js';
import { Bilingual } from '../shared/bilingual.js';

/** English is loaded on demand (shared/bilingual.ts). */
const strings = new Bilingual<${pascal(name)}Strings>(sv, () => import('./translations/en.js'));

/**
 * TODO: what <${tag}> shows, in one or two sentences for the docs.
 *
 * @tagname ${tag}
 * @summary TODO: one line for the component list.
 *
 * @fires gr-data-load - A dataset from \`src\` or the \`data\` property was validated and is shown.
 * @fires gr-data-error - \`src\` or the \`data\` property could not be used; the default data is shown with a notice.
 *
 * @csspart heading - The element's heading.
 * @csspart summary - The sentence under the heading.
 * @csspart loading - The loading notice.
 * @csspart error - An error notice.
 *
 * @cssprop [--gr-color-text=#1b1b1b] - Text colour.
 * @cssprop [--gr-color-muted=#4a5560] - Secondary text colour.
 * @cssprop [--gr-font-family=inherit] - Font family.
 * @cssprop [--gr-font-size=max(1em, 16px)] - Base font size.
 * @cssprop [--gr-space=1em] - Base spacing.
 */
export class ${cls} extends GrElement {
  static override styles = [sharedStyles, ${camel(name)}Styles];

  /** Heading text; set to an empty string to leave the heading out. */
  @property() heading?: string;

  /** Level of the element's heading (2–6). */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  protected override render(): TemplateResult {
    if (!this.hasData) return html\`\${this.renderDataStatus()}\`;
    const t = this.t;
    const title = this.heading ?? t.heading;
    return html\`
      \${this.renderDataStatus()} \${title ? heading(headingLevel(this.headingLevel), title, 'heading') : nothing}
      <p part="summary">\${t.summary(this.activeData.networks.length)}</p>
    \`;
  }

  private get t(): ${pascal(name)}Strings {
    return this.languageController.pick(strings);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    '${tag}': ${cls};
  }
}
`;
  files[`${dir}/${name}.styles.ts`] = `import { css } from 'lit';

/** <${tag}>'s own styles (the shared ones come from ../shared/styles.ts). */
export const ${camel(name)}Styles = css\`
  [part='summary'] {
    color: var(--gr-color-muted, #4a5560);
  }
\`;
`;
  files[`${dir}/translations/sv.ts`] = `/** <${tag}>, Swedish (the default language). */
export const sv = {
  heading: 'TODO: rubrik',
  summary: (n: number) => \`GR har \${n} nätverk.\`,
};
export type ${pascal(name)}Strings = typeof sv;
`;
  files[`${dir}/translations/en.ts`] = `import type { ${pascal(name)}Strings } from './sv.js';

/** <${tag}>, English. */
export const en: ${pascal(name)}Strings = {
  heading: 'TODO: heading',
  summary: (n) => \`GR has \${n} networks.\`,
};
`;
  files[`${dir}/define.ts`] = `import { ${cls} } from './${name}.js';

${cls}.define('${tag}');
`;
  files[`${dir}/example.html`] = `<${tag} ${EXAMPLE_ATTRIBUTES}></${tag}>\n`;
  files[`${dir}/${name}.test.ts`] = `import { expect } from '@open-wc/testing';
import { html } from 'lit';
import { createFixtureDataset } from '@goteborgsregionen/data/testing';
import './define.js';
import type { ${cls} } from './${name}.js';
import { $, first, mount, squash } from '../test-support/helpers.js';

const fixtureDataset = createFixtureDataset();

async function element(attributes: Record<string, string> = {}): Promise<${cls}> {
  const wrapper = await mount(html\`<${tag} .data=\${fixtureDataset} heading-level="3"></${tag}>\`, attributes);
  const el = first<${cls}>(wrapper, '${tag}');
  await el.updateComplete;
  return el;
}

describe('<${tag}>', () => {
  it('shows its heading at the chosen level and its summary, in Swedish', async () => {
    const el = await element();
    expect(squash($(el, 'h3[part="heading"]').textContent)).to.equal('TODO: rubrik');
    expect(squash($(el, '[part="summary"]').textContent)).to.equal(\`GR har \${fixtureDataset.networks.length} nätverk.\`);
    await expect(el).to.be.accessible();
  });

  it('speaks English when the nearest lang says so', async () => {
    const el = await element({ lang: 'en' });
    expect(squash($(el, '[part="summary"]').textContent)).to.equal(\`GR has \${fixtureDataset.networks.length} networks.\`);
    await expect(el).to.be.accessible();
  });
});
`;
  files[`${dir}/${name}.examples.ts`] = `/**
 * The states of <${tag}>, on the fictional fixture dataset: Storybook's stories and the examples test
 * (src/examples.test.ts) are made from this list. See ../shared/examples.ts. Add a state here and it is
 * a story and an axe-checked test; \`npm run generate -w @goteborgsregionen/storybook\` writes the stories.
 */
import { fixtureClocks } from '@goteborgsregionen/data/testing';
import { example, sharedExamples } from '../shared/examples.js';

/** What the element is, for the top of its Storybook page (Markdown). */
export const summary = '\`<${tag}>\`: TODO, what it shows.';

const base = { attributes: { 'heading-level': 2 }, now: fixtureClocks.dec2026 };

export const examples = [
  example({
    exportName: 'Default',
    name: 'Default',
    description: 'TODO: what the default state shows.',
    ...base,
    // What a user sees: literal facts of the fixture dataset (it has 7 networks).
    sees: { text: ['TODO: rubrik', 'GR har 7 nätverk.'] },
  }),
  ...sharedExamples({
    base,
    sees: { sv: ['GR har 7 nätverk.'], en: ['TODO: heading', 'GR has 7 networks.'] },
    // Examples with a \`src\` show GR's published data: attributes naming GR's records go here.
    published: { attributes: { 'heading-level': 2 }, description: "GR's networks." },
    // When the element takes ids, add \`unknownId\` (an id in no dataset and the notice naming it) and,
    // when one is required, \`nothingChosen\` (the element without it and what it says).
  }),
];
`;
  return files;
}

function camel(name) {
  const p = pascal(name);
  return p[0].toLowerCase() + p.slice(1);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  let root = resolve(here, '..', '..', '..');
  const rest = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--root') root = resolve(args[++i] ?? '.');
    else rest.push(args[i]);
  }
  const name = rest[0];
  if (!name) {
    console.error('Usage: npm run new-element -- <name>   (for example: npm run new-element -- event-list)');
    process.exit(1);
  }
  const files = scaffold(name);
  const folder = join(root, 'packages', 'elements', 'src', name);
  if (existsSync(folder)) {
    console.error(`new-element: packages/elements/src/${name}/ exists already`);
    process.exit(1);
  }
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, rel)), { recursive: true });
    writeFileSync(join(root, rel), text);
  }
  // The size check measures every element's page: start the new one at the largest element budget.
  const budgetsFile = join(root, 'apps', 'bench', 'size-budgets.json');
  if (existsSync(budgetsFile)) {
    const config = JSON.parse(readFileSync(budgetsFile, 'utf8'));
    const pages = Object.entries(config.budgets ?? {}).filter(([k]) => k.startsWith('page:') && k !== 'page:all');
    const largest = (key) => Math.max(...pages.map(([, v]) => v[key] ?? 0));
    config.attributes = { ...config.attributes, [name]: EXAMPLE_ATTRIBUTES };
    config.budgets = { ...config.budgets, [`page:${name}`]: { js: largest('js'), data: largest('data') } };
    // The new element's code adds to the page with every element and to the folder (about 2 kB gzip to start).
    if (config.budgets['page:all']?.js) config.budgets['page:all'].js += 2000;
    if (config.budgets.folder?.total) config.budgets.folder.total += 3000;
    writeFileSync(budgetsFile, JSON.stringify(config, null, 2) + '\n');
  }
  const gen = spawnSync(process.execPath, [join(root, 'packages', 'elements', 'scripts', 'generate-sources.mjs')], { stdio: 'inherit' });
  if (gen.status !== 0) process.exit(gen.status ?? 1);
  // Storybook's stories are generated from the examples (this repository's generator, run on `root`).
  const stories = spawnSync(process.execPath, [join(here, '..', '..', '..', 'apps', 'storybook', 'scripts', 'generate-stories.mjs'), '--root', root], {
    stdio: 'inherit',
  });
  if (stories.status !== 0) process.exit(stories.status ?? 1);
  console.log(`new-element: <gr-${name}> in packages/elements/src/${name}/ and apps/storybook/stories/${name}.stories.ts`);
  console.log('Next: fill in the TODOs, then npm run build && npm test; lower its size budget (apps/bench/size-budgets.json) to the measured bytes + 5 %.');
}
