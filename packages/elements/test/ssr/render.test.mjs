// Server rendering of every element in every state, in Node under Lit's own DOM shim (no global DOM shim:
// `document` stays undefined). Runs against the built package (dist/), as a server would import it, on the
// fictional fixture dataset (@goteborgsregionen/data/testing) given as the render's `data`.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { createFixtureDataset, fixtureClocks, fixtureIds } from '@goteborgsregionen/data/testing';
import { renderElement, elementCss } from '@goteborgsregionen/elements/ssr';
import { parseHost, find, one, attr, hasAttr, text } from './dom.mjs';

const data = createFixtureDataset();
const render = async (tag, attrs, options = {}) => parseHost(await renderElement(tag, attrs, { data, ...options }));
const sheet = (tag) => `/gr/styles/${tag}.css`;
const C = fixtureIds.committees;

test('no global DOM shim: a server render leaves document and window undefined', async () => {
  await renderElement('gr-contact-list', { people: fixtureIds.people.regionStaff }, { data });
  assert.equal(typeof globalThis.document, 'undefined');
  assert.equal(typeof globalThis.window, 'undefined');
});

describe('common to all elements', () => {
  for (const tag of ['gr-contact-list', 'gr-committee-card', 'gr-meeting-calendar', 'gr-network-finder']) {
    test(`${tag}: lang and files-base on the host, styles as a stylesheet link or inline`, async () => {
      const linked = await render(tag, {}, { lang: 'en', filesBase: '/gr/', stylesheet: sheet });
      assert.equal(attr(linked.host, 'lang'), 'en');
      assert.equal(attr(linked.host, 'files-base'), '/gr/');
      assert.equal(attr(one(linked.shadow, 'link'), 'href'), `/gr/styles/${tag}.css`);
      assert.equal(find(linked.shadow, 'style').length, 0, 'no inline <style> (blocked by style-src \'self\')');
      const inline = await render(tag, {});
      assert.equal(attr(inline.host, 'lang'), 'sv');
      assert.equal(find(inline.shadow, 'link').length, 0);
      const css = one(inline.shadow, 'style').childNodes[0].value;
      assert.match(css, /:host\{/);
      assert.ok(elementCss(tag) === css, 'the stylesheet file holds exactly what the inline style would');
    });

    test(`${tag}: a src that is not http(s) is a visible error; an http(s) src renders the loading notice`, async () => {
      const bad = await render(tag, { src: 'javascript:alert(1)' });
      const error = find(bad.shadow, 'div', { part: 'error' })[0];
      assert.ok(error, 'an error notice');
      assert.equal(attr(error, 'role'), 'status');
      assert.match(text(error), /javascript:alert\(1\)/);
      const loading = await render(tag, { src: '/data/dataset.json' });
      assert.match(text(one(loading.shadow, 'p', { part: 'loading' })), /Hämtar uppgifter/);
    });

    test(`${tag}: rendered-at records the render's clock`, async () => {
      const { host } = await render(tag, {}, { now: new Date('2024-03-01T11:00:00Z') });
      assert.equal(attr(host, 'rendered-at'), '2024-03-01T11:00:00.000Z');
    });
  }
});

describe('<gr-contact-list>', () => {
  test('a committee\'s contacts: names, phones as Swedes write them linked as tel:, e-mail only when sourced, vCard links under files-base', async () => {
    const { shadow } = await render('gr-contact-list', { committee: C.current }, { filesBase: '/gr/' });
    assert.equal(text(one(shadow, 'h2')), 'Kontaktpersoner');
    assert.deepEqual(find(shadow, 'h3', { part: 'contact-name' }).map(text), ['Testa Exempelsson', 'Anna-Karin Berg Lindqvist']);
    const phones = find(shadow, 'a', { part: 'contact-phone' });
    assert.deepEqual(phones.map(text), ['070-174 06 05', '031-390 06 00']);
    assert.deepEqual(phones.map((a) => attr(a, 'href')), ['tel:+46701740605', 'tel:+46313900600']);
    assert.equal(attr(phones[0], 'aria-label'), 'Ring Testa Exempelsson, 070-174 06 05');
    const mail = one(shadow, 'a', { part: 'contact-email' });
    assert.equal(attr(mail, 'href'), 'mailto:anna-karin.berg.lindqvist@example.org');
    assert.equal(attr(mail, 'aria-label'), 'Mejla Anna-Karin Berg Lindqvist, anna-karin.berg.lindqvist@example.org');
    assert.deepEqual(find(shadow, 'a', { part: 'contact-vcard' }).map((a) => attr(a, 'href')), [
      '/gr/vcf/testa-exempelsson.vcf',
      '/gr/vcf/anna-karin-berg-lindqvist.vcf',
    ]);
  });

  test('a network\'s contacts, in English', async () => {
    const { shadow } = await render('gr-contact-list', { network: fixtureIds.networks.sourceListed }, { lang: 'en' });
    assert.equal(text(one(shadow, 'h2')), 'Contacts');
    assert.deepEqual(find(shadow, 'h3').map(text), ['Anna-Karin Berg Lindqvist']);
    assert.equal(attr(one(shadow, 'a', { part: 'contact-phone' }), 'aria-label'), 'Call Anna-Karin Berg Lindqvist, 031-390 06 00');
  });

  test('unknown people ids: a visible error naming them, the known people still listed', async () => {
    const { shadow } = await render('gr-contact-list', { people: 'testa-exempelsson nobody-here' });
    assert.match(text(one(shadow, 'div', { part: 'error' })), /Det finns inga personer med id ”nobody-here”\./);
    assert.deepEqual(find(shadow, 'h3').map(text), ['Testa Exempelsson']);
  });

  test('no committee, network or people: a visible error that says which attribute to set', async () => {
    const { shadow } = await render('gr-contact-list', {});
    assert.match(text(one(shadow, 'div', { part: 'error' })), /committee, network eller people/);
  });

  test('an unknown committee: a visible error naming the id', async () => {
    const { shadow } = await render('gr-contact-list', { committee: 'atlantis' });
    assert.match(text(one(shadow, 'div', { part: 'error' })), /Det finns ingen politisk grupp med id ”atlantis”\./);
  });

  test('heading="" leaves the heading out; heading-level moves names down', async () => {
    const { shadow } = await render('gr-contact-list', { committee: C.current, heading: '', 'heading-level': '3' });
    assert.equal(find(shadow, 'h2').length, 0);
    assert.deepEqual(find(shadow, 'h3').map(text), ['Testa Exempelsson', 'Anna-Karin Berg Lindqvist']);
  });

  test('data as text: markup in a name is shown, never parsed', async () => {
    const changed = createFixtureDataset();
    changed.people.find((p) => p.id === 'testa-exempelsson').name = '<img src=x onerror=alert(1)>Testa';
    const { shadow } = await render('gr-contact-list', { people: 'testa-exempelsson' }, { data: changed, filesBase: '/gr/data/' });
    assert.equal(text(one(shadow, 'h3')), '<img src=x onerror=alert(1)>Testa');
    assert.equal(find(shadow, 'img').length, 0);
    assert.equal(attr(one(shadow, 'a', { part: 'contact-vcard' }), 'href'), '/gr/data/vcf/testa-exempelsson.vcf');
  });
});

describe('<gr-committee-card>', () => {
  const now = fixtureClocks.dec2026;

  test('a body: name, presidium with party names, next and previous meeting in Stockholm time, subscription', async () => {
    const { shadow } = await render('gr-committee-card', { committee: C.current, now }, { filesBase: '/gr/' });
    assert.equal(text(one(shadow, 'h2')), 'Exempelstyrelsen');
    const presidium = text(one(shadow, '*', { part: 'presidium' }));
    for (const s of ['Ordförande Per Prov', 'Alfapartiet (fiktivt)', 'Vice ordförande Eva Exempel', 'Betapartiet (fiktivt)']) assert.ok(presidium.includes(s), s);
    const meetings = one(shadow, 'dl', { part: 'meetings' });
    assert.equal(text(meetings), 'Nästa möte fredag 11 december 2026, kl. 9.00–12.00 Föregående möte 19–20 november 2026, tid ej publicerad Styrelsekonferens');
    assert.deepEqual(find(meetings, 'time').map((t) => attr(t, 'datetime')), ['2026-12-11T09:00:00+01:00', '2026-11-19']);
    assert.equal(attr(one(shadow, 'a', { part: 'subscribe' }), 'href'), '/gr/ics/exempelstyrelsen.ics');
  });

  test('committee-href: only http(s) links, checked against the page URL; relative ones written as given', async () => {
    const lifecycle = (shadow) => one(shadow, 'div', { part: 'lifecycle' });
    const card = (href, options) => render('gr-committee-card', { committee: C.dissolved, now, 'committee-href': href }, options);
    const rel = await card('/politik/{id}.html');
    assert.equal(text(lifecycle(rel.shadow)), 'Gruppen ersätts av Beredningsgruppen för prov från 1 januari 2027.');
    assert.equal(attr(one(lifecycle(rel.shadow), 'a'), 'href'), '/politik/beredningsgruppen-for-prov.html');
    const checked = await card('politik/{id}.html', { pageUrl: 'https://kommun.example.org/kommun/' });
    assert.equal(attr(one(lifecycle(checked.shadow), 'a'), 'href'), 'politik/beredningsgruppen-for-prov.html', 'as written: the browser resolves it against the same page');
    const abs = await card('https://kommun.example.org/politik/{id}.html');
    assert.equal(attr(one(lifecycle(abs.shadow), 'a'), 'href'), 'https://kommun.example.org/politik/beredningsgruppen-for-prov.html');
    const local = await card('politik/{id}.html', { pageUrl: 'file:///srv/page.html' });
    assert.equal(find(lifecycle(local.shadow), 'a').length, 0, 'not http(s) on that page: no link');
    const js = await card('javascript:alert("{id}")');
    assert.equal(find(lifecycle(js.shadow), 'a').length, 0);
    assert.ok(text(lifecycle(js.shadow)).includes('Beredningsgruppen för prov'));
  });

  test('English', async () => {
    const { shadow } = await render('gr-committee-card', { committee: C.current, now }, { lang: 'en' });
    assert.equal(text(one(shadow, 'dl', { part: 'meetings' })), 'Next meeting Friday 11 December 2026, 9:00–12:00 Previous meeting 19–20 November 2026, time not published Board conference');
  });

  test('missing and unknown committee: visible errors', async () => {
    assert.match(text(one((await render('gr-committee-card', {})).shadow, 'div', { part: 'error' })), /committee/);
    assert.match(text(one((await render('gr-committee-card', { committee: 'atlantis' })).shadow, 'div', { part: 'error' })), /”atlantis”/);
  });
});

describe('<gr-meeting-calendar>', () => {
  const now = fixtureClocks.dec2026;

  test('list view: upcoming and past meetings, .ics links, the view switch marked as needing the script', async () => {
    const { shadow } = await render('gr-meeting-calendar', { committee: C.current, now }, { filesBase: '/gr/' });
    assert.match(text(one(shadow, 'section', { part: 'upcoming' })), /^Kommande möten december 2026 fredag 11 december 2026, kl\. 9\.00–12\.00 /);
    assert.match(text(one(shadow, 'section', { part: 'past' })), /söndag 25 oktober 2026, kl\. 10\.00–15\.00/);
    const links = find(shadow, 'a', { part: 'ics-link' }).map((a) => attr(a, 'href'));
    assert.equal(links.length, 10, 'one per meeting of Exempelstyrelsen');
    assert.equal(links[0], '/gr/ics/exempelstyrelsen/2026-12-11.ics');
    for (const href of links) assert.match(href, /^\/gr\/ics\/exempelstyrelsen\/\d{4}-\d{2}-\d{2}\.ics$/);
    const views = one(shadow, 'div', { part: 'view-switch' });
    assert.match(attr(views, 'class'), /\bjs-only\b/);
    assert.deepEqual(find(views, 'button').map((b) => attr(b, 'aria-pressed')), ['true', 'false']);
  });

  test('month view: a grid with its caption, one day in the tab order', async () => {
    const { shadow } = await render('gr-meeting-calendar', { committee: C.current, now, view: 'month', month: '2026-12' }, { lang: 'en' });
    const grid = one(shadow, 'table', { role: 'grid' });
    assert.equal(text(one(grid, 'caption')), 'December 2026');
    assert.deepEqual(find(grid, 'td', { tabindex: '0' }).map((td) => attr(td, 'data-day')), ['2026-12-11']);
  });

  test('unknown and missing owners: visible errors', async () => {
    assert.match(text((await render('gr-meeting-calendar', { committee: 'atlantis' })).shadow), /”atlantis”/);
    assert.ok(one((await render('gr-meeting-calendar', {})).shadow, 'div', { part: 'error' }));
  });
});

describe('<gr-network-finder>', () => {
  const municipality = fixtureIds.municipalities.twoWords;

  test('a preset municipality: only its checkbox is ticked; the others carry no checked attribute at all', async () => {
    const { shadow } = await render('gr-network-finder', { municipality });
    const boxes = find(shadow, 'input', { type: 'checkbox' });
    assert.equal(boxes.length, 9, '6 municipalities and 3 areas');
    const ticked = boxes.filter((b) => hasAttr(b, 'checked'));
    assert.deepEqual(ticked.map((b) => attr(b, 'value')), ['lilla-prov']);
    for (const b of boxes) assert.notEqual(attr(b, 'checked'), 'false');
    assert.equal(text(one(shadow, 'p', { part: 'count' })), '5 nätverk');
    assert.deepEqual(find(shadow, '*', { part: 'result-name' }).map(text), [
      'Exempelchefsnätverket',
      'Nätverket för exempelplanering',
      'Nätverket för testplanering',
      'Provnätverket',
      'Undernätverket för prov',
    ]);
  });

  test('without JavaScript: the form is marked as needing the script, and a plain link goes on to GR\'s own search', async () => {
    const { shadow } = await render('gr-network-finder', { municipality });
    assert.match(attr(one(shadow, 'form', { part: 'search' }), 'class'), /\bjs-only\b/);
    const link = one(one(shadow, 'p', { part: 'search-elsewhere' }), 'a');
    assert.match(attr(link, 'href'), /^https:\/\/goteborgsregionen\.se\//);
    assert.match(text(link), /Sök bland alla GR:s nätverk/);
  });

  test('a preset query fills the search field', async () => {
    const { shadow } = await render('gr-network-finder', { query: 'prov' });
    assert.equal(attr(one(shadow, 'input', { type: 'search' }), 'value'), 'prov');
  });

  test('without-filters: no checkboxes, the presets as text', async () => {
    const { shadow } = await render('gr-network-finder', { municipality, 'without-filters': true });
    assert.equal(find(shadow, 'input', { type: 'checkbox' }).length, 0);
    assert.equal(text(one(shadow, 'p', { part: 'active-filters' })), 'Kommun: Lilla Prov.');
  });

  test('an unknown municipality: a visible notice naming it; no results: the empty state', async () => {
    const unknown = await render('gr-network-finder', { municipality: 'atlantis' });
    assert.match(text(one(unknown.shadow, 'div', { part: 'notice' })), /atlantis/);
    const empty = await render('gr-network-finder', { query: 'qqqxxyyzz' }, { lang: 'en' });
    assert.match(text(one(empty.shadow, 'div', { part: 'empty' })), /No networks/i);
  });
});
