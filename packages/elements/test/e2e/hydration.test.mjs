// Pre-rendered fragments with the script on the page: each element hydrates in place — the DOM and the
// layout stay as the server rendered them, nothing is rendered afresh — and then works as usual (events,
// keyboard). A virtual screen reader reads each element the same before and after hydration.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { dataset } from '@goteborgsregionen/data';
import { fragments, startServer, launch, watchedPage, buildTestBundles } from './support.mjs';

/** The CDN loader (what a municipality's page loads), and the npm route: hydrate-support, then the elements. */
const SCRIPT = '/gr/gr-elements.js';
const ROUTES = { 'CDN loader': SCRIPT, 'npm modules': '/test-support/hydrating.js' };

// The published fragments (made from the default data) are picked by what they show, never by id or name.
/** A body with two or more contact persons. */
const withContacts = dataset.committees.find((c) => c.contacts.length >= 2);
/** A body with meetings, and another body (for a fragment edited to show it instead). */
const withMeetings = dataset.committees.find((c) => c.meetings.length >= 2);
const otherBody = dataset.committees.find((c) => c.id !== withMeetings.id && c.name !== withMeetings.name);
/** The municipality that takes part in the most networks. */
const networksOf = (m) => dataset.networks.filter((n) => n.municipalities.includes(m.id));
const municipality = [...dataset.municipalities].sort((a, b) => networksOf(b).length - networksOf(a).length)[0];
/** A word of one of its networks' names, to search for. */
const word = networksOf(municipality)[0].name.split(/[^\p{L}\p{N}]+/u).sort((a, b) => b.length - a.length)[0].toLowerCase();

const FRAGMENTS = [
  `contact-list/committee/${withContacts.id}.sv.html`,
  `committee-card/${withMeetings.id}.en.html`,
  `meeting-calendar/${withMeetings.id}.sv.html`,
  `network-finder/${municipality.id}.sv.html`,
];

let server;
let browser;
before(async () => {
  await buildTestBundles();
  server = await startServer();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const HOST = 'main > :is(gr-committee-card, gr-contact-list, gr-meeting-calendar, gr-network-finder)';

/** The element's shadow DOM as markup (Lit's comment markers left out) and where things are on the page. */
async function snapshot(page) {
  return page.evaluate((sel) => {
    const host = document.querySelector(sel);
    const strip = (n) => {
      for (const c of [...n.childNodes]) {
        if (c.nodeType === 8) c.remove();
        else strip(c);
      }
    };
    const frag = document.createElement('div');
    frag.append(...[...host.shadowRoot.childNodes].map((c) => c.cloneNode(true)));
    strip(frag);
    const rect = (el) => {
      const r = el.getBoundingClientRect();
      return [Math.round(r.top), Math.round(r.height), Math.round(r.width)];
    };
    return {
      html: frag.innerHTML.replace(/\s+/g, ' '),
      host: rect(host),
      after: rect(document.querySelector('#after')),
      boxes: [...host.shadowRoot.querySelectorAll('h2, h3, li, p, a, button, input, table')].map(rect),
    };
  }, HOST);
}

async function hydrated(page) {
  await page.waitForFunction((sel) => {
    const el = document.querySelector(sel);
    return customElements.get(el.localName) && el.hasUpdated;
  }, HOST);
  await page.evaluate((sel) => document.querySelector(sel).updateComplete, HOST);
}

for (const [route, script] of Object.entries(ROUTES)) for (const path of FRAGMENTS) {
  test(`${path} (${route}): hydrates in place — same DOM, same layout, no fresh render, no errors`, async () => {
    // Before hydration: the same page without the script (what shows until the script has run).
    const plain = await browser.newContext({ viewport: { width: 1000, height: 800 } });
    const staticPage = await plain.newPage();
    await staticPage.goto(`${server.origin}/page/${path}`);
    const before = await snapshot(staticPage);
    await plain.close();

    const context = await browser.newContext({ viewport: { width: 1000, height: 800 } });
    const { page, log } = await watchedPage(context);
    const warnings = [];
    page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
    await page.goto(`${server.origin}/page/${path}?script=${encodeURIComponent(script)}`);
    await hydrated(page);
    const afterHydration = await snapshot(page);
    assert.deepEqual(log.errors, []);
    assert.deepEqual(log.csp, []);
    assert.deepEqual(warnings.filter((w) => /pre-rendered|Hydration/i.test(w)), [], 'hydrated, not rendered afresh');
    assert.equal(await page.evaluate((sel) => !!document.querySelector(sel).shadowRoot.querySelector('link[rel="stylesheet"]'), HOST), true, 'the server-rendered shadow root was kept');
    assert.equal(afterHydration.html, before.html, 'the DOM is what the server rendered');
    assert.deepEqual(afterHydration.host, before.host, 'no layout shift of the element');
    assert.deepEqual(afterHydration.after, before.after, 'no layout shift of the page after it');
    assert.deepEqual(afterHydration.boxes, before.boxes, 'every box where it was');
    await context.close();
  });
}

test('a hydrated finder searches, filters and announces as usual, by keyboard', async () => {
  const context = await browser.newContext();
  const { page, log } = await watchedPage(context);
  await page.goto(`${server.origin}/page/network-finder/${municipality.id}.sv.html?script=${encodeURIComponent(SCRIPT)}`);
  await hydrated(page);
  await page.evaluate(() => {
    window.__searches = [];
    document.addEventListener('gr-search', (e) => window.__searches.push(e.detail));
  });
  const finder = page.locator('gr-network-finder');
  const count = () => finder.locator('[part="count"]').textContent();
  const search = finder.getByRole('searchbox', { name: 'Sök nätverk' });
  await search.focus();
  await page.keyboard.type(word);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => window.__searches.length > 0);
  const detail = await page.evaluate(() => window.__searches.at(-1));
  assert.equal(detail.query, word);
  assert.deepEqual(detail.municipalities, [municipality.id]);
  assert.ok(detail.count >= 1, `"${word}" finds the network it was taken from`);
  assert.equal(await count(), `${detail.count} nätverk`);
  assert.ok((await finder.locator('[part="result-name"]').allTextContents()).map((t) => t.trim()).includes(networksOf(municipality)[0].name));
  // Untick the preset municipality with the keyboard: the list widens.
  const escaped = municipality.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const box = finder.getByRole('checkbox', { name: new RegExp(`^${escaped}(?!\\p{L})`, 'u') });
  assert.equal(await box.isChecked(), true);
  await box.focus();
  await page.keyboard.press('Space');
  await page.waitForFunction(() => window.__searches.length > 1);
  assert.equal(await box.isChecked(), false);
  assert.deepEqual((await page.evaluate(() => window.__searches.at(-1))).municipalities, []);
  assert.ok((await page.evaluate(() => window.__searches.at(-1))).count >= detail.count);
  assert.match(await finder.locator('[role="status"][aria-live="polite"]').textContent(), /nätverk/);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('a hydrated calendar switches to the month grid and moves through days with the arrow keys', async () => {
  const context = await browser.newContext();
  const { page, log } = await watchedPage(context);
  await page.goto(`${server.origin}/page/meeting-calendar/${withMeetings.id}.sv.html?script=${encodeURIComponent(SCRIPT)}`);
  await hydrated(page);
  const cal = page.locator('gr-meeting-calendar');
  await cal.getByRole('button', { name: 'Månad' }).click();
  const grid = cal.getByRole('grid');
  await grid.waitFor();
  const cell = cal.locator('td[tabindex="0"]');
  const day = await cell.getAttribute('data-day');
  await cell.focus();
  await page.keyboard.press('ArrowRight');
  const next = await page.evaluate(() => document.querySelector('gr-meeting-calendar').shadowRoot.activeElement?.getAttribute('data-day'));
  const expected = new Date(`${day}T12:00:00Z`);
  expected.setUTCDate(expected.getUTCDate() + 1);
  assert.equal(next, expected.toISOString().slice(0, 10));
  await cal.getByRole('button', { name: 'Lista' }).click();
  await cal.getByRole('heading', { name: 'Kommande möten' }).waitFor();
  assert.deepEqual(log.errors, []);
  await context.close();
});

/**
 * What the virtual screen reader says reading the element from its first item to its last. The virtual
 * screen reader (0.33) does not enter shadow roots, so it reads the element's flattened tree: the shadow
 * root's content in a light-DOM copy (its stylesheet link included, form controls' live state written
 * back into their attributes).
 */
async function spoken(page) {
  return page.evaluate(async (sel) => {
    const { virtual } = await import('/test-support/vsr.js');
    const host = document.querySelector(sel);
    const flat = document.createElement('div');
    flat.lang = host.closest('[lang]')?.lang ?? '';
    for (const c of host.shadowRoot.childNodes) flat.append(c.cloneNode(true));
    const live = host.shadowRoot.querySelectorAll('input');
    flat.querySelectorAll('input').forEach((input, i) => {
      input.toggleAttribute('checked', live[i].checked);
      input.setAttribute('value', live[i].value);
    });
    host.after(flat);
    await virtual.start({ container: flat });
    let log = [];
    for (let i = 0; i < 2000; i++) {
      await virtual.next();
      log = await virtual.spokenPhraseLog();
      if (log.length > 1 && log.at(-1) === log[0]) break;
    }
    await virtual.stop();
    flat.remove();
    return log;
  }, HOST);
}

for (const path of FRAGMENTS) {
  test(`${path}: a screen reader reads the same before and after hydration`, async () => {
    const context = await browser.newContext();
    const { page } = await watchedPage(context);
    await page.goto(`${server.origin}/page/${path}`);
    const before = await spoken(page);
    await page.goto(`${server.origin}/page/${path}?script=${encodeURIComponent(SCRIPT)}`);
    await hydrated(page);
    const after = await spoken(page);
    assert.ok(before.length > 5, `reads the content (${before.length} phrases)`);
    assert.deepEqual(after, before);
    await context.close();
  });
}

test('a slow stylesheet never shows the fragment unstyled: no layout shift while it loads, none when it hydrates', async () => {
  const context = await browser.newContext({ viewport: { width: 800, height: 600 } });
  const page = await context.newPage();
  // The element's stylesheet is held back until the page's script has arrived: it comes last.
  let release;
  const held = new Promise((r) => (release = r));
  await page.route('**/styles/*.css', async (route) => {
    await held;
    await route.continue();
  });
  const scriptArrived = page.waitForResponse((r) => new URL(r.url()).pathname === SCRIPT);
  const loaded = page.goto(`${server.origin}/page/contact-list/committee/${withContacts.id}.sv.html?script=${encodeURIComponent(SCRIPT)}`);
  await scriptArrived;
  release();
  await loaded;
  await hydrated(page);
  const shifts = await page.evaluate(
    () =>
      new Promise((resolve) => {
        const values = [];
        new PerformanceObserver((list) => list.getEntries().forEach((e) => values.push(e.value))).observe({ type: 'layout-shift', buffered: true });
        requestAnimationFrame(() => requestAnimationFrame(() => resolve(values)));
      }),
  );
  assert.deepEqual(shifts, []);
  await context.close();
});

test('a fragment that does not match what the element renders (edited, or other data) is rendered afresh, not broken', async () => {
  const context = await browser.newContext();
  const { page, log } = await watchedPage(context);
  const warnings = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  // A committee card's fragment whose tag an editor pointed at another committee.
  await page.route('**/page/committee-card/*', async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replaceAll(`committee="${withMeetings.id}"`, `committee="${otherBody.id}"`);
    await route.fulfill({ response, body });
  });
  await page.goto(`${server.origin}/page/committee-card/${withMeetings.id}.sv.html?script=${encodeURIComponent(SCRIPT)}`);
  await hydrated(page);
  const card = page.locator('gr-committee-card');
  await card.getByRole('heading', { level: 2, name: otherBody.name, exact: true }).waitFor();
  assert.equal(await card.getByRole('heading', { name: withMeetings.name, exact: true }).count(), 0);
  assert.deepEqual(log.errors, []);
  assert.equal(warnings.filter((w) => /pre-rendered HTML does not match/.test(w)).length, 1);
  await context.close();
});

test('the server renders what the browser renders: every committee\'s card and calendar and one of every other kind, sv and en, hydrate without a mismatch', async () => {
  // On hydration each element compares the server's HTML with its own render (text, attributes) and
  // warns when they differ; none may.
  const all = fragments();
  const seen = new Set();
  const list = all.filter((p) => {
    if (p.startsWith('committee-card/') || p.startsWith('meeting-calendar/')) return true;
    const key = `${p.split('/').slice(0, -1).join('/')} ${p.slice(-7)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  assert.ok(list.length >= 30, `${list.length} fragments`);
  const context = await browser.newContext();
  const { page, log } = await watchedPage(context);
  const warnings = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  for (const path of list) {
    warnings.length = 0;
    log.errors.length = 0;
    await page.goto(`${server.origin}/page/${path}?script=${encodeURIComponent(SCRIPT)}`);
    await hydrated(page);
    assert.deepEqual(warnings.filter((w) => /does not match/.test(w)), [], path);
    assert.deepEqual(log.errors, [], path);
  }
  await context.close();
});

test('an embed page with JavaScript on hydrates its element in place, under the strict CSP', async () => {
  const context = await browser.newContext();
  const { page, log } = await watchedPage(context);
  const warnings = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  await page.goto(`${server.origin}/embed/network-finder/${municipality.id}.en.html`);
  await page.waitForFunction(() => {
    const el = document.querySelector('main > gr-network-finder');
    return customElements.get('gr-network-finder') && el.hasUpdated;
  });
  await page.evaluate(() => document.querySelector('main > gr-network-finder').updateComplete);
  assert.deepEqual(warnings.filter((w) => /does not match/.test(w)), []);
  assert.deepEqual(log.csp, []);
  assert.deepEqual(log.errors, []);
  assert.equal(await page.evaluate(() => !!document.querySelector('gr-network-finder').shadowRoot.querySelector('link[rel="stylesheet"]')), true);
  const finder = page.locator('gr-network-finder');
  await finder.getByRole('searchbox').fill('zzzqqq');
  await finder.getByRole('button', { name: 'Search', exact: true }).click();
  await finder.locator('[part="empty"]').waitFor();
  await context.close();
});
