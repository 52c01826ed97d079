/**
 * What every element shares (GrElement, DataController, LanguageController), seen through <gr-contact-list>:
 * `src` and `data` on the fictional fixture dataset (@goteborgsregionen/data/testing), every `src` failure
 * with its polite notice, races, double define, language, hostile page CSS. A failure falls back to the
 * default data: those tests pick a committee from it by a property and compare with what it says.
 */
import { fixture, html, expect, oneEvent } from '@open-wc/testing';
import sinon from 'sinon';
import { dataset } from '@goteborgsregionen/data';
import type { Person } from '@goteborgsregionen/data';
import { createFixtureDataset, fixtureIds } from '@goteborgsregionen/data/testing';
import '../contact-list/define.js';
import type { GrContactList } from '../contact-list/contact-list.js';
import { GrContactList as ContactListClass } from '../contact-list/contact-list.js';
import { GrElement } from './base-element.js';
import { elementRegistry } from '../registry.js';
import type { GrDataErrorEvent, GrDataLoadEvent, DataErrorKind } from './events.js';
import { $, $$, collectUncaught, first, mount, openGate, parseVCard, serveJson, squash, visibleText, waitFor } from '../test-support/helpers.js';

const data = createFixtureDataset();
/** The fixture body whose contacts are "Testa Exempelsson" and "Anna-Karin Berg Lindqvist". */
const FIXTURE_COMMITTEE = fixtureIds.committees.current;
const TESTA = fixtureIds.people.regionStaff;

/** A committee of the default data with contact persons, and their names as the data gives them. */
const fallback = dataset.committees.find((c) => c.contacts.length > 0)!;
const fallbackNames = fallback.contacts.map((id) => dataset.people.find((p) => p.id === id)!.name);

/**
 * Console warnings that mention `what`. (While a `src` loads, the default data is on show, which may not
 * know the fixture's ids: those warnings are not what the race tests are about.)
 */
const warningsAbout = (warn: sinon.SinonStub, what: string) => warn.args.map((a) => String(a[0])).filter((w) => w.includes(what));
const shownNames = (el: Element) => $$(el, '[part="contact-name"]').map((h) => squash(h.textContent));
const renamed = (name: string) => {
  const d = createFixtureDataset();
  (d.people.find((p) => p.id === TESTA) as Person).name = name;
  return d;
};

/** Mounts a contact list of the default data's committee with `src` and waits for the load to end in an error. */
async function failing(src: string, extra: Partial<{ timeout: number }> = {}): Promise<{ el: GrContactList; event: GrDataErrorEvent }> {
  const el = document.createElement('gr-contact-list');
  el.setAttribute('committee', fallback.id);
  if (extra.timeout !== undefined) el.setAttribute('timeout', String(extra.timeout));
  el.setAttribute('src', src);
  const errored = oneEvent(el, 'gr-data-error');
  await mount(el);
  const event = await errored;
  await el.updateComplete;
  return { el, event };
}

describe('GrElement (shared foundation)', () => {
  afterEach(() => sinon.restore());

  describe('src: every failure shows a polite notice and falls back to the default data', () => {
    const cases: { what: string; src: string; kind: DataErrorKind; says: RegExp; timeout?: number }[] = [
      {
        what: 'network error (nothing listens on the port)',
        src: 'http://127.0.0.1:9/dataset.json',
        kind: 'network',
        says: /Det gick inte att nå http:\/\/127\.0\.0\.1:9\/dataset\.json\. Kontrollera adressen/,
      },
      { what: '404', src: '/__fixtures/status/404', kind: 'http', says: /Servern svarade med felkod 404 för \/__fixtures\/status\/404/ },
      { what: '500', src: '/__fixtures/status/500', kind: 'http', says: /Servern svarade med felkod 500/ },
      { what: 'invalid JSON', src: '/__fixtures/invalid-json', kind: 'invalid-json', says: /Filen \/__fixtures\/invalid-json är inte giltig JSON/ },
      {
        what: 'timeout',
        src: '/__fixtures/slow/4000',
        timeout: 300,
        kind: 'timeout',
        says: /\/__fixtures\/slow\/4000 svarade inte inom 0,3 sekunder/,
      },
      {
        what: 'a javascript: URL',
        src: 'javascript:alert(1)',
        kind: 'url',
        says: /Adressen javascript:alert\(1\) är inte tillåten\. Använd en http- eller https-adress/,
      },
      { what: 'a data: URL', src: 'data:application/json,{}', kind: 'url', says: /Adressen data:application\/json,\{\} är inte tillåten/ },
    ];

    for (const c of cases) {
      it(c.what, async () => {
        const warn = sinon.stub(console, 'warn');
        const uncaught = collectUncaught();
        const { el, event } = await failing(c.src, c.timeout === undefined ? {} : { timeout: c.timeout });
        uncaught.stop();
        expect(event.detail.kind).to.equal(c.kind);
        expect(event.detail.message).to.match(c.says);
        const notice = $(el, '[part="error"]');
        expect(notice.getAttribute('role')).to.equal('status');
        expect(notice.innerText).to.contain('Uppgifterna kunde inte hämtas');
        expect(notice.innerText).to.match(c.says);
        expect(notice.innerText).to.contain('Vi visar GR:s egna uppgifter i stället.');
        expect(getComputedStyle(notice).display).to.not.equal('none');
        // The default data is shown: the committee's contacts are there.
        expect(shownNames(el)).to.deep.equal(fallbackNames);
        expect(uncaught.errors).to.deep.equal([]);
        expect(warn.called).to.equal(true);
        warn.restore();
        await expect(el).to.be.accessible();
      });
    }

    it('schema-invalid JSON names the first wrong place', async () => {
      const bad = createFixtureDataset();
      bad.networks[3]!.municipalities[0] = 'atlantis';
      const src = await serveJson('schema-invalid', bad);
      sinon.stub(console, 'warn');
      const uncaught = collectUncaught();
      const { el, event } = await failing(src);
      uncaught.stop();
      expect(event.detail.kind).to.equal('invalid-data');
      const notice = $(el, '[part="error"]').innerText;
      expect(notice).to.contain(`Filen ${src} följer inte GR:s dataformat (1 fel).`);
      expect(notice).to.contain('Första felet: networks[3].municipalities[0]');
      expect(notice).to.contain('atlantis');
      expect(shownNames(el)).to.deep.equal(fallbackNames);
      expect(uncaught.errors).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    it('a javascript: link inside the data is refused by validation; the default data is shown', async () => {
      const bad = createFixtureDataset();
      bad.municipalities[0]!.website = 'javascript:alert(document.domain)';
      const src = await serveJson('javascript-link', bad);
      sinon.stub(console, 'warn');
      const { el, event } = await failing(src);
      expect(event.detail.kind).to.equal('invalid-data');
      expect($(el, '[part="error"]').innerText).to.contain('municipalities[0].website');
      expect(el.shadowRoot!.querySelectorAll('a[href^="javascript:"]')).to.have.length(0);
      expect(shownNames(el)).to.deep.equal(fallbackNames);
    });
  });

  describe('src: a valid file', () => {
    it('shows its data, fires gr-data-load and shows a loading notice meanwhile', async () => {
      const src = await serveJson('valid-fixture', data);
      sinon.stub(console, 'warn');
      const el = document.createElement('gr-contact-list');
      el.setAttribute('committee', FIXTURE_COMMITTEE);
      el.setAttribute('src', src);
      const loaded = oneEvent(el, 'gr-data-load');
      await mount(el);
      await el.updateComplete;
      const loading = el.shadowRoot!.querySelector('[part="loading"]');
      expect(loading?.getAttribute('role')).to.equal('status');
      expect(squash(loading?.textContent)).to.equal('Hämtar uppgifter …');
      await expect(el).to.be.accessible();
      const event: GrDataLoadEvent = await loaded;
      await el.updateComplete;
      expect(event.detail.source).to.equal(new URL(src, location.href).href);
      expect(shownNames(el)).to.deep.equal(['Testa Exempelsson', 'Anna-Karin Berg Lindqvist']);
      expect(el.shadowRoot!.querySelectorAll('[part="error"], [part="loading"]')).to.have.length(0);
      await expect(el).to.be.accessible();
    });
  });

  describe('src: races', () => {
    it('a newer src wins over a slower older one, which never overwrites it or reports an error', async () => {
      await serveJson('race-older', renamed('Testa Äldre'));
      const newer = await serveJson('race-newer', renamed('Testa Senast'));
      const warn = sinon.stub(console, 'warn');
      const errors: string[] = [];
      const loads: string[] = [];
      const el = document.createElement('gr-contact-list');
      el.addEventListener('gr-data-error', (e) => errors.push((e as GrDataErrorEvent).detail.message));
      el.addEventListener('gr-data-load', (e) => loads.push((e as GrDataLoadEvent).detail.source));
      el.setAttribute('committee', FIXTURE_COMMITTEE);
      el.setAttribute('src', '/__fixtures/gate/race-older');
      await mount(el);
      const loaded = oneEvent(el, 'gr-data-load');
      el.setAttribute('src', newer);
      await loaded;
      await el.updateComplete;
      expect(shownNames(el)).to.include('Testa Senast');
      // Now the older file is answered. Unless the page gave it up, wait until it has arrived, then for one
      // more request to the server: its answer comes after the older one's, and so does the work on it.
      const [outcome] = await openGate('race-older');
      const olderUrl = new URL('/__fixtures/gate/race-older', location.href).href;
      if (outcome === 'sent') {
        await waitFor(() => performance.getEntriesByName(olderUrl).length, (n) => n > 0, 'the older response');
        await fetch('/__fixtures/status/204');
      }
      await el.updateComplete;
      expect(shownNames(el)).to.include('Testa Senast');
      expect(shownNames(el)).not.to.include('Testa Äldre');
      expect(loads).to.deep.equal([new URL(newer, location.href).href]);
      expect(errors).to.deep.equal([]);
      expect(warningsAbout(warn, 'race-older')).to.deep.equal([]);
    });

    it('an element removed while loading stops quietly, and loads again when put back', async () => {
      await serveJson('moved', renamed('Testa Tillbaka'));
      const warn = sinon.stub(console, 'warn');
      const uncaught = collectUncaught();
      const errors: string[] = [];
      const el = document.createElement('gr-contact-list');
      el.addEventListener('gr-data-error', (e) => errors.push((e as GrDataErrorEvent).detail.message));
      el.setAttribute('committee', FIXTURE_COMMITTEE);
      el.setAttribute('src', '/__fixtures/gate/moved');
      const box = await mount(el);
      el.remove();
      // The request the element gave up ends (answered or not) before anything is checked.
      await openGate('moved');
      expect(errors).to.deep.equal([]);
      expect(warningsAbout(warn, 'moved')).to.deep.equal([]);

      const loaded = oneEvent(el, 'gr-data-load');
      box.append(el);
      await openGate('moved');
      await loaded;
      await el.updateComplete;
      uncaught.stop();
      expect(shownNames(el)).to.deep.equal(['Testa Tillbaka', 'Anna-Karin Berg Lindqvist']);
      expect(el.shadowRoot!.querySelectorAll('[part="error"]')).to.have.length(0);
      expect(uncaught.errors).to.deep.equal([]);
      expect(errors).to.deep.equal([]);
      // Its generated vCard link still works after the move.
      const vcf = $<HTMLAnchorElement>(el, 'a[part="contact-vcard"]');
      expect(parseVCard(await (await fetch(vcf.href)).text()).fn).to.equal('Testa Tillbaka');
    });

    it('while src loads, an id that only the file has is not called unknown', async () => {
      await serveJson('new-id', renamed('Testa Väntad'));
      const warn = sinon.stub(console, 'warn');
      const errors: string[] = [];
      const el = document.createElement('gr-contact-list');
      el.addEventListener('gr-data-error', (e) => errors.push((e as GrDataErrorEvent).detail.message));
      // The fixture's committee is not in the default data shown while the file is on its way.
      el.setAttribute('committee', FIXTURE_COMMITTEE);
      el.setAttribute('src', '/__fixtures/gate/new-id');
      await mount(el);
      expect(visibleText(el)).to.contain('Hämtar uppgifter …');
      expect(visibleText(el)).not.to.contain('med id');
      expect(el.shadowRoot!.querySelectorAll('[part="error"]')).to.have.length(0);
      expect(shownNames(el)).to.deep.equal([]);
      expect(warningsAbout(warn, FIXTURE_COMMITTEE)).to.deep.equal([]);

      const loaded = oneEvent(el, 'gr-data-load');
      await openGate('new-id');
      await loaded;
      await el.updateComplete;
      expect(shownNames(el)).to.deep.equal(['Testa Väntad', 'Anna-Karin Berg Lindqvist']);
      expect(el.shadowRoot!.querySelectorAll('[part="error"]')).to.have.length(0);
      expect(warn.callCount).to.equal(0);
      expect(errors).to.deep.equal([]);
    });

    it('generated file links keep working when an element is moved', async () => {
      const el = await fixture<GrContactList>(html`<gr-contact-list people=${TESTA} .data=${data}></gr-contact-list>`);
      const other = await mount(document.createElement('section'));
      other.append(el);
      await el.updateComplete;
      const vcf = $<HTMLAnchorElement>(el, 'a[part="contact-vcard"]');
      expect(parseVCard(await (await fetch(vcf.href)).text())).to.deep.include({ fn: 'Testa Exempelsson', tel: 'tel:+46701740605' });
    });
  });

  describe('data property', () => {
    it('leaves the standard dataset (data-* attributes) working on every element', async () => {
      await import('../define.js');
      for (const { tag } of elementRegistry) {
        const el = document.createElement(tag);
        el.setAttribute('data-source', 'cms');
        await mount(el);
        expect(el.dataset['source'], tag).to.equal('cms');
        el.dataset['track'] = 'x';
        expect(el.getAttribute('data-track'), tag).to.equal('x');
      }
    });

    it('uses a valid dataset object', async () => {
      const el = await fixture<GrContactList>(html`<gr-contact-list committee=${FIXTURE_COMMITTEE} .data=${data}></gr-contact-list>`);
      expect(shownNames(el)).to.deep.equal(['Testa Exempelsson', 'Anna-Karin Berg Lindqvist']);
    });

    it('uses a dataset the visitor’s clock would call compiled in the future (a clock set back is no reason to refuse it)', async () => {
      const ahead = createFixtureDataset();
      ahead.lastUpdated = `${new Date().getFullYear() + 1}-01-01`;
      const warn = sinon.stub(console, 'warn');
      const errors: string[] = [];
      const el = document.createElement('gr-contact-list');
      el.addEventListener('gr-data-error', (e) => errors.push((e as GrDataErrorEvent).detail.message));
      el.setAttribute('committee', FIXTURE_COMMITTEE);
      el.data = ahead;
      await mount(el);
      expect(shownNames(el)).to.deep.equal(['Testa Exempelsson', 'Anna-Karin Berg Lindqvist']);
      expect(el.shadowRoot!.querySelectorAll('[part="error"]').length).to.equal(0);
      expect(errors).to.deep.equal([]);
      expect(warn.callCount).to.equal(0);
    });

    it('refuses an invalid one with a notice naming the issue, and shows the default data', async () => {
      const bad = createFixtureDataset();
      (bad.people[0] as Person).phone = '070-174 06 05';
      sinon.stub(console, 'warn');
      const el = document.createElement('gr-contact-list');
      el.setAttribute('committee', fallback.id);
      el.data = bad;
      const errored = oneEvent(el, 'gr-data-error');
      await mount(el);
      const event = await errored;
      await el.updateComplete;
      expect(event.detail.kind).to.equal('invalid-data');
      const notice = $(el, '[part="error"]').innerText;
      expect(notice).to.contain('De angivna uppgifterna följer inte GR:s dataformat (1 fel)');
      expect(notice).to.contain('people[0].phone');
      expect(shownNames(el)).to.deep.equal(fallbackNames);
    });
  });

  describe('define', () => {
    it('defining a tag twice (two bundles) does not throw and warns once', async () => {
      class First extends GrElement {}
      class Second extends GrElement {}
      const warn = sinon.stub(console, 'warn');
      const tag = 'gr-test-double-define';
      expect(() => First.define(tag)).to.not.throw();
      expect(warn.called).to.equal(false);
      expect(() => First.define(tag)).to.not.throw();
      expect(warn.called, 'the same class again is silent').to.equal(false);
      expect(() => Second.define(tag)).to.not.throw();
      expect(() => Second.define(tag)).to.not.throw();
      expect(warn.callCount).to.equal(1);
      expect(String(warn.firstCall.args[0])).to.contain(`<${tag}> is already defined`);
      expect(customElements.get(tag)).to.equal(First);
    });

    it('the real elements: a second copy of gr-contact-list warns once and the first keeps working', async () => {
      class Copy extends ContactListClass {}
      const warn = sinon.stub(console, 'warn');
      expect(() => Copy.define('gr-contact-list')).to.not.throw();
      expect(() => Copy.define('gr-contact-list')).to.not.throw();
      expect(customElements.get('gr-contact-list')).to.equal(ContactListClass);
      expect(warn.callCount).to.equal(1);
      expect(String(warn.firstCall.args[0])).to.match(/<gr-contact-list> is already defined .*Load the GR elements once per page\./);
      const el = await fixture<GrContactList>(html`<gr-contact-list people=${TESTA} .data=${data}></gr-contact-list>`);
      expect(shownNames(el)).to.deep.equal(['Testa Exempelsson']);
    });
  });

  describe('language', () => {
    it('follows the nearest lang and re-renders when an ancestor’s lang changes', async () => {
      const wrapper = await mount(html`<section><gr-contact-list people=${TESTA} .data=${data}></gr-contact-list></section>`, { lang: 'sv' });
      const el = first<GrContactList>(wrapper, 'gr-contact-list');
      expect(el.language).to.equal('sv');
      expect(squash($(el, '[part="heading"]').textContent)).to.equal('Kontaktpersoner');
      expect($(el, '[part="contact-phone"]').getAttribute('aria-label')).to.equal('Ring Testa Exempelsson, 070-174 06 05');

      wrapper.setAttribute('lang', 'en-GB');
      await waitFor(() => squash($(el, '[part="heading"]').textContent), 'Contacts', 'the English heading');
      expect(el.language).to.equal('en');
      expect($(el, '[part="contact-phone"]').getAttribute('aria-label')).to.equal('Call Testa Exempelsson, 070-174 06 05');
      await expect(el).to.be.accessible();

      wrapper.querySelector('section')!.setAttribute('lang', 'sv');
      await waitFor(() => squash($(el, '[part="heading"]').textContent), 'Kontaktpersoner', 'Swedish again');
    });

    it('finds the nearest lang through the shadow root of a component it stands in', async () => {
      for (const [lang, heading] of [['en-GB', 'Contacts'], ['sv-FI', 'Kontaktpersoner'], ['de', 'Kontaktpersoner']] as const) {
        const outer = await mount(document.createElement('div'), { lang });
        const root = outer.firstElementChild!.attachShadow({ mode: 'open' });
        const el = document.createElement('gr-contact-list');
        el.setAttribute('people', TESTA);
        el.data = data;
        root.append(el);
        await el.updateComplete;
        expect(squash($(el, '[part="heading"]').textContent), lang).to.equal(heading);
      }
    });
  });

  describe('hostile host page CSS', () => {
    it('keeps a readable size, no text-transform and visible headings inside', async () => {
      const style = document.createElement('style');
      style.textContent = `
        html { font-size: 62.5% !important; }
        body { font-size: 1.2rem; }
        * { box-sizing: content-box; letter-spacing: .2em; text-transform: uppercase; line-height: 0;
            word-spacing: 1em; text-indent: -9999px; text-align: justify; font-size: 1rem; white-space: nowrap; }
        a, button { all: unset; }
        h1, h2, h3, h4, h5, h6 { display: none; }
        ul, li { list-style: square; margin: 3em; }
        div { padding: 5em; }
      `;
      document.head.append(style);
      try {
        const wrapper = await mount(html`<gr-contact-list committee=${FIXTURE_COMMITTEE} .data=${data}></gr-contact-list>`);
        const el = first<GrContactList>(wrapper, 'gr-contact-list');
        const inside = [
          $(el, '[part="heading"]'),
          $(el, '[part="contact-name"]'),
          $(el, '[part="contact-phone"]'),
          $(el, '[part="contact-vcard"]'),
        ];
        for (const node of inside) {
          const cs = getComputedStyle(node);
          expect(parseFloat(cs.fontSize), node.outerHTML.slice(0, 50)).to.be.at.least(16);
          expect(cs.textTransform).to.equal('none');
          expect(cs.letterSpacing).to.be.oneOf(['normal', '0px']);
          expect(cs.textIndent).to.equal('0px');
          expect(parseFloat(cs.lineHeight) || 1).to.be.greaterThan(0);
        }
        for (const h of $$(el, 'h2, h3, h4')) {
          const r = h.getBoundingClientRect();
          expect(getComputedStyle(h).display).to.not.equal('none');
          expect(r.height, h.textContent ?? '').to.be.greaterThan(16);
          expect(r.width).to.be.greaterThan(16);
        }
        expect(visibleText(el)).to.contain('Testa Exempelsson');
        await expect(el).to.be.accessible();
      } finally {
        style.remove();
      }
    });
  });
});
