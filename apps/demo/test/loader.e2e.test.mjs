// The loader (gr-elements.js) on real pages in headless Chromium, asserting on the requests the page makes:
// an element's code arrives when its tag appears (also later, and inside a shadow root), a page fetches only
// the chunks its tags need, the data file once, validation only with `src`, the .ics/.vcf writers only for
// data without published files, the finder's search engine on the search field's first use; pre-rendered
// fragments hydrate in place; and replacing data/ (by hand or with `gr-data build`) changes what every page
// shows, with the same JavaScript.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { setup, watchedContext, problems, elementsReady, TAGS } from '../support/e2e.mjs';
import { CDN_DIR } from '../server.mjs';

const require = createRequire(import.meta.url);
const { renderElement, elementCss } = await import('@goteborgsregionen/elements/ssr');

const page = (title, body, { head = '' } = {}) => `<!doctype html>
<html lang="sv"><head><meta charset="utf-8"><title>${title}</title><link rel="icon" href="data:,">
${head}<script type="module" src="/gr/gr-elements.js"></script></head>
<body>${body}</body></html>`;

const CONTACTS = '<gr-contact-list committee="styrgruppen-for-arbetsmarknad"></gr-contact-list>';

// ——— the folder on disk: which file holds what ———
const scripts = readdirSync(CDN_DIR).filter((f) => f.endsWith('.js'));
const source = (f) => readFileSync(join(CDN_DIR, f), 'utf8');
/** The chunk whose code contains `marker` (the on-demand parts are recognised by what they do). */
const chunkWith = (marker) => {
  const found = scripts.filter((f) => f.startsWith('gr-chunk-') && source(f).includes(marker));
  assert.equal(found.length, 1, `one chunk holds ${marker}: ${found.join(', ')}`);
  return found[0];
};
const VALIDATION = chunkWith('could not be validated');
const WRITERS = chunkWith('BEGIN:VCALENDAR');
const SEARCH = chunkWith('ignoreLocation');
/** A file and every file it imports statically (what the browser fetches to run it). */
function closure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const m of source(file).matchAll(/(?:import|from)\s*"\.\/(gr-[\w-]+\.js)"/g)) closure(m[1], seen);
  return seen;
}

let env;
let context;
let log;
let tab;
const prerendered = {};

before(async () => {
  for (const tag of ['gr-contact-list', 'gr-committee-card']) {
    const attrs = tag === 'gr-contact-list' ? { committee: 'styrgruppen-for-arbetsmarknad' } : { committee: 'antagningsnamnden' };
    prerendered[tag] = await renderElement(tag, attrs, { filesBase: '/gr/data/', stylesheet: (t) => `/fixtures/styles/${t}.css` });
  }
  env = await setup({
    fixtures: {
      'empty.html': page('Nothing yet', '<main id="main"></main>'),
      'contacts.html': page('One contact list', CONTACTS),
      'finder.html': page('The finder', '<gr-network-finder municipality="ale"></gr-network-finder>'),
      'src.html': page('Own data', '<gr-contact-list committee="styrgruppen-for-arbetsmarknad" src="/fixtures/own.json"></gr-contact-list>'),
      'own.json': readFileSync(join(CDN_DIR, 'data', 'dataset.json'), 'utf8'),
      'prerendered.html': page('Pre-rendered', `<main>${prerendered['gr-contact-list']}${prerendered['gr-committee-card']}</main>`),
      'styles/gr-contact-list.css': elementCss('gr-contact-list'),
      'styles/gr-committee-card.css': elementCss('gr-committee-card'),
    },
  });
  ({ context, log } = await watchedContext(env.browser, env.origin));
  tab = await context.newPage();
});

after(async () => {
  await env?.close();
});

/** The CDN files (paths under /gr/) a page requested, in order. */
const cdnRequests = (from) =>
  log.requests
    .slice(from)
    .map((u) => new URL(u).pathname)
    .filter((p) => p.startsWith('/gr/'))
    .map((p) => p.slice(4));

describe('the loader', () => {
  test('a page with one contact list fetches the loader, that element’s chunks and the data file: nothing else', async () => {
    const from = log.requests.length;
    await tab.goto(env.url('/fixtures/contacts.html'));
    await elementsReady(tab, ['gr-contact-list']);
    assert.match(await tab.locator('gr-contact-list').evaluate((el) => el.shadowRoot.textContent), /031-/);
    const got = cdnRequests(from);
    const expected = new Set(['gr-elements.js', ...closure('gr-contact-list.js'), 'data/dataset.json']);
    assert.deepEqual(new Set(got), expected);
    assert.equal(got.length, expected.size, `each file once: ${got.join(', ')}`);
    for (const other of TAGS.filter((t) => t !== 'gr-contact-list')) assert.ok(!got.includes(`${other}.js`), `${other}.js not fetched`);
    for (const part of [VALIDATION, WRITERS, SEARCH]) assert.ok(!got.includes(part), `${part} not fetched`);
    const defined = await tab.evaluate((tags) => tags.filter((t) => customElements.get(t)), TAGS);
    assert.deepEqual(defined, ['gr-contact-list'], 'only the tag on the page is defined');
  });

  test('a tag added after load gets its code; a tag inside a shadow root attached later too', async () => {
    const from = log.requests.length;
    await tab.goto(env.url('/fixtures/empty.html'));
    await tab.waitForFunction(() => Symbol.for('goteborgsregionen.elements.loader') in globalThis);
    assert.deepEqual(cdnRequests(from), ['gr-elements.js'], 'no element code and no data for a page without tags');
    await tab.evaluate(() => {
      document.getElementById('main').insertAdjacentHTML('beforeend', '<gr-committee-card committee="antagningsnamnden"></gr-committee-card>');
    });
    await elementsReady(tab, ['gr-committee-card']);
    assert.match(await tab.locator('gr-committee-card').evaluate((el) => el.shadowRoot.textContent), /Antagningsnämnden/);
    // A host page's own component that renders a GR tag in its (open or closed) shadow root.
    const text = await tab.evaluate(async () => {
      const host = document.createElement('div');
      document.body.append(host);
      const root = host.attachShadow({ mode: 'closed' });
      root.innerHTML = '<gr-meeting-calendar committee="antagningsnamnden"></gr-meeting-calendar>';
      await customElements.whenDefined('gr-meeting-calendar');
      const el = root.querySelector('gr-meeting-calendar');
      await el.updateComplete;
      return el.shadowRoot.textContent;
    });
    assert.match(text, /Sammanträden|kl\./);
    const got = cdnRequests(from);
    assert.ok(got.includes('gr-committee-card.js') && got.includes('gr-meeting-calendar.js'), got.join(', '));
    assert.equal(got.filter((f) => f === 'data/dataset.json').length, 1, 'one request for the data, shared by both');
  });

  test('the finder shows its list first and loads the search engine when the search field is first used', async () => {
    const from = log.requests.length;
    await tab.goto(env.url('/fixtures/finder.html'));
    await elementsReady(tab, ['gr-network-finder']);
    const finder = tab.locator('gr-network-finder');
    assert.ok((await finder.locator('[part="result"]').count()) > 3, 'the list is shown');
    assert.ok(!cdnRequests(from).includes(SEARCH), 'no search engine before the field is used');
    await finder.locator('input[type="search"]').focus();
    await tab.waitForResponse((r) => r.url().endsWith(SEARCH));
    await finder.locator('input[type="search"]').fill('socialshefer');
    await finder.locator('input[type="search"]').press('Enter');
    await finder.locator('[part="result-name"]').first().filter({ hasText: /Socialchef/i }).waitFor();
    assert.equal(cdnRequests(from).filter((f) => f === SEARCH).length, 1);
  });

  test('`src` loads the validator and the file writers; the default data needs neither', async () => {
    const from = log.requests.length;
    await tab.goto(env.url('/fixtures/src.html'));
    await elementsReady(tab, ['gr-contact-list']);
    const el = tab.locator('gr-contact-list');
    await el.locator('[part="contact"]').first().waitFor();
    const got = cdnRequests(from);
    assert.ok(got.includes(VALIDATION), `the validator: ${got.join(', ')}`);
    assert.ok(got.includes(WRITERS), 'the vCard writer');
    assert.ok(!got.includes('data/dataset.json'), 'the default data is not fetched when `src` names other data');
    const vcard = await el.locator('a[href^="blob:"]').first().getAttribute('href');
    assert.ok(vcard, 'the vCard is generated in the browser for data without published files');
  });

  test('pre-rendered fragments: hydration support first, then each element takes over its shadow root in place', async () => {
    const from = log.requests.length;
    const warningsBefore = log.consoleWarnings.length;
    // Hold the loader until the pre-rendered nodes are marked.
    let release;
    const held = new Promise((r) => (release = r));
    await tab.route('**/gr/gr-elements.js', async (route) => {
      await held;
      await route.continue();
    });
    await tab.goto(env.url('/fixtures/prerendered.html'), { waitUntil: 'commit' });
    await tab.locator('gr-committee-card').waitFor({ state: 'attached' });
    await tab.evaluate(() => {
      window.__marked = [...document.querySelectorAll('gr-contact-list, gr-committee-card')].map((el) => el.shadowRoot.querySelector('h2, h3, [part="contact"]'));
    });
    assert.ok(await tab.evaluate(() => window.__marked.every((n) => n !== null)), 'the server rendered content');
    release();
    await elementsReady(tab, ['gr-contact-list', 'gr-committee-card']);
    await tab.unroute('**/gr/gr-elements.js');
    const same = await tab.evaluate(() =>
      [...document.querySelectorAll('gr-contact-list, gr-committee-card')].map(
        (el, i) => el.shadowRoot.querySelector('h2, h3, [part="contact"]') === window.__marked[i]
      )
    );
    assert.deepEqual(same, [true, true], 'the same nodes: hydrated, not rendered again');
    const got = cdnRequests(from);
    assert.ok(got.includes('gr-hydrate.js'), got.join(', '));
    assert.ok(got.indexOf('gr-hydrate.js') < got.indexOf('gr-contact-list.js'), `hydration support first: ${got.join(', ')}`);
    assert.deepEqual(log.consoleWarnings.slice(warningsBefore), []);
  });

  test('no foreign request, CSP violation, console error or page error', () => {
    assert.deepEqual(problems(log), []);
  });
});

describe('replacing data/ updates every page without new JavaScript', () => {
  let copy;
  let copyEnv;
  before(() => {
    copy = mkdtempSync(join(tmpdir(), 'gr-cdn-copy-'));
    cpSync(CDN_DIR, copy, { recursive: true });
  });
  after(async () => {
    await copyEnv?.close();
    rmSync(copy, { recursive: true, force: true });
  });

  test('a phone number edited in data/dataset.json, then a release from `gr-data build`, shows on the page and in the vCard', async () => {
    const scriptsBefore = Object.fromEntries(scripts.map((f) => [f, readFileSync(join(copy, f), 'utf8')]));
    // 1. By hand: edit the copy's data file.
    const file = join(copy, 'data', 'dataset.json');
    const data = JSON.parse(readFileSync(file, 'utf8'));
    const committee = data.committees.find((c) => c.id === 'styrgruppen-for-arbetsmarknad');
    const person = data.people.find((p) => p.id === committee.contacts[0]);
    person.phone = '+46313355100';
    writeFileSync(file, JSON.stringify(data));
    copyEnv = await setup({ cdnDir: copy, fixtures: { 'contacts.html': page('One contact list', CONTACTS) } });
    const watched = await watchedContext(copyEnv.browser, copyEnv.origin);
    const p = await watched.context.newPage();
    await p.goto(copyEnv.url('/fixtures/contacts.html'));
    await elementsReady(p, ['gr-contact-list']);
    const shown = () => p.locator('gr-contact-list').evaluate((el) => el.shadowRoot.textContent.replace(/\s+/g, ' '));
    assert.match(await shown(), /031-335 51 00/);
    assert.equal(await p.locator('gr-contact-list a[href^="tel:"]').first().getAttribute('href'), 'tel:+46313355100');

    // 2. As a municipality updates: a data release written by the data package's CLI, from the edited file.
    person.phone = '+46313355199';
    const edited = join(copy, 'edited.json');
    writeFileSync(edited, JSON.stringify(data));
    const cli = join(dirname(require.resolve('@goteborgsregionen/data/package.json')), 'dist', 'cli.js');
    const run = spawnSync(process.execPath, [cli, 'build', join(copy, 'data'), '--from', edited], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    await p.reload();
    await elementsReady(p, ['gr-contact-list']);
    assert.match(await shown(), /031-335 51 99/);
    const vcardHref = await p.locator('gr-contact-list a[href$=".vcf"]').first().getAttribute('href');
    const vcard = await (await fetch(new URL(vcardHref, copyEnv.origin))).text();
    assert.match(vcard, /tel:\+46313355199/, 'the published vCard says the new number');
    for (const [f, text] of Object.entries(scriptsBefore)) assert.equal(readFileSync(join(copy, f), 'utf8'), text, `${f} unchanged`);
    assert.deepEqual(problems(watched.log), []);
    await watched.context.close();
  });
});
