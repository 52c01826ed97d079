import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { fileURLToPath } from 'node:url';
import { findChromium } from '../../scripts/find-chromium.mjs';
import { fixtureServer } from './src/test-support/fixture-server.mjs';

const executablePath = findChromium();

export default {
  files: ['src/**/*.test.ts'],
  nodeResolve: true,
  // Test fixtures under /__fixtures/: HTTP errors, slow and invalid responses, data files (src/test-support/fixture-server.mjs).
  middleware: [fixtureServer],
  concurrency: 2,
  plugins: [esbuildPlugin({ ts: true, json: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) })],
  browsers: [
    chromeLauncher({
      launchOptions: {
        ...(executablePath ? { executablePath } : {}),
        args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update'],
      },
    }),
  ],
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  testFramework: { config: { timeout: 10000 } },
};
