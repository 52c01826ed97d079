// The stories are generated from the elements' examples (scripts/generate-stories.mjs): every element of
// the registry has its stories file, and each file is what the generator writes from the examples now.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { elements } from '../../../packages/elements/scripts/elements.mjs';
import { expectedStories } from '../scripts/generate-stories.mjs';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const files = await expectedStories();

test('every element of the registry has a stories file', () => {
  for (const e of elements()) assert.ok(files.some(([rel]) => rel === `apps/storybook/stories/${e.name}.stories.ts`), e.name);
});

for (const [rel, text] of files) {
  test(`${rel} is generated from the examples (npm run generate -w @goteborgsregionen/storybook)`, () => {
    assert.ok(existsSync(join(repo, rel)), `${rel} is missing`);
    assert.equal(readFileSync(join(repo, rel), 'utf8'), text);
  });
}
