// Server rendering of every element in every state, in Node under Lit's own DOM shim (no global DOM shim:
// `document` stays undefined). Runs against the built package (dist/), as a server would import it.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { dataset, formatPhone } from '@goteborgsregionen/data';
import { renderElement, elementCss } from '@goteborgsregionen/elements/ssr';
import { parseHost, find, one, attr, hasAttr, text } from './dom.mjs';

const render = async (tag, attrs, options) => parseHost(await renderElement(tag, attrs, options));
const sheet = (tag) => `/gr/styles/${tag}.css`;
const person = (id) => dataset.people.find((p) => p.id === id);
const committee = (id) => dataset.committees.find((c) => c.id === id);
const withContacts = dataset.committees.find((c) => c.contacts.length >= 2);
const networkWithContacts = dataset.networks.find((n) => (n.contacts ?? []).length > 0);

test('no global DOM shim: a server render leaves document and window undefined', async () => {
  await renderElement('gr-contact-list', { people: dataset.people[0].id });
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
  test('a committee\'s contacts: names, phones as Swedes write them linked as tel:, vCard links under files-base', async () => {
    const { shadow } = await render('gr-contact-list', { committee: withContacts.id }, { filesBase: '/gr/' });
    assert.equal(text(one(shadow, 'h2')), 'Kontaktpersoner');
    const names = find(shadow, 'h3', { part: 'contact-name' }).map(text);
    assert.deepEqual(names, withContacts.contacts.map((id) => person(id).name));
    const first = person(withContacts.contacts[0]);
    const phone = find(shadow, 'a', { part: 'contact-phone' })[0];
    assert.equal(text(phone), formatPhone(first.phone));
    assert.match(text(phone), /^0\d{1,3}-[\d ]+$/);
    assert.equal(attr(phone, 'href'), first.phone.replace(/^/, 'tel:'));
    assert.equal(attr(find(shadow, 'a', { part: 'contact-vcard' })[0], 'href'), `/gr/vcf/${first.id}.vcf`);
  });

  test('a network\'s contacts, in English', async () => {
    const { shadow } = await render('gr-contact-list', { network: networkWithContacts.id }, { lang: 'en' });
    assert.equal(text(one(shadow, 'h2')), 'Contacts');
    assert.deepEqual(find(shadow, 'h3').map(text), networkWithContacts.contacts.map((id) => person(id).name));
  });

  test('unknown people ids: a visible error naming them, the known people still listed', async () => {
    const known = dataset.people[0];
    const { shadow } = await render('gr-contact-list', { people: `${known.id} nobody-here` });
    assert.match(text(one(shadow, 'div', { part: 'error' })), /”nobody-here”/);
    assert.deepEqual(find(shadow, 'h3').map(text), [known.name]);
  });

  test('no committee, network or people: a visible error that says which attribute to set', async () => {
    const { shadow } = await render('gr-contact-list', {});
    assert.match(text(one(shadow, 'div', { part: 'error' })), /committee, network eller people/);
  });

  test('an unknown committee: a visible error naming the id', async () => {
    const { shadow } = await render('gr-contact-list', { committee: 'atlantis' });
    assert.match(text(one(shadow, 'div', { part: 'error' })), /atlantis/);
  });

  test('heading="" leaves the heading out; heading-level moves names down', async () => {
    const { shadow } = await render('gr-contact-list', { committee: withContacts.id, heading: '', 'heading-level': '3' });
    assert.equal(find(shadow, 'h2').length, 0);
    assert.equal(find(shadow, 'h3').length, withContacts.contacts.length);
  });

  test('the data option renders another dataset (a published release)', async () => {
    const data = structuredClone(dataset);
    data.people.find((p) => p.id === withContacts.contacts[0]).name = 'Testa Testsson';
    const { shadow } = await render('gr-contact-list', { committee: withContacts.id }, { data, filesBase: '/gr/data/' });
    assert.equal(text(find(shadow, 'h3')[0]), 'Testa Testsson');
    assert.match(attr(find(shadow, 'a', { part: 'contact-vcard' })[0], 'href'), /^\/gr\/data\/vcf\//);
  });
});

describe('<gr-committee-card>', () => {
  const ended = dataset.committees.find((c) => c.successor && c.dissolved);
  const now = '2024-03-01T12:00:00+01:00';

  test('a body: name, presidium with party names, next and previous meeting in Stockholm time, subscription', async () => {
    // The 2023–2026 term is current at `now`: the card shows that term's presidium.
    const current = (x) => x.terms.find((t) => t.term === '2023-2026');
    const c = dataset.committees.find((x) => current(x)?.presidium.length > 0 && x.meetings.length > 1);
    const { shadow } = await render('gr-committee-card', { committee: c.id, now }, { filesBase: '/gr/' });
    assert.equal(text(one(shadow, 'h2')), c.name);
    const presidium = one(shadow, '*', { part: 'presidium' });
    for (const m of current(c).presidium) assert.ok(text(presidium).includes(person(m.person).name));
    const meetings = one(shadow, 'dl', { part: 'meetings' });
    assert.match(text(meetings), /Nästa möte/);
    for (const t of find(meetings, 'time')) assert.match(attr(t, 'datetime'), /^\d{4}-\d{2}-\d{2}/);
    assert.equal(attr(one(shadow, 'a', { part: 'subscribe' }), 'href'), `/gr/ics/${c.id}.ics`);
  });

  test('committee-href: only http(s) links, checked against the page URL; relative ones written as given', async () => {
    const rel = await render('gr-committee-card', { committee: ended.id, now, 'committee-href': '/politik/{id}.html' });
    assert.equal(attr(one(one(rel.shadow, 'div', { part: 'lifecycle' }), 'a'), 'href'), `/politik/${ended.successor}.html`);
    const checked = await render('gr-committee-card', { committee: ended.id, now, 'committee-href': 'politik/{id}.html' }, { pageUrl: 'https://www.ale.se/kommun/' });
    assert.equal(attr(one(one(checked.shadow, 'div', { part: 'lifecycle' }), 'a'), 'href'), `politik/${ended.successor}.html`, 'as written: the browser resolves it against the same page');
    const abs = await render('gr-committee-card', { committee: ended.id, now, 'committee-href': 'https://www.ale.se/politik/{id}.html' });
    assert.equal(attr(one(one(abs.shadow, 'div', { part: 'lifecycle' }), 'a'), 'href'), `https://www.ale.se/politik/${ended.successor}.html`);
    const local = await render('gr-committee-card', { committee: ended.id, now, 'committee-href': 'politik/{id}.html' }, { pageUrl: 'file:///srv/page.html' });
    assert.equal(find(one(local.shadow, 'div', { part: 'lifecycle' }), 'a').length, 0, 'not http(s) on that page: no link');
    const js = await render('gr-committee-card', { committee: ended.id, now, 'committee-href': 'javascript:alert("{id}")' });
    assert.equal(find(one(js.shadow, 'div', { part: 'lifecycle' }), 'a').length, 0);
    assert.ok(text(one(js.shadow, 'div', { part: 'lifecycle' })).includes(committee(ended.successor).name));
  });

  test('English', async () => {
    const { shadow } = await render('gr-committee-card', { committee: ended.id, now }, { lang: 'en' });
    assert.match(text(one(shadow, 'dl', { part: 'meetings' })), /Next meeting/);
  });

  test('missing and unknown committee: visible errors', async () => {
    assert.match(text(one((await render('gr-committee-card', {})).shadow, 'div', { part: 'error' })), /committee/);
    assert.match(text(one((await render('gr-committee-card', { committee: 'atlantis' })).shadow, 'div', { part: 'error' })), /atlantis/);
  });
});

describe('<gr-meeting-calendar>', () => {
  const c = dataset.committees.find((x) => x.meetings.length > 3);
  const now = c.meetings[1].start;

  test('list view: upcoming and past meetings, .ics links, the view switch marked as needing the script', async () => {
    const { shadow } = await render('gr-meeting-calendar', { committee: c.id, now }, { filesBase: '/gr/' });
    assert.ok(one(shadow, 'section', { part: 'upcoming' }));
    assert.ok(one(shadow, 'section', { part: 'past' }));
    const links = find(shadow, 'a', { part: 'ics-link' });
    assert.equal(links.length, c.meetings.length);
    for (const a of links) assert.match(attr(a, 'href'), /^\/gr\/ics\//);
    const views = one(shadow, 'div', { part: 'view-switch' });
    assert.match(attr(views, 'class'), /\bjs-only\b/);
    assert.deepEqual(find(views, 'button').map((b) => attr(b, 'aria-pressed')), ['true', 'false']);
  });

  test('month view: a grid with its caption, one day in the tab order', async () => {
    const month = c.meetings[0].start.slice(0, 7);
    const { shadow } = await render('gr-meeting-calendar', { committee: c.id, now, view: 'month', month }, { lang: 'en' });
    const grid = one(shadow, 'table', { role: 'grid' });
    assert.match(text(one(grid, 'caption')), /\d{4}$/);
    assert.equal(find(grid, 'td', { tabindex: '0' }).length, 1);
  });

  test('unknown and missing owners: visible errors', async () => {
    assert.match(text((await render('gr-meeting-calendar', { committee: 'atlantis' })).shadow), /atlantis/);
    assert.ok(one((await render('gr-meeting-calendar', {})).shadow, 'div', { part: 'error' }));
  });
});

describe('<gr-network-finder>', () => {
  const municipality = dataset.municipalities.find((m) => m.id === 'lilla-edet') ?? dataset.municipalities[0];

  test('a preset municipality: only its checkbox is ticked; the others carry no checked attribute at all', async () => {
    const { shadow } = await render('gr-network-finder', { municipality: municipality.id });
    const boxes = find(shadow, 'input', { type: 'checkbox' });
    assert.equal(boxes.length, dataset.municipalities.length + dataset.areas.length);
    const ticked = boxes.filter((b) => hasAttr(b, 'checked'));
    assert.deepEqual(ticked.map((b) => attr(b, 'value')), [municipality.id]);
    for (const b of boxes) assert.notEqual(attr(b, 'checked'), 'false');
    const count = Number(text(one(shadow, 'p', { part: 'count' })).match(/\d+/)[0]);
    assert.equal(find(shadow, 'li', { part: 'result' }).length, Math.min(count, 50));
  });

  test('without JavaScript: the form is marked as needing the script, and a plain link goes on to GR\'s own search', async () => {
    const { shadow } = await render('gr-network-finder', { municipality: municipality.id });
    assert.match(attr(one(shadow, 'form', { part: 'search' }), 'class'), /\bjs-only\b/);
    const link = one(one(shadow, 'p', { part: 'search-elsewhere' }), 'a');
    assert.match(attr(link, 'href'), /^https:\/\/goteborgsregionen\.se\//);
    assert.match(text(link), /Sök bland alla GR:s nätverk/);
  });

  test('a preset query fills the search field', async () => {
    const { shadow } = await render('gr-network-finder', { query: 'skola' });
    assert.equal(attr(one(shadow, 'input', { type: 'search' }), 'value'), 'skola');
  });

  test('without-filters: no checkboxes, the presets as text', async () => {
    const { shadow } = await render('gr-network-finder', { municipality: municipality.id, 'without-filters': true });
    assert.equal(find(shadow, 'input', { type: 'checkbox' }).length, 0);
    assert.ok(text(one(shadow, 'p', { part: 'active-filters' })).includes(municipality.name));
  });

  test('an unknown municipality: a visible notice naming it; no results: the empty state', async () => {
    const unknown = await render('gr-network-finder', { municipality: 'atlantis' });
    assert.match(text(one(unknown.shadow, 'div', { part: 'notice' })), /atlantis/);
    const empty = await render('gr-network-finder', { query: 'qqqxxyyzz' }, { lang: 'en' });
    assert.match(text(one(empty.shadow, 'div', { part: 'empty' })), /No networks/i);
  });
});
