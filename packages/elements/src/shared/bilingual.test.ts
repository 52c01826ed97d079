/**
 * English strings on demand (shared/bilingual.ts): each element's English table and the shared ones are
 * modules of their own, loaded the first time an element under lang="en" needs them. This file runs in a
 * page of its own, so English is not loaded when it starts; the tests run in order.
 */
import { expect } from '@open-wc/testing';
import { createFixtureDataset, fixtureClocks, fixtureIds } from '@goteborgsregionen/data/testing';
import '../contact-list/define.js';
import type { GrContactList } from '../contact-list/contact-list.js';
import { sharedStrings } from './i18n.js';
import { $, mount, squash, visibleText } from '../test-support/helpers.js';

const data = createFixtureDataset();
const COMMITTEE = fixtureIds.committees.current;

/** Every text the element's shadow root showed, one entry per batch of DOM changes. */
function recordTexts(el: Element): string[] {
  const seen: string[] = [];
  const observer = new MutationObserver(() => seen.push(el.shadowRoot!.textContent ?? ''));
  observer.observe(el.shadowRoot!, { childList: true, subtree: true, characterData: true, attributes: true });
  return seen;
}

describe('English strings on demand', () => {
  it('an element under lang="en" renders once English has arrived: never Swedish first', async () => {
    expect(sharedStrings.get('en'), 'English is not loaded before an element needs it').to.equal(sharedStrings.sv);
    const wrapper = await mount(document.createElement('section'), { lang: 'en' });
    const el = document.createElement('gr-contact-list') as GrContactList;
    el.setAttribute('committee', COMMITTEE);
    el.data = data;
    wrapper.append(el);
    const seen = recordTexts(el);
    await el.updateComplete;
    // `updateComplete` means rendered in its language: no waiting beyond it.
    expect(squash($(el, '[part="heading"]').textContent)).to.equal('Contacts');
    expect($(el, '[part="contact-phone"]').getAttribute('aria-label')).to.match(/^Call Testa Exempelsson, /);
    seen.push(el.shadowRoot!.textContent ?? '');
    expect(seen.filter((t) => /Kontaktpersoner|Ring |Spara kontaktkort/.test(t)), 'Swedish text shown on the way').to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('an element moved into an English section re-renders in English, and back in Swedish', async () => {
    // The committee card's English is not loaded yet: its table comes with its module.
    await import('../committee-card/define.js');
    const sv = await mount(document.createElement('section'), { lang: 'sv' });
    const en = await mount(document.createElement('section'), { lang: 'en' });
    const el = document.createElement('gr-committee-card') as HTMLElement & { data: unknown; updateComplete: Promise<boolean> };
    el.setAttribute('committee', COMMITTEE);
    el.setAttribute('now', fixtureClocks.jan2027);
    el.data = data;
    sv.append(el);
    await el.updateComplete;
    expect(visibleText(el)).to.contain('Syfte och uppdrag');

    en.append(el);
    await el.updateComplete;
    expect(visibleText(el)).to.contain('Purpose and remit');
    expect(visibleText(el)).to.contain('Meetings a year');
    expect(visibleText(el)).to.not.contain('Syfte och uppdrag');
    await expect(el).to.be.accessible();

    sv.append(el);
    await el.updateComplete;
    expect(visibleText(el)).to.contain('Syfte och uppdrag');
  });
});
