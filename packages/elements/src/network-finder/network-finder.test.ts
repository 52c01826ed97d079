// Over 400 lines: one file for one element's whole behaviour (search, filters, paging, address, keyboard,
// languages, layout), each state with its axe check; the helpers above the tests are shared by all of them.
import { fixture, html, expect, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport, emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import sinon from 'sinon';
import { createFixtureDataset, fixtureClocks, fixtureIds } from '@goteborgsregionen/data/testing';
import type { Dataset, Network } from '@goteborgsregionen/data';
import './define.js';
import type { GrNetworkFinder } from './network-finder.js';
import { GrSearchEvent } from './search-event.js';
import { $, $$, deepActiveElement, first, mount, parseVCard, squash, visibleText, waitFor } from '../test-support/helpers.js';

/**
 * The fictional fixture ("Exempelregionen"): 7 networks, 6 municipalities, 3 subject areas. Its facts
 * are written out literally below. Tests that change the data make their own copy.
 */
const data: Dataset = createFixtureDataset();
const N = fixtureIds.networks;
const NOW = fixtureClocks.dec2026;

/** The fixture's networks in Swedish alphabetical order. */
const ALL_NAMES = [
  'Exempelchefsnätverket',
  'Exempelrådet',
  'Nätverket för exempelplanering',
  'Nätverket för testplanering',
  'Nätverket för vilande frågor',
  'Provnätverket',
  'Undernätverket för prov',
];
/** The networks "Lilla Prov" takes part in, in Swedish order. */
const IN_LILLA_PROV = [
  'Exempelchefsnätverket',
  'Nätverket för exempelplanering',
  'Nätverket för testplanering',
  'Provnätverket',
  'Undernätverket för prov',
];

/** Names of the networks shown, in order (text of each result heading). */
const names = (el: Element) => $$(el, '[part="result-name"]').map((h) => squash(h.textContent));
/** The one polite live region that announces the count. */
const live = (el: Element) => $(el, '[role="status"][aria-live="polite"]');
const liveText = (el: Element) => squash(live(el).textContent);
const countText = (el: Element) => squash($(el, '[part="count"]').textContent);
const input = (el: Element) => $<HTMLInputElement>(el, 'input[type="search"]');
const option = (el: Element, name: 'municipality' | 'area', value: string) =>
  $<HTMLInputElement>(el, `input[name="${name}"][value="${value}"]`);
/** Every option of a group as its label reads: "Åby (5 nätverk)". */
const optionLabels = (el: Element, name: 'municipality' | 'area') =>
  $$<HTMLInputElement>(el, `input[name="${name}"]`).map((b) => squash(b.closest('label')?.textContent));
/** The result (list item) of the network called `name`. */
const result = (el: Element, name: string): HTMLElement => {
  const h = $$(el, '[part="result-name"]').find((x) => squash(x.textContent) === name);
  expect(h, name).to.not.equal(undefined);
  return h!.closest('li') as HTMLElement;
};
/** The "Visa fler nätverk" button, or null when every result is shown. */
const more = (el: Element) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part="more"]');

/** Types into the search field like a user (one input event per key). */
async function type(el: GrNetworkFinder, text: string): Promise<void> {
  const field = input(el);
  field.focus();
  field.value = '';
  await sendKeys({ type: text });
}

/** Resolves when the finder reports a search for exactly `query` (typing slowly may search for a prefix first). */
function searched(el: GrNetworkFinder, query: string): Promise<GrSearchEvent> {
  return new Promise((resolve) => {
    const on = (e: GrSearchEvent) => {
      if (e.detail.query !== query.trim()) return;
      el.removeEventListener('gr-search', on);
      resolve(e);
    };
    el.addEventListener('gr-search', on);
  });
}

/** Types `text` and waits until the results and the announcement are for all of it. */
async function search(el: GrNetworkFinder, text: string): Promise<GrSearchEvent> {
  const done = searched(el, text);
  await type(el, text);
  const e = await done;
  await el.updateComplete;
  return e;
}

/** Ticks or unticks a filter box with a click and waits for the search it causes. */
async function check(el: GrNetworkFinder, box: HTMLInputElement): Promise<GrSearchEvent> {
  const done = oneEvent(el, 'gr-search');
  box.click();
  const e = await done;
  await el.updateComplete;
  return e;
}

/** A fictional network in the fixture's style, valid under parseDataset (no members, one example.org source). */
const fictional = (id: string, name: string, area = 'exempelomradet'): Network => ({
  id,
  name,
  area,
  kind: 'natverk',
  municipalities: [],
  sources: [{ url: `https://example.org/exempelregionen/${id}`, asOf: '2026-11' }],
});

/** Number of fictional "Övningsgrupp NNN" networks added to the fixture's 7 for paging (120 in all). */
const EXTRA = 113;
/** "Övningsgrupp 001" … "Övningsgrupp 113" (in this order in Swedish: the numbers are zero-padded). */
const ovningsgrupp = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => `Övningsgrupp ${String(from + i).padStart(3, '0')}`);

/**
 * The fixture with 113 fictional networks added: 120 in all. Each group has only what a list item needs
 * (a name, an area, a kind, a source), so a page of results stays light; the areas take turns
 * (001 Provområdet, 002 Övrigt, 003 Exempelområdet, …: 38 in Provområdet).
 */
function manyNetworks(): Dataset {
  const many = createFixtureDataset();
  const areas = ['exempelomradet', 'provomradet', 'ovrigt'];
  ovningsgrupp(1, EXTRA).forEach((name, i) => {
    many.networks.push(fictional(`ovningsgrupp-${name.slice(-3)}`, name, areas[(i + 1) % 3]));
  });
  return many;
}

const emulateForcedColors = (value: 'active' | null) => executeServerCommand('emulate-forced-colors', value);

describe('<gr-network-finder>', () => {
  afterEach(async () => {
    sinon.restore();
    await setViewport({ width: 800, height: 600 });
    await emulateMedia({ media: 'screen' });
  });

  describe('browsing without a query', () => {
    it('lists every network in Swedish alphabetical order, with a labelled search field and no announcement', async () => {
      const el = await fixture<GrNetworkFinder>(html`<gr-network-finder .data=${data}></gr-network-finder>`);
      expect(names(el)).to.deep.equal(ALL_NAMES);
      expect(countText(el)).to.equal('7 nätverk');
      const label = $<HTMLLabelElement>(el, 'label[for="q"]');
      expect(squash(label.textContent)).to.equal('Sök nätverk');
      expect(input(el).labels?.[0]).to.equal(label);
      expect(input(el).type).to.equal('search');
      expect(liveText(el)).to.equal('');
      expect($$(el, '[role="status"]')).to.have.length(1);
      expect($$(el, '.results > li[part="result"]')).to.have.length(7);
      await expect(el).to.be.accessible();
    });

    it('sorts Å, Ä and Ö after Z, as Swedish does', async () => {
      const sorted = createFixtureDataset();
      sorted.networks.push(
        fictional('ostra-natverket', 'Östra nätverket'),
        fictional('arendenatverket', 'Ärendenätverket'),
        fictional('zonnatverket', 'Zonnätverket'),
        fictional('atgardsnatverket', 'Åtgärdsnätverket'),
        fictional('adressnatverket', 'Adressnätverket'),
      );
      const el = await fixture<GrNetworkFinder>(html`<gr-network-finder .data=${sorted}></gr-network-finder>`);
      expect(names(el)).to.deep.equal([
        'Adressnätverket',
        ...ALL_NAMES,
        'Zonnätverket',
        'Åtgärdsnätverket',
        'Ärendenätverket',
        'Östra nätverket',
      ]);
    });

    it('shows each network’s area, kind, meeting frequency, members, parent, partners and contacts', async () => {
      const el = await fixture<GrNetworkFinder>(html`<gr-network-finder .data=${data} now=${NOW}></gr-network-finder>`);
      const prov = result(el, 'Provnätverket');
      const provText = squash(prov.innerText);
      expect(provText).to.contain('Sakområde Exempelområdet');
      expect(provText).to.contain('Typ Chefsnätverk');
      expect(provText).to.contain('Möten 4 möten per år');
      expect(provText, 'the source gives an exact figure').not.to.contain('cirka 4');
      expect(provText).to.contain('Medlemskommuner Alla 6 medlemskommuner Enligt nätverkets egen sida.');
      expect(provText).to.contain('Uppgifter från november 2026.');
      // Contacts reuse the shared contact markup: a heading one level below the network's name.
      expect(prov.querySelector('h3[part="result-name"]')).to.not.equal(null);
      expect(prov.querySelector('h4[part="contact-name"]')?.textContent).to.equal('Anna-Karin Berg Lindqvist');
      // A link to the network's page names the network and the site.
      const link = prov.querySelector<HTMLAnchorElement>('a[part="result-link"]');
      expect(link?.getAttribute('href')).to.equal('https://example.org/exempelregionen/provnatverket');
      expect(squash(link?.textContent)).to.equal('Mer om Provnätverket på example.org');
      // The contact card is made in the browser for given data; an independent parser reads it.
      const vcard = prov.querySelector<HTMLAnchorElement>('a[part="contact-vcard"]')!;
      expect(vcard.href.startsWith('blob:')).to.equal(true);
      const card = parseVCard(await (await fetch(vcard.href)).text());
      expect(card.fn).to.equal('Anna-Karin Berg Lindqvist');
      expect(card.n).to.deep.equal(['Berg Lindqvist', 'Anna-Karin', '', '', '']);
      expect(card.tel).to.equal('tel:+46313900600');
      expect(card.email).to.equal('anna-karin.berg.lindqvist@example.org');

      const general = squash(result(el, 'Exempelchefsnätverket').innerText);
      expect(general).to.contain('Möten cirka 6–8 möten per år');
      expect(general).to.contain('Medlemskommuner Alla 6 medlemskommuner Ingen källa listar deltagarna.');
      // Its only source is a seed file: no link.
      expect(result(el, 'Exempelchefsnätverket').querySelectorAll('a[part="result-link"]').length).to.equal(0);

      const vacancy = squash(result(el, 'Nätverket för testplanering').innerText);
      expect(vacancy).to.contain('Typ Strateger och sakkunniga');
      expect(vacancy).to.contain('Medlemskommuner Exempelby, Lilla Prov, Provstad, Åby och Älvvik Enligt nätverkets egen sida.');
      expect(vacancy).to.contain('Vakant plats Östervik');
      expect(vacancy).to.contain('Testa Exempelsson');
      expect(vacancy).to.contain('Uppgifter från september 2024. Uppgifterna är mer än ett år gamla och kan ha ändrats.');

      const paused = squash(result(el, 'Nätverket för vilande frågor').innerText);
      expect(paused).to.contain('Status Pausat');
      expect(paused).to.contain('Medlemskommuner Provstad och Åby');
      expect($$(el, '[part="result-status"]').map((s) => squash(s.textContent))).to.deep.equal(['Pausat']);

      const sub = squash(result(el, 'Undernätverket för prov').innerText);
      expect(sub).to.contain('Sakområde Provområdet');
      expect(sub).to.contain('Ingår i Provnätverket');
      expect(sub).to.contain('Samarbetspartner Exempeluniversitetet och Kustviks kommun');
      expect(sub).to.contain('Medlemskommuner Lilla Prov och Älvvik');

      const none = squash(result(el, 'Exempelrådet').innerText);
      expect(none).to.contain('Sakområde Övrigt');
      expect(none).to.contain('Typ Regional samverkan');
      expect(none, 'no members published: no members line').not.to.contain('Medlemskommuner');
      await expect(el).to.be.accessible();
    });
  });

  describe('searching', () => {
    it('filters as one types, best match first, highlights the match and announces only the count', async () => {
      const el = await fixture<GrNetworkFinder>(html`<gr-network-finder .data=${data}></gr-network-finder>`);
      await search(el, 'vilande');
      expect(names(el)).to.deep.equal(['Nätverket för vilande frågor']);
      expect($$(el, '[part="result-name"] mark').map((m) => m.textContent)).to.deep.equal(['vilande']);
      expect(liveText(el)).to.equal('1 nätverk');
      expect(countText(el)).to.equal('1 nätverk');
      expect($$(el, '[role="status"]')).to.have.length(1);
      await expect(el).to.be.accessible();

      // Names that start with the word first, then names with it inside a word, then other fields (area "Provområdet").
      await search(el, 'prov');
      expect(names(el)).to.deep.equal([
        'Provnätverket',
        'Undernätverket för prov',
        'Nätverket för testplanering',
        'Nätverket för vilande frågor',
      ]);
      expect($$(el, '[part="result-name"] mark').map((m) => m.textContent)).to.deep.equal(['Prov', 'prov']);
      expect(liveText(el)).to.equal('4 nätverk');
      await expect(el).to.be.accessible();
    });

    it('finds the right network despite a typo or missing å, ä, ö, and by a former name', async () => {
      const el = await fixture<GrNetworkFinder>(html`<gr-network-finder .data=${data}></gr-network-finder>`);
      await search(el, 'exempelplanring');
      expect(names(el)).to.deep.equal(['Nätverket för exempelplanering']);
      expect($$(el, '[part="result-name"] mark').map((m) => m.textContent)).to.deep.equal(['exempelplanering']);
      // The highlight keeps the name's own letters.
      await search(el, 'undernatverket');
      expect(names(el)[0]).to.equal('Undernätverket för prov');
      expect($(el, '[part="result-name"] mark').textContent).to.equal('Undernätverket');
      // "Nätverket för översiktlig exempelplanering" is its former name.
      await search(el, 'oversiktlig');
      expect(names(el)).to.deep.equal(['Nätverket för exempelplanering']);
    });

    it('treats a municipality name in quotes as "networks that municipality belongs to"', async () => {
      const el = await fixture<GrNetworkFinder>(html`<gr-network-finder .data=${data}></gr-network-finder>`);
      await search(el, '"Lilla Prov"');
      expect(names(el)).to.deep.equal(IN_LILLA_PROV);
      expect(liveText(el)).to.equal('5 nätverk');
    });

    it('searches at once on Enter, and submitting never reloads the page', async () => {
      const el = await fixture<GrNetworkFinder>(html`<gr-network-finder .data=${data} debounce="60000"></gr-network-finder>`);
      const href = location.href;
      await type(el, 'vilande');
      await el.updateComplete;
      // The (very long) debounce has not run: still the full list.
      expect(names(el)).to.deep.equal(ALL_NAMES);
      const done = searched(el, 'vilande');
      await sendKeys({ press: 'Enter' });
      await done;
      await el.updateComplete;
      expect(names(el)).to.deep.equal(['Nätverket för vilande frågor']);
      expect(liveText(el)).to.equal('1 nätverk');
      expect(location.href).to.equal(href);
    });

    it('shows an empty state that says so, and its button clears search and filters', async () => {
      const el = await fixture<GrNetworkFinder>(html`<gr-network-finder .data=${data} area="provomradet"></gr-network-finder>`);
      await search(el, 'zzqxv');
      expect(names(el)).to.have.length(0);
      expect(el.shadowRoot!.querySelectorAll('[part="count"]').length).to.equal(0);
      const empty = $(el, '[part="empty"]');
      expect(empty.innerText).to.contain('Inga nätverk hittades');
      expect(liveText(el)).to.equal('Inga nätverk hittades');
      await expect(el).to.be.accessible();

      const clear = $<HTMLButtonElement>(el, '[part="empty-clear"]');
      expect(squash(clear.textContent)).to.equal('Rensa sökning och filter');
      const cleared = searched(el, '');
      clear.click();
      expect((await cleared).detail).to.deep.equal({ query: '', municipalities: [], areas: [], count: 7 });
      await el.updateComplete;
      expect(names(el)).to.deep.equal(ALL_NAMES);
      expect(input(el).value).to.equal('');
      expect(option(el, 'area', 'provomradet').checked).to.equal(false);
      expect(liveText(el)).to.equal('7 nätverk');
      // Focus is not lost with the button: it moves to the search field.
      await waitFor(() => deepActiveElement(), input(el), 'focus on the search field');
      await expect(el).to.be.accessible();
    });

    it('renders hostile strings in the data as inert text', async () => {
      const hostile = createFixtureDataset();
      // An image that fails without a network request (an empty text document), so its onerror would run.
      const evil = '<img src="data:," onerror="window.__grXss=1">';
      const target = hostile.networks.find((n) => n.id === N.sourceListed)!;
      target.name = evil;
      target.description = { sv: '<script>window.__grXss=2</script><b>fet</b>', en: '<svg onload=alert(1)>' };
      const el = await fixture<GrNetworkFinder>(html`<gr-network-finder .data=${hostile}></gr-network-finder>`);
      expect(names(el)).to.include(evil);
      expect(visibleText(el)).to.contain('<script>window.__grXss=2</script><b>fet</b>');
      expect(el.shadowRoot!.querySelectorAll('img, script, svg, b').length).to.equal(0);
      await search(el, 'img');
      expect(names(el)[0]).to.equal(evil);
      expect(el.shadowRoot!.querySelectorAll('img, script, svg, b').length).to.equal(0);
      // Had the name's <img> been made, its error would have fired by the time this same one's does.
      const probe = new Image();
      const failed = oneEvent(probe, 'error');
      probe.src = 'data:,';
      await failed;
      expect((window as unknown as { __grXss?: number }).__grXss).to.equal(undefined);
      await expect(el).to.be.accessible();
    });
  });

  describe('filters', () => {
    it('offers the municipalities and areas as checkboxes in fieldsets, in Swedish order, with counts', async () => {
      const el = await fixture<GrNetworkFinder>(html`<gr-network-finder .data=${data}></gr-network-finder>`);
      const fieldsets = $$(el, 'fieldset');
      expect(fieldsets.map((f) => squash(f.querySelector('legend')?.textContent))).to.deep.equal(['Kommun', 'Sakområde']);
      // The count is part of each option's accessible name.
      expect(optionLabels(el, 'municipality')).to.deep.equal([
        'Exempelby (4 nätverk)',
        'Lilla Prov (5 nätverk)',
        'Provstad (5 nätverk)',
        'Åby (5 nätverk)',
        'Älvvik (5 nätverk)',
        'Östervik (3 nätverk)',
      ]);
      expect(optionLabels(el, 'area')).to.deep.equal(['Exempelområdet (3 nätverk)', 'Provområdet (3 nätverk)', 'Övrigt (1 nätverk)']);
      expect($$<HTMLInputElement>(el, 'input[type="checkbox"]').filter((b) => b.checked)).to.have.length(0);
    });

    it('presets municipality, area and query from attributes', async () => {
      const el = await fixture<GrNetworkFinder>(
        html`<gr-network-finder .data=${data} municipality="lilla-prov" area="provomradet" query="prov"></gr-network-finder>`,
      );
      expect(option(el, 'municipality', 'lilla-prov').checked).to.equal(true);
      expect(option(el, 'area', 'provomradet').checked).to.equal(true);
      expect(input(el).value).to.equal('prov');
      expect(names(el)).to.deep.equal(['Undernätverket för prov', 'Nätverket för testplanering']);
      expect(squash($(el, '[part="filters-summary"]').textContent)).to.equal('Filter (2 valda)');
      expect(liveText(el)).to.equal('');
      await expect(el).to.be.accessible();
    });

    it('ORs options within a group, ANDs across groups, and counts each option against the others', async () => {
      const el = await fixture<GrNetworkFinder>(html`<gr-network-finder .data=${data}></gr-network-finder>`);
      await check(el, option(el, 'municipality', 'aby'));
      expect(names(el)).to.deep.equal([
        'Exempelchefsnätverket',
        'Nätverket för exempelplanering',
        'Nätverket för testplanering',
        'Nätverket för vilande frågor',
        'Provnätverket',
      ]);
      expect(liveText(el)).to.equal('5 nätverk');
      // OR: Älvvik adds the network it has that Åby has not (and Åby keeps the one Älvvik has not).
      await check(el, option(el, 'municipality', 'alvvik'));
      expect(names(el)).to.deep.equal([
        'Exempelchefsnätverket',
        'Nätverket för exempelplanering',
        'Nätverket för testplanering',
        'Nätverket för vilande frågor',
        'Provnätverket',
        'Undernätverket för prov',
      ]);
      expect(liveText(el)).to.equal('6 nätverk');
      // Within a group the counts ignore the group's own choice; the area counts follow the municipalities.
      expect(optionLabels(el, 'municipality')).to.deep.equal([
        'Exempelby (4 nätverk)',
        'Lilla Prov (5 nätverk)',
        'Provstad (5 nätverk)',
        'Åby (5 nätverk)',
        'Älvvik (5 nätverk)',
        'Östervik (3 nätverk)',
      ]);
      expect(optionLabels(el, 'area')).to.deep.equal(['Exempelområdet (3 nätverk)', 'Provområdet (3 nätverk)', 'Övrigt (0 nätverk)']);
      expect(squash($(el, '[part="filters-summary"]').textContent)).to.equal('Filter (2 valda)');
      await expect(el).to.be.accessible();

      // AND across groups: an area none of them is in empties the list, and the municipality counts follow.
      await check(el, option(el, 'area', 'ovrigt'));
      expect(names(el)).to.have.length(0);
      expect(liveText(el)).to.equal('Inga nätverk hittades');
      expect(optionLabels(el, 'municipality').every((l) => l.endsWith('(0 nätverk)'))).to.equal(true);
      await check(el, option(el, 'area', 'provomradet'));
      expect(names(el)).to.deep.equal(['Nätverket för testplanering', 'Nätverket för vilande frågor', 'Undernätverket för prov']);
      expect(liveText(el)).to.equal('3 nätverk');
      expect(optionLabels(el, 'municipality')).to.deep.equal([
        'Exempelby (1 nätverk)',
        'Lilla Prov (2 nätverk)',
        'Provstad (2 nätverk)',
        'Åby (2 nätverk)',
        'Älvvik (2 nätverk)',
        'Östervik (0 nätverk)',
      ]);
      await expect(el).to.be.accessible();
    });

    it('counts follow the query', async () => {
      const el = await fixture<GrNetworkFinder>(html`<gr-network-finder .data=${data}></gr-network-finder>`);
      await search(el, 'prov');
      expect(optionLabels(el, 'area')).to.deep.equal(['Exempelområdet (1 nätverk)', 'Provområdet (3 nätverk)', 'Övrigt (0 nätverk)']);
      expect(optionLabels(el, 'municipality')).to.deep.equal([
        'Exempelby (2 nätverk)',
        'Lilla Prov (3 nätverk)',
        'Provstad (3 nätverk)',
        'Åby (3 nätverk)',
        'Älvvik (3 nätverk)',
        'Östervik (1 nätverk)',
      ]);
    });

    it('"Rensa filter" clears every filter and announces the new count', async () => {
      const el = await fixture<GrNetworkFinder>(
        html`<gr-network-finder .data=${data} municipality="aby" area="provomradet"></gr-network-finder>`,
      );
      expect(names(el)).to.deep.equal(['Nätverket för testplanering', 'Nätverket för vilande frågor']);
      const clear = $<HTMLButtonElement>(el, '[part="clear"]');
      expect(squash(clear.textContent)).to.equal('Rensa filter');
      const cleared = oneEvent(el, 'gr-search');
      clear.click();
      await cleared;
      await el.updateComplete;
      expect(names(el)).to.deep.equal(ALL_NAMES);
      expect($$<HTMLInputElement>(el, 'input[type="checkbox"]').filter((b) => b.checked)).to.have.length(0);
      expect(liveText(el)).to.equal('7 nätverk');
      expect(squash($(el, '[part="filters-summary"]').textContent)).to.equal('Filter');
      await expect(el).to.be.accessible();
    });

    it('names unknown ids in a visible notice, warns with the valid ids and works with the rest', async () => {
      const warn = sinon.stub(console, 'warn');
      const el = await fixture<GrNetworkFinder>(
        html`<gr-network-finder .data=${data} municipality="atlantis lilla-prov" area="rymden"></gr-network-finder>`,
      );
      const notice = $(el, '[part="notice"]');
      expect(notice.getAttribute('role')).to.equal('status');
      expect(notice.innerText).to.contain('Okänd kommun ”atlantis” i attributet municipality ignoreras');
      expect(notice.innerText).to.contain('Okänt sakområde ”rymden” i attributet area ignoreras');
      const messages = warn.getCalls().map((c) => String(c.args[0]));
      const m = messages.find((x) => x.includes('atlantis'));
      expect(m, messages.join('\n')).to.contain('Valid ids: aby, alvvik, exempelby, lilla-prov, provstad, ostervik');
      expect(messages.find((x) => x.includes('rymden'))).to.contain('Valid ids: exempelomradet, provomradet, ovrigt');
      expect(option(el, 'municipality', 'lilla-prov').checked).to.equal(true);
      expect(names(el)).to.deep.equal(IN_LILLA_PROV);
      warn.restore();
      await expect(el).to.be.accessible();
    });

    it('can hide the filter controls and then states the preset as text', async () => {
      const el = await fixture<GrNetworkFinder>(
        html`<gr-network-finder .data=${data} municipality="lilla-prov" without-filters></gr-network-finder>`,
      );
      expect(el.shadowRoot!.querySelectorAll('[part="filters"]').length).to.equal(0);
      expect(squash($(el, '[part="active-filters"]').innerText)).to.equal('Kommun: Lilla Prov.');
      expect(names(el)).to.deep.equal(IN_LILLA_PROV);
      await expect(el).to.be.accessible();
    });
  });

  describe('events', () => {
    it('fires gr-search with the query, filters and count after a change', async () => {
      const el = await fixture<GrNetworkFinder>(html`<gr-network-finder .data=${data}></gr-network-finder>`);
      const e = await check(el, option(el, 'municipality', 'ostervik'));
      expect(e).to.be.instanceOf(GrSearchEvent);
      expect(e.bubbles && e.composed).to.equal(true);
      expect(e.detail).to.deep.equal({ query: '', municipalities: ['ostervik'], areas: [], count: 3 });

      const e2 = await search(el, 'prov');
      expect(e2.detail).to.deep.equal({ query: 'prov', municipalities: ['ostervik'], areas: [], count: 1 });
      expect(names(el)).to.deep.equal(['Provnätverket']);
    });
  });

  describe('address (sync-url)', () => {
    let original = '';
    beforeEach(() => {
      original = location.href;
    });
    afterEach(() => {
      history.replaceState(null, '', original);
    });

    it('writes only its own namespaced parameters and keeps the host page’s parameters and hash', async () => {
      history.replaceState(null, '', `${location.pathname}?sida=2&tom&x=a%20b#innehall`);
      const el = await fixture<GrNetworkFinder>(html`<gr-network-finder .data=${data} sync-url></gr-network-finder>`);
      expect(location.search).to.equal('?sida=2&tom&x=a%20b');
      await search(el, 'vilande');
      await check(el, option(el, 'municipality', 'aby'));
      await check(el, option(el, 'municipality', 'provstad'));
      expect(location.search).to.equal('?sida=2&tom&x=a%20b&grn-q=vilande&grn-kommun=aby,provstad');
      expect(location.hash).to.equal('#innehall');
      const cleared = oneEvent(el, 'gr-search');
      $<HTMLButtonElement>(el, '[part="clear"]').click();
      await cleared;
      expect(location.search).to.equal('?sida=2&tom&x=a%20b&grn-q=vilande');
    });

    it('without sync-url leaves the address alone and ignores the host page’s navigation', async () => {
      history.replaceState(null, '', `${location.pathname}?grn-q=vilande`);
      const el = await fixture<GrNetworkFinder>(html`<gr-network-finder .data=${data}></gr-network-finder>`);
      expect(names(el)).to.deep.equal(ALL_NAMES);
      await search(el, 'testplan');
      expect(location.search).to.equal('?grn-q=vilande');
      window.dispatchEvent(new PopStateEvent('popstate'));
      await el.updateComplete;
      expect(names(el)).to.deep.equal(['Nätverket för testplanering']);
    });

    it('reads its parameters on connect, honours a prefix, and follows Back', async () => {
      history.replaceState(null, '', `${location.pathname}?nf-q=testplan&nf-omrade=provomradet&grn-q=vilande`);
      const el = await fixture<GrNetworkFinder>(
        html`<gr-network-finder .data=${data} sync-url url-prefix="nf-"></gr-network-finder>`,
      );
      expect(input(el).value).to.equal('testplan');
      expect(option(el, 'area', 'provomradet').checked).to.equal(true);
      expect(names(el)).to.deep.equal(['Nätverket för testplanering']);

      history.pushState(null, '', `${location.pathname}?nf-q=vilande`);
      window.dispatchEvent(new PopStateEvent('popstate'));
      await el.updateComplete;
      expect(names(el)).to.deep.equal(['Nätverket för vilande frågor']);
      expect(option(el, 'area', 'provomradet').checked).to.equal(false);
      const back = oneEvent(window, 'popstate');
      history.back();
      await back;
      await el.updateComplete;
      expect(input(el).value).to.equal('testplan');
      expect(names(el)).to.deep.equal(['Nätverket för testplanering']);
    });
  });

  describe('keyboard', () => {
    it('works end to end: search, filters, clear, then the results’ links, with visible focus', async () => {
      const wrapper = await mount(html`<button id="before">Före</button><gr-network-finder .data=${data}></gr-network-finder>`);
      const el = first<GrNetworkFinder>(wrapper, 'gr-network-finder');
      first<HTMLButtonElement>(wrapper, '#before').focus();

      await sendKeys({ press: 'Tab' });
      expect(deepActiveElement()).to.equal(input(el));
      const done = searched(el, 'nätverket');
      await sendKeys({ type: 'nätverket' });
      await done;
      await el.updateComplete;
      expect(liveText(el)).to.equal('6 nätverk');
      expect(names(el)).to.not.include('Exempelrådet');

      await sendKeys({ press: 'Tab' });
      expect(deepActiveElement()).to.equal($(el, '[part="search-button"]'));
      await sendKeys({ press: 'Tab' });
      expect(deepActiveElement()).to.equal($(el, '[part="filters-summary"]'));
      await sendKeys({ press: 'Tab' });
      const firstBox = deepActiveElement() as HTMLInputElement;
      expect(firstBox).to.equal(option(el, 'municipality', 'exempelby'));
      expect(getComputedStyle(firstBox).outlineStyle).to.not.equal('none');
      const ticked = oneEvent(el, 'gr-search');
      await sendKeys({ press: 'Space' });
      await ticked;
      await el.updateComplete;
      expect(firstBox.checked).to.equal(true);
      expect(squash($(el, '[part="filters-summary"]').textContent)).to.equal('Filter (1 valda)');
      expect(liveText(el)).to.equal('4 nätverk');

      // Tab on: every checkbox (6 municipalities, 3 areas), then "Rensa filter", then a link inside the results. No trap.
      const order: Element[] = [];
      for (let i = 0; i < 20; i++) {
        await sendKeys({ press: 'Tab' });
        const a = deepActiveElement();
        if (!a) break;
        order.push(a);
        if (a.closest('[part="results"]')) break;
      }
      const clearAt = order.indexOf($(el, '[part="clear"]'));
      expect(clearAt, 'Rensa filter is reached after the other 8 boxes').to.equal(8);
      expect(order.slice(0, clearAt).every((x) => x instanceof HTMLInputElement && x.type === 'checkbox')).to.equal(true);
      const link = order[order.length - 1] as HTMLAnchorElement;
      expect(order).to.have.length(10);
      expect(link.localName).to.equal('a');
      expect(link.closest('[part="results"]')).to.not.equal(null);
      expect(squash(link.textContent)).to.equal('Mer om Nätverket för exempelplanering på example.org');
      expect(getComputedStyle(link).outlineStyle).to.not.equal('none');
      await expect(el).to.be.accessible();
    });

    it('has touch targets of at least 24 × 24 px', async () => {
      const el = await fixture<GrNetworkFinder>(html`<gr-network-finder .data=${data}></gr-network-finder>`);
      const targets = $$(el, 'input, button, summary, label[part="filter-option"]');
      expect(targets.length).to.be.greaterThan(10);
      for (const target of targets) {
        const r = target.getBoundingClientRect();
        expect(r.height, target.outerHTML.slice(0, 60)).to.be.at.least(24);
        expect(r.width, target.outerHTML.slice(0, 60)).to.be.at.least(24);
      }
    });
  });

  describe('English', () => {
    it('translates labels, kinds and announcements, and marks Swedish names lang="sv"', async () => {
      const wrapper = await mount(html`<gr-network-finder .data=${data} now=${NOW}></gr-network-finder>`, { lang: 'en' });
      const el = first<GrNetworkFinder>(wrapper, 'gr-network-finder');
      expect(squash($(el, 'label[for="q"]').textContent)).to.equal('Search networks');
      expect($$(el, 'legend').map((l) => squash(l.textContent))).to.deep.equal(['Municipality', 'Subject area']);
      expect(squash($(el, '[part="clear"]').textContent)).to.equal('Clear filters');
      expect(countText(el)).to.equal('7 networks');
      const prov = squash(result(el, 'Provnätverket').innerText);
      expect(prov).to.contain('Subject area Example area');
      expect(prov).to.contain('Type Network of managers');
      expect(prov).to.contain('All 6 member municipalities');
      expect(squash(result(el, 'Exempelchefsnätverket').innerText)).to.contain('about 6–8 meetings a year');
      expect(squash(result(el, 'Nätverket för vilande frågor').innerText)).to.contain('Status Paused');
      expect(optionLabels(el, 'area')).to.deep.equal(['Example area (3 networks)', 'Trial area (3 networks)', 'Övrigt (1 network)']);
      // Swedish proper names keep their spelling and are marked as Swedish.
      const heading = $(el, '[part="result-name"]');
      expect(heading.querySelector('[lang="sv"]')?.textContent).to.equal('Exempelchefsnätverket');
      expect(option(el, 'municipality', 'ostervik').closest('label')?.querySelector('[lang="sv"]')?.textContent).to.equal('Östervik');
      // An area without an English name is shown in Swedish, marked as such.
      expect(option(el, 'area', 'ovrigt').closest('label')?.querySelector('[lang="sv"]')?.textContent).to.equal('Övrigt');
      expect(squash(option(el, 'municipality', 'aby').closest('label')?.textContent)).to.equal('Åby (5 networks)');

      await search(el, 'vilande');
      expect(liveText(el)).to.equal('1 network');
      await search(el, 'zzqxv');
      expect(liveText(el)).to.equal('No networks found');
      expect($(el, '[part="empty"]').innerText).to.contain('No networks found');
      expect(squash($(el, '[part="empty-clear"]').textContent)).to.equal('Clear search and filters');
      await expect(el).to.be.accessible();
    });
  });

  describe('layout', () => {
    afterEach(async () => {
      await emulateForcedColors(null);
    });

    it('reflows at 320 px without horizontal scrolling, filters folded away from the results', async () => {
      await setViewport({ width: 320, height: 640 });
      const el = await fixture<GrNetworkFinder>(html`<gr-network-finder .data=${data} municipality="aby"></gr-network-finder>`);
      const details = $<HTMLDetailsElement>(el, 'details[part="filters"]');
      expect(details.open).to.equal(false);
      expect(squash($(el, '[part="filters-summary"]').textContent)).to.equal('Filter (1 valda)');
      const firstResult = $(el, '[part="result"]');
      expect(firstResult.getBoundingClientRect().top).to.be.lessThan(640);
      expect(document.documentElement.scrollWidth).to.be.at.most(document.documentElement.clientWidth);
      expect(el.scrollWidth).to.be.at.most(el.clientWidth);
      // Open, the filters still fit.
      $(el, '[part="filters-summary"]').click();
      await el.updateComplete;
      expect(details.open).to.equal(true);
      expect(document.documentElement.scrollWidth).to.be.at.most(document.documentElement.clientWidth);
      await expect(el).to.be.accessible();
    });

    it('in forced colours, highlights and the result cards stay visible', async () => {
      const el = await fixture<GrNetworkFinder>(html`<gr-network-finder .data=${data}></gr-network-finder>`);
      await search(el, 'vilande');
      await emulateForcedColors('active');
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      const mark = $(el, '[part="result-name"] mark');
      const article = result(el, 'Nätverket för vilande frågor').querySelector('article')!;
      // The match keeps a background of its own (the system's Mark colour), unlike the card around it.
      expect(getComputedStyle(mark).backgroundColor).to.not.equal(getComputedStyle(article).backgroundColor);
      // Backgrounds are gone in forced colours: the card and the search field keep a border in the text colour.
      for (const box of [article, input(el)]) {
        const style = getComputedStyle(box);
        expect(style.borderTopStyle, box.localName).to.equal('solid');
        expect(parseFloat(style.borderTopWidth), box.localName).to.be.greaterThan(0);
        expect(style.borderTopColor, box.localName).to.equal(getComputedStyle(article).color);
      }
      await expect(el).to.be.accessible();
    });

    it('prints the results with the chosen filters as text instead of the form', async () => {
      const el = await fixture<GrNetworkFinder>(
        html`<gr-network-finder .data=${data} municipality="lilla-prov" query="prov"></gr-network-finder>`,
      );
      await emulateMedia({ media: 'print' });
      expect(getComputedStyle($(el, '[part="search"]')).display).to.equal('none');
      const active = $(el, '[part="active-filters"]');
      expect(getComputedStyle(active).display).to.not.equal('none');
      expect(squash(active.innerText)).to.equal('Sökning: ”prov”. Kommun: Lilla Prov.');
      expect(names(el)).to.deep.equal(['Provnätverket', 'Undernätverket för prov', 'Nätverket för testplanering']);
    });
  });

  describe('many results', () => {
    // 120 networks: the fixture's 7 (all sorted before "Ö"), then Övningsgrupp 001–113.
    const many = manyNetworks();

    // Each state is its own test: an axe check over 50–120 results is the slow part of these tests.
    it('shows the first 50 and keeps the total in the count, with a button after the list for the rest', async () => {
      const el = await fixture<GrNetworkFinder>(html`<gr-network-finder .data=${many}></gr-network-finder>`);
      expect(names(el)).to.deep.equal([...ALL_NAMES, ...ovningsgrupp(1, 43)]);
      expect(countText(el)).to.equal('120 nätverk');
      expect(liveText(el)).to.equal('');
      // The button comes right after the list and says how many are not shown yet.
      expect($(el, '[part="results"]').nextElementSibling?.contains(more(el))).to.equal(true);
      expect(squash(more(el)?.textContent)).to.equal('Visa fler nätverk (70 till)');
      await expect(el).to.be.accessible();
    });

    it('adds 50 more with each press, focus on the first new one, until all are shown', async () => {
      const el = await fixture<GrNetworkFinder>(html`<gr-network-finder .data=${many}></gr-network-finder>`);
      more(el)!.click();
      await el.updateComplete;
      expect(names(el)).to.deep.equal([...ALL_NAMES, ...ovningsgrupp(1, 93)]);
      // Focus is on the 51st network's name (focusable by script only), so reading continues there.
      const heading51 = $$(el, '[part="result-name"]')[50]!;
      await waitFor(() => deepActiveElement(), heading51, 'focus on the 51st result');
      expect(squash(heading51.textContent)).to.equal('Övningsgrupp 044');
      expect(heading51.getAttribute('tabindex')).to.equal('-1');
      expect(countText(el)).to.equal('120 nätverk');
      expect(liveText(el)).to.equal('');
      expect(squash(more(el)?.textContent)).to.equal('Visa fler nätverk (20 till)');
      await expect(el).to.be.accessible();
    });

    it('shows the rest on the last press, without the button, and leaves no heading focusable', async () => {
      const el = await fixture<GrNetworkFinder>(html`<gr-network-finder .data=${many}></gr-network-finder>`);
      more(el)!.click();
      await el.updateComplete;
      more(el)!.click();
      await el.updateComplete;
      expect(names(el)).to.deep.equal([...ALL_NAMES, ...ovningsgrupp(1, 113)]);
      const heading101 = $$(el, '[part="result-name"]')[100]!;
      await waitFor(() => deepActiveElement(), heading101, 'focus on the 101st result');
      expect(squash(heading101.textContent)).to.equal('Övningsgrupp 094');
      expect(el.shadowRoot!.querySelectorAll('[part="more"]').length).to.equal(0);
      expect(countText(el)).to.equal('120 nätverk');
      // The heading is not left focusable once focus moves on.
      input(el).focus();
      expect(heading101.hasAttribute('tabindex')).to.equal(false);
      expect($$(el, '[part="result-name"][tabindex]')).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it('works from the keyboard: Enter and Space on the button, then Tab continues inside the new result', async () => {
      const el = await fixture<GrNetworkFinder>(html`<gr-network-finder .data=${many}></gr-network-finder>`);
      more(el)!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      const heading51 = $$(el, '[part="result-name"]')[50]!;
      await waitFor(() => deepActiveElement(), heading51, 'focus on the 51st result');
      expect(names(el)).to.have.length(100);
      expect(getComputedStyle(heading51).outlineStyle).to.not.equal('none');
      // Tab continues from there: the 51st network's own link, not the top of the page.
      await sendKeys({ press: 'Tab' });
      const next = deepActiveElement()!;
      expect(next.localName).to.equal('a');
      expect(squash(next.textContent)).to.equal('Mer om Övningsgrupp 044 på example.org');

      more(el)!.focus();
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      await waitFor(() => names(el).length, 120, 'all 120 shown');
      await waitFor(() => deepActiveElement(), $$(el, '[part="result-name"]')[100]!, 'focus on the 101st result');
    });

    it('starts again from the first page after a new search, and announces the total', async () => {
      const el = await fixture<GrNetworkFinder>(html`<gr-network-finder .data=${many}></gr-network-finder>`);
      more(el)!.click();
      await el.updateComplete;
      expect(names(el)).to.have.length(100);
      const { detail } = await search(el, 'övningsgrupp');
      expect(detail.count).to.equal(113);
      expect(names(el)).to.deep.equal(ovningsgrupp(1, 50));
      expect(countText(el)).to.equal('113 nätverk');
      expect(liveText(el)).to.equal('113 nätverk');
      expect(squash(more(el)?.textContent)).to.equal('Visa fler nätverk (63 till)');

      // A filter that leaves fewer than 50 (every third group is in Provområdet): no button.
      await check(el, option(el, 'area', 'provomradet'));
      expect(names(el)).to.have.length(38);
      expect(names(el).slice(0, 3)).to.deep.equal(['Övningsgrupp 001', 'Övningsgrupp 004', 'Övningsgrupp 007']);
      expect(liveText(el)).to.equal('38 nätverk');
      expect(el.shadowRoot!.querySelectorAll('[part="more"]').length).to.equal(0);
    });

    it('labels the button in English', async () => {
      const wrapper = await mount(html`<gr-network-finder .data=${many}></gr-network-finder>`, { lang: 'en' });
      const el = first<GrNetworkFinder>(wrapper, 'gr-network-finder');
      expect(countText(el)).to.equal('120 networks');
      expect(squash(more(el)?.textContent)).to.equal('Show more networks (70 more)');
      await expect(el).to.be.accessible();
    });

    it('prints the results shown with a note that the list is not complete, without the button', async () => {
      const el = await fixture<GrNetworkFinder>(html`<gr-network-finder .data=${many}></gr-network-finder>`);
      const note = $(el, '[part="shown-note"]');
      expect(note.checkVisibility()).to.equal(false);
      expect(more(el)!.checkVisibility()).to.equal(true);
      await emulateMedia({ media: 'print' });
      expect(more(el)!.checkVisibility()).to.equal(false);
      expect(getComputedStyle(note).display).to.not.equal('none');
      expect(squash(note.innerText)).to.equal('50 av 120 nätverk visas.');
    });
  });
});
