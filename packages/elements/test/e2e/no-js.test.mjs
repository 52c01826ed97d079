// Pre-rendered fragments and embed pages with JavaScript disabled, under a strict Content-Security-Policy
// (style-src 'self': no inline styles), inside a hostile theme: everything shows, styled, nothing is blocked.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { dataset } from '@goteborgsregionen/data';
import { fragments, startServer, launch, watchedPage, axe } from './support.mjs';

let server;
let browser;
before(async () => {
  server = await startServer();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** What the visitor gets from the element on the page: is its shadow root there, styled, and what does it show? */
function inspect() {
  const host = document.querySelector('main > :is(gr-committee-card, gr-contact-list, gr-meeting-calendar, gr-network-finder)');
  const root = host?.shadowRoot;
  if (!root) return { shadowRoot: false };
  const visible = (el) => el.checkVisibility();
  const link = root.querySelector('link[rel="stylesheet"]');
  const firstHeading = root.querySelector('h2, h3');
  return {
    shadowRoot: true,
    defined: !!customElements.get(host.localName),
    stylesheet: link?.sheet ? link.getAttribute('href') : null,
    inlineStyles: root.querySelectorAll('style').length,
    hostDisplay: getComputedStyle(host).display,
    headingTransform: firstHeading ? getComputedStyle(firstHeading).textTransform : 'none',
    headingSize: firstHeading ? parseFloat(getComputedStyle(firstHeading).fontSize) : 0,
    text: root.textContent.replace(/\s+/g, ' ').trim(),
    visibleJsOnly: [...root.querySelectorAll('.js-only')].filter(visible).length,
    visibleNoJs: [...root.querySelectorAll('.no-js')].filter(visible).map((e) => e.textContent.replace(/\s+/g, ' ').trim()),
    height: host.getBoundingClientRect().height,
  };
}

const all = () => fragments();

test('every fragment shows its content without JavaScript under style-src \'self\', styled from its stylesheet file', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const list = all();
  assert.ok(list.length >= 100, `expected the full set of fragments, found ${list.length}`);
  const { page, log } = await watchedPage(context);
  for (const path of list) {
    for (const key of Object.keys(log)) log[key].length = 0;
    await page.goto(`${server.origin}/page/${path}`, { waitUntil: 'load' });
    const r = await page.evaluate(inspect);
    assert.equal(r.shadowRoot, true, `${path}: the declarative shadow root is attached`);
    assert.equal(r.defined, false, `${path}: no script ran`);
    assert.equal(r.inlineStyles, 0, `${path}: no inline <style>`);
    assert.match(r.stylesheet ?? '', /^\/gr\/styles\/gr-[a-z-]+\.css$/, `${path}: the stylesheet loaded`);
    assert.equal(r.hostDisplay, 'block', `${path}: the element's own styles apply`);
    assert.equal(r.headingTransform, 'none', `${path}: the theme's text-transform does not reach the headings`);
    assert.ok(r.headingSize < 40, `${path}: the theme's heading size does not reach the headings`);
    assert.ok(r.text.length > 20, `${path}: shows content`);
    assert.equal(r.visibleJsOnly, 0, `${path}: controls that need the script are hidden`);
    assert.ok(r.height > 50, `${path}: has height`);
    assert.deepEqual(log.csp, [], `${path}: nothing blocked by the CSP`);
    assert.deepEqual(log.failed, [], `${path}: no failed requests`);
    assert.equal(log.requests.filter((u) => u.endsWith('.js')).length, 0, `${path}: 0 bytes of JavaScript requested`);
  }
  await context.close();
});

test('without JavaScript the finder is its municipality\'s list with a plain link on to GR\'s own search', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const { page } = await watchedPage(context);
  // Any municipality of the default data: its pre-rendered list names it.
  const municipality = dataset.municipalities[0];
  await page.goto(`${server.origin}/page/network-finder/${municipality.id}.sv.html`);
  const r = await page.evaluate(inspect);
  assert.deepEqual(r.visibleNoJs.filter((t) => t.startsWith('Sök')), ['Sök bland alla GR:s nätverk på goteborgsregionen.se']);
  assert.ok(r.text.includes(`Kommun: ${municipality.name}.`), r.text.slice(0, 200));
  const link = page.locator('gr-network-finder').getByRole('link', { name: 'Sök bland alla GR:s nätverk på goteborgsregionen.se' });
  assert.match(await link.getAttribute('href'), /^https:\/\/goteborgsregionen\.se\//);
  assert.equal(await page.locator('gr-network-finder').getByRole('searchbox').isVisible(), false);
  await context.close();
});

test('without JavaScript the calendar is its list view', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const { page } = await watchedPage(context);
  const path = all().find((p) => p.startsWith('meeting-calendar/') && p.endsWith('.sv.html'));
  await page.goto(`${server.origin}/page/${path}`);
  const cal = page.locator('gr-meeting-calendar');
  assert.equal(await cal.getByRole('heading', { name: 'Kommande möten' }).isVisible(), true);
  assert.equal(await cal.getByRole('grid').count(), 0);
  assert.equal(await cal.getByRole('button').filter({ visible: true }).count(), 0, 'no dead buttons');
  assert.ok((await cal.getByRole('link', { name: /Lägg till i kalendern/ }).count()) > 0);
  await context.close();
});

/** One fragment per kind (committee card, contact list per committee, per network, …) and language. */
function sample() {
  const seen = new Set();
  return all().filter((p) => {
    const key = `${p.split('/').slice(0, -1).join('/')} ${p.slice(-7)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

test('embed pages work without JavaScript: title, lang, a main landmark, styled content', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const { page, log } = await watchedPage(context);
  const list = sample();
  assert.ok(list.length >= 10);
  for (const path of list) {
    for (const key of Object.keys(log)) log[key].length = 0;
    await page.goto(`${server.origin}/embed/${path}`);
    const lang = path.endsWith('.en.html') ? 'en' : 'sv';
    assert.equal(await page.getAttribute('html', 'lang'), lang, path);
    assert.ok((await page.title()).length > 5, `${path}: a title`);
    assert.equal(await page.getByRole('main').count(), 1, `${path}: one main landmark`);
    const r = await page.evaluate(inspect);
    assert.equal(r.shadowRoot, true, path);
    assert.equal(r.hostDisplay, 'block', path);
    assert.ok(r.text.length > 20, path);
    assert.deepEqual(log.csp, [], `${path}: nothing blocked by the CSP`);
    assert.deepEqual(log.failed, [], `${path}: no failed requests`);
  }
  await context.close();
});

test('axe finds no WCAG 2.1 A/AA violations in fragments and embed pages as they show without JavaScript', async () => {
  // axe needs to run script; the page itself loads none, and the stylesheets are served with their
  // "(scripting: none)" rules always on, so axe sees exactly what a visitor without JavaScript sees.
  const context = await browser.newContext();
  for (const path of sample()) {
    for (const url of [`/page/${path}`, `/embed/${path}`]) {
      const page = await context.newPage();
      await page.route('**/*.css', async (route) => {
        const u = new URL(route.request().url());
        u.searchParams.set('nojs', '1');
        await route.continue({ url: u.href });
      });
      await page.goto(`${server.origin}${url}`);
      assert.equal((await page.evaluate(inspect)).visibleJsOnly, 0, `${url}: shown as without JavaScript`);
      assert.deepEqual(await axe(page), [], `${url}: axe violations`);
      await page.close();
    }
  }
  await context.close();
});
