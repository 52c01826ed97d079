// What each embedding route costs a visitor, in gzip bytes (zlib level 9 of the files on disk), for one
// element of each kind, measured on real pages in headless Chromium: every file the page requests from the
// GR folders until the element has rendered (or, without JavaScript, until the page has loaded).
// Run after the build: node scripts/route-bytes.mjs  (prints the Markdown table used in README.md)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { dist, startServer, launch } from '../test/e2e/support.mjs';

const examples = [
  ['contact-list', 'contact-list/committee/styrgruppen-for-arbetsmarknad.sv.html'],
  ['committee-card', 'committee-card/antagningsnamnden.sv.html'],
  ['meeting-calendar', 'meeting-calendar/antagningsnamnden.sv.html'],
  ['network-finder', 'network-finder/lilla-edet.sv.html'],
];
const fmt = (n) => n.toLocaleString('en-US');
const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const fileFor = (u) => {
  const { pathname } = new URL(u);
  for (const [prefix, dir] of [['/gr/', join(dist, 'cdn')], ['/embed/', join(dist, 'embed')]]) {
    if (pathname.startsWith(prefix)) return join(dir, decodeURIComponent(pathname.slice(prefix.length)));
  }
  return undefined;
};

const server = await startServer();
const browser = await launch();
/** Bytes of GR's files a page requests: { js, other } (the host page itself is not counted, except an embed page). */
async function measure(path, { js = true, fragmentPath } = {}) {
  const context = await browser.newContext({ javaScriptEnabled: js });
  const page = await context.newPage();
  const urls = new Set();
  page.on('request', (r) => urls.add(r.url()));
  await page.goto(`${server.origin}${path}`, { waitUntil: 'load' });
  if (js) {
    await page.waitForFunction(() => {
      const el = document.querySelector('main > :is(gr-committee-card, gr-contact-list, gr-meeting-calendar, gr-network-finder)');
      return el && customElements.get(el.localName) && el.hasUpdated && el.shadowRoot.querySelector('h2, h3');
    });
    await page.evaluate(() => document.querySelector('main > :is(gr-committee-card, gr-contact-list, gr-meeting-calendar, gr-network-finder)').updateComplete);
  }
  await context.close();
  const bytes = { js: 0, other: fragmentPath ? gz(join(dist, 'html', fragmentPath)) : 0 };
  for (const u of urls) {
    const file = fileFor(u);
    if (!file) continue;
    if (file.endsWith('.js')) bytes.js += gz(file);
    else bytes.other += gz(file);
  }
  return bytes;
}
const show = ({ js, other }) => `${fmt(js + other)} B${js ? ` (${fmt(js)} B JS)` : ', 0 B JS'}`;

console.log('| element | script | pre-rendered HTML | pre-rendered HTML + script | iframe, no JavaScript | iframe, JavaScript on |');
console.log('|---|---|---|---|---|---|');
for (const [name, path] of examples) {
  const script = await measure(`/script-page/${path}`);
  const html = await measure(`/page/${path}`, { js: false, fragmentPath: path });
  const hydrated = await measure(`/page/${path}?script=/gr/gr-elements.js`, { fragmentPath: path });
  const embed = await measure(`/embed/${path}`, { js: false });
  const embedJs = await measure(`/embed/${path}`);
  console.log(`| \`gr-${name}\` | ${show(script)} | ${show(html)} | ${show(hydrated)} | ${show(embed)} | ${show(embedJs)} |`);
}
await browser.close();
await server.close();
