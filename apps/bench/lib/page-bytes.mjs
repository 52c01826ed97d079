// What a page with GR's elements transfers: real pages in headless Chromium load `gr-elements.js` from the
// CDN folder, the requests the page makes until every element has rendered are recorded, and each
// requested file is counted as the gzip size (zlib level 9) of the file on disk. The set of files comes
// from the browser; the bytes are deterministic.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { chromium } from 'playwright-core';
import { findChromium } from '../../../scripts/find-chromium.mjs';
import { elements } from '../../../packages/elements/scripts/elements.mjs';
import { gzipSize } from './sizes.mjs';

const TYPES = { '.js': 'text/javascript', '.json': 'application/json', '.html': 'text/html; charset=utf-8' };

/** Every element of the registry: name and tag. */
export const ELEMENTS = elements().map(({ name, tag }) => ({ name, tag }));

function pageHtml(tags, attributes) {
  return `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>size</title>
<script type="module" src="/cdn/gr-elements.js"></script></head><body>
${tags.map(({ name, tag }) => `<${tag} ${attributes[name] ?? ''}></${tag}>`).join('\n')}
</body></html>`;
}

async function serve(cdnDir, pages) {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const send = (status, body, type) => {
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
      res.end(body);
    };
    if (pages.has(path)) return send(200, pages.get(path), TYPES['.html']);
    if (path.startsWith('/cdn/')) {
      const file = normalize(join(cdnDir, path.slice(5)));
      if (file.startsWith(cdnDir + sep)) {
        try {
          return send(200, await readFile(file), TYPES[extname(file)] ?? 'application/octet-stream');
        } catch {
          /* 404 below */
        }
      }
    }
    send(404, 'not found', 'text/plain');
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((r) => server.close(() => r())) };
}

/** gzip bytes of a file in the CDN folder, by its path there ("gr-elements.js", "data/dataset.json"). */
export function fileBytes(cdnDir, path) {
  return gzipSize(readFileSync(join(cdnDir, path)));
}

/**
 * Loads one page per case and returns, per case, the CDN files requested before the elements rendered
 * and their gzip bytes (`js`, `data`, `files: [{path, gzip}]`).
 * @param {string} cdnDir
 * @param {{id: string, tags: {name: string, tag: string}[]}[]} cases
 * @param {Record<string, string>} attributes element name → attributes of its tag on the page
 */
export async function measurePages(cdnDir, cases, attributes) {
  const pages = new Map(cases.map((c) => [`/page/${c.id}`, pageHtml(c.tags, attributes)]));
  const server = await serve(cdnDir, pages);
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium found: install Debian’s chromium or set CHROME_PATH.');
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update'],
  });
  const results = [];
  try {
    for (const c of cases) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const requested = [];
      const errors = [];
      page.on('request', (r) => requested.push(r.url()));
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.goto(`${server.origin}/page/${c.id}`);
      // Every element defined, its data arrived and rendered with text (not a notice).
      const rendered = await page.evaluate(
        async (tags) =>
          Promise.race([
            Promise.all(
              tags.map(async (t) => {
                await customElements.whenDefined(t);
                const el = document.querySelector(t);
                await el.updateComplete;
                const root = el.shadowRoot;
                return root && !root.querySelector('[part="error"], [part="loading"]') && root.textContent.trim().length > 20;
              })
            ),
            new Promise((r) => setTimeout(() => r(['timeout']), 15000)),
          ]),
        c.tags.map((t) => t.tag)
      );
      const snapshot = [...requested];
      await context.close();
      if (errors.length || !rendered.every((ok) => ok === true)) {
        throw new Error(`${c.id}: the elements did not render (${JSON.stringify(rendered)}) ${errors.join(' ')}`);
      }
      const files = [];
      for (const url of snapshot) {
        const u = new URL(url);
        if (!u.pathname.startsWith('/cdn/')) continue;
        const path = u.pathname.slice(5);
        if (files.some((f) => f.path === path)) continue;
        files.push({ path, gzip: fileBytes(cdnDir, path) });
      }
      const js = files.filter((f) => f.path.endsWith('.js')).reduce((n, f) => n + f.gzip, 0);
      const data = files.filter((f) => f.path.startsWith('data/')).reduce((n, f) => n + f.gzip, 0);
      results.push({ id: c.id, files, js, data, requests: snapshot.length });
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return results;
}

/**
 * Everything the folder can ever load: every script reachable from the loader (`gr-elements.js`), by static
 * imports, `import()` and the script names it loads, plus the data file (not the .ics/.vcf links). Files
 * nothing loads (e.g. left in dist/ by an earlier build that a cached build did not remove) are not counted.
 */
export function folderBytes(cdnDir) {
  const scripts = [];
  const queue = ['gr-elements.js'];
  while (queue.length > 0) {
    const name = queue.shift();
    if (scripts.includes(name)) continue;
    if (!existsSync(join(cdnDir, name))) throw new Error(`${name} is loaded by the CDN folder but missing from ${cdnDir}`);
    scripts.push(name);
    for (const m of readFileSync(join(cdnDir, name), 'utf8').matchAll(/["'`]\.\/(gr-[\w-]+\.js)["'`]/g)) queue.push(m[1]);
  }
  scripts.sort();
  const files = [...scripts, 'data/dataset.json'].map((path) => ({ path, gzip: fileBytes(cdnDir, path) }));
  return { files, js: files.filter((f) => f.path.endsWith('.js')).reduce((n, f) => n + f.gzip, 0), total: files.reduce((n, f) => n + f.gzip, 0) };
}

