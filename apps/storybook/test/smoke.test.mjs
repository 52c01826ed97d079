// Smoke test for the built Storybook (storybook-static): every story opens in headless Chromium,
// renders its element with content, shows what its example (packages/elements/src/<name>/<name>.examples.ts)
// says a user sees, logs no console error, throws no page error and has no axe violation. Every docs
// page opens without errors too.
//
//   npm run build -w @goteborgsregionen/storybook && npm test -w @goteborgsregionen/storybook
//
// CHROME_PATH selects the browser (default /usr/bin/chromium). SMOKE_FILTER=<text> checks only the
// stories whose id contains <text>.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { extname, join, normalize, resolve, sep, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { elements } from '../../../packages/elements/scripts/elements.mjs';
import { loadExamples } from '../scripts/generate-stories.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..', 'storybook-static');
const require = createRequire(import.meta.url);
const axePath = require.resolve('axe-core/axe.min.js');

/** The same rule set as the Accessibility panel (.storybook/preview.ts). */
const AXE_OPTIONS = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
  // "All content in landmarks" is a page-level rule; a story is a fragment of a page.
  rules: { region: { enabled: false } },
};

/** Path fragment of the deliberately pending `src` (stories/support.ts NEVER_ANSWERS). */
const NEVER_ANSWERS = 'storybook-never-answers';
// Every element of the registry (the src/<name>/ folders of @goteborgsregionen/elements).
const TAGS = elements().map((e) => e.tag);

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.ics': 'text/calendar; charset=utf-8',
  '.vcf': 'text/vcard; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/** A tiny static file server for storybook-static (404 for anything missing). */
function serve(dir) {
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://localhost');
      // Browsers ask for /favicon.ico on their own; answer it instead of logging a 404.
      if (url.pathname === '/favicon.ico') {
        res.writeHead(204);
        res.end();
        return;
      }
      let path = normalize(join(dir, decodeURIComponent(url.pathname)));
      if (path !== dir && !path.startsWith(dir + sep)) throw new Error('outside');
      if ((await stat(path).catch(() => undefined))?.isDirectory()) path = join(path, 'index.html');
      const body = await readFile(path);
      res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('Not found');
    }
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

let server;
let browser;
let page;
let base;
let entries = [];
const started = Date.now();
const checked = { stories: 0, docs: 0, perTitle: new Map() };

/** The example behind each story, by "<tag>|<export name>" (the stories are generated from them). */
const examples = new Map();

/** Console errors and page errors of the page currently open. */
let problems = [];

before(async () => {
  assert.ok(existsSync(join(root, 'index.json')), `${root}/index.json is missing: run "npm run build -w @goteborgsregionen/storybook" first`);
  const index = JSON.parse(readFileSync(join(root, 'index.json'), 'utf8'));
  entries = Object.values(index.entries).filter((e) => !process.env.SMOKE_FILTER || e.id.includes(process.env.SMOKE_FILTER));
  for (const { element, module } of (await loadExamples()).elements) {
    for (const ex of module.examples) examples.set(`${element.tag}|${ex.exportName}`, ex);
  }
  server = await serve(root);
  base = `http://127.0.0.1:${server.address().port}`;
  browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
  });
  page = await browser.newPage({ viewport: { width: 1024, height: 768 } });
  page.setDefaultTimeout(15_000);
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push({ kind: 'console.error', text: msg.text(), url: msg.location()?.url ?? '' });
  });
  page.on('pageerror', (err) => problems.push({ kind: 'pageerror', text: String(err?.stack ?? err) }));
});

after(async () => {
  await browser?.close();
  await new Promise((ok) => (server ? server.close(ok) : ok()));
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const lines = [...checked.perTitle].map(([title, n]) => `  ${title}: ${n} stories`);
  console.log(
    `\nStorybook smoke test: ${checked.stories} stories and ${checked.docs} docs pages checked in ${seconds} s\n${lines.join('\n')}`,
  );
});

/** Console errors that a story expects: the 404 of a deliberately missing `src`. */
function unexpected(list, entry) {
  return list.filter((p) => {
    if (entry.tags?.includes('expected-404') && p.kind === 'console.error') {
      return !/status of 404/.test(p.text);
    }
    return true;
  });
}

/** Waits for `fn` in the page to return a truthy value; on timeout, says what the story shows. */
async function waitFor(fn, arg, what) {
  try {
    return await (await page.waitForFunction(fn, arg)).jsonValue();
  } catch (e) {
    const seen = await page
      .evaluate((tags) => {
        const el = document.querySelector('#storybook-root')?.querySelector(tags.join(','));
        if (!el) return `no GR element in #storybook-root: ${document.querySelector('#storybook-root')?.innerHTML.slice(0, 300)}`;
        if (!el.shadowRoot) return `<${el.localName}> has no shadow root (is the tag defined? ${!!customElements.get(el.localName)})`;
        return `<${el.localName}> shows: ${el.shadowRoot.textContent?.replace(/\s+/g, ' ').trim().slice(0, 300) || '(nothing)'}`;
      }, TAGS)
      .catch(() => '(page not readable)');
    const logged = problems.map((p) => `\n  ${p.kind}: ${p.text} ${p.url ?? ''}`).join('');
    throw new Error(`timed out waiting for ${what}. ${seen}${logged}`, { cause: e });
  }
}

/** Opens a preview URL and waits until Storybook has rendered (or shown its error screen). */
async function open(url) {
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(
    () =>
      document.body.classList.contains('sb-show-main') ||
      document.body.classList.contains('sb-show-errordisplay') ||
      document.body.classList.contains('sb-show-nopreview'),
  );
  const sbError = await page.evaluate(() =>
    document.body.classList.contains('sb-show-errordisplay') ? document.querySelector('#error-message')?.textContent ?? 'error' : '',
  );
  assert.equal(sbError, '', `Storybook could not render: ${sbError}`);
}

/** Whether the story preview is loaded (with axe injected); later stories switch in place. */
let previewLoaded = false;

/**
 * Shows a story. The first one loads iframe.html; the others are switched in the same preview,
 * the way Storybook's own UI does (SET_CURRENT_STORY on the preview channel), which is much faster
 * than reloading the preview bundle and also catches elements that misbehave when removed.
 */
async function showStory(id) {
  problems = [];
  if (!previewLoaded) {
    // a11y.manual: the panel's own automatic axe run is not needed here; this test runs axe itself.
    await open(`${base}/iframe.html?id=${encodeURIComponent(id)}&viewMode=story&globals=a11y.manual:!true`);
    await page.addScriptTag({ path: axePath });
    previewLoaded = true;
    return;
  }
  const outcome = await page.evaluate(
    (storyId) =>
      new Promise((resolve) => {
        const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
        const events = {
          storyRendered: () => 'rendered',
          storyErrored: (e) => `errored: ${e?.title ?? ''} ${e?.description ?? ''}`,
          storyThrewException: (e) => `threw: ${e?.message ?? e}`,
          storyMissing: () => 'missing',
        };
        const handlers = Object.entries(events).map(([name, say]) => {
          const h = (arg) => {
            if (name === 'storyRendered' && arg !== storyId) return;
            handlers.forEach(([n, f]) => channel.off(n, f));
            resolve(say(arg));
          };
          channel.on(name, h);
          return [name, h];
        });
        setTimeout(() => resolve('no answer from the preview within 15 s'), 15_000);
        channel.emit('setCurrentStory', { storyId, viewMode: 'story' });
      }),
    id,
  );
  assert.equal(outcome, 'rendered', `Storybook could not render ${id}: ${outcome}`);
}

test('every story renders, logs no errors and passes axe', async (t) => {
  const stories = entries.filter((e) => e.type === 'story');
  assert.ok(stories.length > 0, 'index.json lists no stories');
  for (const entry of stories) {
    await t.test(`${entry.title} › ${entry.name}`, async () => {
      await showStory(entry.id);

      const state = await waitFor(
        ({ tags, pending }) => {
          const root = document.querySelector('#storybook-root');
          const el = root?.querySelector(tags.join(','));
          if (!el || !el.shadowRoot) return false;
          const text = el.shadowRoot.textContent?.replace(/\s+/g, ' ').trim() ?? '';
          if (!text) return false;
          const loading = !!el.shadowRoot.querySelector('[part~="loading"]');
          const expectLoading = (el.getAttribute('src') ?? '').includes(pending);
          if (loading !== expectLoading) return false;
          return { tag: el.localName, text: text.slice(0, 200), loading, error: !!el.shadowRoot.querySelector('[part~="error"], .notice--error') };
        },
        { tags: TAGS, pending: NEVER_ANSWERS },
        'the element to render content (and to finish loading, unless the story keeps it loading)',
      );
      // Let late updates settle (fetches answered, Lit's next frame) before judging.
      await page.evaluate(async (tags) => {
        const el = document.querySelector('#storybook-root')?.querySelector(tags.join(','));
        await el?.updateComplete;
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      }, TAGS);
      // Error stories (tag "expected-error", or "expected-404" for a missing src) must show the
      // element's error notice; every other story must not.
      const expectError = entry.tags?.includes('expected-error') || entry.tags?.includes('expected-404');
      if (expectError) assert.ok(state.error, `<${state.tag}> shows no error notice, but the story is about one`);
      else assert.ok(!state.error, `<${state.tag}> shows an error notice: ${state.text}`);

      // What the example says a user sees: its texts, and the words of its error notice.
      const example = examples.get(`${state.tag}|${entry.exportName}`);
      assert.ok(example, `no example ${entry.exportName} for <${state.tag}>: regenerate the stories (npm run generate -w @goteborgsregionen/storybook)`);
      const seen = await page.evaluate((tags) => {
        const squash = (t) => (t ?? '').replace(/[\s\u00a0]+/g, ' ').trim();
        const el = document.querySelector('#storybook-root')?.querySelector(tags.join(','));
        const shadow = el?.shadowRoot;
        if (!shadow) return { text: '', notices: '' };
        const text = [...shadow.children].filter((c) => c instanceof HTMLElement).map((c) => c.innerText).join('\n');
        const notices = [...shadow.querySelectorAll('[part~="error"], .notice--error')].map((n) => n.innerText).join(' ');
        return { text: squash(text), notices: squash(notices) };
      }, TAGS);
      for (const part of example.sees.text ?? []) assert.ok(seen.text.includes(part), `<${state.tag}> does not show "${part}"; it shows: ${seen.text.slice(0, 400)}`);
      if (example.sees.notice?.kind === 'error') {
        for (const part of example.sees.notice.text) assert.ok(seen.notices.includes(part), `the notice does not say "${part}"; it says: ${seen.notices}`);
      }

      const violations = await page.evaluate(async (options) => {
        const result = await window.axe.run('#storybook-root', options);
        return result.violations.map((v) => ({
          id: v.id,
          impact: v.impact,
          help: v.help,
          nodes: v.nodes.map((n) => `${JSON.stringify(n.target)} ${n.failureSummary?.split('\n').slice(1).join(' ') ?? ''}`.trim()),
        }));
      }, AXE_OPTIONS);

      const errors = unexpected(problems, entry);
      assert.deepEqual(errors, [], `console/page errors:\n${errors.map((p) => `  ${p.kind}: ${p.text} ${p.url ?? ''}`).join('\n')}`);
      assert.deepEqual(
        violations,
        [],
        `axe violations:\n${violations.map((v) => `  ${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.join('\n    ')}`).join('\n')}`,
      );
      checked.stories += 1;
      checked.perTitle.set(entry.title, (checked.perTitle.get(entry.title) ?? 0) + 1);
    });
  }
});

test('every docs page renders without errors', async (t) => {
  for (const entry of entries.filter((e) => e.type === 'docs')) {
    await t.test(`${entry.title} › ${entry.name}`, async () => {
      problems = [];
      previewLoaded = false;
      await open(`${base}/iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=docs&globals=a11y.manual:!true`);
      await waitFor(() => (document.querySelector('#storybook-docs')?.textContent?.trim().length ?? 0) > 40, undefined, 'the docs text');
      // Autodocs pages show every story of an element: wait until each one has rendered content.
      await waitFor(
        (tags) =>
          [...document.querySelectorAll(tags.join(','))].every((el) => (el.shadowRoot?.textContent?.trim().length ?? 0) > 0),
        TAGS,
        'every element on the page to render content',
      );
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50))));
      const errors = unexpected(problems, entry).filter(
        // Autodocs pages include the 404 story of each element.
        (p) => !(entry.tags?.includes('autodocs') && p.kind === 'console.error' && /status of 404/.test(p.text) && /\/missing\//.test(p.url)),
      );
      assert.deepEqual(errors, [], `console/page errors:\n${errors.map((p) => `  ${p.kind}: ${p.text} ${p.url ?? ''}`).join('\n')}`);
      checked.docs += 1;
    });
  }
});
