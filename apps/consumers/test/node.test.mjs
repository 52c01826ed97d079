// The packed packages in a Node project, on Node 20, 24 and 26: every JavaScript and CLI example of the
// READMEs runs against the installed tarballs (values the README states are checked), and ESM and
// CommonJS share one DatasetError.
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { after, before, describe, test } from 'node:test';
import { cleanup, createProject, join, packPackages, readFileSync, run, tempDir, tools, writeFileSync } from '../lib/fixture.mjs';
import { EXPECT_HELPER, READMES, codeBlocks, instrument } from '../lib/readme.mjs';

let tarballDir;
let project;
let rt;
let server;
let serverUrl;

before(async () => {
  tarballDir = tempDir('tarballs');
  const [tarballs, runtimes] = await Promise.all([packPackages(tarballDir), tools()]);
  rt = runtimes;
  project = await createProject({
    name: 'gr-node-consumer',
    tarballDir,
    tarballs,
    template: 'node',
  });
  // Stands in for the remote dataset the README's validation example fetches: GR's own dataset with
  // one wrong municipality, served over HTTP from this machine.
  const broken = JSON.parse(readFileSync(join(project, 'node_modules/@goteborgsregionen/data/dist/dataset.json'), 'utf8'));
  broken.networks[3].municipalities[0] = 'atlantis';
  server = createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(broken));
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  serverUrl = `http://127.0.0.1:${server.address().port}/`;
});

after(() => {
  server?.close();
  cleanup(project);
  cleanup(tarballDir);
});

/** Runs `args` (in the project) with each Node, one after the other; returns [{version, code, stdout, stderr}]. */
async function onEveryNode(args, options = {}) {
  const results = [];
  for (const node of Object.values(rt.nodes)) {
    const res = await run(node, args, { cwd: project, ...options });
    const version = (await run(node, ['--version'])).stdout.trim();
    results.push({ version, ...res });
  }
  return results;
}

describe('Node: the three runtimes', () => {
  test('Node 20, 24 and 26 are the ones the examples run on', async () => {
    const versions = await Promise.all(Object.values(rt.nodes).map(async (n) => (await run(n, ['--version'])).stdout.trim().split('.')[0]));
    assert.deepEqual(versions.sort(), ['v20', 'v24', 'v26']);
  });
});

describe('README examples run against the installed packages', () => {
  const dataBlocks = READMES.flatMap((readme) =>
    codeBlocks(readme)
      // Browser code (the elements) and the Vite recipe run in browser.test.mjs.
      .filter((b) => ['js', 'javascript', 'mjs', 'cjs'].includes(b.lang) && !/@goteborgsregionen\/elements(?!\/ssr')|from 'vite'/.test(b.code))
      .map((b) => ({ ...b, readme })),
  );

  test('the READMEs have JavaScript examples for the data package', () => {
    assert.ok(dataBlocks.length >= 8, `found ${dataBlocks.length} blocks`);
    assert.ok(dataBlocks.some((b) => /\brequire\(/.test(b.code)), 'a CommonJS example');
  });

  for (const block of dataBlocks) {
    const cjs = /\brequire\(/.test(block.code);
    test(`${block.readme}:${block.line} (${cjs ? 'CommonJS' : 'ESM'}) on Node 20, 24 and 26`, async () => {
      const code = instrument(block.code).replaceAll('https://example.se/', serverUrl);
      const file = join(project, `example-${block.readme.replace(/\W+/g, '-')}-${block.line}.${cjs ? 'cjs' : 'mjs'}`);
      const prelude = cjs
        ? `Object.assign(globalThis, require('@goteborgsregionen/data'));\n`
        : `Object.assign(globalThis, await import('@goteborgsregionen/data'));\n`;
      const tail = `\nprocess.on('exit', () => console.log('checked ' + (globalThis.__checked || 0)));\n`;
      writeFileSync(file, prelude + EXPECT_HELPER + code + tail);
      for (const res of await onEveryNode([file])) {
        assert.equal(res.code, 0, `${block.readme}:${block.line} on ${res.version}:\n${res.stderr}${res.stdout}`);
        assert.match(res.stdout, /checked \d+/);
      }
    });
  }

  const cliLines = READMES.flatMap((readme) =>
    codeBlocks(readme)
      .filter((b) => ['sh', 'bash', 'shell', 'console'].includes(b.lang))
      // An absolute example path (/path/to/site/…) is taken inside the project: the suite writes nowhere else.
      .flatMap((b) => b.code.split('\n').map((l) => ({ readme, line: b.line, cmd: l.replace(/\s+#.*$/, '').trim().replace(/(\s)\/(?=\w)/g, '$1./') })))
      .filter((l) => l.cmd.startsWith('npx gr-data')),
  );

  test('the READMEs have gr-data CLI examples', () => {
    assert.ok(cliLines.length >= 4, `found ${cliLines.length}`);
  });

  for (const { readme, line, cmd } of cliLines) {
    test(`${readme}:${line}: ${cmd} (on Node 20, 24 and 26)`, async () => {
      // As written (npx, the system's Node) ...
      const shell = await run('sh', ['-c', cmd], { cwd: project });
      assert.equal(shell.code, 0, `${cmd}\n${shell.stderr}${shell.stdout}`);
      assert.doesNotMatch(shell.stderr, /\n\s+at /, 'no stack trace');
      // ... and the CLI itself on each Node.
      const redirect = /\s>\s*(\S+)$/.exec(cmd);
      const args = cmd.replace(/^npx gr-data\s*/, '').replace(/\s>\s*\S+$/, '').split(/\s+/).filter(Boolean);
      for (const res of await onEveryNode(['node_modules/@goteborgsregionen/data/dist/cli.js', ...args])) {
        assert.equal(res.code, 0, `${cmd} on ${res.version}:\n${res.stderr}`);
        if (redirect) assert.equal(res.stdout, readFileSync(join(project, redirect[1]), 'utf8'), `${cmd} on ${res.version} prints what npx wrote`);
      }
    });
  }
});

describe('API seams', () => {
  test('one DatasetError across import and require, and isDatasetError', async () => {
    for (const res of await onEveryNode(['seams.cjs'])) {
      assert.equal(res.code, 0, `${res.version}:\n${res.stderr}${res.stdout}`);
      assert.match(res.stdout, /seams ok/);
    }
  });

  test('the CLI rejects a broken dataset with exit 1 and names the field, on every Node', async () => {
    const file = join(project, 'broken.json');
    const data = JSON.parse(readFileSync(join(project, 'node_modules/@goteborgsregionen/data/dist/dataset.json'), 'utf8'));
    data.networks[0].municipalities = ['atlantis'];
    writeFileSync(file, JSON.stringify(data));
    for (const res of await onEveryNode(['node_modules/.bin/gr-data', 'validate', 'broken.json'])) {
      assert.equal(res.code, 1, `${res.version}: ${res.stderr}${res.stdout}`);
      assert.match(res.stdout + res.stderr, /networks\[0\]\.municipalities\[0\]: unknown municipality "atlantis"/);
    }
  });
});

