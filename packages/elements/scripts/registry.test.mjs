// Checks that everything derived from the element folders (scripts/elements.mjs) is up to date, and
// that the npm build registers tags only in its define modules. Runs in `npm test` after the build.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { elements, packageDir } from './elements.mjs';
import { expectedSources } from './generate-sources.mjs';

const pkg = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));

describe('element registry', () => {
  test('finds the element folders', () => {
    assert.ok(elements().length > 0);
    for (const e of elements()) assert.match(e.tag, /^gr-[a-z0-9]+(-[a-z0-9]+)+$/);
  });

  for (const [file, text] of expectedSources()) {
    test(`${file} is generated from the element folders (npm run generate)`, () => {
      assert.equal(readFileSync(join(packageDir, file), 'utf8'), text);
    });
  }

  test('package.json exports every element and its define module', () => {
    for (const e of elements()) {
      assert.ok(pkg.exports[`./${e.name}`], `exports ./${e.name}`);
      assert.ok(pkg.exports[`./${e.name}/define`], `exports ./${e.name}/define`);
    }
  });

  test('sideEffects names the define modules and no shared chunk', () => {
    for (const entry of ['./dist/define.js', './dist/*/define.js', './src/define.ts', './src/*/define.ts']) assert.ok(pkg.sideEffects.includes(entry), entry);
    for (const entry of pkg.sideEffects) assert.doesNotMatch(entry, /chunk/);
  });
});

describe('npm build (dist/)', { skip: !existsSync(join(packageDir, 'dist', 'index.js')) && 'not built' }, () => {
  const files = (dir) =>
    readdirSync(join(packageDir, dir), { withFileTypes: true }).flatMap((d) =>
      d.isDirectory() ? (d.name === 'cdn' ? [] : files(join(dir, d.name))) : d.name.endsWith('.js') ? [join(dir, d.name)] : [],
    );

  test('every element has its class module and define module', () => {
    for (const e of elements()) {
      assert.ok(existsSync(join(packageDir, 'dist', e.name, `${e.name}.js`)), `dist/${e.name}/${e.name}.js`);
      assert.ok(existsSync(join(packageDir, 'dist', e.name, 'define.js')), `dist/${e.name}/define.js`);
    }
  });

  test('tags are registered only in define modules', () => {
    for (const file of files('dist')) {
      const text = readFileSync(join(packageDir, file), 'utf8');
      const registers = /\.define\(\s*["']gr-/.test(text);
      assert.equal(registers, /(^|[\\/])define\.js$/.test(file) && file !== join('dist', 'define.js'), `${file} registers a tag: ${registers}`);
    }
  });

  test('the version in the code is the package version', () => {
    const code = files('dist').map((f) => readFileSync(join(packageDir, f), 'utf8')).join('\n');
    assert.ok(code.includes(JSON.stringify(pkg.version)), `"${pkg.version}" compiled in`);
    assert.ok(!/__GR_ELEMENTS_VERSION__/.test(code.replace(/typeof __GR_ELEMENTS_VERSION__/g, '')), 'the placeholder is replaced');
  });
});
