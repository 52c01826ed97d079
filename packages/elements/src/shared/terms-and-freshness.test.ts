/**
 * What the elements say about terms, the date of the facts, meetings without a published time and what
 * backs a network's participants: on the fictional fixture dataset, at its fixed clocks, in Swedish and
 * English, with an axe check per state.
 */
import { expect } from '@open-wc/testing';
import type { Dataset } from '@goteborgsregionen/data';
import { createFixtureDataset, fixtureClocks, fixtureIds } from '@goteborgsregionen/data/testing';
import '../committee-card/define.js';
import '../meeting-calendar/define.js';
import '../network-finder/define.js';
import { $, $$, headings, seen, seenText, squash } from '../meeting-calendar/test-utils.js';
import { mount as mountInPage } from '../test-support/helpers.js';

const C = fixtureIds.committees;
const data: Dataset = createFixtureDataset();

type Lang = 'sv' | 'en';

/** An element on the fixture dataset, at a clock, in a language. */
async function mount(tag: 'gr-committee-card' | 'gr-meeting-calendar' | 'gr-network-finder', attrs: Record<string, string>, lang: Lang = 'sv'): Promise<HTMLElement> {
  const el = document.createElement(tag) as unknown as HTMLElement;
  el.setAttribute('lang', lang);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  (el as unknown as { data: Dataset }).data = data;
  await mountInPage(el);
  return el;
}
const card = (committee: string, now: string, lang: Lang = 'sv') => mount('gr-committee-card', { committee, now }, lang);
const lifecycle = (el: HTMLElement) => $$(el, '[part="lifecycle"] p').map((p) => squash(p.textContent)).join(' ');
const asOf = (el: HTMLElement) => squash($(el, '[part="as-of"]').textContent);

describe('<gr-committee-card>: a body is not its term', () => {
  it('current term on 1 December 2026: its presidium and period, facts from November 2026, nothing about ending', async () => {
    const el = await card(C.current, fixtureClocks.dec2026);
    expect(seen(el)).to.contain('Ordförande Per Prov (A), Provstad');
    expect(seenText($(el, '.facts'))).to.contain('Mandatperiod 2023–2026');
    expect(seenText($(el, '.facts'))).to.contain('Antal ledamöter 11 ledamöter');
    expect(asOf(el)).to.equal('Uppgifter från november 2026.');
    expect(el.shadowRoot!.querySelectorAll('[part="outdated"]')).to.have.length(0);
    expect(seen(el)).not.to.match(/avslutad|avslutades|inte publicerad än/);
    await expect(el).to.be.accessible();
  });

  it('a new term published: on 15 January 2027 the card shows the 2027–2030 composition', async () => {
    const el = await card(C.current, fixtureClocks.jan2027, 'en');
    expect(seen(el)).to.contain('Chair Eva Exempel (B), Åby');
    expect(seenText($(el, '.facts'))).to.contain('Term 2027–2030');
    expect(seenText($(el, '.facts'))).to.contain('Members 13 members');
    await expect(el).to.be.accessible();
  });

  for (const lang of ['sv', 'en'] as const) {
    it(`term ended, next composition unpublished (15 January 2027, ${lang}): says so, shows the previous term's presidium as such`, async () => {
      const el = await card(C.nextTermUnpublished, fixtureClocks.jan2027, lang);
      expect(lifecycle(el)).to.equal(
        lang === 'sv'
          ? 'Mandatperioden 2023–2026 har avslutats. Sammansättningen för den nya mandatperioden är inte publicerad än.'
          : 'The 2023–2026 term has ended. The composition for the new term has not been published yet.',
      );
      expect(headings(el, 'h3')).to.include(lang === 'sv' ? 'Presidium 2023–2026 (förra mandatperioden)' : 'Presidium 2023–2026 (previous term)');
      expect(seen(el)).to.contain(lang === 'sv' ? 'Ordförande Olle Övning (A), Älvvik' : 'Chair Olle Övning (A), Älvvik');
      // A continuing body is never said to have ended, nor its continuation to be unknown.
      expect(seen(el)).not.to.match(/avslutades|har avslutats och ersatts|ended on|has been replaced|inte publicerat om|has not been published\./);
      expect(el.shadowRoot!.querySelector('[part="lifecycle"]')!.classList.contains('lifecycle--ended')).to.equal(false);
      await expect(el).to.be.accessible();
    });

    it(`continuation unknown (15 January 2027, ${lang}): shown as unknown`, async () => {
      const el = await card(C.continuationUnknown, fixtureClocks.jan2027, lang);
      expect(lifecycle(el)).to.contain(
        lang === 'sv'
          ? 'Det är inte publicerat om gruppen finns kvar under den nya mandatperioden.'
          : 'Whether this body continues in the new term has not been published.',
      );
      await expect(el).to.be.accessible();
    });

    it(`facts more than a year old (${lang}): the date near the facts and a polite note linking GR's page`, async () => {
      const el = await card(C.nextTermUnpublished, fixtureClocks.jan2027, lang);
      expect(asOf(el)).to.match(lang === 'sv' ? /^Uppgifter från september 2024\. Uppgifterna är mer än ett år gamla och kan ha ändrats\. Se aktuella uppgifter hos GR$/ : /^Information from September 2024\. This information is more than a year old and may have changed\. See current information from GR$/);
      const link = $<HTMLAnchorElement>(el, '[part="outdated"] a');
      expect(link.href).to.equal('https://example.org/exempelregionen/exempelfullmaktige');
      // The compile date is never shown as freshness.
      expect(seen(el)).not.to.match(/24 november 2026|24 November 2026|Uppdaterad|Updated/);
      await expect(el).to.be.accessible();
    });
  }

  it('the same facts are fresh a year earlier and old four years on', async () => {
    const fresh = await card(C.current, fixtureClocks.jan2027);
    expect(fresh.shadowRoot!.querySelectorAll('[part="outdated"]')).to.have.length(0);
    const later = await card(C.current, fixtureClocks.jan2031);
    expect(asOf(later)).to.match(/^Uppgifter från november 2026\. Uppgifterna är mer än ett år gamla/);
    expect(lifecycle(later)).to.contain('Mandatperioden 2027–2030 har avslutats.');
    expect(headings(later, 'h3')).to.include('Presidium 2027–2030 (förra mandatperioden)');
  });

  it('succession: before, the successor is announced; after, the dissolved body names it', async () => {
    const before = await card(C.dissolved, fixtureClocks.dec2026);
    expect(lifecycle(before)).to.equal('Gruppen ersätts av Beredningsgruppen för prov från 1 januari 2027.');
    const successorBefore = await card(C.successor, fixtureClocks.dec2026);
    expect(lifecycle(successorBefore)).to.equal('Gruppen börjar sitt arbete 1 januari 2027. Gruppen ersätter Styrgruppen för prov.');
    const after = await card(C.dissolved, fixtureClocks.jan2027, 'en');
    expect(lifecycle(after)).to.equal('This body has ended and has been replaced by Beredningsgruppen för prov.');
    await expect(after).to.be.accessible();
    const successor = await card(C.successor, fixtureClocks.jan2027);
    expect(lifecycle(successor)).to.equal('Gruppen ersatte Styrgruppen för prov.');
    expect(seen(successor)).to.contain('Karl Kontroll (A), Exempelby');
  });

  it('a meeting without a published time says so, in Swedish and English', async () => {
    const sv = await card(C.current, fixtureClocks.dec2026);
    const box = (el: HTMLElement, label: string) =>
      squash($$(el, '.meeting-box').find((b) => squash(b.querySelector('dt')?.textContent) === label)?.querySelector('dd')?.textContent);
    expect(box(sv, 'Föregående möte')).to.equal('19–20 november 2026, tid ej publicerad Styrelsekonferens');
    expect(box(sv, 'Nästa möte')).to.equal('fredag 11 december 2026, kl. 9.00–12.00');
    const en = await card(C.current, '2026-12-12T12:00:00+01:00', 'en');
    expect(box(en, 'Next meeting')).to.equal('Friday 18 December 2026, time not published');
    await expect(en).to.be.accessible();
  });
});

describe('<gr-meeting-calendar>: time not published', () => {
  for (const lang of ['sv', 'en'] as const) {
    it(`lists date-only meetings with "${lang === 'sv' ? 'tid ej publicerad' : 'time not published'}", timed ones with their time, across DST`, async () => {
      const el = await mount('gr-meeting-calendar', { committee: C.current, now: fixtureClocks.jan2027 }, lang);
      const upcoming = $$(el, '[part="upcoming"] .meeting-heading').map((h) => squash(h.textContent));
      const tnp = lang === 'sv' ? 'tid ej publicerad' : 'time not published';
      expect(upcoming.some((t) => t.endsWith(`20 ${lang === 'sv' ? 'maj' : 'May'} 2027, ${tnp}`))).to.equal(true, upcoming.join(' | '));
      // The day summer time starts: 10.00 Stockholm time, not shifted.
      expect(upcoming.some((t) => t.includes(lang === 'sv' ? '28 mars 2027, kl. 10.00–12.00' : '28 March 2027, 10:00–12:00'))).to.equal(true, upcoming.join(' | '));
      expect(seen(el)).not.to.match(/heldag|all day/i);
      await expect(el).to.be.accessible();
    });
  }
});

describe('<gr-network-finder>: what backs the participants', () => {
  const result = (el: HTMLElement, name: string) => {
    const r = $$(el, '[part="result"]').find((x) => squash(x.querySelector('[part="result-name"]')?.textContent) === name);
    if (!r) throw new Error(`no result ${name}`);
    return squash((r as HTMLElement).innerText);
  };

  it('source-listed, general statement, a vacancy and a paused network (sv)', async () => {
    const el = await mount('gr-network-finder', { now: fixtureClocks.jan2027 });
    expect(result(el, 'Provnätverket')).to.contain('Medlemskommuner Alla 6 medlemskommuner Enligt nätverkets egen sida.');
    expect(result(el, 'Exempelchefsnätverket')).to.contain(
      'Ingen källa listar deltagarna. Uppgiften bygger på GR:s allmänna beskrivning att de flesta nätverk består av de 13 medlemskommunerna.',
    );
    const vacancy = result(el, 'Nätverket för testplanering');
    expect(vacancy).to.contain('Vakant plats Östervik');
    expect(vacancy).to.contain('Uppgifter från september 2024. Uppgifterna är mer än ett år gamla och kan ha ändrats.');
    expect(result(el, 'Nätverket för vilande frågor')).to.contain('Status Pausat');
    expect(result(el, 'Provnätverket')).to.contain('Uppgifter från november 2026.');
    expect(result(el, 'Provnätverket')).not.to.contain('kan ha ändrats');
    await expect(el).to.be.accessible();
  });

  it('the same in English; a vacant seat is not a participant when filtering', async () => {
    const el = await mount('gr-network-finder', { now: fixtureClocks.jan2027 }, 'en');
    expect(result(el, 'Exempelchefsnätverket')).to.contain('No source lists the participants.');
    expect(result(el, 'Provnätverket')).to.contain('According to the network’s own page.');
    expect(result(el, 'Nätverket för testplanering')).to.contain('Vacant seat Östervik');
    expect(result(el, 'Nätverket för vilande frågor')).to.contain('Status Paused');
    await expect(el).to.be.accessible();
    const ostervik = await mount('gr-network-finder', { now: fixtureClocks.jan2027, municipality: fixtureIds.municipalities.vacantSeat });
    const names = $$(ostervik, '[part="result-name"]').map((h) => squash(h.textContent));
    expect(names).not.to.include('Nätverket för testplanering');
    expect(names).to.include('Provnätverket');
  });
});
