import { fixture, html, expect, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport, emulateMedia } from '@web/test-runner-commands';
import sinon from 'sinon';
import { dataset } from '@goteborgsregionen/data';
import type { Dataset, Network } from '@goteborgsregionen/data';
import './define.js';
import type { GrNetworkFinder } from './network-finder.js';
import { GrSearchEvent } from './search-event.js';
import { $, $$, copyDataset, deepActiveElement, first, mount, squash, visibleText, waitFor } from '../test-support/helpers.js';

const collator = new Intl.Collator('sv');
const ALL = dataset.networks.length;
const byName = (a: string, b: string) => collator.compare(a, b);
const inLilla = dataset.networks.filter((n) => n.municipalities.includes('lilla-edet')).length;
const inArea = (id: string) => dataset.networks.filter((n) => n.area === id).length;

/** Names of the networks shown, in order (text of each result heading). */
const names = (el: Element) => $$(el, '[part="result-name"]').map((h) => squash(h.textContent));
/** The one polite live region that announces the count. */
const live = (el: Element) => $(el, '[role="status"][aria-live="polite"]');
const liveText = (el: Element) => squash(live(el).textContent);
const input = (el: Element) => $<HTMLInputElement>(el, 'input[type="search"]');
const option = (el: Element, name: 'municipality' | 'area', value: string) =>
  $<HTMLInputElement>(el, `input[name="${name}"][value="${value}"]`);
/** "Ale (33 nätverk)" → 33. */
const countOf = (el: Element, name: 'municipality' | 'area', value: string) => {
  const label = option(el, name, value).closest('label');
  const m = /\((\d+)/.exec(label?.textContent ?? '');
  return m ? Number(m[1]) : NaN;
};

/** Types into the search field like a user (input events), then waits for the debounced announcement. */
async function type(el: GrNetworkFinder, text: string): Promise<void> {
  const field = input(el);
  field.focus();
  field.value = '';
  await sendKeys({ type: text });
}

/** Resolves when the finder reports a search for exactly `query` (typing slowly may search for a prefix first). */
function searched(el: GrNetworkFinder, query: string): Promise<GrSearchEvent> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no gr-search for "${query}"`)), 5000);
    const on = (e: GrSearchEvent) => {
      if (e.detail.query !== query.trim()) return;
      clearTimeout(timer);
      el.removeEventListener('gr-search', on);
      resolve(e);
    };
    el.addEventListener('gr-search', on);
  });
}

/** Types `text` and waits until the results and the announcement are for all of it. */
async function search(el: GrNetworkFinder, text: string): Promise<void> {
  const done = searched(el, text);
  await type(el, text);
  await done;
  await el.updateComplete;
}

/**
 * GR's dataset with clones of its networks added until there are `total` (valid for parseDataset: new
 * slug ids and names, the originals' areas, municipalities, contacts and sources).
 */
function manyNetworks(total: number): Dataset {
  const data = copyDataset();
  const originals = [...data.networks];
  for (let i = 1; data.networks.length < total; i++) {
    const n = structuredClone(originals[i % originals.length]) as Network;
    const no = String(i).padStart(3, '0');
    n.id = `testnatverk-${no}`;
    n.name = `Testnätverk ${no}`;
    data.networks.push(n);
  }
  return data;
}

/** The "Visa fler nätverk" button, or null when every result is shown. */
const more = (el: Element) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part="more"]');

async function check(el: GrNetworkFinder, box: HTMLInputElement): Promise<void> {
  box.click();
  await el.updateComplete;
}

describe('<gr-network-finder>', () => {
  afterEach(async () => {
    sinon.restore();
    await setViewport({ width: 800, height: 600 });
    await emulateMedia({ media: 'screen' });
  });

  describe('browsing without a query', () => {
    it('lists every network in Swedish alphabetical order, with a labelled search field and no announcement', async () => {
      const el = await fixture<GrNetworkFinder>(html`<gr-network-finder></gr-network-finder>`);
      const shown = names(el);
      expect(shown).to.have.length(ALL);
      const expected = dataset.networks.map((n) => n.name).sort(byName);
      expect(shown.slice(0, 6)).to.deep.equal(expected.slice(0, 6));
      expect(shown).to.deep.equal(expected);
      // Å, Ä, Ö sort after Z: a name starting with Ö or Ä never comes before one starting with A–Z.
      expect(squash($(el, '[part="count"]').textContent)).to.equal(`${ALL} nätverk`);
      const label = $<HTMLLabelElement>(el, 'label[for="q"]');
      expect(squash(label.textContent)).to.equal('Sök nätverk');
      expect(input(el).labels?.[0]).to.equal(label);
      expect(input(el).type).to.equal('search');
      expect(liveText(el)).to.equal('');
      expect($$(el, '[role="status"]')).to.have.length(1);
      expect($$(el, '.results > li[part="result"]')).to.have.length(ALL);
      await expect(el).to.be.accessible();
    });

    it('shows each network’s area, kind, meeting frequency, members, parent, partners and contacts', async () => {
      const el = await fixture<GrNetworkFinder>(html`<gr-network-finder></gr-network-finder>`);
      const result = (name: string) => {
        const h = $$(el, '[part="result-name"]').find((x) => squash(x.textContent) === name);
        expect(h, name).to.not.equal(undefined);
        return h!.closest('li') as HTMLElement;
      };
      const komm = squash(result('Kommunikationschefsnätverket').innerText);
      expect(komm).to.contain('Sakområde Kommundirektörer och stödfunktioner');
      expect(komm).to.contain('Typ Chefsnätverk');
      expect(komm).to.contain('Möten cirka 6–8 möten per år');
      expect(komm).to.contain('Medlemskommuner Alla 13 medlemskommuner');

      const plan = result('Nätverket för regional fysisk planering');
      const planText = squash(plan.innerText);
      expect(planText).to.contain('Ingår i Nätverket för samhällsbyggnadschefer');
      expect(planText).to.contain('Samarbetspartner Business Region Göteborg');
      // Contacts reuse the shared contact markup: a heading one level below the network's name.
      expect(plan.querySelector('h3[part="result-name"]')).to.not.equal(null);
      expect(plan.querySelector('h4[part="contact-name"]')?.textContent).to.equal('Sebastian Andersson');
      expect(plan.querySelector('a[part="contact-vcard"]')?.getAttribute('href')).to.match(/vcf\/sebastian-andersson\.vcf$/);

      const strand = squash(result('Strandskyddsgruppen').innerText);
      expect(strand).to.contain('2 möten per år');
      expect(strand, 'the source gives an exact figure').not.to.contain('cirka 2');
      expect(strand).to.contain('Samarbetspartner Orust kommun och Uddevalla kommun');
      // A link to the network's page on GR's site names the network.
      const link = result('Strandskyddsgruppen').querySelector<HTMLAnchorElement>('a[part="result-link"]');
      expect(link?.href).to.match(/^https:\/\/goteborgsregionen\.se\//);
      expect(squash(link?.textContent)).to.equal('Mer om Strandskyddsgruppen på goteborgsregionen.se');
    });
  });

  describe('searching', () => {
    it('filters as one types, best match first, highlights the match and announces only the count', async () => {
      const el = await fixture<GrNetworkFinder>(html`<gr-network-finder></gr-network-finder>`);
      await search(el, 'klimat');
      expect(names(el)).to.deep.equal(['Nätverket för klimat']);
      const mark = $(el, '[part="result-name"] mark');
      expect(mark.textContent).to.equal('klimat');
      expect(liveText(el)).to.equal('1 nätverk');
      expect(squash($(el, '[part="count"]').textContent)).to.equal('1 nätverk');
      expect($$(el, '[role="status"]')).to.have.length(1);
      await expect(el).to.be.accessible();

      await search(el, 'äldreomsorg');
      const shown = names(el);
      expect(shown.length).to.be.greaterThan(1);
      expect(liveText(el)).to.equal(`${shown.length} nätverk`);
      expect($$(el, '[part="result-name"] mark').map((m) => m.textContent)).to.include('äldreomsorg');
    });

    it('finds the right network despite a typo or missing å, ä, ö', async () => {
      const el = await fixture<GrNetworkFinder>(html`<gr-network-finder></gr-network-finder>`);
      await search(el, 'socialshefer');
      expect(names(el)[0]).to.equal('Socialchefsnätverket');
      await search(el, 'aldreomsorg');
      expect(names(el).slice(0, 3)).to.include('Nätverket för äldreomsorg samt hälso- och sjukvårdschefer');
      // The highlight keeps the name's own letters.
      const marks = $$(el, '[part="result-name"] mark').map((m) => m.textContent);
      expect(marks).to.include('äldreomsorg');
    });

    it('treats a municipality name in quotes as "networks that municipality belongs to"', async () => {
      const el = await fixture<GrNetworkFinder>(html`<gr-network-finder></gr-network-finder>`);
      await search(el, '"Lilla Edet"');
      expect(names(el)).to.have.length(inLilla);
      expect(liveText(el)).to.equal(`${inLilla} nätverk`);
      const lillaEdetIds = new Set(dataset.networks.filter((n) => n.municipalities.includes('lilla-edet')).map((n) => n.name));
      for (const n of names(el)) expect(lillaEdetIds.has(n), n).to.equal(true);
    });

    it('searches at once on Enter, and submitting never reloads the page', async () => {
      const el = await fixture<GrNetworkFinder>(html`<gr-network-finder debounce="60000"></gr-network-finder>`);
      const href = location.href;
      await type(el, 'skoljur');
      await el.updateComplete;
      // The (very long) debounce has not run: still the full list.
      expect(names(el)).to.have.length(ALL);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(names(el)).to.deep.equal(['Skoljuridiska gruppen']);
      expect(liveText(el)).to.equal('1 nätverk');
      expect(location.href).to.equal(href);
    });

    it('shows an empty state that says so, and its button clears search and filters', async () => {
      const el = await fixture<GrNetworkFinder>(html`<gr-network-finder area="utbildning"></gr-network-finder>`);
      await search(el, 'zzqxv');
      expect(names(el)).to.have.length(0);
      const empty = $(el, '[part="empty"]');
      expect(empty.innerText).to.contain('Inga nätverk hittades');
      expect(liveText(el)).to.equal('Inga nätverk hittades');
      await expect(el).to.be.accessible();

      const clear = $<HTMLButtonElement>(el, '[part="empty-clear"]');
      expect(squash(clear.textContent)).to.equal('Rensa sökning och filter');
      clear.click();
      await el.updateComplete;
      await waitFor(() => names(el).length, ALL, 'all networks');
      expect(input(el).value).to.equal('');
      expect(option(el, 'area', 'utbildning').checked).to.equal(false);
      expect(liveText(el)).to.equal(`${ALL} nätverk`);
      // Focus is not lost with the button: it moves to the search field.
      expect(deepActiveElement()).to.equal(input(el));
      await expect(el).to.be.accessible();
    });

    it('renders hostile strings in the data as inert text', async () => {
      const data: Dataset = copyDataset();
      const evil = '<img src=x onerror="window.__grXss=1">';
      const target = data.networks[0] as Network;
      target.name = evil;
      target.description = { sv: '<script>window.__grXss=2</script><b>fet</b>', en: '<svg onload=alert(1)>' };
      const el = await fixture<GrNetworkFinder>(html`<gr-network-finder .data=${data}></gr-network-finder>`);
      await el.updateComplete;
      expect(names(el)).to.include(evil);
      expect(visibleText(el)).to.contain('<script>window.__grXss=2</script><b>fet</b>');
      expect(el.shadowRoot!.querySelector('img, script, svg, b')).to.equal(null);
      await search(el, 'img');
      expect(names(el)[0]).to.equal(evil);
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
      await new Promise((r) => setTimeout(r, 50));
      expect((window as unknown as { __grXss?: number }).__grXss).to.equal(undefined);
      await expect(el).to.be.accessible();
    });
  });

  describe('filters', () => {
    it('offers the 13 municipalities as checkboxes in a fieldset, in Swedish order, with counts', async () => {
      const el = await fixture<GrNetworkFinder>(html`<gr-network-finder></gr-network-finder>`);
      const fieldsets = $$(el, 'fieldset');
      expect(fieldsets.map((f) => squash(f.querySelector('legend')?.textContent))).to.deep.equal(['Kommun', 'Sakområde']);
      const boxes = $$<HTMLInputElement>(el, 'input[name="municipality"]');
      expect(boxes).to.have.length(13);
      const labels = boxes.map((b) => squash(b.closest('label')?.querySelector('span')?.textContent).replace(/ \(.*$/, ''));
      expect(labels).to.deep.equal(dataset.municipalities.map((m) => m.name).sort(byName));
      expect(labels[labels.length - 1]).to.equal('Öckerö');
      for (const a of dataset.areas) expect(countOf(el, 'area', a.id), a.id).to.equal(inArea(a.id));
      expect(countOf(el, 'municipality', 'lilla-edet')).to.equal(inLilla);
      // The count is part of the accessible name: "Ale (33 nätverk)".
      expect(squash(option(el, 'municipality', 'ale').closest('label')?.textContent)).to.match(/^Ale \(\d+ nätverk\)$/);
    });

    it('presets municipality, area and query from attributes', async () => {
      const el = await fixture<GrNetworkFinder>(
        html`<gr-network-finder municipality="lilla-edet" area="utbildning" query="chef"></gr-network-finder>`,
      );
      expect(option(el, 'municipality', 'lilla-edet').checked).to.equal(true);
      expect(option(el, 'area', 'utbildning').checked).to.equal(true);
      expect(input(el).value).to.equal('chef');
      const shown = names(el);
      expect(shown.length).to.be.greaterThan(0);
      const utbildning = new Set(dataset.networks.filter((n) => n.area === 'utbildning').map((n) => n.name));
      for (const n of shown) expect(utbildning.has(n), n).to.equal(true);
      expect(squash($(el, '[part="filters-summary"]').textContent)).to.equal('Filter (2 valda)');
      expect(liveText(el)).to.equal('');
      await expect(el).to.be.accessible();
    });

    it('ORs several municipalities and counts each option against the other filters and the query', async () => {
      // A copy of GR's data where three networks have particular members, so OR is visible.
      const data = copyDataset();
      for (const n of data.networks) n.municipalities = [];
      const [a, b, c] = data.networks as [Network, Network, Network];
      a.municipalities = ['ale'];
      b.municipalities = ['lerum'];
      c.municipalities = ['ale', 'lerum', 'partille'];
      const el = await fixture<GrNetworkFinder>(html`<gr-network-finder .data=${data}></gr-network-finder>`);
      expect(countOf(el, 'municipality', 'ale')).to.equal(2);
      expect(countOf(el, 'municipality', 'lerum')).to.equal(2);
      expect(countOf(el, 'municipality', 'partille')).to.equal(1);
      expect(countOf(el, 'municipality', 'goteborg')).to.equal(0);

      await check(el, option(el, 'municipality', 'ale'));
      expect(names(el).sort(byName)).to.deep.equal([a.name, c.name].sort(byName));
      expect(liveText(el)).to.equal('2 nätverk');
      await check(el, option(el, 'municipality', 'lerum'));
      expect(names(el).sort(byName)).to.deep.equal([a.name, b.name, c.name].sort(byName));
      expect(liveText(el)).to.equal('3 nätverk');
      // Within a group the counts ignore the group's own choice; area counts follow the municipalities.
      expect(countOf(el, 'municipality', 'partille')).to.equal(1);
      const areaOfA = a.area;
      const expectedArea = [a, b, c].filter((n) => n.area === areaOfA).length;
      expect(countOf(el, 'area', areaOfA)).to.equal(expectedArea);
      // Members other than all 13 are listed by name, in Swedish order.
      const cItem = $$(el, '[part="result-name"]').find((h) => squash(h.textContent) === c.name)!.closest('li')!;
      expect(squash(cItem.innerText)).to.contain('Medlemskommuner Ale, Lerum och Partille');
      await expect(el).to.be.accessible();

      // AND across groups: an area none of them is in empties the list, and the municipality counts follow.
      const otherArea = dataset.areas.find((x) => ![a, b, c].some((n) => n.area === x.id))!;
      await check(el, option(el, 'area', otherArea.id));
      expect(names(el)).to.have.length(0);
      expect(liveText(el)).to.equal('Inga nätverk hittades');
      expect(countOf(el, 'municipality', 'ale')).to.equal(0);
      expect(countOf(el, 'municipality', 'lerum')).to.equal(0);
      await check(el, option(el, 'area', areaOfA));
      expect(countOf(el, 'municipality', 'ale')).to.equal([a, c].filter((n) => n.area === areaOfA).length);
    });

    it('counts follow the query', async () => {
      const el = await fixture<GrNetworkFinder>(html`<gr-network-finder></gr-network-finder>`);
      await search(el, 'chef');
      const shown = new Set(names(el));
      for (const a of dataset.areas) {
        const expected = dataset.networks.filter((n) => n.area === a.id && shown.has(n.name)).length;
        expect(countOf(el, 'area', a.id), a.id).to.equal(expected);
      }
    });

    it('"Rensa filter" clears every filter and announces the new count', async () => {
      const el = await fixture<GrNetworkFinder>(html`<gr-network-finder municipality="ale" area="utbildning"></gr-network-finder>`);
      expect(names(el)).to.have.length(inArea('utbildning'));
      const clear = $<HTMLButtonElement>(el, '[part="clear"]');
      expect(squash(clear.textContent)).to.equal('Rensa filter');
      clear.click();
      await el.updateComplete;
      expect(names(el)).to.have.length(ALL);
      expect($$<HTMLInputElement>(el, 'input[type="checkbox"]').filter((b) => b.checked)).to.have.length(0);
      expect(liveText(el)).to.equal(`${ALL} nätverk`);
      expect(squash($(el, '[part="filters-summary"]').textContent)).to.equal('Filter');
      await expect(el).to.be.accessible();
    });

    it('names unknown ids in a visible notice, warns with the valid ids and works with the rest', async () => {
      const warn = sinon.stub(console, 'warn');
      const el = await fixture<GrNetworkFinder>(
        html`<gr-network-finder municipality="atlantis lilla-edet" area="rymden"></gr-network-finder>`,
      );
      const notice = $(el, '[part="notice"]');
      expect(notice.getAttribute('role')).to.equal('status');
      expect(notice.innerText).to.contain('Okänd kommun ”atlantis” i attributet municipality ignoreras');
      expect(notice.innerText).to.contain('Okänt sakområde ”rymden” i attributet area ignoreras');
      const messages = warn.getCalls().map((c) => String(c.args[0]));
      const m = messages.find((x) => x.includes('atlantis'));
      expect(m, messages.join('\n')).to.be.a('string');
      expect(m).to.contain('lilla-edet');
      expect(m).to.contain('ockero');
      expect(messages.find((x) => x.includes('rymden'))).to.contain('utbildning');
      expect(option(el, 'municipality', 'lilla-edet').checked).to.equal(true);
      expect(names(el)).to.have.length(inLilla);
      warn.restore();
      await expect(el).to.be.accessible();
    });

    it('can hide the filter controls and then states the preset as text', async () => {
      const el = await fixture<GrNetworkFinder>(html`<gr-network-finder municipality="lilla-edet" without-filters></gr-network-finder>`);
      expect(el.shadowRoot!.querySelector('[part="filters"]')).to.equal(null);
      expect(squash($(el, '[part="active-filters"]').innerText)).to.equal('Kommun: Lilla Edet.');
      expect(names(el)).to.have.length(inLilla);
      await expect(el).to.be.accessible();
    });
  });

  describe('events', () => {
    it('fires gr-search with the query, filters and count after a change', async () => {
      const el = await fixture<GrNetworkFinder>(html`<gr-network-finder></gr-network-finder>`);
      setTimeout(() => option(el, 'municipality', 'ale').click());
      const e = await oneEvent(el, 'gr-search');
      expect(e).to.be.instanceOf(GrSearchEvent);
      expect(e.bubbles && e.composed).to.equal(true);
      const aleCount = dataset.networks.filter((n) => n.municipalities.includes('ale')).length;
      expect(e.detail).to.deep.equal({ query: '', municipalities: ['ale'], areas: [], count: aleCount });

      const next = searched(el, 'klimat');
      await type(el, 'klimat');
      const e2 = await next;
      expect(e2.detail).to.deep.equal({ query: 'klimat', municipalities: ['ale'], areas: [], count: 1 });
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
      const el = await fixture<GrNetworkFinder>(html`<gr-network-finder sync-url></gr-network-finder>`);
      expect(location.search).to.equal('?sida=2&tom&x=a%20b');
      await search(el, 'klimat');
      await check(el, option(el, 'municipality', 'ale'));
      await check(el, option(el, 'municipality', 'lerum'));
      expect(location.search).to.equal('?sida=2&tom&x=a%20b&grn-q=klimat&grn-kommun=ale,lerum');
      expect(location.hash).to.equal('#innehall');
      $<HTMLButtonElement>(el, '[part="clear"]').click();
      await el.updateComplete;
      expect(location.search).to.equal('?sida=2&tom&x=a%20b&grn-q=klimat');
    });

    it('without sync-url leaves the address alone and ignores the host page’s navigation', async () => {
      history.replaceState(null, '', `${location.pathname}?grn-q=klimat`);
      const el = await fixture<GrNetworkFinder>(html`<gr-network-finder></gr-network-finder>`);
      expect(names(el)).to.have.length(ALL);
      await search(el, 'skoljur');
      expect(location.search).to.equal('?grn-q=klimat');
      window.dispatchEvent(new PopStateEvent('popstate'));
      await el.updateComplete;
      expect(names(el)).to.deep.equal(['Skoljuridiska gruppen']);
    });

    it('reads its parameters on connect, honours a prefix, and follows Back', async () => {
      history.replaceState(null, '', `${location.pathname}?nf-q=skoljur&nf-omrade=utbildning&grn-q=klimat`);
      const el = await fixture<GrNetworkFinder>(html`<gr-network-finder sync-url url-prefix="nf-"></gr-network-finder>`);
      expect(input(el).value).to.equal('skoljur');
      expect(option(el, 'area', 'utbildning').checked).to.equal(true);
      expect(names(el)).to.deep.equal(['Skoljuridiska gruppen']);

      history.pushState(null, '', `${location.pathname}?nf-q=klimat`);
      window.dispatchEvent(new PopStateEvent('popstate'));
      await el.updateComplete;
      expect(names(el)).to.deep.equal(['Nätverket för klimat']);
      const back = oneEvent(window, 'popstate');
      history.back();
      await back;
      await el.updateComplete;
      expect(input(el).value).to.equal('skoljur');
      expect(names(el)).to.deep.equal(['Skoljuridiska gruppen']);
    });
  });

  describe('keyboard', () => {
    it('works end to end: search, filters, clear, then the results’ links, with visible focus', async () => {
      const wrapper = await mount(html`<button id="before">Före</button><gr-network-finder></gr-network-finder>`);
      const el = first<GrNetworkFinder>(wrapper, 'gr-network-finder');
      first<HTMLButtonElement>(wrapper, '#before').focus();

      await sendKeys({ press: 'Tab' });
      expect(deepActiveElement()).to.equal(input(el));
      const done = searched(el, 'nätverket');
      await sendKeys({ type: 'nätverket' });
      await done;
      await el.updateComplete;
      expect(liveText(el)).to.match(/^\d+ nätverk$/);
      const afterSearch = names(el).length;
      expect(afterSearch).to.be.lessThan(ALL);

      await sendKeys({ press: 'Tab' });
      expect(deepActiveElement()).to.equal($(el, '[part="search-button"]'));
      await sendKeys({ press: 'Tab' });
      expect(deepActiveElement()).to.equal($(el, '[part="filters-summary"]'));
      await sendKeys({ press: 'Tab' });
      const firstBox = deepActiveElement() as HTMLInputElement;
      expect(firstBox).to.equal(option(el, 'municipality', 'ale'));
      expect(getComputedStyle(firstBox).outlineStyle).to.not.equal('none');
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(firstBox.checked).to.equal(true);
      expect(squash($(el, '[part="filters-summary"]').textContent)).to.equal('Filter (1 valda)');

      // Tab on: every checkbox, then "Rensa filter", then a link inside the results. No trap.
      const order: Element[] = [];
      for (let i = 0; i < 40; i++) {
        await sendKeys({ press: 'Tab' });
        const a = deepActiveElement();
        if (!a) break;
        order.push(a);
        if (a.closest('[part="results"]')) break;
      }
      const clearAt = order.indexOf($(el, '[part="clear"]'));
      expect(clearAt, 'Rensa filter is reached').to.be.greaterThan(0);
      expect(order.slice(0, clearAt).every((x) => x instanceof HTMLInputElement && x.type === 'checkbox')).to.equal(true);
      expect(clearAt).to.equal(13 + dataset.areas.length - 1);
      const link = order[order.length - 1] as HTMLElement;
      expect(link.localName).to.equal('a');
      expect(link.closest('[part="results"]')).to.not.equal(null);
      expect(getComputedStyle(link).outlineStyle).to.not.equal('none');
      await expect(el).to.be.accessible();
    });

    it('has touch targets of at least 24 × 24 px', async () => {
      const el = await fixture<GrNetworkFinder>(html`<gr-network-finder></gr-network-finder>`);
      for (const target of $$(el, 'input, button, summary, label[part="filter-option"]')) {
        const r = target.getBoundingClientRect();
        expect(r.height, target.outerHTML.slice(0, 60)).to.be.at.least(24);
        expect(r.width, target.outerHTML.slice(0, 60)).to.be.at.least(24);
      }
    });
  });

  describe('English', () => {
    it('translates labels, kinds and announcements, and marks Swedish names lang="sv"', async () => {
      const wrapper = await mount(html`<gr-network-finder></gr-network-finder>`, { lang: 'en' });
      const el = first<GrNetworkFinder>(wrapper, 'gr-network-finder');
      expect(squash($(el, 'label[for="q"]').textContent)).to.equal('Search networks');
      expect($$(el, 'legend').map((l) => squash(l.textContent))).to.deep.equal(['Municipality', 'Subject area']);
      expect(squash($(el, '[part="clear"]').textContent)).to.equal('Clear filters');
      expect(squash($(el, '[part="count"]').textContent)).to.equal(`${ALL} networks`);
      const text = visibleText(el);
      expect(text).to.contain('Network of managers');
      expect(text).to.contain('All 13 member municipalities');
      expect(text).to.contain('about 6–8 meetings a year');
      expect(text).to.contain('Labour market and social welfare');
      // Swedish proper names keep their spelling and are marked as Swedish.
      const heading = $(el, '[part="result-name"]');
      expect(heading.querySelector('[lang="sv"]')?.textContent).to.equal(names(el)[0]);
      expect(option(el, 'municipality', 'ockero').closest('label')?.querySelector('[lang="sv"]')?.textContent).to.equal('Öckerö');
      expect(squash(option(el, 'municipality', 'ale').closest('label')?.textContent)).to.match(/^Ale \(\d+ networks\)$/);

      await search(el, 'klimat');
      expect(liveText(el)).to.equal('1 network');
      await search(el, 'zzqxv');
      expect(liveText(el)).to.equal('No networks found');
      expect($(el, '[part="empty"]').innerText).to.contain('No networks found');
      expect(squash($(el, '[part="empty-clear"]').textContent)).to.equal('Clear search and filters');
      await expect(el).to.be.accessible();
    });
  });

  describe('layout', () => {
    it('reflows at 320 px without horizontal scrolling, filters folded away from the results', async () => {
      await setViewport({ width: 320, height: 640 });
      const el = await fixture<GrNetworkFinder>(html`<gr-network-finder municipality="ale"></gr-network-finder>`);
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

    it('prints the results with the chosen filters as text instead of the form', async () => {
      const el = await fixture<GrNetworkFinder>(html`<gr-network-finder municipality="lilla-edet" query="chef"></gr-network-finder>`);
      await emulateMedia({ media: 'print' });
      expect(getComputedStyle($(el, '[part="search"]')).display).to.equal('none');
      const active = $(el, '[part="active-filters"]');
      expect(getComputedStyle(active).display).to.not.equal('none');
      expect(squash(active.innerText)).to.equal('Sökning: ”chef”. Kommun: Lilla Edet.');
      expect($$(el, '[part="result"]').length).to.be.greaterThan(0);
    });
  });

  describe('many results', () => {
    const data = manyNetworks(120);
    const all = data.networks.map((n) => n.name).sort(byName);

    it('shows the first 50, keeps the total in the count, and adds 50 at a time with focus on the first new one', async function () {
      // Three axe checks over up to 120 results: more than mocha's default time on a loaded machine.
      this.timeout(30000);
      const el = await fixture<GrNetworkFinder>(html`<gr-network-finder .data=${data}></gr-network-finder>`);
      expect(names(el)).to.deep.equal(all.slice(0, 50));
      expect(squash($(el, '[part="count"]').textContent)).to.equal('120 nätverk');
      expect(liveText(el)).to.equal('');
      // The button comes right after the list and says how many are not shown yet.
      expect($(el, '[part="results"]').nextElementSibling?.contains(more(el))).to.equal(true);
      expect(squash(more(el)?.textContent)).to.equal('Visa fler nätverk (70 till)');
      await expect(el).to.be.accessible();

      more(el)!.click();
      await el.updateComplete;
      expect(names(el)).to.deep.equal(all.slice(0, 100));
      // Focus is on the 51st network's name (focusable by script only), so reading continues there.
      const heading51 = $$(el, '[part="result-name"]')[50]!;
      await waitFor(() => deepActiveElement(), heading51, 'focus on the 51st result');
      expect(squash(heading51.textContent)).to.equal(all[50]);
      expect(heading51.getAttribute('tabindex')).to.equal('-1');
      expect(squash($(el, '[part="count"]').textContent)).to.equal('120 nätverk');
      expect(liveText(el)).to.equal('');
      expect(squash(more(el)?.textContent)).to.equal('Visa fler nätverk (20 till)');
      await expect(el).to.be.accessible();

      more(el)!.click();
      await el.updateComplete;
      expect(names(el)).to.deep.equal(all);
      const heading101 = $$(el, '[part="result-name"]')[100]!;
      await waitFor(() => deepActiveElement(), heading101, 'focus on the 101st result');
      expect(more(el)).to.equal(null);
      // The heading is not left focusable once focus moves on.
      input(el).focus();
      expect(heading101.hasAttribute('tabindex')).to.equal(false);
      await expect(el).to.be.accessible();
    });

    it('works from the keyboard: Enter and Space on the button, then Tab continues inside the new result', async () => {
      const el = await fixture<GrNetworkFinder>(html`<gr-network-finder .data=${data}></gr-network-finder>`);
      more(el)!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      const heading51 = $$(el, '[part="result-name"]')[50]!;
      await waitFor(() => deepActiveElement(), heading51, 'focus on the 51st result');
      expect(names(el)).to.have.length(100);
      expect(getComputedStyle(heading51).outlineStyle).to.not.equal('none');
      // Tab continues from there: the next link after the 51st network's name, not the top of the page.
      await sendKeys({ press: 'Tab' });
      const next = deepActiveElement()!;
      expect(next.localName).to.equal('a');
      expect(next.closest('[part="results"]')).to.not.equal(null);
      expect(heading51.compareDocumentPosition(next) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);

      more(el)!.focus();
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      await waitFor(() => names(el).length, 120, 'all 120 shown');
      await waitFor(() => deepActiveElement(), $$(el, '[part="result-name"]')[100]!, 'focus on the 101st result');
    });

    it('starts again from the first page after a new search, and announces the total', async () => {
      const el = await fixture<GrNetworkFinder>(html`<gr-network-finder .data=${data}></gr-network-finder>`);
      more(el)!.click();
      await el.updateComplete;
      expect(names(el)).to.have.length(100);
      const done = searched(el, 'testnätverk');
      await type(el, 'testnätverk');
      const { detail } = await done;
      await el.updateComplete;
      expect(detail.count).to.be.greaterThan(50);
      expect(names(el)).to.have.length(50);
      expect(squash($(el, '[part="count"]').textContent)).to.equal(`${detail.count} nätverk`);
      expect(liveText(el)).to.equal(`${detail.count} nätverk`);
      expect(squash(more(el)?.textContent)).to.equal(`Visa fler nätverk (${detail.count - 50} till)`);

      // A filter that leaves fewer than 50: no button.
      await check(el, option(el, 'area', 'utbildning'));
      expect(names(el).length).to.be.at.most(50);
      expect(names(el)).to.have.length(Number(/^\d+/.exec(liveText(el))?.[0]));
      expect(more(el)).to.equal(null);
    });

    it('labels the button in English', async () => {
      const wrapper = await mount(html`<gr-network-finder .data=${data}></gr-network-finder>`, { lang: 'en' });
      const el = first<GrNetworkFinder>(wrapper, 'gr-network-finder');
      expect(squash($(el, '[part="count"]').textContent)).to.equal('120 networks');
      expect(squash(more(el)?.textContent)).to.equal('Show more networks (70 more)');
      await expect(el).to.be.accessible();
    });

    it('prints the results shown with a note that the list is not complete, without the button', async () => {
      const el = await fixture<GrNetworkFinder>(html`<gr-network-finder .data=${data}></gr-network-finder>`);
      const note = $(el, '[part="shown-note"]');
      expect(note.checkVisibility()).to.equal(false);
      expect(more(el)!.checkVisibility()).to.equal(true);
      await emulateMedia({ media: 'print' });
      expect(more(el)!.checkVisibility()).to.equal(false);
      expect(getComputedStyle(note).display).to.not.equal('none');
      expect(squash(note.innerText)).to.equal('50 av 120 nätverk visas.');
    });
  });

  describe('performance', () => {
    it('creates no Intl objects while one types and filters', async () => {
      const el = await fixture<GrNetworkFinder>(html`<gr-network-finder></gr-network-finder>`);
      await search(el, 'chef');
      const spies = (['Collator', 'PluralRules', 'NumberFormat', 'DateTimeFormat', 'ListFormat'] as const).map((k) =>
        sinon.spy(Intl, k),
      );
      await search(el, 'skola');
      await check(el, option(el, 'municipality', 'ale'));
      await check(el, option(el, 'area', 'utbildning'));
      for (const s of spies) expect(s.callCount).to.equal(0);
    });
  });
});
