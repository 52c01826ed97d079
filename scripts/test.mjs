#!/usr/bin/env node
// `npm test`: make sure a headless Chromium exists (installing Debian's package when we can),
// then build, typecheck, lint and run every test suite through turbo.
import { spawnSync } from 'node:child_process';
import { findChromium } from './find-chromium.mjs';

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 20 || (major === 20 && minor < 19)) {
  console.error(`Node.js 20.19 or newer is needed (this is ${process.versions.node}).`);
  process.exit(1);
}

let chrome = findChromium();
if (!chrome) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (isRoot && hasApt) {
    console.log('No Chromium found: installing Debian\'s chromium package (apt-get install chromium) ...');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    const install = update.status === 0 && spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
    if (!install || install.status !== 0) {
      console.error('\nInstalling Chromium failed. Install it yourself and run npm test again:\n\n  sudo apt-get install -y chromium\n');
      process.exit(1);
    }
    chrome = findChromium();
  }
  if (!chrome) {
    console.error(
      '\nThe element tests run in a real headless Chromium, and none was found on this machine.\n' +
        'Install one and run npm test again:\n\n' +
        '  sudo apt-get update && sudo apt-get install -y chromium\n\n' +
        'or point CHROME_PATH at an existing Chrome/Chromium binary.\n',
    );
    process.exit(1);
  }
}
process.env.CHROME_PATH = chrome;

const tasks = process.argv.slice(2).length ? process.argv.slice(2) : ['build', 'typecheck', 'lint', 'check:package', 'test', 'test:e2e'];
const res = spawnSync('npx', ['turbo', 'run', ...tasks, '--output-logs=errors-only', '--concurrency=2', '--continue'], {
  stdio: 'inherit',
  env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1', STORYBOOK_DISABLE_TELEMETRY: '1' },
});
process.exit(res.status ?? 1);
