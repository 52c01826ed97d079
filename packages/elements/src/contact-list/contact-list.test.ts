import { fixture, html, expect, oneEvent } from '@open-wc/testing';
import sinon from 'sinon';
import { dataset } from '@goteborgsregionen/data';
import type { Person } from '@goteborgsregionen/data';
import './define.js';
import type { GrContactList } from './contact-list.js';
import { $, $$, copyDataset, first, mount, squash, visibleText } from '../test-support/helpers.js';

const COMMITTEE = 'styrgruppen-for-arbetsmarknad';
const NETWORK = 'natverket-for-miljostrategiska-planeringsfragor';
/** Where the test server serves packages/data/dist (see src/test-support/fixture-server.mjs). */
const FILES = '/__fixtures/data/';

const namesOf = (ids: readonly string[]) => ids.map((id) => dataset.people.find((p) => p.id === id)!.name);
const shown = (el: Element) => $$(el, '[part="contact-name"]').map((h) => squash(h.textContent));
const card = (el: Element, name: string) => {
  const h = $$(el, '[part="contact-name"]').find((x) => squash(x.textContent) === name);
  if (!h) throw new Error(`no contact named ${name}`);
  return h.closest('[part="contact"]') as HTMLElement;
};

describe('<gr-contact-list>', () => {
  afterEach(() => sinon.restore());

  describe('choosing whom to show', () => {
    it('a committee’s contacts, under a heading, as a list', async () => {
      const el = await fixture<GrContactList>(html`<gr-contact-list committee=${COMMITTEE}></gr-contact-list>`);
      const committee = dataset.committees.find((c) => c.id === COMMITTEE)!;
      expect(shown(el)).to.deep.equal(namesOf(committee.contacts));
      expect($(el, 'h2[part="heading"]').textContent).to.equal('Kontaktpersoner');
      expect($$(el, 'h3[part="contact-name"]')).to.have.length(committee.contacts.length);
      expect($(el, '[part="contacts"]').localName).to.equal('ul');
      await expect(el).to.be.accessible();
    });

    it('a network’s contacts', async () => {
      const el = await fixture<GrContactList>(html`<gr-contact-list network=${NETWORK}></gr-contact-list>`);
      const network = dataset.networks.find((n) => n.id === NETWORK)!;
      expect(shown(el)).to.deep.equal(namesOf(network.contacts ?? []));
      await expect(el).to.be.accessible();
    });

    it('chosen people, in the order given', async () => {
      const el = await fixture<GrContactList>(html`<gr-contact-list people="sara-nordenhielm  lena-holmlund"></gr-contact-list>`);
      expect(shown(el)).to.deep.equal(['Sara Nordenhielm', 'Lena Holmlund']);
      await expect(el).to.be.accessible();
    });

    it('says so when a committee has no contact persons listed', async () => {
      const empty = dataset.committees.find((c) => c.contacts.length === 0)!;
      const el = await fixture<GrContactList>(html`<gr-contact-list committee=${empty.id}></gr-contact-list>`);
      expect(shown(el)).to.deep.equal([]);
      expect(visibleText(el)).to.contain('Inga kontaktpersoner finns angivna.');
      await expect(el).to.be.accessible();
    });

    it('follows heading and heading-level', async () => {
      const el = await fixture<GrContactList>(
        html`<gr-contact-list people="lena-holmlund" heading="Frågor om arbetsmarknad" heading-level="3"></gr-contact-list>`,
      );
      expect($(el, 'h3[part="heading"]').textContent).to.equal('Frågor om arbetsmarknad');
      expect($(el, 'h4[part="contact-name"]').textContent).to.equal('Lena Holmlund');
      el.heading = '';
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part="heading"]')).to.equal(null);
      expect($(el, 'h3[part="contact-name"]').textContent).to.equal('Lena Holmlund');
      await expect(el).to.be.accessible();
    });
  });

  describe('each contact', () => {
    it('shows title and department, the phone as Swedes write it, linked as tel: with a name saying whom you call', async () => {
      const el = await fixture<GrContactList>(html`<gr-contact-list people="lena-holmlund"></gr-contact-list>`);
      const c = card(el, 'Lena Holmlund');
      expect(squash(c.querySelector('[part="contact-title"]')?.textContent)).to.equal('Avdelningschef, Arbetsmarknad och social välfärd');
      const phone = c.querySelector<HTMLAnchorElement>('a[part="contact-phone"]')!;
      expect(squash(phone.textContent)).to.equal('031-335 51 88');
      expect(phone.getAttribute('href')).to.equal('tel:+46313355188');
      expect(phone.getAttribute('aria-label')).to.equal('Ring Lena Holmlund, 031-335 51 88');
      // No e-mail is invented when no source states one.
      expect(c.querySelector('[part="contact-email"]')).to.equal(null);
    });

    it('links a sourced e-mail address as mailto:', async () => {
      const data = copyDataset();
      (data.people.find((p) => p.id === 'lena-holmlund') as Person).email = 'lena.holmlund@example.se';
      const el = await fixture<GrContactList>(html`<gr-contact-list people="lena-holmlund" .data=${data}></gr-contact-list>`);
      const mail = $<HTMLAnchorElement>(el, 'a[part="contact-email"]');
      expect(mail.getAttribute('href')).to.equal('mailto:lena.holmlund@example.se');
      expect(mail.getAttribute('aria-label')).to.equal('Mejla Lena Holmlund, lena.holmlund@example.se');
      await expect(el).to.be.accessible();
    });

    it('offers a vCard that resolves to the published file', async () => {
      const el = await fixture<GrContactList>(html`<gr-contact-list people="lena-holmlund" files-base=${FILES}></gr-contact-list>`);
      const link = $<HTMLAnchorElement>(el, 'a[part="contact-vcard"]');
      expect(link.href).to.equal(new URL(`${FILES}vcf/lena-holmlund.vcf`, location.href).href);
      expect(link.getAttribute('download')).to.equal('lena-holmlund.vcf');
      expect(squash(link.textContent)).to.equal('Spara kontaktkort för Lena Holmlund (vCard)');
      const res = await fetch(link.href);
      expect(res.status).to.equal(200);
      const text = await res.text();
      expect(text.startsWith('BEGIN:VCARD')).to.equal(true);
      expect(text).to.contain('FN:Lena Holmlund');
      expect(text).to.contain('tel:+46313355188');
    });

    it('generates the vCard in the browser for data other than GR’s own', async () => {
      const data = copyDataset();
      (data.people.find((p) => p.id === 'lena-holmlund') as Person).name = 'Lena Annan-Källa';
      const el = await fixture<GrContactList>(html`<gr-contact-list people="lena-holmlund" .data=${data}></gr-contact-list>`);
      const link = $<HTMLAnchorElement>(el, 'a[part="contact-vcard"]');
      expect(link.href.startsWith('blob:')).to.equal(true);
      const text = await (await fetch(link.href)).text();
      expect(text.startsWith('BEGIN:VCARD')).to.equal(true);
      expect(text).to.contain('FN:Lena Annan-Källa');
    });
  });

  describe('unknown or missing ids', () => {
    it('an unknown committee: a visible message and a warning listing the valid ids', async () => {
      const warn = sinon.stub(console, 'warn');
      const el = await fixture<GrContactList>(html`<gr-contact-list committee="atlantis"></gr-contact-list>`);
      const notice = $(el, '[part="error"]');
      expect(notice.getAttribute('role')).to.equal('status');
      expect(notice.innerText).to.contain('Det finns ingen politisk grupp med id ”atlantis”.');
      expect(notice.innerText).to.contain('Se webbläsarens konsol för giltiga id:n.');
      const message = String(warn.firstCall.args[0]);
      expect(message).to.contain('"atlantis"');
      for (const c of dataset.committees) expect(message).to.contain(c.id);
      warn.restore();
      await expect(el).to.be.accessible();
    });

    it('an unknown network', async () => {
      const warn = sinon.stub(console, 'warn');
      const el = await fixture<GrContactList>(html`<gr-contact-list network="rymdnatverket"></gr-contact-list>`);
      expect($(el, '[part="error"]').innerText).to.contain('Det finns inget nätverk med id ”rymdnatverket”.');
      expect(String(warn.firstCall.args[0])).to.contain(NETWORK);
    });

    it('unknown people next to known ones: the known are shown, the unknown named', async () => {
      const warn = sinon.stub(console, 'warn');
      const el = await fixture<GrContactList>(html`<gr-contact-list people="lena-holmlund nobody"></gr-contact-list>`);
      expect(shown(el)).to.deep.equal(['Lena Holmlund']);
      expect($(el, '[part="error"]').innerText).to.contain('”nobody”');
      const message = String(warn.firstCall.args[0]);
      expect(message).to.contain('nobody');
      expect(message).to.contain('lena-holmlund');
      expect(message).to.contain('sara-nordenhielm');
      warn.restore();
      await expect(el).to.be.accessible();
    });

    it('no attribute at all says which attribute to set', async () => {
      const el = await fixture<GrContactList>(html`<gr-contact-list></gr-contact-list>`);
      expect($(el, '[part="error"]').innerText).to.contain('committee, network eller people');
      await expect(el).to.be.accessible();
    });
  });

  describe('English', () => {
    it('translates heading, titles and accessible names; keeps the phone format', async () => {
      const wrapper = await mount(html`<gr-contact-list committee=${COMMITTEE}></gr-contact-list>`, { lang: 'en' });
      const el = first<GrContactList>(wrapper, 'gr-contact-list');
      expect($(el, '[part="heading"]').textContent).to.equal('Contacts');
      const c = card(el, 'Lena Holmlund');
      expect(squash(c.querySelector('[part="contact-title"]')?.textContent)).to.equal('Head of department, Labour market and social welfare');
      expect(c.querySelector('[part="contact-title"] [lang]')).to.equal(null);
      const phone = c.querySelector<HTMLAnchorElement>('a[part="contact-phone"]')!;
      expect(phone.getAttribute('aria-label')).to.equal('Call Lena Holmlund, 031-335 51 88');
      expect(squash(c.querySelector('[part="contact-vcard"]')?.textContent)).to.equal('Save contact card for Lena Holmlund (vCard)');
      await expect(el).to.be.accessible();
    });

    it('marks Swedish text without a translation lang="sv"', async () => {
      const data = copyDataset();
      const lena = data.people.find((p) => p.id === 'lena-holmlund') as Person;
      lena.title = { sv: 'Processledare' };
      lena.organisation = 'lilla-edet';
      const wrapper = await mount(html`<gr-contact-list people="lena-holmlund" .data=${data}></gr-contact-list>`, { lang: 'en' });
      const el = first<GrContactList>(wrapper, 'gr-contact-list');
      const title = $(el, '[part="contact-title"]');
      expect(squash(title.textContent)).to.equal('Processledare, Labour market and social welfare, Lilla Edets kommun');
      expect([...title.querySelectorAll('[lang="sv"]')].map((x) => x.textContent)).to.deep.equal(['Processledare', 'Lilla Edets kommun']);
      await expect(el).to.be.accessible();
    });

    it('says so in English when an id is unknown', async () => {
      sinon.stub(console, 'warn');
      const wrapper = await mount(html`<gr-contact-list people="nobody"></gr-contact-list>`, { lang: 'en' });
      const el = first<GrContactList>(wrapper, 'gr-contact-list');
      expect($(el, '[part="error"]').innerText).to.contain('There are no people with the id ”nobody”.');
      await expect(el).to.be.accessible();
    });
  });

  describe('untrusted data', () => {
    it('a javascript: URL in the data is refused by validation: a notice, and the bundled data instead', async () => {
      const data = copyDataset();
      const lena = data.people.find((p) => p.id === 'lena-holmlund') as Person;
      lena.sources = [{ url: 'javascript:alert(document.cookie)', asOf: '2024' }];
      lena.email = 'javascript:alert(1)//@example.se';
      lena.name = 'Lena Förfalskad';
      sinon.stub(console, 'warn');
      const el = document.createElement('gr-contact-list');
      el.setAttribute('people', 'lena-holmlund');
      el.data = data;
      const errored = oneEvent(el, 'gr-data-error');
      await mount(el);
      const event = await errored;
      await el.updateComplete;
      expect(event.detail.kind).to.equal('invalid-data');
      const notice = $(el, '[part="error"]').innerText;
      expect(notice).to.contain('De angivna uppgifterna följer inte GR:s dataformat (2 fel)');
      expect(notice).to.match(/people\[0\]\.(email|sources)/);
      expect(shown(el)).to.deep.equal(['Lena Holmlund']);
      expect(el.shadowRoot!.querySelector('a[href^="javascript:" i]')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('renders markup in names and titles as inert text', async () => {
      const data = copyDataset();
      const lena = data.people.find((p) => p.id === 'lena-holmlund') as Person;
      lena.name = '<img src=x onerror="window.__grContactXss=1">Lena';
      lena.title = { sv: '<b>Chef</b><script>window.__grContactXss=2</script>' };
      const el = await fixture<GrContactList>(html`<gr-contact-list people="lena-holmlund" .data=${data}></gr-contact-list>`);
      expect(shown(el)).to.deep.equal([lena.name]);
      expect(visibleText(el)).to.contain('<b>Chef</b><script>');
      expect(el.shadowRoot!.querySelector('img, b, script')).to.equal(null);
      expect((window as unknown as { __grContactXss?: number }).__grContactXss).to.equal(undefined);
      expect($(el, '[part="contact-phone"]').getAttribute('aria-label')).to.equal(`Ring ${lena.name}, 031-335 51 88`);
      await expect(el).to.be.accessible();
    });
  });
});
