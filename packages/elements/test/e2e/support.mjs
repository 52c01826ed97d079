// Helpers for the pre-rendered HTML tests: a static server for the built dist/ folder under a strict
// Content-Security-Policy, a headless Chromium (Debian's, via playwright-core), and page builders.
import http from 'node:http';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, extname, join, normalize, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const dist = join(packageDir, 'dist');
/** Test-only bundles (git-ignored), served from /test-support/. */
export const buildDir = join(packageDir, 'test', 'e2e', '.build');

/**
 * Builds the test bundles from the built package: the elements with Lit's hydration support loaded first
 * (what a page with pre-rendered fragments runs), and the virtual screen reader as a browser module.
 */
export async function buildTestBundles() {
  const { build } = await import('esbuild');
  await build({
    stdin: { contents: "import '@goteborgsregionen/elements/hydrate-support';\nimport '@goteborgsregionen/elements/define';\n", resolveDir: packageDir },
    bundle: true, format: 'esm', platform: 'browser', outfile: join(buildDir, 'hydrating.js'), logLevel: 'error',
  });
  await build({
    stdin: { contents: "export { virtual } from '@guidepup/virtual-screen-reader';\n", resolveDir: packageDir },
    bundle: true, format: 'esm', platform: 'browser', outfile: join(buildDir, 'vsr.js'), logLevel: 'error',
  });
}

/** What a strict municipal site sends: nothing inline, nothing from elsewhere. */
export const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'";

const TYPES = { '.js': 'text/javascript', '.css': 'text/css', '.html': 'text/html; charset=utf-8', '.json': 'application/json', '.ics': 'text/calendar', '.vcf': 'text/vcard' };

/** Every pre-rendered fragment, as paths under dist/html/ ("contact-list/committee/x.sv.html"). */
export function fragments(root = join(dist, 'html')) {
  const out = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.html')) out.push(relative(root, p).split('\\').join('/'));
    }
  };
  walk(root);
  return out.sort();
}

/**
 * A host page around a fragment: a hostile theme (page styles that would wreck unprotected content), the
 * fragment, and optionally a script (a same-origin path). Served from /page/<fragment path>[?script=/gr/gr-elements.js].
 */
export function hostPage(fragmentPath, { script } = {}) {
  const fragment = readFileSync(join(dist, 'html', fragmentPath), 'utf8');
  const lang = fragmentPath.endsWith('.en.html') ? 'en' : 'sv';
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Kommunens sida</title>
<link rel="stylesheet" href="/theme.css">
${script ? `<script type="module" src="${script}"></script>` : ''}
</head>
<body>
<header><p>Kommunens sidhuvud</p></header>
<main>
<h1>Kommunens sida</h1>
${fragment}
<p id="after">Text efter elementet.</p>
</main>
</body>
</html>
`;
}

/** A theme of the kind CMSs ship: global resets and typography that leak into everything they can reach. */
const THEME = `* { letter-spacing: .2em; text-transform: uppercase; line-height: 0.9; font-size: 14px; }
ul, li { list-style: square; margin: 3em; } a { color: hotpink; } h2, h3 { font-size: 40px; }
html { font-size: 62.5%; } body { font-family: serif; margin: 0 auto; max-width: 60rem; }`;

/**
 * Starts the server. `noJsCss: true` serves the elements' stylesheets as they apply without JavaScript
 * (`@media (scripting: none)` rules always on) — for the axe checks, which need a page that runs scripts.
 */
export async function startServer() {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    const send = (status, type, body) => {
      res.writeHead(status, { 'content-type': type, 'content-security-policy': CSP, 'cache-control': 'no-store' });
      res.end(body);
    };
    if (url.pathname === '/theme.css') return send(200, 'text/css', THEME);
    if (url.pathname === '/favicon.ico') return send(204, 'image/x-icon', '');
    if (url.pathname.startsWith('/script-page/')) {
      // The same host page with the element as a plain tag (no pre-rendered content): the script route.
      const path = decodeURIComponent(url.pathname.slice('/script-page/'.length));
      if (!existsSync(join(dist, 'html', normalize(path)))) return send(404, 'text/plain', 'no such fragment');
      const page = hostPage(path, { script: '/gr/gr-elements.js' }).replace(/<template shadowroot[\s\S]*<\/template>/, '');
      return send(200, TYPES['.html'], page);
    }
    if (url.pathname.startsWith('/page/')) {
      const path = decodeURIComponent(url.pathname.slice('/page/'.length));
      if (!existsSync(join(dist, 'html', normalize(path)))) return send(404, 'text/plain', 'no such fragment');
      const script = url.searchParams.get('script');
      if (script && !script.startsWith('/')) return send(400, 'text/plain', 'script must be a same-origin path');
      return send(200, TYPES['.html'], hostPage(path, { script }));
    }
    const mounts = [['/gr/', join(dist, 'cdn')], ['/embed/', join(dist, 'embed')], ['/html/', join(dist, 'html')], ['/test-support/', buildDir]];
    for (const [prefix, dir] of mounts) {
      if (!url.pathname.startsWith(prefix)) continue;
      const file = normalize(join(dir, decodeURIComponent(url.pathname.slice(prefix.length))));
      if (!file.startsWith(dir) || !existsSync(file) || statSync(file).isDirectory()) break;
      let body = readFileSync(file);
      if (url.searchParams.has('nojs') && file.endsWith('.css')) body = String(body).replaceAll('@media (scripting: none)', '@media all');
      return send(200, TYPES[extname(file)] ?? 'application/octet-stream', body);
    }
    send(404, 'text/plain', 'not found');
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return { origin, close: () => new Promise((r) => server.close(r)) };
}

export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update'],
  });
}

/** A page that records CSP violations, console errors, page errors, failed requests and every request. */
export async function watchedPage(context) {
  const page = await context.newPage();
  const log = { csp: [], errors: [], requests: [], failed: [] };
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) log.csp.push(m.text());
    else if (m.type() === 'error') log.errors.push(m.text());
  });
  page.on('pageerror', (e) => log.errors.push(String(e)));
  page.on('request', (r) => log.requests.push(r.url()));
  page.on('requestfailed', (r) => log.failed.push(r.url()));
  page.on('response', (r) => r.status() >= 400 && log.failed.push(`${r.status()} ${r.url()}`));
  return { page, log };
}

const AXE = readFileSync(join(packageDir, '..', '..', 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

/**
 * axe-core (WCAG 2.1 A and AA) on the page, shadow roots included. Injected through DevTools: the pages
 * allow no inline script.
 */
export async function axe(page) {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('Runtime.evaluate', { expression: AXE });
    const { result } = await cdp.send('Runtime.evaluate', {
      expression: `axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] })
        .then((r) => JSON.stringify(r.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')) }))))`,
      awaitPromise: true,
      returnByValue: true,
    });
    return JSON.parse(result.value);
  } finally {
    await cdp.detach();
  }
}
