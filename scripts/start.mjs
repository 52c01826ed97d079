#!/usr/bin/env node
// `npm start`: build everything (turbo; cached after the first run), then serve the demo municipality
// page (apps/demo) with the strict Content-Security-Policy, and print its address.
//   npm start -- --no-build   serve what is already built
//   PORT=8080 npm start       another port (a taken port falls back to a free one)
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const skipBuild = process.argv.includes('--no-build');

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 20 || (major === 20 && minor < 19)) {
  console.error(`Node.js 20.19 or newer is needed (this is ${process.versions.node}).`);
  process.exit(1);
}

if (!skipBuild) {
  console.log('Building the data, the elements and Storybook (turbo) …');
  const build = spawnSync('npx', ['turbo', 'run', 'build', '--output-logs=errors-only'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1', STORYBOOK_DISABLE_TELEMETRY: '1' },
  });
  if (build.status !== 0) {
    console.error('\nThe build failed (see above), so the demo was not started.');
    process.exit(build.status ?? 1);
  }
}

const { serve } = await import('../apps/demo/server.mjs');
try {
  await serve();
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
}
