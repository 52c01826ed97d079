// Consumer projects for the packed packages: `npm pack` tarballs (never workspace links) installed with
// `npm ci` into a project outside the repository, from a lockfile derived from the repository's own
// package-lock.json. So the third-party packages are exactly the ones CI's `npm ci` already put in npm's
// cache, and an install needs no registry metadata.
import { execFile as execFileCb, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const execFile = promisify(execFileCb);
export const appDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const repoDir = resolve(appDir, '../..');
export const PACKAGES = { data: '@goteborgsregionen/data', elements: '@goteborgsregionen/elements' };

/** Runs a command; resolves with {code, stdout, stderr} and never rejects on a non-zero exit. */
export function run(cmd, args, options = {}) {
  return new Promise((resolvePromise, reject) => {
    // Without the npm_* variables of the `npm run` this suite runs under: each command is a consumer's own.
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k)));
    const child = spawn(cmd, args, { ...options, env: { ...env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolvePromise({ code, stdout, stderr }));
  });
}

/** Like run(), but throws with the output when the command fails. */
export async function must(cmd, args, options = {}) {
  const res = await run(cmd, args, options);
  if (res.code !== 0) {
    throw new Error(`${cmd} ${args.join(' ')} (in ${options.cwd ?? process.cwd()}) exited ${res.code}\n${res.stdout}\n${res.stderr}`);
  }
  return res;
}

export function tempDir(prefix) {
  return mkdtempSync(join(tmpdir(), `gr-consumers-${prefix}-`));
}

/** `npm pack`s both packages (as built) into `dir`; returns {data, elements} tarball file names. */
export async function packPackages(dir) {
  const out = {};
  await Promise.all(
    Object.keys(PACKAGES).map(async (key) => {
      const { stdout } = await execFile('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], {
        cwd: join(repoDir, 'packages', key),
        maxBuffer: 64 * 1024 * 1024,
      });
      out[key] = JSON.parse(stdout)[0].filename;
    }),
  );
  return out;
}

function integrity(file) {
  return `sha512-${createHash('sha512').update(readFileSync(file)).digest('base64')}`;
}

function parentPath(p) {
  const i = p.lastIndexOf('/node_modules/');
  return i === -1 ? '' : p.slice(0, i);
}

/** Where the root lockfile puts `name` as seen from the package at `from` (Node's resolution, upwards). */
function resolveIn(packages, from, name) {
  let base = from;
  for (;;) {
    const p = `${base ? `${base}/` : ''}node_modules/${name}`;
    if (packages[p] && !packages[p].link) return p;
    if (!base) return undefined;
    base = parentPath(base);
  }
}

/**
 * A package-lock.json for a project whose dependencies are `thirdParty` (names, at the versions the
 * repository's lockfile holds) plus the two tarballs, copied out of the repository's lockfile.
 */
export function deriveLock(projectName, thirdParty, tarballs, projectDir) {
  const rootLock = JSON.parse(readFileSync(join(repoDir, 'package-lock.json'), 'utf8'));
  const src = rootLock.packages;
  const packages = {};
  const deps = {};
  const queue = [];
  const want = (from, name, optional) => {
    const at = resolveIn(src, from, name);
    if (!at) {
      if (optional) return;
      throw new Error(`consumers: ${name} (needed by ${from || 'the fixture'}) is not in package-lock.json`);
    }
    if (packages[at]) return;
    const entry = { ...src[at] };
    delete entry.dev;
    delete entry.devOptional;
    delete entry.peer;
    if (src[at].optional || src[at].os || src[at].cpu || src[at].libc) entry.optional = true;
    packages[at] = entry;
    queue.push(at);
  };
  for (const name of thirdParty) {
    const at = resolveIn(src, '', name);
    if (!at) throw new Error(`consumers: ${name} is not in package-lock.json; add it to apps/consumers devDependencies`);
    deps[name] = src[at].version;
    want('', name, false);
  }
  for (const [key, file] of Object.entries(tarballs)) {
    const name = PACKAGES[key];
    const pkg = JSON.parse(readFileSync(join(repoDir, 'packages', key, 'package.json'), 'utf8'));
    deps[name] = `file:${file}`;
    packages[`node_modules/${name}`] = {
      version: pkg.version,
      resolved: `file:${file}`,
      integrity: integrity(join(projectDir, file)),
      license: pkg.license,
      ...(pkg.dependencies ? { dependencies: pkg.dependencies } : {}),
      ...(pkg.bin ? { bin: pkg.bin } : {}),
      ...(pkg.engines ? { engines: pkg.engines } : {}),
    };
    for (const dep of Object.keys(pkg.dependencies ?? {})) if (!PACKAGES[dep.split('/')[1]]) want('', dep, false);
  }
  while (queue.length) {
    const at = queue.shift();
    const e = src[at];
    for (const name of Object.keys(e.dependencies ?? {})) want(at, name, false);
    for (const name of Object.keys(e.optionalDependencies ?? {})) want(at, name, true);
    for (const name of Object.keys(e.peerDependencies ?? {})) {
      if (!e.peerDependenciesMeta?.[name]?.optional) want(at, name, false);
    }
  }
  const sorted = Object.fromEntries(Object.entries(packages).sort(([a], [b]) => a.localeCompare(b)));
  return {
    packageJson: { name: projectName, private: true, type: 'module', dependencies: deps },
    lock: { name: projectName, lockfileVersion: 3, requires: true, packages: { '': { name: projectName, dependencies: deps }, ...sorted } },
  };
}

/**
 * Creates a consumer project in a temporary folder: the tarballs, package.json, the derived lockfile,
 * the files of `fixtures/<template>` (if given), then `npm ci` from npm's cache.
 */
export async function createProject({ name, thirdParty = [], tarballDir, tarballs, template }) {
  const dir = tempDir(name);
  for (const file of Object.values(tarballs)) cpSync(join(tarballDir, file), join(dir, file));
  if (template) cpSync(join(appDir, 'fixtures', template), dir, { recursive: true });
  const { packageJson, lock } = deriveLock(name, thirdParty, tarballs, dir);
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify(packageJson, null, 2)}\n`);
  writeFileSync(join(dir, 'package-lock.json'), `${JSON.stringify(lock, null, 2)}\n`);
  await must('npm', ['ci', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: dir });
  return dir;
}

const toolsDir = join(appDir, 'tools');

/**
 * The Node runtimes and TypeScript 7 from apps/consumers/tools (its own lockfile, outside the workspace:
 * their `node` and `tsc` bins would shadow the workspace's). Installed with `npm ci` when missing.
 */
export async function tools() {
  const stamp = join(toolsDir, 'node_modules', '.lock-hash');
  const hash = createHash('sha256').update(readFileSync(join(toolsDir, 'package-lock.json'))).digest('hex');
  const installed = () => existsSync(stamp) && readFileSync(stamp, 'utf8') === hash;
  // Test files run in parallel: one installs (mkdir is atomic), the others wait for it.
  const lock = join(toolsDir, '.installing');
  while (!installed()) {
    try {
      mkdirSync(lock);
    } catch {
      // A lock left by an install that died more than five minutes ago is stale.
      if (existsSync(lock) && statSync(lock).mtimeMs < Date.now() - 300_000) rmSync(lock, { recursive: true, force: true });
      await new Promise((r) => setTimeout(r, 250));
      continue;
    }
    try {
      if (!installed()) {
        await must('npm', ['ci', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: toolsDir });
        writeFileSync(stamp, hash);
      }
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
  const bin = (alias, file) => join(toolsDir, 'node_modules', alias, 'bin', file);
  return {
    nodes: { 20: process.execPath, 24: bin('node24', 'node'), 26: bin('node26', 'node') },
    tsc7: bin('typescript7', 'tsc'),
    tsc59: join(repoDir, 'node_modules', 'typescript', 'bin', 'tsc'),
  };
}

export function cleanup(dir) {
  if (dir && existsSync(dir)) rmSync(dir, { recursive: true, force: true });
}

export { mkdirSync, writeFileSync, readFileSync, join };
