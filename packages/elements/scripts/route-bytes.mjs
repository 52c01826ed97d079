// What each embedding route costs a visitor, in gzip bytes, for one element of each kind: the script
// (the CDN file a page loads), pre-rendered HTML (fragment + its stylesheet, with and without the script
// to hydrate it), and an iframe (embed page + stylesheets; its script too when JavaScript is on).
// Run after the build: node scripts/route-bytes.mjs  (prints a Markdown table for README.md)
import { existsSync, readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const gz = (path) => gzipSync(readFileSync(join(dist, path)), { level: 9 }).length;
const fmt = (n) => n.toLocaleString('en-US');

const examples = [
  ['contact-list', 'contact-list/committee/styrgruppen-for-arbetsmarknad.sv.html'],
  ['committee-card', 'committee-card/antagningsnamnden.sv.html'],
  ['meeting-calendar', 'meeting-calendar/antagningsnamnden.sv.html'],
  ['network-finder', 'network-finder/lilla-edet.sv.html'],
];
const script = gz('cdn/gr-elements.js');
const own = (name) => (existsSync(join(dist, 'cdn', `gr-${name}.js`)) ? gz(`cdn/gr-${name}.js`) : undefined);
console.log('| element | script route (gr-elements.js) | pre-rendered HTML, no script | pre-rendered + script | iframe, no JavaScript | iframe, JavaScript on |');
console.log('|---|---|---|---|---|---|');
for (const [name, path] of examples) {
  const css = gz(`cdn/styles/gr-${name}.css`);
  const html = gz(`html/${path}`) + css;
  const embed = gz(`embed/${path}`) + css + gz('cdn/styles/embed.css');
  const single = own(name);
  console.log(
    `| \`gr-${name}\` | ${fmt(script)} B JS${single ? ` (${fmt(single)} B with \`gr-${name}.js\` alone)` : ''} | ${fmt(html)} B, 0 B JS | ${fmt(html + script)} B | ${fmt(embed)} B, 0 B JS | ${fmt(embed + script)} B |`,
  );
}
