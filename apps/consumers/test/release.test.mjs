// A release rehearsal on a copy of the repository: `npm run version-packages` (changesets) writes the
// versions and CHANGELOG.md files, `npm run release` builds and publishes both packages to a local
// registry (verdaccio on 127.0.0.1, third-party packages through an uplink to the registry npm uses),
// and a fresh project installs them from it and runs them.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { cpSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { freePort } from '../lib/free-port.mjs';
import { dirname, join } from 'node:path';
import { after, before, test } from 'node:test';
import { cleanup, must, PACKAGES, repoDir, run, tempDir, tools } from '../lib/fixture.mjs';

let work;
let copy;
let registry;
let userconfig;
let verdaccio;
let published;
let consumer;

/** The working tree as git sees it (tracked and new files, nothing ignored), copied to `dest`. */
async function copyRepository(dest) {
  const { stdout } = await must('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: repoDir });
  for (const file of stdout.split('\0').filter(Boolean)) {
    const from = join(repoDir, file);
    if (!existsSync(from) || lstatSync(from).isDirectory()) continue; // deleted, or a submodule
    mkdirSync(dirname(join(dest, file)), { recursive: true });
    cpSync(from, join(dest, file));
  }
  // node_modules: the repository's installed packages, except that the workspace packages are the copy's.
  mkdirSync(join(dest, 'node_modules'));
  for (const entry of readdirSync(join(repoDir, 'node_modules'))) {
    if (entry === '@goteborgsregionen') continue;
    symlinkSync(join(repoDir, 'node_modules', entry), join(dest, 'node_modules', entry));
  }
  mkdirSync(join(dest, 'node_modules/@goteborgsregionen'));
  for (const ws of ['packages/data', 'packages/elements', ...readdirSync(join(repoDir, 'apps')).map((a) => `apps/${a}`)]) {
    const pkgFile = join(dest, ws, 'package.json');
    if (!existsSync(pkgFile)) continue;
    const { name } = JSON.parse(readFileSync(pkgFile, 'utf8'));
    symlinkSync(join(dest, ws), join(dest, 'node_modules', name));
    if (existsSync(join(repoDir, ws, 'node_modules'))) symlinkSync(join(repoDir, ws, 'node_modules'), join(dest, ws, 'node_modules'));
  }
}

function startVerdaccio(port, dir, upstream, cafile) {
  writeFileSync(
    join(dir, 'config.yaml'),
    [
      `storage: ${join(dir, 'storage')}`,
      'auth:',
      '  htpasswd:',
      `    file: ${join(dir, 'htpasswd')}`,
      'uplinks:',
      '  npmjs:',
      `    url: ${upstream}`,
      '    timeout: 60s',
      '    max_fails: 20',
      '    fail_timeout: 1s',
      'packages:',
      "  '@goteborgsregionen/*':",
      '    access: $all',
      '    publish: $all',
      "  '**':",
      '    access: $all',
      '    publish: $all',
      '    proxy: npmjs',
      'max_body_size: 200mb',
      'log: { type: stdout, format: pretty, level: http }',
      '',
    ].join('\n'),
  );
  const child = spawn(process.execPath, [join(repoDir, 'node_modules/verdaccio/bin/verdaccio'), '--config', join(dir, 'config.yaml'), '--listen', `127.0.0.1:${port}`], {
    cwd: dir,
    stdio: ['ignore', 'pipe', 'pipe'],
    // The uplink trusts what npm trusts (npm's `cafile`, e.g. a company proxy's certificate authority).
    env: { ...process.env, ...(cafile ? { NODE_EXTRA_CA_CERTS: cafile } : {}) },
  });
  let log = '';
  child.stdout.on('data', (d) => (log += d));
  child.stderr.on('data', (d) => (log += d));
  return { child, log: () => log };
}


async function waitForRegistry(url, server) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.child.exitCode !== null) throw new Error(`verdaccio exited: ${server.log()}`);
    try {
      const res = await fetch(`${url}-/ping`);
      if (res.ok) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`verdaccio did not answer: ${server.log()}`);
}

const npmEnv = () => ({
  npm_config_registry: registry,
  npm_config_userconfig: userconfig,
  npm_config_audit: 'false',
  npm_config_fund: 'false',
  npm_config_update_notifier: 'false',
  TURBO_TELEMETRY_DISABLED: '1',
});

before(async () => {
  work = tempDir('release');
  copy = join(work, 'repo');
  const upstream = (await must('npm', ['config', 'get', 'registry'], { cwd: work })).stdout.trim();
  const cafile = (await must('npm', ['config', 'get', 'cafile'], { cwd: work })).stdout.trim();
  const port = await freePort();
  registry = `http://127.0.0.1:${port}/`;
  userconfig = join(work, 'npmrc');
  writeFileSync(userconfig, `registry=${registry}\n//127.0.0.1:${port}/:_authToken=rehearsal-token\n`);
  mkdirSync(join(work, 'verdaccio'));
  verdaccio = startVerdaccio(port, join(work, 'verdaccio'), upstream, cafile && cafile !== 'null' && existsSync(cafile) ? cafile : undefined);
  await Promise.all([copyRepository(copy), waitForRegistry(registry, verdaccio)]);
  const git = (...args) => must('git', ['-c', 'user.name=Release rehearsal', '-c', 'user.email=rehearsal@example.invalid', ...args], { cwd: copy });
  await git('init', '-q', '-b', 'main');
  writeFileSync(join(copy, '.git/info/exclude'), 'node_modules\n');
  await git('add', '-A');
  await git('commit', '-q', '-m', 'rehearsal');
});

after(() => {
  verdaccio?.child.kill();
  cleanup(work);
});

test('npm run version-packages writes new versions and CHANGELOG.md from the changesets', async () => {
  const changesets = readdirSync(join(copy, '.changeset')).filter((f) => f.endsWith('.md') && f !== 'README.md');
  assert.ok(changesets.length > 0, 'there are changesets to release');
  await must('npm', ['run', 'version-packages'], { cwd: copy, env: npmEnv() });
  published = {};
  for (const [key, name] of Object.entries(PACKAGES)) {
    const pkg = JSON.parse(readFileSync(join(copy, 'packages', key, 'package.json'), 'utf8'));
    assert.notEqual(pkg.version, '0.0.0', `${name} got a version`);
    published[key] = pkg.version;
    const changelog = readFileSync(join(copy, 'packages', key, 'CHANGELOG.md'), 'utf8');
    assert.match(changelog, new RegExp(`^# ${name.replace('/', '\\/')}\\n\\n## ${published[key].replaceAll('.', '\\.')}`));
  }
  const elements = JSON.parse(readFileSync(join(copy, 'packages/elements/package.json'), 'utf8'));
  assert.equal(elements.dependencies['@goteborgsregionen/data'], published.data, 'elements depends on the data version released with it');
  assert.equal(published.data, published.elements, 'the two packages are released together');
});

test('npm run release builds and publishes both packages to the registry', async () => {
  assert.ok(published, 'versioned');
  const res = await must('npm', ['run', 'release'], { cwd: copy, env: npmEnv() });
  for (const [key, name] of Object.entries(PACKAGES)) {
    assert.match(res.stdout + res.stderr, new RegExp(`${name.replace('/', '\\/')}@${published[key].replaceAll('.', '\\.')}`));
    const meta = await (await fetch(`${registry}${name.replace('/', '%2f')}`)).json();
    assert.ok(meta.versions?.[published[key]], `${name}@${published[key]} is on the registry`);
    const v = meta.versions[published[key]];
    assert.match(v.repository?.url ?? '', /^(git\+)?https:\/\/github\.com\/.+\.git$/, `${name}: repository`);
    assert.equal(v.repository.directory, `packages/${key}`);
    assert.match(v.homepage ?? '', /^https:\/\//, `${name}: homepage`);
    assert.match(v.bugs?.url ?? '', /^https:\/\/.+\/issues$/, `${name}: bugs`);
    assert.ok(v.keywords?.length >= 3, `${name}: keywords`);
    assert.ok(v.license === 'MIT', `${name}: licence`);
    assert.ok(v.engines?.node, `${name}: engines`);
    assert.ok(v.description, `${name}: description`);
  }
});

test('a fresh project installs the release from the registry, and it runs on every Node its engines name', async () => {
  assert.ok(published, 'versioned');
  consumer = join(work, 'consumer');
  mkdirSync(consumer);
  writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'fresh-consumer', private: true, type: 'module' }));
  const install = await run('npm', ['install', '--no-audit', '--no-fund', `@goteborgsregionen/elements@${published.elements}`, `@goteborgsregionen/data@${published.data}`], {
    cwd: consumer,
    env: npmEnv(),
  });
  assert.equal(install.code, 0, `npm install from the rehearsal registry:\n${install.stderr}\nverdaccio:\n${verdaccio.log()}`);
  const lock = JSON.parse(readFileSync(join(consumer, 'package-lock.json'), 'utf8'));
  for (const [key, name] of Object.entries(PACKAGES)) {
    const entry = lock.packages[`node_modules/${name}`];
    assert.equal(entry.version, published[key]);
    assert.ok(entry.resolved.startsWith(registry), `${name} came from the rehearsal registry`);
    assert.match(readFileSync(join(consumer, 'node_modules', name, 'CHANGELOG.md'), 'utf8'), new RegExp(`## ${published[key].replaceAll('.', '\\.')}`));
  }
  assert.equal(lock.packages['node_modules/@goteborgsregionen/elements/node_modules/@goteborgsregionen/data'], undefined, 'one copy of the data package');
  writeFileSync(
    join(consumer, 'check.mjs'),
    `import { nextMeeting, formatPhone, dataset } from '@goteborgsregionen/data';
     import { createRequire } from 'node:module';
     const { isDatasetError, parseDataset } = createRequire(import.meta.url)('@goteborgsregionen/data');
     let err; try { parseDataset({}); } catch (e) { err = e; }
     if (!isDatasetError(err)) throw new Error('no DatasetError');
     if (formatPhone('+46313355188') !== '031-335 51 88') throw new Error('formatPhone');
     console.log(dataset.networks.length, typeof nextMeeting);`,
  );
  const rt = await tools();
  const engines = JSON.parse(readFileSync(join(consumer, 'node_modules/@goteborgsregionen/data/package.json'), 'utf8')).engines.node;
  const min = /^>=\s*(\d+)\.(\d+)/.exec(engines);
  assert.ok(min, `engines.node is a lower bound: ${engines}`);
  for (const node of Object.values(rt.nodes)) {
    const version = (await must(node, ['--version'])).stdout.trim().slice(1).split('.').map(Number);
    assert.ok(version[0] > Number(min[1]) || (version[0] === Number(min[1]) && version[1] >= Number(min[2])), `Node ${version.join('.')} satisfies ${engines}`);
    const res = await run(node, ['check.mjs'], { cwd: consumer });
    assert.equal(res.code, 0, res.stderr);
    assert.match(res.stdout, /^\d+ function/);
    const cli = await run(node, ['node_modules/.bin/gr-data', 'validate', 'node_modules/@goteborgsregionen/data/dist/dataset.json'], { cwd: consumer });
    assert.equal(cli.code, 0, cli.stderr);
  }
});
