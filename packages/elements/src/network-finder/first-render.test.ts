/**
 * The finder's first render in a browser shows the first 10 results and the rest of the page of 50 in the
 * next task (a shorter first long task). What the visitor gets once it has rendered is unchanged, and
 * `updateComplete` resolves only when the whole page is rendered.
 */
import { expect } from '@open-wc/testing';
import { createFixtureDataset } from '@goteborgsregionen/data/testing';
import type { Dataset } from '@goteborgsregionen/data';
import './define.js';
import type { GrNetworkFinder } from './network-finder.js';
import { $$, mount, squash } from '../test-support/helpers.js';

/** The fixture with fictional "Övningsgrupp NNN" networks added: 120 in all. */
function manyNetworks(): Dataset {
  const many = createFixtureDataset();
  const areas = ['exempelomradet', 'provomradet', 'ovrigt'];
  for (let i = 1; i <= 113; i++) {
    const id = `ovningsgrupp-${String(i).padStart(3, '0')}`;
    many.networks.push({
      id,
      name: `Övningsgrupp ${String(i).padStart(3, '0')}`,
      area: areas[i % 3]!,
      kind: 'regional-samverkan',
      municipalities: [],
      sources: [{ url: `https://example.org/exempelregionen/${id}`, asOf: '2026-11' }],
    } as Dataset['networks'][number]);
  }
  return many;
}

const resultCount = (el: Element) => el.shadowRoot!.querySelectorAll('[part="result"]').length;

describe('<gr-network-finder> first render', () => {
  it('renders the first 10 results, then the rest of the page in a later task; updateComplete waits for all 50', async () => {
    const wrapper = await mount(document.createElement('section'));
    const el = document.createElement('gr-network-finder') as GrNetworkFinder;
    el.data = manyNetworks();
    // Every render's result count and whether the "show more" button was there.
    const renders: { results: number; more: boolean }[] = [];
    const observer = new MutationObserver(() =>
      renders.push({ results: resultCount(el), more: el.shadowRoot!.querySelector('[part="more"]') !== null }),
    );
    wrapper.append(el);
    observer.observe(el.shadowRoot!, { childList: true, subtree: true });
    await el.updateComplete;
    observer.disconnect();

    expect(renders[0], 'the first render').to.deep.equal({ results: 10, more: false });
    expect(renders.at(-1), 'the last render').to.deep.equal({ results: 50, more: true });
    // What the visitor gets: the total in the count, 50 results, the button for the other 70.
    expect(squash(el.shadowRoot!.querySelector('[part="count"]')?.textContent)).to.equal('120 nätverk');
    expect(resultCount(el)).to.equal(50);
    expect(squash(el.shadowRoot!.querySelector('[part="more"]')?.textContent)).to.equal('Visa fler nätverk (70 till)');
    expect(squash($$(el, '[part="result-name"]')[49]?.textContent)).to.equal('Övningsgrupp 043');
    await expect(el).to.be.accessible();
  });

  it('a later change renders every result of the page at once', async () => {
    const wrapper = await mount(document.createElement('section'));
    const el = document.createElement('gr-network-finder') as GrNetworkFinder;
    el.data = manyNetworks();
    wrapper.append(el);
    await el.updateComplete;
    const counts: number[] = [];
    const observer = new MutationObserver(() => counts.push(resultCount(el)));
    observer.observe(el.shadowRoot!, { childList: true, subtree: true });
    el.setAttribute('area', 'ovrigt');
    await el.updateComplete;
    observer.disconnect();
    expect(counts.length).to.be.greaterThan(0);
    expect(counts.every((n) => n === counts[0]), `results per render: ${counts.join(', ')}`).to.equal(true);
    expect(resultCount(el)).to.equal(counts[0]);
  });
});
