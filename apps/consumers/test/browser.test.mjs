// The packed packages in browser projects, run in headless Chromium: a Vite 8 + React 19 app (JSX,
// `ongr-search`, links under `vite preview`, with and without the README's recipe), a vanilla Vite app
// with one element and an events-only app (byte budgets), and the CDN folder on a plain static site.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { freePort } from '../lib/free-port.mjs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { after, before, describe, test } from 'node:test';
import { chromium } from 'playwright-core';
import { findChromium } from '../../../scripts/find-chromium.mjs';
import { appDir, cleanup, createProject, must, packPackages, tempDir } from '../lib/fixture.mjs';
import { codeBlocks } from '../lib/readme.mjs';
import { serveStatic } from '../lib/static-server.mjs';

const budgets = JSON.parse(readFileSync(join(appDir, 'budgets.json'), 'utf8'));
let tarballDir;
let project;
let browser;
let reactUrl;
const stops = [];

function vite(args) {
  return must(process.execPath, [join(project, 'node_modules/vite/bin/vite.js'), ...args, '--logLevel', 'warn'], { cwd: project });
}

/** `vite preview` of an app; resolves with its URL once it listens. */
async function preview(app) {
  const port = await freePort();
  const child = spawn(process.execPath, [join(project, 'node_modules/vite/bin/vite.js'), 'preview', app, '--port', String(port), '--strictPort', '--host', '127.0.0.1'], {
    cwd: project,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  stops.push(() => child.kill());
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  const url = `http://127.0.0.1:${port}/`;
  // Ready when it answers (its log is coloured under CI, so the URL is not matched in the text).
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`vite preview exited ${child.exitCode}: ${out}`);
    try {
      if ((await fetch(url)).ok) return url;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) throw new Error(`vite preview did not answer within 60 s: ${out}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Every .ics/.vcf link inside the page's GR elements (their shadow roots), as absolute URLs. */
async function fileLinks(page) {
  return page.evaluate(() => {
    const hrefs = new Set();
    const walk = (root) => {
      for (const a of root.querySelectorAll('a[href]')) if (/\.(ics|vcf)$/.test(new URL(a.href).pathname)) hrefs.add(a.href);
      for (const el of root.querySelectorAll('*')) if (el.shadowRoot) walk(el.shadowRoot);
    };
    walk(document);
    return [...hrefs];
  });
}

/** Asserts that every link answers 200 with its real content type and a real calendar or vCard. */
async function assertFilesServed(links) {
  assert.ok(links.some((h) => h.endsWith('.ics')), 'the page links calendars');
  assert.ok(links.some((h) => h.endsWith('.vcf')), 'the page links vCards');
  for (const href of links) {
    const res = await fetch(href);
    const body = await res.text();
    const ics = href.endsWith('.ics');
    assert.equal(res.status, 200, `${href} answers ${res.status}`);
    assert.match(res.headers.get('content-type') ?? '', ics ? /^text\/calendar/ : /^text\/(x-)?vcard/, `${href} content type`);
    assert.ok(body.startsWith(ics ? 'BEGIN:VCALENDAR' : 'BEGIN:VCARD'), `${href} is a ${ics ? 'calendar' : 'vCard'}`);
  }
}

async function openPage(url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const messages = [];
  page.on('console', (m) => messages.push({ type: m.type(), text: m.text() }));
  page.on('pageerror', (e) => messages.push({ type: 'pageerror', text: String(e) }));
  page.on('response', (r) => {
    if (r.status() >= 400) messages.push({ type: 'http', text: `${r.status()} ${r.url()}` });
  });
  await page.goto(url);
  page.messages = messages;
  return { page, messages, close: () => context.close() };
}

/** Waits until an element has rendered its shadow root with a heading; on failure, says what the page said. */
async function rendered(page, tag) {
  try {
    await page.waitForFunction((t) => !!document.querySelector(t)?.shadowRoot?.querySelector('h2, h3, h4'), tag, { timeout: 15_000 });
  } catch (error) {
    throw new Error(`<${tag}> did not render: ${error.message}\npage: ${JSON.stringify(page.messages)}`);
  }
}

function jsBytes(distDir) {
  const assets = join(distDir, 'assets');
  const files = readdirSync(assets).filter((f) => f.endsWith('.js'));
  const code = Buffer.concat(files.map((f) => readFileSync(join(assets, f))));
  return { raw: code.length, gzip: gzipSync(code, { level: 9 }).length, text: code.toString('utf8') };
}

before(async () => {
  tarballDir = tempDir('tarballs');
  const tarballs = await packPackages(tarballDir);
  project = await createProject({
    name: 'gr-browser-consumer',
    thirdParty: ['vite', '@vitejs/plugin-react', 'react', 'react-dom'],
    tarballDir,
    tarballs,
    template: 'browser',
  });
  // The elements README's JavaScript example, as a module of the React app.
  // The elements README's browser examples (not its Node server-rendering one, not the Vite config),
  // in README order, as the first module of the React app.
  const examples = codeBlocks('packages/elements/README.md').filter(
    (b) => b.lang === 'js' && b.code.includes('@goteborgsregionen/elements') && !/elements\/ssr'|from 'vite'/.test(b.code),
  );
  assert.ok(examples.length >= 1, 'the elements README has browser examples');
  writeFileSync(
    join(project, 'react/src/readme-example.js'),
    `${examples.map((b) => b.code).join('\n')}\n` +
      "if (!customElements.get('gr-network-finder')) throw new Error('README example: gr-network-finder is not defined');\n" +
      "if (typeof GrNetworkFinder !== 'undefined' && customElements.get('gr-network-finder') !== GrNetworkFinder) throw new Error('README example: gr-network-finder is not GrNetworkFinder');\n",
  );
  // The elements README's Vite recipe, as the React app's vite.config.js.
  const recipe = codeBlocks('packages/elements/README.md').find((b) => b.lang === 'js' && b.code.includes('defineConfig'));
  assert.ok(recipe, 'the elements README has a Vite recipe');
  writeFileSync(join(project, 'react/vite.config.js'), recipe.code);
  const executablePath = findChromium();
  assert.ok(executablePath, 'a Chromium (CHROME_PATH or /usr/bin/chromium)');
  [browser] = await Promise.all([
    chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-dev-shm-usage'] }),
    vite(['build', 'react']),
    vite(['build', 'vanilla']),
    vite(['build', 'events']),
  ]);
  reactUrl = await preview('react');
});

after(async () => {
  for (const stop of stops) await stop();
  await browser?.close();
  cleanup(project);
  cleanup(tarballDir);
});

/** The .ics/.vcf links of the page that are `blob:` URLs, fetched in the page: [{href, type, start}]. */
async function blobFiles(page) {
  return page.evaluate(async () => {
    const out = [];
    const walk = (root) => {
      for (const a of root.querySelectorAll('a[href^="blob:"]')) out.push(a.href);
      for (const el of root.querySelectorAll('*')) if (el.shadowRoot) walk(el.shadowRoot);
    };
    walk(document);
    return Promise.all(
      [...new Set(out)].map(async (href) => {
        const blob = await (await fetch(href)).blob();
        return { href, type: blob.type, start: (await blob.text()).slice(0, 15) };
      }),
    );
  });
}

describe('Vite 8 + React 19', () => {
  test('without files-base, the calendar and vCard links work (made in the browser) and the console says how to publish them', async () => {
    const { page, messages, close } = await openPage(reactUrl);
    try {
      for (const tag of ['gr-committee-card', 'gr-contact-list', 'gr-meeting-calendar']) await rendered(page, tag);
      assert.deepEqual(await fileLinks(page), [], 'no link to a file the app does not publish');
      const files = await blobFiles(page);
      assert.ok(files.some((f) => /^text\/calendar/.test(f.type) && f.start.startsWith('BEGIN:VCALENDAR')), `calendars: ${JSON.stringify(files.slice(0, 2))}`);
      assert.ok(files.some((f) => /^text\/vcard/.test(f.type) && f.start.startsWith('BEGIN:VCARD')), 'vCards');
      const notices = messages.filter((m) => /files-base is not set/.test(m.text));
      assert.equal(notices.length, 1, `one console message for the page: ${JSON.stringify(messages)}`);
      assert.match(notices[0].text, /@goteborgsregionen\/data/);
      assert.match(notices[0].text, /README/);
      assert.deepEqual(messages.filter((m) => m.type === 'error' || m.type === 'pageerror' || m.type === 'http'), []);
    } finally {
      await close();
    }
  });

  test('with the README recipe: React renders the elements, ongr-search fires, every link answers with its content type', async () => {
    const { page, messages, close } = await openPage(`${reactUrl}?files-base=/gr/`);
    try {
      for (const tag of ['gr-network-finder', 'gr-committee-card', 'gr-contact-list', 'gr-meeting-calendar']) await rendered(page, tag);
      const input = page.locator('gr-network-finder').locator('input[type="search"]');
      await input.fill('skol');
      await page.waitForFunction(() => /^skol: [1-9]\d*$/.test(document.querySelector('#search-result')?.textContent ?? ''));
      const links = await fileLinks(page);
      assert.ok(links.every((h) => new URL(h).pathname.startsWith('/gr/')), `links under /gr/: ${links.slice(0, 3)}`);
      await assertFilesServed(links);
      const problems = messages.filter((m) => m.type === 'error' || m.type === 'pageerror' || m.type === 'http' || /files-base/.test(m.text));
      assert.deepEqual(problems, []);
    } finally {
      await close();
    }
  });
});

describe('A vanilla Vite app on a plain static host (the README recipe)', () => {
  test('one element renders, and its links answer with their content types', async () => {
    const dist = join(project, 'vanilla/dist');
    const data = join(project, 'node_modules/@goteborgsregionen/data/dist');
    for (const dir of ['ics', 'vcf']) cpSync(join(data, dir), join(dist, 'gr', dir), { recursive: true });
    const server = await serveStatic(dist);
    stops.push(server.close);
    const { page, messages, close } = await openPage(server.url);
    try {
      await rendered(page, 'gr-committee-card');
      await assertFilesServed(await fileLinks(page));
      assert.deepEqual(messages.filter((m) => ['error', 'pageerror', 'http', 'warning'].includes(m.type)), []);
    } finally {
      await close();
    }
  });
});

describe('Bundle sizes in a consumer app', () => {
  test('a vanilla Vite app with one element stays within its byte budget', () => {
    const { raw, gzip } = jsBytes(join(project, 'vanilla/dist'));
    const budget = budgets['vanilla-committee-card'];
    console.log(`vanilla Vite app with <gr-committee-card>: ${raw} B, ${gzip} B gzip (budget ${budget.gzip} B gzip)`);
    assert.ok(gzip <= budget.gzip, `${gzip} B gzip > budget ${budget.gzip} B`);
  });

  test('importing the events does not pull in an element, Lit or the search', () => {
    const { raw, gzip, text } = jsBytes(join(project, 'events/dist'));
    const budget = budgets['events-only'];
    console.log(`events-only app: ${raw} B, ${gzip} B gzip (budget ${budget.gzip} B gzip)`);
    assert.ok(gzip <= budget.gzip, `${gzip} B gzip > budget ${budget.gzip} B`);
    assert.doesNotMatch(text, /customElements|lit-html|ignoreLocation|fuse/i);
  });
});

describe('The CDN folder on a plain static site', () => {
  test('the README snippets work from a copied folder, and every link answers with its content type', async () => {
    const site = tempDir('site');
    stops.push(() => cleanup(site));
    // As the README says: the CDN folder at /gr/, the embed pages at /gr/embed/.
    const dist = join(project, 'node_modules/@goteborgsregionen/elements/dist');
    cpSync(join(dist, 'cdn'), join(site, 'gr'), { recursive: true });
    cpSync(join(dist, 'embed'), join(site, 'gr', 'embed'), { recursive: true });
    const snippets = ['README.md', 'packages/elements/README.md'].flatMap((r) => codeBlocks(r).filter((b) => b.lang === 'html').map((b) => b.code));
    assert.ok(snippets.length >= 2, 'the READMEs show the embed snippet');
    const body = snippets
      .map((s) => s.replace(/<script[^>]*><\/script>/g, ''))
      .join('\n');
    writeFileSync(
      join(site, 'index.html'),
      `<!doctype html><html lang="sv"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Kommunen</title>\n<script type="module" src="/gr/gr-elements.js"></script></head><body><main>${body}</main></body></html>`,
    );
    assert.ok(snippets.every((s) => !/<script/.test(s) || /src="\/gr\/gr-elements\.js"/.test(s)), 'the snippets load /gr/gr-elements.js');
    const server = await serveStatic(site);
    stops.push(server.close);
    const { page, messages, close } = await openPage(server.url);
    try {
      for (const tag of ['gr-network-finder', 'gr-committee-card', 'gr-contact-list', 'gr-meeting-calendar']) await rendered(page, tag);
      await assertFilesServed(await fileLinks(page));
      assert.deepEqual(messages.filter((m) => m.type === 'error' || m.type === 'pageerror' || m.type === 'http'), []);
    } finally {
      await close();
    }
  });
});
