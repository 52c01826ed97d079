// The packed packages' types as a TypeScript user compiles them: `tsc --strict` with `skipLibCheck: false`
// on TypeScript 5.9 and 7, with `node16` and `bundler` module resolution, ESM, CommonJS and React JSX.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { cleanup, createProject, join, packPackages, run, tempDir, tools, writeFileSync } from '../lib/fixture.mjs';

let tarballDir;
let project;
let rt;

before(async () => {
  tarballDir = tempDir('tarballs');
  const [tarballs, runtimes] = await Promise.all([packPackages(tarballDir), tools()]);
  rt = runtimes;
  project = await createProject({ name: 'gr-typescript-consumer', thirdParty: ['@types/react', 'react'], tarballDir, tarballs, template: 'node' });
});

after(() => {
  cleanup(project);
  cleanup(tarballDir);
});

describe('TypeScript consumers: tsc --strict, skipLibCheck false', { concurrency: true }, () => {
  for (const [label, key] of [
    ['TypeScript 5.9', 'tsc59'],
    ['TypeScript 7', 'tsc7'],
  ]) {
    for (const config of ['tsconfig.node16.json', 'tsconfig.bundler.json']) {
      test(`${label}, ${config}`, async () => {
        const res = await run(rt[key], ['-p', config], { cwd: project });
        assert.equal(res.code, 0, `${label} ${config}:\n${res.stdout}${res.stderr}`);
      });
    }
  }

  test('the type checks are real: a wrong use is an error on both compilers', async () => {
    writeFileSync(join(project, 'src-wrong.ts'), "import { formatPhone } from '@goteborgsregionen/data';\nconst n: number = formatPhone('+46313355188');\nexport { n };\n");
    for (const key of ['tsc59', 'tsc7']) {
      const res = await run(rt[key], ['--strict', '--noEmit', '--skipLibCheck', 'false', '--module', 'node16', '--moduleResolution', 'node16', 'src-wrong.ts'], { cwd: project });
      assert.notEqual(res.code, 0);
      assert.match(res.stdout, /src-wrong\.ts\(2,7\).*TS2322/);
    }
  });
});

