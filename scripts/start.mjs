#!/usr/bin/env node
// `npm start`: build everything, then serve the demo municipality page (apps/demo) when it exists;
// until then, list what was built.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';

const build = spawnSync('npx', ['turbo', 'run', 'build', '--output-logs=errors-only'], {
  stdio: 'inherit',
  env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1', STORYBOOK_DISABLE_TELEMETRY: '1' },
});
if (build.status !== 0) process.exit(build.status ?? 1);

if (existsSync('apps/demo/server.mjs')) {
  const res = spawnSync('node', ['apps/demo/server.mjs'], { stdio: 'inherit' });
  process.exit(res.status ?? 0);
}
console.log('\nBuilt:');
for (const dir of ['packages/data/dist', 'packages/elements/dist', 'packages/elements/dist/cdn']) {
  if (existsSync(dir)) console.log(`  ${dir}/: ${readdirSync(dir).join(', ')}`);
}
