// The scaffold (scripts/new-element.mjs) run on a copy of the element folders: the new element's files
// are written, and everything derived from the registry (sources, exports, size budgets) includes it.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { transform } from 'esbuild';
import { packageDir } from './elements.mjs';

const repo = join(packageDir, '..', '..');
let root;

before(() => {
  root = mkdtempSync(join(tmpdir(), 'gr-new-element-'));
  const el = join(root, 'packages', 'elements');
  mkdirSync(el, { recursive: true });
  for (const part of ['package.json', 'scripts', 'src']) cpSync(join(packageDir, part), join(el, part), { recursive: true });
  cpSync(join(repo, 'apps', 'bench', 'size-budgets.json'), join(root, 'apps', 'bench', 'size-budgets.json'));
  cpSync(join(repo, 'apps', 'storybook', 'stories'), join(root, 'apps', 'storybook', 'stories'), { recursive: true });
  // This repository's scaffold, run on the copy (it runs Storybook's stories generator, which needs this repository's packages).
  const run = spawnSync(process.execPath, [join(packageDir, 'scripts', 'new-element.mjs'), 'event-list', '--root', root], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
});

after(() => rmSync(root, { recursive: true, force: true }));

const read = (...path) => readFileSync(join(root, ...path), 'utf8');

describe('npm run new-element -- event-list', () => {
  test('writes the element folder and its stories', () => {
    for (const file of ['event-list.ts', 'event-list.styles.ts', 'event-list.test.ts', 'event-list.examples.ts', 'define.ts', 'example.html', 'translations/sv.ts', 'translations/en.ts']) {
      assert.ok(existsSync(join(root, 'packages/elements/src/event-list', file)), file);
    }
    const cls = read('packages/elements/src/event-list/event-list.ts');
    assert.match(cls, /@tagname gr-event-list/);
    assert.match(cls, /export class GrEventList extends GrElement/);
    assert.match(read('packages/elements/src/event-list/define.ts'), /GrEventList\.define\('gr-event-list'\)/);
    assert.match(read('packages/elements/src/event-list/event-list.test.ts'), /to\.be\.accessible\(\)/);
    const stories = read('apps/storybook/stories/event-list.stories.ts');
    assert.match(stories, /^\/\/ Generated from packages\/elements\/src\/event-list\/event-list\.examples\.ts/);
    assert.match(stories, /title: 'Elements\/gr-event-list'/);
    // One story per example: the default, then the shared states, error stories tagged for the smoke test.
    assert.match(stories, /export const Default: Story = \{ name: 'Default',/);
    assert.match(stories, /export const English: Story = \{ name: 'English',/);
    assert.match(stories, /export const ThemeDark: Story = \{ name: 'Theme: Mörk kontrast',/);
    assert.match(stories, /export const ErrorNotFound: Story = \{ name: 'Error: src not found \(404\)', tags: \['expected-404'\],/);
    assert.match(stories, /export const ErrorInvalidJson: Story = \{ name: 'Error: src is not JSON', tags: \['expected-error'\],/);
    // The other elements' stories are unchanged.
    assert.equal(read('apps/storybook/stories/contact-list.stories.ts'), readFileSync(join(repo, 'apps/storybook/stories/contact-list.stories.ts'), 'utf8'));
  });

  test('the new TypeScript files parse', async () => {
    for (const file of ['event-list.ts', 'event-list.styles.ts', 'event-list.test.ts', 'event-list.examples.ts', 'define.ts', 'translations/sv.ts', 'translations/en.ts']) {
      await transform(read('packages/elements/src/event-list', file), { loader: 'ts', tsconfigRaw: { compilerOptions: { experimentalDecorators: true } } });
    }
  });

  test('the registry and everything derived from it include the element', () => {
    assert.match(read('packages/elements/src/define.ts'), /import '\.\/event-list\/define\.js';/);
    assert.match(read('packages/elements/src/index.ts'), /export \* from '\.\/event-list\/event-list\.js';/);
    assert.match(read('packages/elements/src/registry.ts'), /tag: 'gr-event-list', className: 'GrEventList'/);
    const pkg = JSON.parse(read('packages/elements/package.json'));
    assert.deepEqual(pkg.exports['./event-list/define'], { types: './dist/event-list/define.d.ts', default: './dist/event-list/define.js' });
    const budgets = JSON.parse(read('apps/bench/size-budgets.json'));
    assert.ok(budgets.budgets['page:event-list']?.js > 0);
    assert.equal(budgets.attributes['event-list'], 'heading-level="2"');
  });

  test('refuses a name that is not a folder name, and an element that exists', () => {
    const script = join(root, 'packages/elements/scripts/new-element.mjs');
    for (const bad of ['Event_List', 'event-list']) {
      const run = spawnSync(process.execPath, [script, bad, '--root', root], { encoding: 'utf8' });
      assert.notEqual(run.status, 0, bad);
    }
  });
});
