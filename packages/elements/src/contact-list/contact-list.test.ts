/**
 * <gr-contact-list> on the fictional fixture dataset (@goteborgsregionen/data/testing): who is shown, how
 * each contact reads (phone, e-mail, vCard), unknown ids, English, untrusted data. The published-file test
 * runs on the default data and checks only what holds for any valid dataset.
 */
import { fixture, html, expect, oneEvent } from '@open-wc/testing';
import sinon from 'sinon';
import { dataset } from '@goteborgsregionen/data';
import type { Person } from '@goteborgsregionen/data';
import { createFixtureDataset, fixtureIds } from '@goteborgsregionen/data/testing';
import './define.js';
import type { GrContactList } from './contact-list.js';
import { $, $$, first, mount, parseVCard, squash, visibleText } from '../test-support/helpers.js';

const C = fixtureIds.committees;
const P = fixtureIds.people;
const data = createFixtureDataset();
/** Where the test server serves the default data's published files (see src/test-support/fixture-server.mjs). */
const FILES = '/__fixtures/data/';

const shown = (el: Element) => $$(el, '[part="contact-name"]').map((h) => squash(h.textContent));
const card = (el: Element, name: string) => {
  const h = $$(el, '[part="contact-name"]').find((x) => squash(x.textContent) === name);
  if (!h) throw new Error(`no contact named ${name}`);
  return h.closest('[part="contact"]') as HTMLElement;
};
const person = (d: typeof data, id: string) => d.people.find((p) => p.id === id) as Person;

describe('<gr-contact-list>', () => {
  afterEach(() => sinon.restore());

  describe('choosing whom to show', () => {
    it('a committee’s contacts, under a heading, as a list', async () => {
      const el = await fixture<GrContactList>(html`<gr-contact-list committee=${C.current} .data=${data}></gr-contact-list>`);
      expect(shown(el)).to.deep.equal(['Testa Exempelsson', 'Anna-Karin Berg Lindqvist']);
      expect($(el, 'h2[part="heading"]').textContent).to.equal('Kontaktpersoner');
      expect($$(el, 'h3[part="contact-name"]')).to.have.length(2);
      expect($(el, '[part="contacts"]').localName).to.equal('ul');
      await expect(el).to.be.accessible();
    });

    it('a network’s contacts', async () => {
      const el = await fixture<GrContactList>(html`<gr-contact-list network=${fixtureIds.networks.sourceListed} .data=${data}></gr-contact-list>`);
      expect(shown(el)).to.deep.equal(['Anna-Karin Berg Lindqvist']);
      await expect(el).to.be.accessible();
    });

    it('chosen people, in the order given, separated by spaces or commas', async () => {
      const el = await fixture<GrContactList>(
        html`<gr-contact-list people="maria-de-la-cruz  testa-exempelsson,per-prov" .data=${data}></gr-contact-list>`,
      );
      expect(shown(el)).to.deep.equal(['Maria de la Cruz', 'Testa Exempelsson', 'Per Prov']);
      await expect(el).to.be.accessible();
    });

    it('says so when a committee has no contact persons listed', async () => {
      const el = await fixture<GrContactList>(html`<gr-contact-list committee=${C.nextTermUnpublished} .data=${data}></gr-contact-list>`);
      expect(shown(el)).to.deep.equal([]);
      expect(visibleText(el)).to.contain('Inga kontaktpersoner finns angivna.');
      await expect(el).to.be.accessible();
    });

    it('follows heading and heading-level', async () => {
      const el = await fixture<GrContactList>(
        html`<gr-contact-list people=${P.regionStaff} heading="Frågor om exempel" heading-level="3" .data=${data}></gr-contact-list>`,
      );
      expect($(el, 'h3[part="heading"]').textContent).to.equal('Frågor om exempel');
      expect($(el, 'h4[part="contact-name"]').textContent).to.equal('Testa Exempelsson');
      el.heading = '';
      await el.updateComplete;
      expect(el.shadowRoot!.querySelectorAll('[part="heading"]')).to.have.length(0);
      expect($(el, 'h3[part="contact-name"]').textContent).to.equal('Testa Exempelsson');
      await expect(el).to.be.accessible();
    });
  });

  describe('each contact', () => {
    it('shows title and department, the phone as Swedes write it, linked as tel: with a name saying whom you call', async () => {
      const el = await fixture<GrContactList>(html`<gr-contact-list people=${P.regionStaff} .data=${data}></gr-contact-list>`);
      const c = card(el, 'Testa Exempelsson');
      expect(squash(c.querySelector('[part="contact-title"]')?.textContent)).to.equal('Avdelningschef (fiktiv), Exempelavdelningen');
      const phone = c.querySelector<HTMLAnchorElement>('a[part="contact-phone"]')!;
      expect(squash(phone.textContent)).to.equal('070-174 06 05');
      expect(phone.getAttribute('href')).to.equal('tel:+46701740605');
      expect(phone.getAttribute('aria-label')).to.equal('Ring Testa Exempelsson, 070-174 06 05');
      // No e-mail is invented when no source states one.
      expect(c.querySelectorAll('[part="contact-email"]')).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it('links a sourced e-mail address as mailto:, with the organisation in the title line', async () => {
      const el = await fixture<GrContactList>(html`<gr-contact-list people=${P.multiWordFamilyName} .data=${data}></gr-contact-list>`);
      const c = card(el, 'Anna-Karin Berg Lindqvist');
      expect(squash(c.querySelector('[part="contact-title"]')?.textContent)).to.equal('Planeringsstrateg (fiktiv), Provstads stad');
      const mail = $<HTMLAnchorElement>(el, 'a[part="contact-email"]');
      expect(squash(mail.textContent)).to.equal('anna-karin.berg.lindqvist@example.org');
      expect(mail.getAttribute('href')).to.equal('mailto:anna-karin.berg.lindqvist@example.org');
      expect(mail.getAttribute('aria-label')).to.equal('Mejla Anna-Karin Berg Lindqvist, anna-karin.berg.lindqvist@example.org');
      expect($(el, 'a[part="contact-phone"]').getAttribute('href')).to.equal('tel:+46313900600');
      await expect(el).to.be.accessible();
    });

    it('a person with a name only: no title line, no phone, no e-mail, still a vCard', async () => {
      const el = await fixture<GrContactList>(html`<gr-contact-list people=${P.particleFamilyName} .data=${data}></gr-contact-list>`);
      const c = card(el, 'Maria de la Cruz');
      expect(c.querySelectorAll('[part="contact-title"], [part="contact-phone"], [part="contact-email"]')).to.have.length(0);
      expect(squash(c.querySelector('[part="contact-vcard"]')?.textContent)).to.equal('Spara kontaktkort för Maria de la Cruz (vCard)');
      await expect(el).to.be.accessible();
    });

    it('generates the vCard in the browser for the given data: name, title, organisation, phone and e-mail', async () => {
      const el = await fixture<GrContactList>(html`<gr-contact-list committee=${C.current} .data=${data}></gr-contact-list>`);
      const links = $$<HTMLAnchorElement>(el, 'a[part="contact-vcard"]');
      expect(links.map((a) => a.getAttribute('download'))).to.deep.equal(['testa-exempelsson.vcf', 'anna-karin-berg-lindqvist.vcf']);
      expect(links.every((a) => a.href.startsWith('blob:'))).to.equal(true);
      expect(squash(links[0]!.textContent)).to.equal('Spara kontaktkort för Testa Exempelsson (vCard)');
      const testa = parseVCard(await (await fetch(links[0]!.href)).text());
      expect(testa).to.deep.include({ fn: 'Testa Exempelsson', title: 'Avdelningschef (fiktiv)', tel: 'tel:+46701740605', email: undefined });
      expect(testa.org).to.deep.equal(['Exempelregionen', 'Exempelavdelningen']);
      const anna = parseVCard(await (await fetch(links[1]!.href)).text());
      expect(anna).to.deep.include({ fn: 'Anna-Karin Berg Lindqvist', tel: 'tel:+46313900600', email: 'anna-karin.berg.lindqvist@example.org' });
      expect(anna.n).to.deep.equal(['Berg Lindqvist', 'Anna-Karin', '', '', '']);
    });

    it('with the default data, the vCard link is the file published under files-base', async () => {
      // Any person with a phone in the default data: what the page shows must match the published file.
      const p = dataset.people.find((x) => x.phone)!;
      const el = await fixture<GrContactList>(html`<gr-contact-list people=${p.id} files-base=${FILES}></gr-contact-list>`);
      const link = $<HTMLAnchorElement>(el, 'a[part="contact-vcard"]');
      expect(link.href).to.equal(new URL(`${FILES}vcf/${p.id}.vcf`, location.href).href);
      expect(link.getAttribute('download')).to.equal(`${p.id}.vcf`);
      const res = await fetch(link.href);
      expect(res.status).to.equal(200);
      const vcard = parseVCard(await res.text());
      expect(vcard.fn).to.equal(squash($(el, '[part="contact-name"]').textContent));
      const phone = $<HTMLAnchorElement>(el, 'a[part="contact-phone"]');
      expect(vcard.tel).to.equal(phone.getAttribute('href'));
      expect(squash(phone.textContent)).to.match(/^0\d{1,3}-\d[\d ]+\d$/);
    });
  });

  describe('unknown or missing ids', () => {
    it('an unknown committee: a visible message and a warning listing the valid ids', async () => {
      const warn = sinon.stub(console, 'warn');
      const el = await fixture<GrContactList>(html`<gr-contact-list committee="atlantis" .data=${data}></gr-contact-list>`);
      const notice = $(el, '[part="error"]');
      expect(notice.getAttribute('role')).to.equal('status');
      expect(notice.innerText).to.contain('Det finns ingen politisk grupp med id ”atlantis”.');
      expect(notice.innerText).to.contain('Se webbläsarens konsol för giltiga id:n.');
      const message = String(warn.firstCall.args[0]);
      expect(message).to.contain('"atlantis"');
      for (const id of ['exempelstyrelsen', 'exempelfullmaktige', 'styrgruppen-for-prov', 'radet-for-exempel']) expect(message).to.contain(id);
      warn.restore();
      await expect(el).to.be.accessible();
    });

    it('an unknown network', async () => {
      const warn = sinon.stub(console, 'warn');
      const el = await fixture<GrContactList>(html`<gr-contact-list network="rymdnatverket" .data=${data}></gr-contact-list>`);
      expect($(el, '[part="error"]').innerText).to.contain('Det finns inget nätverk med id ”rymdnatverket”.');
      expect(String(warn.firstCall.args[0])).to.contain('provnatverket');
    });

    it('unknown people next to known ones: the known are shown, the unknown named', async () => {
      const warn = sinon.stub(console, 'warn');
      const el = await fixture<GrContactList>(html`<gr-contact-list people="testa-exempelsson nobody" .data=${data}></gr-contact-list>`);
      expect(shown(el)).to.deep.equal(['Testa Exempelsson']);
      expect($(el, '[part="error"]').innerText).to.contain('Det finns inga personer med id ”nobody”.');
      const message = String(warn.firstCall.args[0]);
      expect(message).to.contain('nobody');
      expect(message).to.contain('testa-exempelsson');
      expect(message).to.contain('maria-de-la-cruz');
      warn.restore();
      await expect(el).to.be.accessible();
    });

    it('no attribute at all says which attribute to set', async () => {
      const el = await fixture<GrContactList>(html`<gr-contact-list .data=${data}></gr-contact-list>`);
      expect($(el, '[part="error"]').innerText).to.contain('committee, network eller people');
      await expect(el).to.be.accessible();
    });
  });

  describe('English', () => {
    it('translates heading, titles and accessible names; keeps the phone format', async () => {
      const wrapper = await mount(html`<gr-contact-list committee=${C.current} .data=${data}></gr-contact-list>`, { lang: 'en' });
      const el = first<GrContactList>(wrapper, 'gr-contact-list');
      expect($(el, '[part="heading"]').textContent).to.equal('Contacts');
      const c = card(el, 'Testa Exempelsson');
      expect(squash(c.querySelector('[part="contact-title"]')?.textContent)).to.equal('Head of department (fictional), Example department');
      expect(c.querySelectorAll('[part="contact-title"] [lang]')).to.have.length(0);
      const phone = c.querySelector<HTMLAnchorElement>('a[part="contact-phone"]')!;
      expect(squash(phone.textContent)).to.equal('070-174 06 05');
      expect(phone.getAttribute('aria-label')).to.equal('Call Testa Exempelsson, 070-174 06 05');
      expect(squash(c.querySelector('[part="contact-vcard"]')?.textContent)).to.equal('Save contact card for Testa Exempelsson (vCard)');
      await expect(el).to.be.accessible();
    });

    it('marks Swedish text without a translation lang="sv"', async () => {
      const changed = createFixtureDataset();
      const testa = person(changed, P.regionStaff);
      testa.title = { sv: 'Processledare (fiktiv)' };
      testa.organisation = 'provstad';
      const wrapper = await mount(html`<gr-contact-list people=${P.regionStaff} .data=${changed}></gr-contact-list>`, { lang: 'en' });
      const el = first<GrContactList>(wrapper, 'gr-contact-list');
      const title = $(el, '[part="contact-title"]');
      expect(squash(title.textContent)).to.equal('Processledare (fiktiv), Example department, Provstads stad');
      expect([...title.querySelectorAll('[lang="sv"]')].map((x) => x.textContent)).to.deep.equal(['Processledare (fiktiv)', 'Provstads stad']);
      await expect(el).to.be.accessible();
    });

    it('says so in English when an id is unknown', async () => {
      sinon.stub(console, 'warn');
      const wrapper = await mount(html`<gr-contact-list people="nobody" .data=${data}></gr-contact-list>`, { lang: 'en' });
      const el = first<GrContactList>(wrapper, 'gr-contact-list');
      expect($(el, '[part="error"]').innerText).to.contain('There are no people with the id ”nobody”.');
      await expect(el).to.be.accessible();
    });
  });

  describe('untrusted data', () => {
    it('a javascript: URL in the data is refused by validation: a notice naming the place, nothing of that data shown', async () => {
      const bad = createFixtureDataset();
      const testa = person(bad, P.regionStaff);
      testa.sources = [{ url: 'javascript:alert(document.cookie)', asOf: '2026' }];
      testa.email = 'javascript:alert(1)//@example.org';
      testa.name = 'Testa Förfalskad';
      sinon.stub(console, 'warn');
      const el = document.createElement('gr-contact-list');
      el.setAttribute('people', P.regionStaff);
      el.data = bad;
      const errored = oneEvent(el, 'gr-data-error');
      await mount(el);
      const event = await errored;
      await el.updateComplete;
      expect(event.detail.kind).to.equal('invalid-data');
      const notice = $(el, '[part="error"]').innerText;
      expect(notice).to.contain('De angivna uppgifterna följer inte GR:s dataformat (2 fel)');
      expect(notice).to.match(/people\[2\]\.(email|sources)/);
      expect(visibleText(el)).not.to.contain('Förfalskad');
      expect(el.shadowRoot!.querySelectorAll('a[href^="javascript:" i], a[href^="mailto:javascript" i]')).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it('renders markup in names and titles as inert text', async () => {
      const changed = createFixtureDataset();
      const testa = person(changed, P.regionStaff);
      testa.name = '<img src=x onerror="window.__grContactXss=1">Testa';
      testa.title = { sv: '<b>Chef</b><script>window.__grContactXss=2</script>' };
      const el = await fixture<GrContactList>(html`<gr-contact-list people=${P.regionStaff} .data=${changed}></gr-contact-list>`);
      expect(shown(el)).to.deep.equal(['<img src=x onerror="window.__grContactXss=1">Testa']);
      expect(visibleText(el)).to.contain('<b>Chef</b><script>');
      expect(el.shadowRoot!.querySelectorAll('img, b, script')).to.have.length(0);
      expect((window as unknown as { __grContactXss?: number }).__grContactXss).to.equal(undefined);
      expect($(el, '[part="contact-phone"]').getAttribute('aria-label')).to.equal(
        'Ring <img src=x onerror="window.__grContactXss=1">Testa, 070-174 06 05',
      );
      await expect(el).to.be.accessible();
    });
  });
});
