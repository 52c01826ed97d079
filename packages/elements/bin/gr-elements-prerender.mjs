#!/usr/bin/env node
// gr-elements-prerender: writes the pre-rendered HTML of GR's elements for a data release.
//
//   npx gr-elements-prerender [--data dataset.json] [--out dir] [--base /gr/] [--files-base URL] [--styles-out dir]
//
// Writes, for Swedish and English:
//   <out>/html/<element>/<id>.<lang>.html    fragments to paste into a page (declarative shadow DOM)
//   <out>/embed/<element>/<id>.<lang>.html   whole pages for an <iframe>
//   <styles-out>/gr-<element>.css, embed.css the styles, as files (style-src 'self' blocks inline styles)
// where <base> is the address the CDN folder (gr-elements.js, data/) is served from; the styles belong in
// its styles/ folder (default <out>/styles; the package build writes them into dist/cdn/styles/).
import { mkdirSync, readFileSync, writeFileSync, existsSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');

const HELP = `Usage: gr-elements-prerender [options]

Writes pre-rendered HTML (fragments and embed pages, sv and en) of every committee card, every
municipality's network list, every contact list (per committee and per network) and every committee
calendar.

  --data FILE        dataset JSON of the data release (default: the dataset bundled with the package)
  --out DIR          where html/ and embed/ go (default: ./gr-html)
  --base URL         address the CDN folder is served from, ending in / (default: /gr/)
  --files-base URL   address of the .ics/.vcf files (default: <base>data/ when the CDN folder has data/, else <base>)
  --styles-out DIR   where the stylesheets go, to be served at <base>styles/ (default: <out>/styles)
  --now ISO          the render's "now" (default: the current time)
  --help             this text
`;

const { values: opts } = parseArgs({
  options: {
    data: { type: 'string' },
    out: { type: 'string', default: 'gr-html' },
    base: { type: 'string', default: '/gr/' },
    'files-base': { type: 'string' },
    'styles-out': { type: 'string' },
    now: { type: 'string' },
    help: { type: 'boolean', default: false },
  },
});
if (opts.help) {
  process.stdout.write(HELP);
  process.exit(0);
}

const { renderElement, elementCss } = await import('../dist/ssr.js');
const { dataset: bundled, parseDataset } = await import('@goteborgsregionen/data');

function fail(message) {
  console.error(`gr-elements-prerender: ${message}`);
  process.exit(1);
}

let data = bundled;
if (opts.data) {
  let json;
  try {
    json = JSON.parse(readFileSync(opts.data, 'utf8'));
  } catch (e) {
    fail(`cannot read ${opts.data}: ${e.message}`);
  }
  try {
    data = parseDataset(json);
  } catch (e) {
    fail(`${opts.data} is not a valid dataset:\n${(e.issues ?? []).map((i) => `  ${i.path}: ${i.message}`).join('\n') || e.message}`);
  }
}
const base = opts.base.endsWith('/') ? opts.base : `${opts.base}/`;
const cdnHasDataFolder = existsSync(join(packageDir, 'dist', 'cdn', 'data', 'dataset.json'));
const filesBase = opts['files-base'] ?? `${base}${cdnHasDataFolder ? 'data/' : ''}`;
const out = resolve(opts.out);
const stylesOut = resolve(opts['styles-out'] ?? join(out, 'styles'));
const now = opts.now ? new Date(opts.now) : new Date();
if (Number.isNaN(now.getTime())) fail(`--now "${opts.now}" is not a date-time`);
const stylesheet = (tag) => `${base}styles/${tag}.css`;

const LANGS = ['sv', 'en'];
const name = (list, id) => list.find((x) => x.id === id)?.name ?? id;
const words = {
  sv: { contacts: 'Kontaktpersoner', meetings: 'Möten', networks: 'Nätverk inom GR', gr: 'Göteborgsregionen' },
  en: { contacts: 'Contacts', meetings: 'Meetings', networks: 'Networks at GR', gr: 'Gothenburg Region (GR)' },
};

/**
 * What is pre-rendered, per element folder: [path under html/ and embed/ without ".<lang>.html",
 * attributes, the embed page's title]. Every registered element must have an entry (a test checks).
 */
export const pages = {
  'committee-card': () =>
    data.committees.map((c) => [`committee-card/${c.id}`, { committee: c.id }, (lang) => `${c.name} – ${words[lang].gr}`]),
  'contact-list': () => [
    ...data.committees.map((c) => [`contact-list/committee/${c.id}`, { committee: c.id }, (lang) => `${words[lang].contacts} – ${c.name}`]),
    ...data.networks.map((n) => [`contact-list/network/${n.id}`, { network: n.id }, (lang) => `${words[lang].contacts} – ${n.name}`]),
  ],
  'meeting-calendar': () =>
    data.committees.map((c) => [`meeting-calendar/${c.id}`, { committee: c.id }, (lang) => `${words[lang].meetings} – ${c.name}`]),
  'network-finder': () =>
    data.municipalities.map((m) => [
      `network-finder/${m.id}`,
      { municipality: m.id },
      (lang) => `${words[lang].networks} – ${name(data.municipalities, m.id)}`,
    ]),
};

const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function embedPage(lang, title, fragment) {
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<link rel="stylesheet" href="${escapeHtml(base)}styles/embed.css">
<script type="module" src="${escapeHtml(base)}gr-elements.js"></script>
</head>
<body>
<main>
${fragment}
</main>
</body>
</html>
`;
}

const EMBED_CSS = `/* Page styles of GR's embed pages (dist/embed/…), for an <iframe>. */
html { color-scheme: light; }
body { margin: 0; padding: 1rem; background: #fff; color: #1b1b1b; font-family: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; }
main { max-inline-size: 60rem; }
`;

const write = (file, text) => {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
};

const written = { html: 0, embed: 0, styles: 0 };
for (const sub of ['html', 'embed']) rmSync(join(out, sub), { recursive: true, force: true });
for (const [element, list] of Object.entries(pages)) {
  const tag = `gr-${element}`;
  write(join(stylesOut, `${tag}.css`), elementCss(tag));
  written.styles++;
  for (const [path, attrs, title] of list()) {
    for (const lang of LANGS) {
      const html = await renderElement(tag, attrs, { lang, filesBase, data, stylesheet, now });
      const note = `<!-- ${tag} ${Object.entries(attrs).map(([k, v]) => `${k}="${v}"`).join(' ')} (${lang}): pre-rendered ${now.toISOString().slice(0, 10)} from data of ${data.lastUpdated}; needs ${stylesheet(tag)}. -->\n`;
      write(join(out, 'html', `${path}.${lang}.html`), `${note}${html}\n`);
      write(join(out, 'embed', `${path}.${lang}.html`), embedPage(lang, title(lang), html));
      written.html++;
      written.embed++;
    }
  }
}
write(join(stylesOut, 'embed.css'), EMBED_CSS);
written.styles++;
console.log(
  `gr-elements-prerender: ${written.html} fragments in ${join(opts.out, 'html')}, ${written.embed} embed pages in ${join(opts.out, 'embed')}, ` +
    `${written.styles} stylesheets in ${opts['styles-out'] ?? join(opts.out, 'styles')} (base ${base}, files ${filesBase})`,
);
