// Shared helpers for the demo's end-to-end tests (kept outside test/, which `node --test` runs file by file).
import { mkdtempSync, rmSync, writeFileSync, mkdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { chromium } from 'playwright-core';
import { startServer, cdnBuilt, CDN_DIR } from '../server.mjs';
import { elements } from '../../../packages/elements/scripts/elements.mjs';

// Every element of the registry (the src/<name>/ folders of @goteborgsregionen/elements).
export const TAGS = elements().map((e) => e.tag);
/** Each element's canonical embed snippet (src/<name>/example.html), by tag. */
export const EXAMPLES = Object.fromEntries(elements().map((e) => [e.tag, e.example]));

export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
];

/**
 * Starts the demo server on a free port (with optional extra pages mounted under /fixtures/) and one
 * headless Chromium. Call `close()` in `after`.
 * @param {{fixtures?: Record<string, string>}} [options] file name → HTML, served from /fixtures/
 */
export async function setup({ fixtures, cdnDir, mounts: extraMounts = [] } = {}) {
  if (!cdnBuilt()) {
    throw new Error(
      'packages/elements/dist/cdn/gr-elements.js is missing. Build first: ' +
        'npm run build -w @goteborgsregionen/data && npm run build -w @goteborgsregionen/elements'
    );
  }
  const bundle = join(CDN_DIR, 'gr-elements.js');
  if (statSync(bundle).size === 0) {
    throw new Error(`${bundle} is empty (0 bytes): the elements build produced a bundle that registers nothing.`);
  }
  let fixtureDir;
  const mounts = [...extraMounts];
  if (fixtures) {
    fixtureDir = mkdtempSync(join(tmpdir(), 'gr-demo-e2e-'));
    for (const [name, body] of Object.entries(fixtures)) {
      const file = join(fixtureDir, name);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, body);
    }
    mounts.push({ prefix: '/fixtures/', dir: fixtureDir });
  }
  const server = await startServer({ port: 0, fallback: false, mounts, ...(cdnDir ? { cdnDir } : {}) });
  const origin = new URL(server.url).origin;
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: CHROME_ARGS,
  });
  return {
    browser,
    server,
    origin,
    url: (path = '/') => new URL(path, server.url).href,
    async close() {
      await browser.close().catch(() => {});
      await server.close();
      if (fixtureDir) rmSync(fixtureDir, { recursive: true, force: true });
    },
  };
}

/**
 * A browser context that records everything that must not happen on a municipality's page: requests
 * to any other origin, Content-Security-Policy violations (reported by a `securitypolicyviolation`
 * listener installed before any page script runs), console errors and warnings, uncaught page errors
 * and failed or 4xx/5xx responses.
 * @param {import('playwright-core').Browser} browser
 * @param {string} origin the demo server's origin
 * @param {import('playwright-core').BrowserContextOptions} [options]
 */
export async function watchedContext(browser, origin, options = {}) {
  const context = await browser.newContext({ acceptDownloads: true, ...options });
  const log = {
    foreignRequests: [],
    violations: [],
    consoleErrors: [],
    consoleWarnings: [],
    pageErrors: [],
    badResponses: [],
    requests: [],
  };
  await context.exposeBinding('__grReportViolation', (_source, v) => {
    log.violations.push(v);
  });
  await context.addInitScript(() => {
    document.addEventListener(
      'securitypolicyviolation',
      (e) => {
        window.__grReportViolation({
          directive: e.violatedDirective,
          blockedURI: e.blockedURI,
          sourceFile: e.sourceFile,
          line: e.lineNumber,
          sample: e.sample,
        });
      },
      true
    );
  });
  const seen = (url) => {
    log.requests.push(url);
    let u;
    try {
      u = new URL(url);
    } catch {
      log.foreignRequests.push(url);
      return;
    }
    if (u.protocol === 'data:' || u.protocol === 'blob:') return;
    if (u.origin !== origin) log.foreignRequests.push(url);
  };
  context.on('request', (req) => seen(req.url()));
  // Chromium fetches `<a download>` files in its download manager, outside the page's network events.
  context.on('page', (page) => page.on('download', (d) => seen(d.url())));
  context.on('requestfailed', (req) => {
    const failure = req.failure()?.errorText ?? '';
    // A download that the test reads itself shows up as an aborted navigation; that is not a failure.
    if (/ERR_ABORTED/.test(failure)) return;
    log.badResponses.push(`${req.url()} failed: ${failure}`);
  });
  context.on('response', (res) => {
    if (res.status() >= 400) log.badResponses.push(`${res.url()} → ${res.status()}`);
  });
  context.on('console', (msg) => {
    if (msg.type() === 'error') log.consoleErrors.push(msg.text());
    if (msg.type() === 'warning') log.consoleWarnings.push(msg.text());
  });
  context.on('weberror', (err) => log.pageErrors.push(String(err.error())));
  return { context, log };
}

/** Every problem in the log, as lines (empty when the page behaved). */
export function problems(log, { warnings = true } = {}) {
  return [
    ...log.foreignRequests.map((u) => `request to another origin: ${u}`),
    ...log.violations.map(
      (v) =>
        `CSP violation: ${v.directive} blocked ${v.blockedURI || '(inline)'} at ${v.sourceFile}:${v.line} ${
          v.sample ?? ''
        }`
    ),
    ...log.consoleErrors.map((t) => `console error: ${t}`),
    ...(warnings ? log.consoleWarnings.map((t) => `console warning: ${t}`) : []),
    ...log.pageErrors.map((t) => `page error: ${t}`),
    ...log.badResponses.map((t) => `bad response: ${t}`),
  ];
}

/** The GR tags the page has (a page such as the demo need not show every element of the registry). */
export function tagsOnPage(page) {
  return page.evaluate((tags) => tags.filter((t) => document.querySelector(t)), TAGS);
}

/** Waits until all given GR tags (default: those on the page) are defined and have rendered. */
export async function elementsReady(page, tags) {
  for (const tag of tags ?? (await tagsOnPage(page))) {
    const el = page.locator(tag).first();
    await el.waitFor({ state: 'attached' });
    await el.evaluate(async (node, t) => {
      let timer;
      const never = new Promise((_, reject) => {
        timer = setTimeout(
          () => reject(new Error(`<${t}> was not defined within 10 s: did the CDN file load?`)),
          10000
        );
      });
      await Promise.race([customElements.whenDefined(t), never]).finally(() => clearTimeout(timer));
      await node.updateComplete;
    }, tag);
  }
}

/**
 * What has keyboard focus, looking through shadow roots: tag, text, accessible-name attributes, href,
 * and the hosts it is inside.
 */
export function focused(page) {
  return page.evaluate(() => {
    /** @type {Element | null} */
    let a = document.activeElement;
    const hosts = [];
    while (a && a.shadowRoot && a.shadowRoot.activeElement) {
      hosts.push(a.localName);
      a = a.shadowRoot.activeElement;
    }
    if (!a) return { tag: '', hosts, text: '' };
    const el = /** @type {HTMLElement & {value?: string}} */ (a);
    return {
      tag: el.localName,
      hosts,
      host: hosts[hosts.length - 1] ?? '',
      text: (el.innerText ?? el.textContent ?? '').replace(/\s+/g, ' ').trim(),
      label: el.getAttribute('aria-label') ?? '',
      href: el.getAttribute('href') ?? '',
      role: el.getAttribute('role') ?? '',
      type: el.getAttribute('type') ?? '',
      part: el.getAttribute('part') ?? '',
      id: el.id,
      value: typeof el.value === 'string' ? el.value : '',
      download: el.hasAttribute('download'),
      ariaSelected: el.getAttribute('aria-selected') ?? '',
      ariaCurrent: el.getAttribute('aria-current') ?? '',
      day: el.getAttribute('data-day') ?? '',
    };
  });
}

/**
 * Presses a key (Tab by default) until the focused element matches `predicate`, like a keyboard user
 * moving through the page. Fails with the path it took.
 * @param {import('playwright-core').Page} page
 * @param {(f: Awaited<ReturnType<typeof focused>>) => boolean} predicate
 * @param {{key?: string, max?: number, what?: string}} [options]
 */
export async function pressUntil(page, predicate, { key = 'Tab', max = 80, what = 'the target' } = {}) {
  const trail = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key);
    const f = await focused(page);
    if (predicate(f)) return f;
    trail.push(
      `${f.hosts.join('>')}${f.hosts.length ? '>' : ''}${f.tag}${f.part ? `[${f.part}]` : ''} "${(
        f.label || f.text
      ).slice(0, 40)}"`
    );
  }
  throw new Error(`${key} ×${max} never reached ${what}. Focus went: ${trail.join(' | ')}`);
}

/** Moves to a section the way a keyboard user does: Tab to the main-menu link, then Enter. */
export async function goToSection(page, linkText) {
  await pressUntil(page, (f) => f.tag === 'a' && f.text === linkText && f.hosts.length === 0, {
    what: `the menu link "${linkText}"`,
  });
  const hash = await page.evaluate((t) => {
    const link = [...document.querySelectorAll('nav a')].find((a) => a.textContent?.trim() === t);
    return link?.getAttribute('href') ?? '';
  }, linkText);
  await page.keyboard.press('Enter');
  await page.waitForURL((u) => u.hash === hash);
}

/**
 * Polls `read` until `check` accepts its value (no fixed sleeps). Returns the value; on timeout fails
 * with the last value seen.
 * @template T
 * @param {() => Promise<T>} read
 * @param {(value: T) => boolean} check
 * @param {{timeout?: number, what?: string}} [options]
 * @returns {Promise<T>}
 */
export async function until(read, check, { timeout = 10000, what = 'the condition' } = {}) {
  const end = Date.now() + timeout;
  let value;
  for (;;) {
    value = await read();
    if (check(value)) return value;
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}; last value: ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** Text of an element (looking into shadow roots with Playwright's CSS engine), whitespace collapsed. */
export async function textOf(locator) {
  return (await locator.evaluate((el) => el.textContent ?? '')).replace(/\s+/g, ' ').trim();
}

/** Whether `locator` is the element that has keyboard focus (through shadow roots). */
export function hasFocus(locator) {
  return locator.evaluate((el) => {
    let a = document.activeElement;
    while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement;
    return a === el;
  });
}

/** Presses Enter on the focused link and returns the downloaded file's URL, name and text. */
export async function enterAndDownload(page) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  const path = await download.path();
  const { readFile } = await import('node:fs/promises');
  return { url: download.url(), name: download.suggestedFilename(), text: await readFile(path, 'utf8') };
}

/** Minimal RFC 5545 reader: unfolds lines and returns them. */
export function icsLines(text) {
  return text
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter((l) => l !== '');
}
