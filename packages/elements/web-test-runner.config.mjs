import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { fileURLToPath } from 'node:url';
import { findChromium } from '../../scripts/find-chromium.mjs';
import { fixtureServer } from './src/test-support/fixture-server.mjs';

const executablePath = findChromium();

// Server command `emulate-timezone` (payload: an IANA zone such as "America/New_York", or null to reset):
// sets the test page's time zone through puppeteer, so tests can check that times stay in Stockholm time.
// `emulate-forced-colors` (payload: "active" or null) turns Windows-style forced colours on or off.
const cdpSessions = new WeakMap();
const emulateTimezonePlugin = {
  name: 'gr-emulate-timezone',
  async executeCommand({ command, payload, session }) {
    if (command === 'emulate-timezone') {
      await session.browser.getPage(session.id).emulateTimezone(payload ?? undefined);
      return true;
    }
    if (command === 'emulate-forced-colors') {
      // Puppeteer does not list forced-colors; the DevTools protocol does. The session stays open for the page.
      const page = session.browser.getPage(session.id);
      const cdp = cdpSessions.get(page) ?? (await page.createCDPSession());
      cdpSessions.set(page, cdp);
      await cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: payload ?? '' }] });
      return true;
    }
    return undefined;
  },
};

export default {
  files: ['src/**/*.test.ts'],
  nodeResolve: true,
  // Test fixtures under /__fixtures/: HTTP errors, slow and invalid responses, data files (src/test-support/fixture-server.mjs).
  middleware: [fixtureServer],
  concurrency: 2,
  plugins: [
    esbuildPlugin({ ts: true, json: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
    emulateTimezonePlugin,
    a11ySnapshotPlugin(),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        ...(executablePath ? { executablePath } : {}),
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          // Test files run side by side in several pages; keep hidden ones painting so animation frames still come.
          '--disable-renderer-backgrounding',
          '--disable-background-timer-throttling',
          '--disable-backgrounding-occluded-windows',
        ],
      },
    }),
  ],
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  testFramework: { config: { timeout: 10000 } },
  // The whole run takes about 35 s on a quiet 2-core machine and has taken 107 s under heavy load: room above
  // wtr's default of 120 s for a run that shares the machine with the other suites (turbo runs two at a time).
  testsFinishTimeout: 300000,
};
