import { fixture, html, expect, elementUpdated } from '@open-wc/testing';
import sinon from 'sinon';
import type { Dataset } from '@goteborgsregionen/data';
import './define.js';
import { GrCommitteeCard } from './committee-card.js';
import {
  $,
  $$,
  FILES_BASE,
  accessibleNodes,
  copyDataset,
  emulateTimezone,
  fetchText,
  headings,
  parseEvents,
  seen,
  seenText,
  squash,
} from '../meeting-calendar/test-utils.js';

const ARBETSMARKNAD = 'styrgruppen-for-arbetsmarknad';
const SOCIAL = 'styrgruppen-for-social-valfard';

async function card(committee: string, now: string, extra: { lang?: string; data?: Dataset } = {}): Promise<GrCommitteeCard> {
  // `lang` on the element itself (the nearest one): a plain wrapper would make fixture() wait for an
  // animation frame, which a background tab (tests run two pages at a time) never gets.
  const el = await fixture<GrCommitteeCard>(html`<gr-committee-card
    lang=${extra.lang ?? 'sv'}
    committee=${committee}
    now=${now}
    files-base=${FILES_BASE}
  ></gr-committee-card>`);
  if (extra.data) {
    el.data = extra.data;
    await elementUpdated(el);
  }
  return el;
}

/** The next/previous meeting box whose term (dt) is `label`. */
function meetingBox(el: GrCommitteeCard, label: string): string {
  const box = $$(el, '.meeting-box').find((b) => squash(b.querySelector('dt')?.textContent) === label);
  if (!box) throw new Error(`no meeting box "${label}"`);
  return squash(box.querySelector('dd')?.textContent);
}

describe('<gr-committee-card>', () => {
  it('is registered and can be created imperatively', async () => {
    expect(customElements.get('gr-committee-card')).to.equal(GrCommitteeCard);
    const el = document.createElement('gr-committee-card');
    el.committee = ARBETSMARKNAD;
    el.now = '2021-05-01T12:00:00+02:00';
    document.body.append(el);
    await elementUpdated(el);
    expect($(el, 'h2').textContent).to.equal('Styrgruppen för arbetsmarknad');
    el.remove();
  });

  describe('content', () => {
    it('shows name, description, facts, purpose and presidium', async () => {
      const el = await card(ARBETSMARKNAD, '2021-05-01T12:00:00+02:00');
      expect(headings(el, 'h2')).to.deep.equal(['Styrgruppen för arbetsmarknad']);
      expect(headings(el, 'h3')).to.include.members(['Syfte och uppdrag', 'Presidium', 'Möten', 'Kontaktpersoner', 'Kalender']);
      expect(squash($(el, '.description').textContent)).to.contain('politiska ansvaret');
      const facts = $$(el, '.facts div').map((d) => seenText(d));
      expect(facts).to.deep.equal(['Antal ledamöter 15 ledamöter', 'Utses av Förbundsstyrelsen', 'Mandatperiod 2019–2022']);
      expect($$(el, '.purpose li')).to.have.length(5);
      expect(squash($$(el, '.purpose li')[0]?.textContent)).to.match(/^Verka för friare och flexiblare/);
      const text = seen(el);
      expect(text).to.contain('Ordförande Thorbjörn Carlsson (S), Partille');
      expect(text).to.contain('Vice ordförande Ulrika Landergren (L), Kungsbacka');
      await expect(el).to.be.accessible();
    });

    it('gives the full party name to assistive technology, the abbreviation to the eye', async () => {
      const el = await card(ARBETSMARKNAD, '2021-05-01T12:00:00+02:00');
      const abbr = $$(el, 'abbr');
      expect(abbr.map((a) => a.title)).to.deep.equal(['Socialdemokraterna', 'Liberalerna']);
      expect(seen(el)).to.contain('(S)');
      expect(seen(el)).not.to.contain('Socialdemokraterna');
      const names = (await accessibleNodes()).map((n) => n.name).join(' | ');
      expect(names).to.contain('Socialdemokraterna');
      expect(names).to.contain('Liberalerna');
    });

    it('lists a presidium without roles as given, inventing none', async () => {
      const el = await card('beredningsgruppen-for-arbetsmarknad', '2024-03-01T12:00:00+01:00');
      const items = $$(el, '.presidium li').map((li) => seenText(li));
      expect(items).to.deep.equal(['Anders Svensson (M)', 'Marie Brynolfsson (V), Göteborg']);
      expect(seen(el)).not.to.match(/Ordförande|Vice ordförande/);
      expect(seenText($(el, '.facts'))).to.contain('Mandatperiod 2023–2026');
      await expect(el).to.be.accessible();
    });

    it('names the appointing body: a committee, or the member municipalities', async () => {
      const a = await card('antagningsnamnden', '2024-03-01T12:00:00+01:00');
      expect(seenText($(a, '.facts'))).to.contain('Utses av Förbundsfullmäktige');
      expect(seenText($(a, '.facts'))).to.contain('Antal ledamöter 16 ledamöter');
      expect(seenText($(a, '.facts'))).to.contain('Möten per år cirka 8');
      const f = await card('forbundsfullmaktige', '2024-03-01T12:00:00+01:00');
      expect(seenText($(f, '.facts'))).to.contain('Utses av medlemskommunerna');
    });

    it('follows heading-level', async () => {
      const el = await fixture<GrCommitteeCard>(
        html`<gr-committee-card committee=${ARBETSMARKNAD} heading-level="3" now="2021-05-01T12:00:00+02:00"></gr-committee-card>`,
      );
      expect(headings(el, 'h3')).to.deep.equal(['Styrgruppen för arbetsmarknad']);
      expect(headings(el, 'h4')).to.include('Presidium');
      expect($$(el, 'h2')).to.have.length(0);
    });
  });

  describe('meetings relative to the clock', () => {
    it('shows the next and previous meeting in Stockholm time (1 May 2021)', async () => {
      const el = await card(ARBETSMARKNAD, '2021-05-01T12:00:00+02:00');
      expect(meetingBox(el, 'Nästa möte')).to.equal('tisdag 25 maj 2021, kl. 9.00–12.00');
      expect(meetingBox(el, 'Föregående möte')).to.equal('onsdag 7 april 2021, kl. 9.00–12.00');
      const times = $$(el, '.meetings time').map((t) => t.getAttribute('datetime'));
      expect(times).to.deep.equal(['2021-05-25T09:00:00+02:00', '2021-04-07T09:00:00+02:00']);
      await expect(el).to.be.accessible();
    });

    it('never shows a past date as upcoming after the last known meeting', async () => {
      const el = await card(ARBETSMARKNAD, '2021-12-01T12:00:00+01:00');
      expect(meetingBox(el, 'Nästa möte')).to.equal('Inga kommande möten är publicerade.');
      expect(meetingBox(el, 'Föregående möte')).to.equal('onsdag 20 oktober 2021, kl. 9.00–12.00');
      expect($$(el, '.meetings time')).to.have.length(1);
      await expect(el).to.be.accessible();
    });

    it('counts a meeting in progress as the next one and says so', async () => {
      const el = await card(ARBETSMARKNAD, '2021-05-25T10:30:00+02:00');
      expect(meetingBox(el, 'Nästa möte')).to.equal('tisdag 25 maj 2021, kl. 9.00–12.00 Pågår nu');
      expect(meetingBox(el, 'Föregående möte')).to.equal('onsdag 7 april 2021, kl. 9.00–12.00');
      const after = await card(ARBETSMARKNAD, '2021-05-25T12:00:00+02:00');
      expect(meetingBox(after, 'Föregående möte')).to.equal('tisdag 25 maj 2021, kl. 9.00–12.00');
      expect(meetingBox(after, 'Nästa möte')).to.equal('fredag 27 augusti 2021, kl. 9.00–12.00');
    });

    it('says in words that a meeting is cancelled (a two-day, date-only meeting)', async () => {
      const el = await card(SOCIAL, '2020-03-01T12:00:00+01:00');
      expect(meetingBox(el, 'Nästa möte')).to.equal('19–20 mars 2020, tid ej publicerad Inställt');
      expect(squash($(el, '[part="status"]').textContent)).to.equal('Inställt');
      expect($(el, '.meetings time').getAttribute('datetime')).to.equal('2020-03-19');
      await expect(el).to.be.accessible();
      const later = await card(SOCIAL, '2020-04-01T12:00:00+02:00');
      expect(meetingBox(later, 'Föregående möte')).to.equal('19–20 mars 2020, tid ej publicerad Inställt');
      expect(meetingBox(later, 'Nästa möte')).to.equal('torsdag 16 april 2020, kl. 9.00–12.00');
    });

    it('shows the location and a note when the data has them', async () => {
      const el = await card('antagningsnamnden', '2024-04-01T12:00:00+02:00');
      expect(meetingBox(el, 'Nästa möte')).to.equal(
        'torsdag 11 april 2024, kl. 9.00–12.00 Plats: Göteborgsregionen (GR) Preliminärantagning',
      );
    });

    it('uses the real clock when no `now` is given (sinon fake Date)', async () => {
      const clock = sinon.useFakeTimers({ now: new Date('2021-08-01T08:00:00Z'), toFake: ['Date'] });
      try {
        const el = await fixture<GrCommitteeCard>(html`<gr-committee-card committee=${ARBETSMARKNAD}></gr-committee-card>`);
        expect(meetingBox(el, 'Nästa möte')).to.equal('fredag 27 augusti 2021, kl. 9.00–12.00');
        expect(meetingBox(el, 'Föregående möte')).to.equal('tisdag 25 maj 2021, kl. 9.00–12.00');
      } finally {
        clock.restore();
      }
    });
  });

  describe('succession', () => {
    it('says an ended body was replaced and names (and links) the successor', async () => {
      const el = await fixture<GrCommitteeCard>(html`<gr-committee-card
        committee=${ARBETSMARKNAD}
        now="2024-03-01T12:00:00+01:00"
        committee-href="/politik/{id}.html"
      ></gr-committee-card>`);
      const lifecycle = $(el, '[part="lifecycle"]');
      expect(squash(lifecycle.textContent)).to.equal(
        'Den här gruppen har avslutats och ersatts av Beredningsgruppen för arbetsmarknad.',
      );
      const link = lifecycle.querySelector('a')!;
      expect(new URL(link.href).pathname).to.equal('/politik/beredningsgruppen-for-arbetsmarknad.html');
      expect(meetingBox(el, 'Nästa möte')).to.equal('Inga kommande möten är publicerade.');
      await expect(el).to.be.accessible();
    });

    it('before it ends, says which body will replace it and when', async () => {
      const el = await card(ARBETSMARKNAD, '2021-05-01T12:00:00+02:00');
      expect(squash($(el, '[part="lifecycle"]').textContent)).to.equal(
        'Gruppen ersätts av Beredningsgruppen för arbetsmarknad från 1 januari 2023.',
      );
      expect($(el, '[part="lifecycle"]').querySelector('a')).to.equal(null);
    });

    it('a current body names its predecessor', async () => {
      const el = await card('beredningsgruppen-for-arbetsmarknad', '2024-03-01T12:00:00+01:00');
      expect(squash($(el, '[part="lifecycle"]').textContent)).to.equal('Gruppen ersatte Styrgruppen för arbetsmarknad.');
    });

    it('a continuing body whose term has ended is not called ended: the new composition is unpublished', async () => {
      const el = await card('forbundsstyrelsen', '2027-01-15T12:00:00+01:00');
      const lifecycle = squash($(el, '[part="lifecycle"]').textContent);
      expect(lifecycle).to.equal(
        'Mandatperioden 2023–2026 har avslutats. Sammansättningen för den nya mandatperioden är inte publicerad än.',
      );
      expect(seen(el)).not.to.match(/avslutades|har avslutats och ersatts/);
      expect(headings(el, 'h3')).to.include('Presidium 2023–2026 (förra mandatperioden)');
      expect(seen(el)).to.contain('Ordförande Jonas Attenius (S), Göteborg');
      await expect(el).to.be.accessible();
      const en = await card('forbundsstyrelsen', '2027-01-15T12:00:00+01:00', { lang: 'en' });
      expect(squash($(en, '[part="lifecycle"]').textContent)).to.equal(
        'The 2023–2026 term has ended. The composition for the new term has not been published yet.',
      );
      expect(headings(en, 'h3')).to.include('Presidium 2023–2026 (previous term)');
    });

    it('a body whose continuation is unsourced says that it is not published whether it continues', async () => {
      const el = await card('beredningsgruppen-for-arbetsmarknad', '2027-01-15T12:00:00+01:00');
      expect(squash($(el, '[part="lifecycle"]').textContent)).to.contain(
        'Det är inte publicerat om gruppen finns kvar under den nya mandatperioden.',
      );
      expect(seen(el)).not.to.match(/avslutades/);
    });

    it('an ended body without a successor says when it ended', async () => {
      const data = copyDataset();
      const c = data.committees.find((x) => x.id === ARBETSMARKNAD)!;
      delete c.successor;
      const successor = data.committees.find((x) => x.id === 'beredningsgruppen-for-arbetsmarknad')!;
      delete successor.predecessor;
      const el = await card(ARBETSMARKNAD, '2024-03-01T12:00:00+01:00', { data });
      expect(squash($(el, '[part="lifecycle"]').textContent)).to.equal('Den här gruppen avslutades 31 december 2022.');
    });

    it('ignores committee-href values that are not http(s)', async () => {
      const el = await fixture<GrCommitteeCard>(html`<gr-committee-card
        committee=${ARBETSMARKNAD}
        now="2024-03-01T12:00:00+01:00"
        committee-href="javascript:alert('{id}')"
      ></gr-committee-card>`);
      expect($(el, '[part="lifecycle"]').querySelector('a')).to.equal(null);
      expect(squash($(el, '[part="lifecycle"]').textContent)).to.contain('Beredningsgruppen för arbetsmarknad');
    });
  });

  describe('languages and time zones', () => {
    it('speaks English under lang="en", with the same Stockholm times', async () => {
      const el = await card(ARBETSMARKNAD, '2021-05-01T12:00:00+02:00', { lang: 'en' });
      expect(meetingBox(el, 'Next meeting')).to.equal('Tuesday 25 May 2021, 9:00–12:00');
      expect(meetingBox(el, 'Previous meeting')).to.equal('Wednesday 7 April 2021, 9:00–12:00');
      expect(headings(el, 'h3')).to.include.members(['Purpose and remit', 'Presidium', 'Meetings', 'Contacts', 'Calendar']);
      expect(seen(el)).to.contain('Chair Thorbjörn Carlsson (S), Partille');
      expect($$(el, 'abbr').map((a) => a.title)).to.deep.equal(['Social Democrats', 'Liberals']);
      expect(seenText($(el, '.facts'))).to.contain('Members 15 members');
      // The purpose has no English text in the data: it is shown in Swedish, marked as Swedish.
      expect($$(el, '.purpose li')[0]?.getAttribute('lang')).to.equal('sv');
      await expect(el).to.be.accessible();
    });

    it('says "Cancelled" in English', async () => {
      const el = await card(SOCIAL, '2020-03-01T12:00:00+01:00', { lang: 'en' });
      expect(meetingBox(el, 'Next meeting')).to.equal('19–20 March 2020, time not published Cancelled');
    });

    describe('in a browser in New York', () => {
      before(() => emulateTimezone('America/New_York'));
      after(() => emulateTimezone(null));

      it('still shows 9.00 Stockholm time and the Stockholm date', async () => {
        expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal('America/New_York');
        expect(new Date('2021-05-25T09:00:00+02:00').getHours()).to.equal(3);
        const el = await card(ARBETSMARKNAD, '2021-05-01T12:00:00+02:00');
        expect(meetingBox(el, 'Nästa möte')).to.equal('tisdag 25 maj 2021, kl. 9.00–12.00');
        // 20 October 2021 00:30 in Stockholm is still 19 October in New York: the card goes by Stockholm.
        const late = await card(ARBETSMARKNAD, '2021-10-20T00:30:00+02:00');
        expect(meetingBox(late, 'Nästa möte')).to.equal('onsdag 20 oktober 2021, kl. 9.00–12.00');
      });
    });

    it('keeps 9.00 on both sides of the daylight-saving changes', async () => {
      const data = copyDataset();
      const c = data.committees.find((x) => x.id === ARBETSMARKNAD)!;
      const src = c.meetings[0]!.sources;
      c.meetings = [
        { start: '2021-03-27T09:00:00+01:00', end: '2021-03-27T12:00:00+01:00', sources: src },
        { start: '2021-03-29T09:00:00+02:00', end: '2021-03-29T12:00:00+02:00', sources: src },
        { start: '2021-10-30T09:00:00+02:00', end: '2021-10-30T12:00:00+02:00', sources: src },
        { start: '2021-11-01T09:00:00+01:00', end: '2021-11-01T12:00:00+01:00', sources: src },
      ];
      const spring = await card(ARBETSMARKNAD, '2021-03-28T12:00:00+02:00', { data });
      expect(meetingBox(spring, 'Föregående möte')).to.equal('lördag 27 mars 2021, kl. 9.00–12.00');
      expect(meetingBox(spring, 'Nästa möte')).to.equal('måndag 29 mars 2021, kl. 9.00–12.00');
      const autumn = await card(ARBETSMARKNAD, '2021-10-31T12:00:00+01:00', { data });
      expect(meetingBox(autumn, 'Föregående möte')).to.equal('lördag 30 oktober 2021, kl. 9.00–12.00');
      expect(meetingBox(autumn, 'Nästa möte')).to.equal('måndag 1 november 2021, kl. 9.00–12.00');
    });
  });

  describe('calendar subscription', () => {
    it('links the published .ics feed, explains subscribing, and the feed holds the meetings', async () => {
      const el = await card(ARBETSMARKNAD, '2021-05-01T12:00:00+02:00');
      const link = $<HTMLAnchorElement>(el, 'a[part="subscribe"]');
      expect(new URL(link.href).pathname).to.equal(`${FILES_BASE}ics/${ARBETSMARKNAD}.ics`);
      expect(seenText(link)).to.equal('Prenumerera på mötena (.ics)');
      const links = (await accessibleNodes()).filter((n) => n.role === 'link').map((n) => n.name);
      expect(links).to.include('Prenumerera på mötena (.ics) – Styrgruppen för arbetsmarknad');
      expect(squash($(el, '.subscribe .help').textContent)).to.contain('prenumeration');
      const { text, type } = await fetchText(link.href);
      expect(type).to.contain('text/calendar');
      const events = parseEvents(text);
      expect(events).to.have.length(6);
      const first = events.find((e) => e.startDate.toString().startsWith('2021-01-20'))!;
      expect(first.uid).to.be.a('string').and.not.equal('');
      expect(first.startDate.hour).to.equal(9);
      expect(first.component.getFirstProperty('dtstart')?.getParameter('tzid')).to.equal('Europe/Stockholm');
      expect(first.endDate.hour).to.equal(12);
    });

    it('keeps a cancelled meeting in the feed as CANCELLED', async () => {
      const el = await card(SOCIAL, '2020-03-01T12:00:00+01:00');
      const { text } = await fetchText($<HTMLAnchorElement>(el, 'a[part="subscribe"]').href);
      const events = parseEvents(text);
      const cancelled = events.filter((e) => e.component.getFirstPropertyValue('status') === 'CANCELLED');
      expect(cancelled).to.have.length(1);
      expect(cancelled[0]!.startDate.toString()).to.equal('2020-03-19');
    });

    it('for data given as a property, offers a generated file to download', async () => {
      const data = copyDataset();
      const c = data.committees.find((x) => x.id === ARBETSMARKNAD)!;
      c.meetings = c.meetings.slice(0, 2);
      const el = await card(ARBETSMARKNAD, '2021-05-01T12:00:00+02:00', { data });
      const link = $<HTMLAnchorElement>(el, 'a[part="subscribe"]');
      expect(link.href).to.match(/^blob:/);
      expect(link.getAttribute('download')).to.equal(`${ARBETSMARKNAD}.ics`);
      expect(squash(link.textContent)).to.contain('Ladda ner mötena som kalenderfil');
      const events = parseEvents((await fetchText(link.href)).text);
      expect(events).to.have.length(2);
      expect(events[0]!.startDate.hour).to.equal(9);
    });
  });

  describe('contacts and freshness', () => {
    it('shows the contacts with phone links, and when the facts are from (never the compile date)', async () => {
      const el = await card(ARBETSMARKNAD, '2021-05-01T12:00:00+02:00');
      expect($$(el, '[part="contact-name"]').map((h) => h.textContent)).to.deep.equal(['Lena Holmlund', 'Linda Karlsson']);
      expect($<HTMLAnchorElement>(el, 'a[part="contact-phone"]').getAttribute('href')).to.equal('tel:+46313355188');
      // The styrgrupp's own page and the 2023 news item about its successor are its newest sources.
      expect(squash($(el, '[part="as-of"]').textContent)).to.equal('Uppgifter från februari 2023.');
      expect(seen(el)).not.to.match(/Uppdaterad|24 november 2026/);
    });
  });

  describe('bad input', () => {
    it('an unknown committee: a visible message and a console warning with the valid ids', async () => {
      const warn = sinon.stub(console, 'warn');
      try {
        const el = await fixture<GrCommitteeCard>(html`<gr-committee-card committee="atlantis"></gr-committee-card>`);
        expect(squash($(el, '[part="error"]').textContent)).to.contain('Det finns ingen politisk grupp med id ”atlantis”.');
        const message = warn.getCalls().map((c) => String(c.args[0])).find((m) => m.includes('atlantis'));
        expect(message).to.contain(ARBETSMARKNAD).and.contain('antagningsnamnden');
        await expect(el).to.be.accessible();
      } finally {
        warn.restore();
      }
    });

    it('no committee attribute: says what to set', async () => {
      const el = await fixture<GrCommitteeCard>(html`<gr-committee-card></gr-committee-card>`);
      expect(squash($(el, '[part="error"]').textContent)).to.contain('attributet committee');
      await expect(el).to.be.accessible();
    });

    it('an invalid dataset: a polite error, and the bundled data is shown', async () => {
      const warn = sinon.stub(console, 'warn');
      try {
        const data = copyDataset();
        data.committees[0]!.meetings[0]!.start = '2021-01-20T09:00:00+02:00'; // wrong offset for January
        const el = await card(ARBETSMARKNAD, '2021-05-01T12:00:00+02:00', { data });
        const error = $(el, '[part="error"]');
        expect(error.getAttribute('role')).to.equal('status');
        expect(squash(error.textContent)).to.contain('committees[0].meetings[0]');
        expect(meetingBox(el, 'Nästa möte')).to.equal('tisdag 25 maj 2021, kl. 9.00–12.00');
        await expect(el).to.be.accessible();
      } finally {
        warn.restore();
      }
    });

    it('renders markup-looking data as inert text', async () => {
      const data = copyDataset();
      const c = data.committees.find((x) => x.id === ARBETSMARKNAD)!;
      const evil = '<img src=x onerror="window.__grXss=1"><script>window.__grXss=1</script>';
      c.name = `Styrgruppen ${evil}`;
      c.description = { sv: evil };
      c.purpose = [{ sv: evil }];
      c.meetings[2]!.location = evil;
      c.meetings[2]!.note = { sv: evil };
      const el = await card(ARBETSMARKNAD, '2021-05-01T12:00:00+02:00', { data });
      expect($(el, 'h2').textContent).to.equal(`Styrgruppen ${evil}`);
      expect(squash($(el, '.description').textContent)).to.equal(evil);
      expect(meetingBox(el, 'Nästa möte')).to.contain(`Plats: ${evil}`);
      expect($$(el, 'img, script')).to.have.length(0);
      expect((window as unknown as { __grXss?: number }).__grXss).to.equal(undefined);
      await expect(el).to.be.accessible();
    });
  });
});
