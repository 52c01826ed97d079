// Resilience suite: the built CDN bundle in real headless Chromium, against bad attributes, bad and
// hostile data, misbehaving servers and hostile pages. One browser, one table of cases; each case
// checks, besides its own expectation:
//   - no uncaught exception (pageerror),
//   - no Content-Security-Policy violation (every page is served with a strict CSP),
//   - no request to any origin or path the case does not name (only the page, the bundle and `src`),
//   - the rest of the page unharmed: a sentinel paragraph still visible, a control element still rendering.
// Writes the count and outcome of every case to RESULTS.md beside this folder.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { dataset } from '@goteborgsregionen/data';
import { findChromium } from '../../../scripts/find-chromium.mjs';
import { elements } from '../../../packages/elements/scripts/elements.mjs';
import { startServer, STRICT_CSP } from './server.mjs';

/** Every GR element of the registry (the src/<name>/ folders of @goteborgsregionen/elements), as a selector. */
const ALL_ELEMENTS = elements().map((e) => e.tag).join(', ');

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
// GR_CDN_DIR: test another build of the CDN folder (for example a release) instead of the workspace's.
const cdnDir = process.env.GR_CDN_DIR ?? join(dirname(require.resolve('@goteborgsregionen/elements/package.json')), 'dist', 'cdn');

const COMMITTEE = 'styrgruppen-for-social-valfard';
const NOW = '2020-04-01T12:00:00+02:00';
const TIMEOUT = 8000;

// ——— fixtures ———

const clone = () => JSON.parse(JSON.stringify(dataset));
const SCRIPTY = {
  person: '<img src=x onerror="window.__xss=1">Lena',
  network: '<script>window.__xss=2</script>Nätverket',
  committee: '"><svg onload="window.__xss=3">Styrgruppen',
};

function xssNames() {
  const d = clone();
  const c = d.committees.find((x) => x.id === COMMITTEE);
  const person = d.people.find((p) => p.id === c.contacts[0]);
  person.name = SCRIPTY.person;
  d.networks[0].name = SCRIPTY.network;
  c.name = SCRIPTY.committee;
  return d;
}

function xssUrls() {
  const d = xssNames();
  d.organisation.website = 'javascript:alert(1)';
  d.municipalities[0].website = 'javascript:alert(document.domain)';
  const c = d.committees.find((x) => x.id === COMMITTEE);
  d.people.find((p) => p.id === c.contacts[0]).phone = 'javascript:alert(1)';
  d.networks[0].sources = ['javascript:alert(1)//001_24c41e0b47b6be3d.txt'];
  return d;
}

function schemaInvalid() {
  const d = clone();
  d.networks[0].id = 'Not A Slug!';
  d.networks[1].municipalities = ['atlantis'];
  d.committees[0].meetings = 'every tuesday';
  return d;
}

/** 5 MB: a valid dataset padded with a long description, far over the elements' 2 MB limit. */
function big() {
  const d = clone();
  d.networks[0].description = { sv: 'x'.repeat(5 * 1024 * 1024) };
  return Buffer.from(JSON.stringify(d));
}

const FIXTURES = {
  'dataset.json': JSON.stringify(dataset),
  'invalid.json': '{"version": 1, "networks": [ {"id": "a", } ',
  'schema-invalid.json': JSON.stringify(schemaInvalid()),
  'big.json': big(),
  'xss.json': JSON.stringify(xssUrls()),
  'xss-names.json': JSON.stringify(xssNames()),
  'null.json': 'null',
};

// ——— page ———

const DEFAULT_SCRIPTS = ['/cdn/gr-elements.js'];

function pageHtml({ body, scripts = DEFAULT_SCRIPTS, lang = 'sv', control = true }) {
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Resilience case</title>
${scripts.map((s) => `<script type="module" src="${s}"></script>`).join('\n')}
</head>
<body>
<p id="sentinel">Sentinel: the host page’s own paragraph.</p>
<main id="case">${body}</main>
${control ? `<aside><gr-contact-list id="control" committee="${COMMITTEE}" heading="Kontroll"></gr-contact-list></aside>` : ''}
</body>
</html>`;
}

// ——— checks used by the cases ———

/** A visible polite message inside `host` (its shadow root) whose text matches `pattern`. */
async function politeMessage(page, host, pattern, timeout = TIMEOUT) {
  const status = page.locator(`${host} [role="status"]`).filter({ hasText: pattern }).first();
  await status.waitFor({ state: 'visible', timeout });
  const box = await status.boundingBox();
  assert.ok(box && box.width > 40 && box.height > 10, `message in ${host} is on screen (not visually hidden): ${JSON.stringify(box)}`);
  const live = await status.getAttribute('aria-live');
  assert.notEqual(live, 'assertive', 'the message is polite');
  return (await status.textContent()).replace(/\s+/g, ' ').trim();
}

/** No error notice inside `host`. */
async function noErrorNotice(page, host) {
  const n = await page.locator(`${host} [part="error"]`).count();
  assert.equal(n, 0, `${host} shows no error notice`);
}

/** Waits until `host` has rendered `selector` inside it. */
async function rendered(page, host, selector, min = 1) {
  await page.locator(`${host} ${selector}`).first().waitFor({ state: 'attached', timeout: TIMEOUT });
  const n = await page.locator(`${host} ${selector}`).count();
  assert.ok(n >= min, `${host} renders at least ${min} × ${selector} (found ${n})`);
  return n;
}

/** Text of an element's shadow root. */
const shadowText = (page, host) =>
  page
    .locator(host)
    .first()
    .evaluate((el) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' '));

/** Every href in every GR element's shadow root. */
const allHrefs = (page) =>
  page.evaluate(
    (selector) =>
      [...document.querySelectorAll(selector)].flatMap((el) =>
        [...(el.shadowRoot?.querySelectorAll('[href]') ?? [])].map((a) => a.getAttribute('href'))
      ),
    ALL_ELEMENTS
  );

/** No element a hostile string could have created, and no script-set flag. */
async function inert(page) {
  const found = await page.evaluate((selector) => {
    const bad = [];
    for (const el of document.querySelectorAll(selector)) {
      for (const n of el.shadowRoot?.querySelectorAll('script, img, svg, iframe, object, embed') ?? []) bad.push(n.outerHTML.slice(0, 80));
      for (const n of el.shadowRoot?.querySelectorAll('*') ?? []) {
        for (const a of n.attributes) if (/^on/i.test(a.name)) bad.push(`${n.localName}[${a.name}]`);
      }
    }
    return { bad, xss: window.__xss };
  }, ALL_ELEMENTS);
  assert.deepEqual(found.bad, [], 'no element or handler created from data');
  assert.equal(found.xss, undefined, 'no injected script ran');
}

const SAFE_HREF = /^(https?:|mailto:|tel:|blob:)/i;

/** No horizontal scrolling of the page. */
async function noHorizontalScroll(page) {
  const m = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  assert.ok(m.scroll <= m.client, `no horizontal page scroll (scrollWidth ${m.scroll} > clientWidth ${m.client})`);
}

const ALL_FOUR = `
  <gr-network-finder class="s" id="finder"></gr-network-finder>
  <gr-committee-card class="s" id="card" committee="${COMMITTEE}" now="${NOW}"></gr-committee-card>
  <gr-meeting-calendar class="s" id="calendar" committee="${COMMITTEE}" view="month" now="${NOW}"></gr-meeting-calendar>
  <gr-meeting-calendar class="s" id="calendar-list" committee="${COMMITTEE}" now="${NOW}"></gr-meeting-calendar>
  <gr-contact-list class="s" id="contacts" committee="${COMMITTEE}"></gr-contact-list>`;

async function allFourRender(page) {
  await rendered(page, '#finder', '[part="result"]');
  await rendered(page, '#card', '[part="heading"]');
  await rendered(page, '#calendar', 'table');
  await rendered(page, '#calendar-list', '[part="meeting"]');
  await rendered(page, '#contacts', '[part="contact"]');
}

// ——— the cases: one row each ———

/**
 * id, what (for RESULTS.md), body (inside <main>), optional scripts/csp/context/media/lang/allow
 * (extra request paths), and check(page, ctx).
 */
const CASES = [
  // ——— src: the server misbehaves ———
  {
    id: 'src-404',
    what: '`src` answers 404',
    body: `<gr-contact-list id="subject" committee="${COMMITTEE}" src="/fixtures/missing.json"></gr-contact-list>`,
    check: async (page) => {
      await politeMessage(page, '#subject', /felkod 404/);
      await rendered(page, '#subject', '[part="contact"]'); // bundled data shown instead
    },
  },
  {
    id: 'src-500',
    what: '`src` answers 500',
    body: `<gr-committee-card id="subject" committee="${COMMITTEE}" now="${NOW}" src="/fixtures/500"></gr-committee-card>`,
    check: async (page) => {
      await politeMessage(page, '#subject', /felkod 500/);
      await rendered(page, '#subject', '[part="heading"]');
    },
  },
  {
    id: 'src-slow-timeout',
    what: '`src` answers slowly; `timeout="300"`',
    body: `<gr-meeting-calendar id="subject" committee="${COMMITTEE}" now="${NOW}" timeout="300" src="/fixtures/slow"></gr-meeting-calendar>`,
    check: async (page) => {
      await politeMessage(page, '#subject', /svarade inte inom/);
      await rendered(page, '#subject', '[part="meeting"]');
    },
  },
  {
    id: 'src-connection-reset',
    what: '`src` connection reset by the server',
    body: `<gr-contact-list id="subject" committee="${COMMITTEE}" src="/fixtures/reset"></gr-contact-list>`,
    check: async (page) => {
      await politeMessage(page, '#subject', /gick inte att nå/);
    },
  },
  {
    id: 'src-invalid-json',
    what: '`src` is not valid JSON',
    body: `<gr-network-finder id="subject" src="/fixtures/invalid.json"></gr-network-finder>`,
    check: async (page) => {
      await politeMessage(page, '#subject', /inte giltig JSON/);
      await rendered(page, '#subject', '[part="result"]');
    },
  },
  {
    id: 'src-html',
    what: '`src` answers an HTML page with 200',
    body: `<gr-contact-list id="subject" committee="${COMMITTEE}" src="/fixtures/html"></gr-contact-list>`,
    check: async (page) => {
      await politeMessage(page, '#subject', /inte giltig JSON/);
    },
  },
  {
    id: 'src-empty',
    what: '`src` answers an empty body',
    body: `<gr-committee-card id="subject" committee="${COMMITTEE}" now="${NOW}" src="/fixtures/empty.json"></gr-committee-card>`,
    check: async (page) => {
      await politeMessage(page, '#subject', /inte giltig JSON/);
    },
  },
  {
    id: 'src-null',
    what: '`src` is the JSON `null`',
    body: `<gr-meeting-calendar id="subject" committee="${COMMITTEE}" now="${NOW}" src="/fixtures/null.json"></gr-meeting-calendar>`,
    check: async (page) => {
      await politeMessage(page, '#subject', /följer inte GR:s dataformat/);
    },
  },
  {
    id: 'src-schema-invalid',
    what: '`src` is JSON that breaks the schema (bad id, unknown municipality, meetings as text)',
    body: `<gr-network-finder id="subject" src="/fixtures/schema-invalid.json"></gr-network-finder>`,
    check: async (page) => {
      const text = await politeMessage(page, '#subject', /följer inte GR:s dataformat/);
      assert.match(text, /Första felet/, 'the first problem is named');
      await rendered(page, '#subject', '[part="result"]');
    },
  },
  {
    id: 'src-5mb',
    what: '`src` is a 5 MB file (with content-length)',
    body: `<gr-network-finder id="subject" src="/fixtures/big.json"></gr-network-finder>`,
    check: async (page) => {
      await politeMessage(page, '#subject', /större än 2 MB/);
    },
  },
  {
    id: 'src-5mb-chunked',
    what: '`src` is a 5 MB file sent chunked (no content-length)',
    body: `<gr-contact-list id="subject" committee="${COMMITTEE}" src="/fixtures/big-chunked.json"></gr-contact-list>`,
    check: async (page) => {
      await politeMessage(page, '#subject', /större än 2 MB/);
    },
  },
  {
    id: 'src-xss-urls',
    what: '`src` with script-like names and `javascript:` website, phone and source',
    body: `<gr-contact-list id="subject" committee="${COMMITTEE}" src="/fixtures/xss.json"></gr-contact-list>
      <gr-network-finder id="subject2" src="/fixtures/xss.json"></gr-network-finder>`,
    check: async (page) => {
      await politeMessage(page, '#subject', /följer inte GR:s dataformat/);
      await politeMessage(page, '#subject2', /följer inte GR:s dataformat/);
      await inert(page);
      for (const href of await allHrefs(page)) assert.match(href, SAFE_HREF, `safe link: ${href}`);
    },
  },
  {
    id: 'src-xss-names',
    what: '`src` valid, with script-like names: rendered as text',
    body: `<gr-contact-list id="subject" committee="${COMMITTEE}" src="/fixtures/xss-names.json"></gr-contact-list>
      <gr-committee-card id="subject2" committee="${COMMITTEE}" now="${NOW}" src="/fixtures/xss-names.json"></gr-committee-card>
      <gr-network-finder id="subject3" src="/fixtures/xss-names.json"></gr-network-finder>
      <gr-meeting-calendar id="subject4" committee="${COMMITTEE}" now="${NOW}" src="/fixtures/xss-names.json"></gr-meeting-calendar>`,
    check: async (page) => {
      await page.waitForFunction(() => document.querySelector('#subject3')?.shadowRoot?.textContent.includes('<script>'), null, {
        timeout: TIMEOUT,
      });
      assert.ok((await shadowText(page, '#subject')).includes(SCRIPTY.person), 'person name shown literally');
      assert.ok((await shadowText(page, '#subject2')).includes(SCRIPTY.committee.slice(2)), 'committee name shown literally');
      await inert(page);
      for (const s of ['#subject', '#subject2', '#subject3', '#subject4']) await noErrorNotice(page, s);
      for (const href of await allHrefs(page)) assert.match(href, SAFE_HREF, `safe link: ${href}`);
    },
  },
  {
    id: 'src-javascript-url',
    what: '`src="javascript:alert(1)"`',
    body: `<gr-contact-list id="subject" committee="${COMMITTEE}" src="javascript:window.__xss=9"></gr-contact-list>`,
    check: async (page) => {
      await politeMessage(page, '#subject', /inte tillåten/);
      await inert(page);
    },
  },
  {
    id: 'src-data-url',
    what: '`src` as a `data:` URL',
    body: `<gr-committee-card id="subject" committee="${COMMITTEE}" now="${NOW}" src="data:application/json,%7B%7D"></gr-committee-card>`,
    check: async (page) => {
      await politeMessage(page, '#subject', /inte tillåten/);
    },
  },
  {
    id: 'src-switched-while-loading',
    what: '`src` changed while a slow load is in flight',
    body: `<gr-contact-list id="subject" committee="${COMMITTEE}" src="/fixtures/slow"></gr-contact-list>`,
    setup: async (page) => {
      await page.locator('#subject [part="loading"]').waitFor({ timeout: TIMEOUT });
      await page.evaluate(() => document.querySelector('#subject').setAttribute('src', '/fixtures/xss-names.json'));
    },
    check: async (page) => {
      await page.waitForFunction(() => document.querySelector('#subject')?.shadowRoot?.textContent.includes('onerror'), null, {
        timeout: TIMEOUT,
      });
      await page.waitForTimeout(200);
      await noErrorNotice(page, '#subject');
      assert.equal(await page.locator('#subject [part="loading"]').count(), 0, 'no loading notice left');
    },
  },
  {
    id: 'src-other-origin',
    what: '`src` on another origin that the page’s CSP allows (CORS): loads, and nothing else is contacted',
    csp: (server) => STRICT_CSP.replace("connect-src 'self'", `connect-src 'self' ${server.otherOrigin}`),
    body: (server) =>
      `<gr-contact-list id="subject" committee="${COMMITTEE}" src="${server.otherOrigin}/cors/xss-names.json"></gr-contact-list>`,
    check: async (page) => {
      await page.waitForFunction(() => document.querySelector('#subject')?.shadowRoot?.textContent.includes('onerror'), null, {
        timeout: TIMEOUT,
      });
      await noErrorNotice(page, '#subject');
      await inert(page);
    },
  },
  {
    id: 'src-slow-timeout-malformed',
    what: '`timeout="abc"` with a slow `src`: the default 10 s applies, and the message says so',
    body: `<gr-contact-list id="subject" committee="${COMMITTEE}" timeout="abc" src="/fixtures/slow"></gr-contact-list>`,
    check: async (page) => {
      await page.locator('#subject [part="loading"]').waitFor({ timeout: TIMEOUT });
      await politeMessage(page, '#subject', /svarade inte inom/, 15000);
      assert.match(await shadowText(page, '#subject'), /svarade inte inom 10 sekunder/);
    },
  },
  {
    id: 'src-removed-mid-load',
    what: 'an element removed while its `src` loads, then put back: it loads again, quietly',
    body: `<gr-contact-list id="subject" committee="${COMMITTEE}" src="/fixtures/delayed/xss-names.json"></gr-contact-list><div id="parking"></div>`,
    setup: async (page) => {
      await page.locator('#subject [part="loading"]').waitFor({ timeout: TIMEOUT });
      await page.evaluate(async () => {
        const el = document.querySelector('#subject');
        el.remove();
        await new Promise((r) => setTimeout(r, 900));
        document.getElementById('parking').append(el);
      });
    },
    check: async (page, ctx) => {
      await page.waitForFunction(() => document.querySelector('#subject')?.shadowRoot?.textContent.includes('onerror'), null, {
        timeout: TIMEOUT,
      });
      await noErrorNotice(page, '#subject');
      assert.deepEqual(
        ctx.warnings.filter((w) => /gr-contact-list/.test(w)),
        [],
        'no warning about the interrupted load'
      );
    },
  },
  {
    id: 'src-timeout-malformed',
    what: '`timeout="abc"` with a good `src`: the default timeout applies and the data loads',
    body: `<gr-contact-list id="subject" committee="${COMMITTEE}" timeout="abc" src="/fixtures/xss-names.json"></gr-contact-list>`,
    check: async (page) => {
      await page.waitForFunction(() => document.querySelector('#subject')?.shadowRoot?.textContent.includes('onerror'), null, {
        timeout: TIMEOUT,
      });
      await noErrorNotice(page, '#subject');
    },
  },

  // ——— the `data` property ———
  {
    id: 'dataset-property-invalid',
    what: '`data` property set to `{version: 2}`',
    body: `<gr-network-finder id="subject"></gr-network-finder>`,
    setup: async (page) => {
      await page.evaluate(async () => {
        await customElements.whenDefined('gr-network-finder');
        document.querySelector('#subject').data = { version: 2 };
      });
    },
    check: async (page) => {
      await politeMessage(page, '#subject', /angivna uppgifterna följer inte/);
      await rendered(page, '#subject', '[part="result"]');
    },
  },
  {
    id: 'dataset-property-javascript-url',
    what: '`data` property with `javascript:` URLs',
    body: `<gr-contact-list id="subject" committee="${COMMITTEE}"></gr-contact-list>`,
    setup: async (page) => {
      await page.evaluate(async (d) => {
        await customElements.whenDefined('gr-contact-list');
        document.querySelector('#subject').data = d;
      }, xssUrls());
    },
    check: async (page) => {
      await politeMessage(page, '#subject', /angivna uppgifterna följer inte/);
      await inert(page);
      for (const href of await allHrefs(page)) assert.match(href, SAFE_HREF, `safe link: ${href}`);
    },
  },

  // ——— unknown ids ———
  {
    id: 'unknown-committee-contacts',
    what: '<gr-contact-list committee="finns-inte">',
    body: `<gr-contact-list id="subject" committee="finns-inte"></gr-contact-list>`,
    check: async (page) => {
      await politeMessage(page, '#subject', /ingen politisk grupp med id ”finns-inte”/);
    },
  },
  {
    id: 'unknown-committee-card',
    what: '<gr-committee-card committee="finns-inte">',
    body: `<gr-committee-card id="subject" committee="finns-inte"></gr-committee-card>`,
    check: async (page) => {
      await politeMessage(page, '#subject', /ingen politisk grupp med id ”finns-inte”/);
    },
  },
  {
    id: 'unknown-network-calendar',
    what: '<gr-meeting-calendar network="finns-inte">',
    body: `<gr-meeting-calendar id="subject" network="finns-inte"></gr-meeting-calendar>`,
    check: async (page) => {
      await politeMessage(page, '#subject', /inget nätverk med id|ingen nätverk med id|”finns-inte”/);
    },
  },
  {
    id: 'unknown-people',
    what: '<gr-contact-list people="lena-holmlund nobody">: the known person and a message',
    body: `<gr-contact-list id="subject" people="lena-holmlund nobody"></gr-contact-list>`,
    check: async (page) => {
      await politeMessage(page, '#subject', /nobody/);
      await rendered(page, '#subject', '[part="contact"]');
    },
  },
  {
    id: 'finder-municipality-atlantis-ale',
    what: '<gr-network-finder municipality="atlantis ale">: Ale applies, Atlantis is named',
    body: `<gr-network-finder id="subject" municipality="atlantis ale"></gr-network-finder>`,
    check: async (page) => {
      await politeMessage(page, '#subject', /atlantis/);
      const shown = await rendered(page, '#subject', '[part="result"]');
      const ale = dataset.networks.filter((n) => n.municipalities.includes('ale')).length;
      assert.equal(shown, ale, 'the Ale filter applies');
    },
  },
  {
    id: 'finder-unknown-area',
    what: '<gr-network-finder area="finns-inte">',
    body: `<gr-network-finder id="subject" area="finns-inte"></gr-network-finder>`,
    check: async (page) => {
      await politeMessage(page, '#subject', /finns-inte/);
      const shown = await rendered(page, '#subject', '[part="result"]');
      assert.equal(shown, dataset.networks.length, 'the unknown area is ignored');
    },
  },

  // ——— malformed and conflicting attributes ———
  {
    id: 'conflict-committee-and-network',
    what: '<gr-contact-list> with both `committee` and `network`',
    body: `<gr-contact-list id="subject" committee="${COMMITTEE}" network="${
      dataset.networks.find((n) => n.contacts?.length)?.id
    }"></gr-contact-list>`,
    check: async (page) => {
      await rendered(page, '#subject', '[part="contact"]');
    },
  },
  {
    id: 'calendar-view-tabell',
    what: '<gr-meeting-calendar view="tabell">: the list view',
    body: `<gr-meeting-calendar id="subject" committee="${COMMITTEE}" now="${NOW}" view="tabell"></gr-meeting-calendar>`,
    check: async (page) => {
      await rendered(page, '#subject', '[part="meeting"]');
    },
  },
  {
    id: 'calendar-month-13',
    what: '<gr-meeting-calendar view="month" month="2021-13">',
    body: `<gr-meeting-calendar id="subject" committee="${COMMITTEE}" now="${NOW}" view="month" month="2021-13"></gr-meeting-calendar>`,
    check: async (page) => {
      await rendered(page, '#subject', 'table td');
    },
  },
  {
    id: 'heading-level-99',
    what: '`heading-level="99"` on all four elements: h2–h6 only',
    body: `
      <gr-network-finder id="finder" heading-level="99"></gr-network-finder>
      <gr-committee-card id="card" committee="${COMMITTEE}" now="${NOW}" heading-level="99"></gr-committee-card>
      <gr-meeting-calendar id="calendar" committee="${COMMITTEE}" now="${NOW}" heading-level="99"></gr-meeting-calendar>
      <gr-contact-list id="contacts" committee="${COMMITTEE}" heading-level="-3"></gr-contact-list>`,
    check: async (page) => {
      for (const host of ['#finder', '#card', '#calendar', '#contacts']) {
        const level = await rendered(page, host, 'h2');
        assert.equal(level, 1, `${host} has one h2 (its top heading)`);
        assert.equal(await page.locator(`${host} h1`).count(), 0);
      }
    },
  },
  {
    id: 'missing-attributes',
    what: 'contact list, card and calendar without any id attribute',
    body: `<gr-contact-list id="a"></gr-contact-list><gr-committee-card id="b"></gr-committee-card><gr-meeting-calendar id="c"></gr-meeting-calendar>`,
    check: async (page) => {
      await politeMessage(page, '#a', /attributet/);
      await politeMessage(page, '#b', /attributet/);
      await politeMessage(page, '#c', /attribut/);
    },
  },
  {
    id: 'lang-xx-and-bad-now',
    what: '`lang="xx"` around the elements, `now="igår"`: Swedish and the real clock',
    body: `<div lang="xx"><gr-committee-card id="subject" committee="${COMMITTEE}" now="igår"></gr-committee-card>
      <gr-meeting-calendar id="subject2" committee="${COMMITTEE}" now="igår"></gr-meeting-calendar></div>`,
    check: async (page) => {
      await rendered(page, '#subject', '[part="heading"]');
      await rendered(page, '#subject2', '[part="meeting"]');
      assert.match(await shadowText(page, '#subject'), /Uppgifter från/);
    },
  },
  {
    id: 'files-base-javascript',
    what: '`files-base="javascript:alert(1)//"`: every link stays http(s), mailto, tel or blob',
    body: `<gr-contact-list id="subject" committee="${COMMITTEE}" files-base="javascript:alert(1)//"></gr-contact-list>
      <gr-meeting-calendar id="subject2" committee="${COMMITTEE}" now="${NOW}" files-base="javascript:alert(1)//"></gr-meeting-calendar>`,
    check: async (page) => {
      await rendered(page, '#subject', '[part="contact-vcard"]');
      await rendered(page, '#subject2', '[part="meeting"]');
      for (const href of await allHrefs(page)) assert.match(href, SAFE_HREF, `safe link: ${href}`);
    },
  },
  {
    id: 'finder-script-query',
    what: '<gr-network-finder> with a script-like `query`: no results, shown as text',
    body: `<gr-network-finder id="subject" query="<img src=x onerror=window.__xss=5>"></gr-network-finder>`,
    check: async (page) => {
      await page.locator('#subject [part="empty"]').waitFor({ timeout: TIMEOUT });
      assert.match(await page.locator('#subject [part="empty"]').textContent(), /Inga nätverk hittades/);
      await inert(page);
    },
  },
  {
    id: 'finder-huge-query',
    what: 'a 10,000-character query typed into the finder',
    body: `<gr-network-finder id="subject" debounce="0"></gr-network-finder>`,
    setup: async (page) => {
      await page.locator('#subject input[type="search"]').fill(`skola ${'å'.repeat(10000)}`);
    },
    check: async (page) => {
      await page
        .locator('#subject [role="status"][aria-live="polite"]')
        .filter({ hasText: /nätverk/ })
        .waitFor({ state: 'attached', timeout: TIMEOUT });
    },
  },

  // ——— the default data file beside the script (data/dataset.json) ———
  ...[
    ['data-file-missing', 'the folder’s data/dataset.json is missing (404)', '/cdn-nodata/', /404/],
    ['data-file-not-json', 'the folder’s data/dataset.json is not JSON', '/cdn-badjson/', /inte giltig JSON/],
    ['data-file-wrong-shape', 'the folder’s data/dataset.json is JSON of another shape', '/cdn-badshape/', /följer inte|networks|fel/],
  ].map(([id, what, folder, pattern]) => ({
    id,
    what,
    scripts: [`${folder}gr-elements.js`],
    control: false,
    body: ALL_FOUR,
    check: async (page, ctx) => {
      for (const host of ['#finder', '#card', '#calendar', '#contacts']) {
        const text = await politeMessage(page, host, /Uppgifterna kunde inte hämtas/);
        assert.match(text, /data\/dataset\.json/, `${host} names the file`);
        assert.match(text, pattern, `${host} says what is wrong`);
      }
      // One request for the data file, shared by every element on the page.
      assert.equal(ctx.requests.filter((u) => u.endsWith('/data/dataset.json')).length, 1, ctx.requests.join('\n'));
    },
  })),

  // ——— the page around the elements ———
  // Two copies of the folder on one page: the second loader warns once and does nothing else.
  {
    id: 'two-copies',
    what: 'gr-elements.js from two copies of the folder on one page: one warning, no exception',
    scripts: ['/cdn/gr-elements.js', '/cdn-copy/gr-elements.js'],
    body: ALL_FOUR,
    check: async (page, ctx) => {
      await allFourRender(page);
      assert.equal(ctx.warnings.filter((w) => /more than once/.test(w)).length, 1, ctx.warnings.join(' | '));
      assert.deepEqual(ctx.requests.filter((u) => u.includes('/cdn-copy/') && !u.endsWith('/gr-elements.js')), [], 'the second copy loads nothing');
    },
  },
  {
    id: 'two-copies-element-first',
    what: 'a copy’s gr-network-finder.js first, then gr-elements.js: the tag already defined is left alone',
    scripts: ['/cdn-copy/gr-network-finder.js', '/cdn/gr-elements.js'],
    body: ALL_FOUR,
    check: async (page, ctx) => {
      await allFourRender(page);
      assert.ok(!ctx.requests.some((u) => u.endsWith('/cdn/gr-network-finder.js')), 'the loader does not load a defined tag again');
    },
  },
  {
    id: 'moved-removed-readded',
    what: 'elements moved into `lang="en"`, removed, re-added, and the page language changed',
    body: `${ALL_FOUR}<div id="english" lang="en"></div><div id="parking"></div>`,
    setup: async (page) => {
      await allFourRender(page);
      await page.evaluate(async () => {
        const ids = ['finder', 'card', 'calendar', 'calendar-list', 'contacts'];
        const els = ids.map((id) => document.getElementById(id));
        const english = document.getElementById('english');
        for (const el of els) english.append(el); // moved
        await Promise.all(els.map((el) => el.updateComplete));
        for (const el of els) el.remove(); // removed
        await new Promise((r) => setTimeout(r, 50));
        for (const el of els) english.append(el); // re-added
        await Promise.all(els.map((el) => el.updateComplete));
      });
    },
    check: async (page) => {
      await allFourRender(page);
      assert.match(await shadowText(page, '#contacts'), /Save contact card/, 'English inside lang="en"');
      assert.equal(await page.locator('#contacts [part="contacts"]').count(), 1, 'one list, not two');
      await page.evaluate(() => document.getElementById('parking').append(document.getElementById('contacts')));
      await page.waitForFunction(() => document.getElementById('contacts').shadowRoot.textContent.includes('Spara kontaktkort'), null, {
        timeout: TIMEOUT,
      });
      await page.evaluate(() => (document.documentElement.lang = 'en'));
      await page.waitForFunction(() => document.getElementById('contacts').shadowRoot.textContent.includes('Save contact card'), null, {
        timeout: TIMEOUT,
      });
    },
  },
  {
    id: 'strict-csp-trusted-types',
    what: "strict CSP plus `require-trusted-types-for 'script'`",
    csp: `${STRICT_CSP}; require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'`,
    body: ALL_FOUR,
    check: async (page) => {
      await allFourRender(page);
      await page.locator('#finder input[type="search"]').fill('skola');
      await page
        .locator('#finder [role="status"][aria-live="polite"]')
        .filter({ hasText: /nätverk/ })
        .waitFor({ state: 'attached', timeout: TIMEOUT });
    },
  },
  {
    id: 'zoom-200',
    what: '200 % zoom (1280 × 900 at device scale factor 2 = 640 × 450 CSS px): no horizontal scroll',
    context: { viewport: { width: 640, height: 450 }, deviceScaleFactor: 2 },
    body: ALL_FOUR,
    check: async (page) => {
      await allFourRender(page);
      await noHorizontalScroll(page);
    },
  },
  {
    id: 'viewport-320',
    what: '320 px wide viewport: no horizontal scroll',
    context: { viewport: { width: 320, height: 640 } },
    body: `${ALL_FOUR}<gr-contact-list id="bad" committee="finns-inte"></gr-contact-list>`,
    check: async (page) => {
      await allFourRender(page);
      await politeMessage(page, '#bad', /finns-inte/);
      await noHorizontalScroll(page);
    },
  },
  {
    id: 'forced-colors',
    what: 'forced colours (Windows high contrast): content and notices keep their borders',
    media: { forcedColors: 'active' },
    body: `${ALL_FOUR}<gr-contact-list id="bad" committee="finns-inte"></gr-contact-list>`,
    check: async (page) => {
      assert.ok(await page.evaluate(() => matchMedia('(forced-colors: active)').matches));
      await allFourRender(page);
      await politeMessage(page, '#bad', /finns-inte/);
      const border = await page.locator('#bad [part="error"]').evaluate((n) => parseFloat(getComputedStyle(n).borderInlineStartWidth));
      assert.ok(border > 0, 'the notice has a border (colour alone does not carry it)');
    },
  },
  {
    id: 'reduced-motion',
    what: 'prefers-reduced-motion: no animations or transitions after interaction',
    media: { reducedMotion: 'reduce' },
    body: ALL_FOUR,
    check: async (page) => {
      await allFourRender(page);
      await page.locator('#calendar .next').first().click();
      await page.locator('#finder input[type="search"]').fill('skola');
      await page.locator('#finder summary').first().click();
      const moving = await page.evaluate((selector) => {
        const running = document.getAnimations().filter((a) => a.playState === 'running').length;
        let transitions = 0;
        for (const el of document.querySelectorAll(selector)) {
          for (const n of el.shadowRoot.querySelectorAll('*')) {
            const cs = getComputedStyle(n);
            if (cs.transitionDuration.split(',').some((d) => parseFloat(d) > 0.01)) transitions++;
            if (cs.animationName !== 'none') transitions++;
            if (cs.scrollBehavior === 'smooth') transitions++;
          }
        }
        return { running, transitions };
      }, ALL_ELEMENTS);
      assert.deepEqual(moving, { running: 0, transitions: 0 });
    },
  },
];

// ——— runner ———

let browser;
let server;
const outcomes = [];

/** Every element's tag, from the element registry. */
const TAGS = elements().map((e) => e.tag);
/** Set when the bundle itself is broken: every case then fails at once with this message. */
let bundleProblem;

/** Resolves when all four tags are defined; rejects naming the missing ones after `ms`. */
const whenDefined = (page, ms = 5000) =>
  page.evaluate(
    ([tags, ms]) =>
      new Promise((resolve, reject) => {
        // The loader defines a tag when it appears: wait for the tags on the page.
        const present = tags.filter((t) => document.querySelector(t));
        Promise.all(present.map((t) => customElements.whenDefined(t))).then(resolve);
        setTimeout(() => reject(new Error(`not defined after ${ms} ms: ${present.filter((t) => !customElements.get(t)).join(', ')}`)), ms);
      }),
    [TAGS, ms]
  );

before(async () => {
  // A concurrent build may have emptied dist/cdn for a moment: wait for the bundle (up to 60 s).
  const bundle = join(cdnDir, 'gr-elements.js');
  for (let i = 0; i < 60 && !(existsSync(bundle) && statSync(bundle).size > 1000); i++) await new Promise((r) => setTimeout(r, 1000));
  await new Promise((r) => setTimeout(r, 500)); // let a write in progress finish
  server = await startServer({ cdnDir, fixtures: FIXTURES });
  const executablePath = findChromium();
  assert.ok(executablePath, 'a Chromium is installed (apt-get install chromium, or set CHROME_PATH)');
  browser = await chromium.launch({
    executablePath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update'],
  });
  // Preflight: the all-in-one bundle must register all four elements.
  const page = await browser.newPage();
  server.pages.set('/page/preflight', { html: pageHtml({ body: ALL_FOUR, control: false }) });
  await page.goto(`${server.origin}/page/preflight`);
  try {
    await whenDefined(page);
  } catch (e) {
    const why = /not defined after [^\n]*?(?=\s+at\s|\n|$)/.exec(e.message)?.[0] ?? e.message.split('\n')[0];
    bundleProblem = `${relative(join(here, '..', '..', '..'), join(cdnDir, 'gr-elements.js'))} does not register the elements (${why})`;
  }
  await page.close();
});

after(async () => {
  await browser?.close();
  await server?.close();
  const passed = outcomes.filter((o) => o.ok).length;
  const failed = outcomes.length - passed;
  const md = [
    '# Resilience suite: results',
    '',
    `${outcomes.length} cases: **${passed} passed, ${failed} failed**. Written by \`npm run test:e2e -w @goteborgsregionen/resilience\``,
    '(apps/resilience/test/resilience.test.mjs): the built `gr-elements.js` (and, where a case says so, a second bundle)',
    'in headless Chromium, every page served with a strict Content-Security-Policy.',
    '',
    'Every case also checks: no uncaught exception, no CSP violation, no request to any origin or path the case does not',
    'name (the page, the bundle and `src`), the host page’s sentinel paragraph still visible, and a control',
    '`<gr-contact-list>` on the same page still rendering.',
    '',
    '| # | Case | Input | Outcome |',
    '| ---: | --- | --- | --- |',
    ...[...outcomes]
      .sort((a, b) => CASES.findIndex((c) => c.id === a.id) - CASES.findIndex((c) => c.id === b.id))
      .map(
        (o, i) =>
          `| ${i + 1} | \`${o.id}\` | ${o.what.replace(/</g, '&lt;').replace(/\|/g, '\\|')} | ${
            o.ok ? 'passed' : `**failed**: ${o.error.replace(/\s+/g, ' ').replace(/\|/g, '\\|').replace(/</g, '&lt;').slice(0, 300)}`
          } |`
      ),
    '',
  ].join('\n');
  // Only a full run of the workspace's own build is recorded.
  if (outcomes.length === CASES.length && !process.env.GR_CDN_DIR) writeFileSync(join(here, '..', 'RESULTS.md'), md);
  console.log(`\nresilience: ${passed} passed, ${failed} failed`);
});

// Three cases at a time (each in its own browser context): the suite stays well under 90 s.
describe('resilience', { concurrency: 3 }, () => {
  for (const c of CASES) {
    test(`${c.id}: ${c.what}`, { timeout: 30000 }, async () => {
      if (bundleProblem) {
        outcomes.push({ id: c.id, what: c.what, ok: false, error: bundleProblem });
        throw new Error(bundleProblem);
      }
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...(c.context ?? {}) });
      try {
        await context.addInitScript(() => {
          window.__csp = [];
          document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
        });
        const page = await context.newPage();
        if (c.media) await page.emulateMedia(c.media);
        const ctx = { errors: [], warnings: [], requests: [] };
        page.on('pageerror', (e) => ctx.errors.push(String(e?.stack ?? e)));
        page.on('console', (m) => {
          if (m.type() === 'warning') ctx.warnings.push(m.text());
          if (m.type() === 'error' && !/Failed to load resource/.test(m.text())) ctx.errors.push(`console.error: ${m.text()}`);
        });
        page.on('request', (r) => ctx.requests.push(r.url()));
        const path = `/page/${c.id}`;
        const body = typeof c.body === 'function' ? c.body(server) : c.body;
        const csp = typeof c.csp === 'function' ? c.csp(server) : c.csp;
        server.pages.set(path, { html: pageHtml({ body, scripts: c.scripts, lang: c.lang, control: c.control !== false }), csp });
        await page.goto(`${server.origin}${path}`);
        await whenDefined(page);
        if (c.setup) await c.setup(page, ctx);
        await c.check(page, ctx);

        // The rest of the page is unharmed.
        assert.ok(await page.locator('#sentinel').isVisible(), 'the sentinel paragraph is visible');
        assert.equal(await page.locator('#sentinel').textContent(), 'Sentinel: the host page’s own paragraph.');
        if (c.control !== false) await rendered(page, '#control', '[part="contact"]');
        // No exception, no CSP violation.
        assert.deepEqual(ctx.errors, [], 'no uncaught exception');
        assert.deepEqual(await page.evaluate(() => window.__csp), [], 'no CSP violation');
        // No request beyond the page, the bundle and `src`.
        const named = new Set(
          await page.evaluate(() => [...document.querySelectorAll('[src]')].map((e) => new URL(e.getAttribute('src'), location.href).href))
        );
        const namedOrigins = new Set([...named].map((u) => new URL(u).origin));
        for (const url of ctx.requests) {
          const u = new URL(url);
          if (u.origin !== server.origin) {
            assert.ok(namedOrigins.has(u.origin) && named.has(url), `request to an origin no src names: ${url}`);
            continue;
          }
          // The page, the folder's scripts and its data file (in any served copy of the folder), `src`.
          const allowed =
            u.pathname === path || /^\/cdn(-[a-z]+)?\/(gr-[\w-]+\.js|data\/dataset\.json)$/.test(u.pathname) || u.pathname.startsWith('/fixtures/') || named.has(url);
          assert.ok(allowed, `unexpected request: ${url}`);
        }
        outcomes.push({ id: c.id, what: c.what, ok: true });
      } catch (e) {
        outcomes.push({ id: c.id, what: c.what, ok: false, error: e instanceof Error ? e.message : String(e) });
        throw e;
      } finally {
        await context.close();
      }
    });
  }
});
