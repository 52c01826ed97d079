/**
 * <gr-committee-card> in real Chromium, on the fictional fixture dataset (`@goteborgsregionen/data/testing`)
 * at its fixed clocks: expected values are the fixture's own facts, written out. Only the subscription test
 * uses the default data, and only for what holds for any valid dataset.
 */
import { fixture, html, expect } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import sinon from 'sinon';
import { dataset } from '@goteborgsregionen/data';
import type { Dataset } from '@goteborgsregionen/data';
import { createFixtureDataset, fixtureClocks, fixtureIds } from '@goteborgsregionen/data/testing';
import './define.js';
import { GrCommitteeCard } from './committee-card.js';
import {
  $,
  $$,
  FILES_BASE,
  accessibleNodes,
  emulateTimezone,
  fetchText,
  headings,
  parseEvents,
  seen,
  seenText,
  squash,
} from '../meeting-calendar/test-utils.js';

const C = fixtureIds.committees;
const data: Dataset = createFixtureDataset();

/** The card for `committee` on the fixture (or `given`) at `now`, in `lang`, with an optional committee-href. */
function card(
  committee: string,
  now: string,
  { lang = 'sv', given = data, href }: { lang?: string; given?: Dataset; href?: string } = {},
): Promise<GrCommitteeCard> {
  // `lang` on the element itself (the nearest one): a plain wrapper would make fixture() wait for an
  // animation frame, which a background tab (tests run two pages at a time) never gets.
  return fixture<GrCommitteeCard>(html`<gr-committee-card
    lang=${lang}
    committee=${committee}
    now=${now}
    committee-href=${ifDefined(href)}
    .data=${given}
  ></gr-committee-card>`);
}

/** The next/previous meeting box whose term (dt) is `label`. */
function meetingBox(el: GrCommitteeCard, label: string): string {
  const box = $$(el, '.meeting-box').find((b) => squash(b.querySelector('dt')?.textContent) === label);
  if (!box) throw new Error(`no meeting box "${label}"`);
  return squash(box.querySelector('dd')?.textContent);
}

const lifecycle = (el: GrCommitteeCard): string => squash($(el, '[part="lifecycle"]').textContent);

/** The fixture with the link between the styrgrupp and the body that replaced it changed by `edit`. */
function withSuccession(edit: (dissolved: Dataset['committees'][number], successor: Dataset['committees'][number]) => void): Dataset {
  const d = createFixtureDataset();
  edit(d.committees.find((c) => c.id === C.dissolved)!, d.committees.find((c) => c.id === C.successor)!);
  return d;
}

describe('<gr-committee-card>', () => {
  it('is registered and can be created imperatively', async () => {
    expect(customElements.get('gr-committee-card')).to.equal(GrCommitteeCard);
    const el = document.createElement('gr-committee-card');
    el.committee = C.current;
    el.now = fixtureClocks.dec2026;
    el.data = data;
    document.body.append(el);
    try {
      await el.updateComplete;
      expect($(el, 'h2').textContent).to.equal('Exempelstyrelsen');
    } finally {
      el.remove();
    }
  });

  describe('content', () => {
    it('shows name, description, facts, purpose and presidium', async () => {
      const el = await card(C.current, fixtureClocks.dec2026);
      expect(headings(el, 'h2')).to.deep.equal(['Exempelstyrelsen']);
      expect(headings(el, 'h3')).to.include.members(['Syfte och uppdrag', 'Presidium', 'Möten', 'Kontaktpersoner', 'Kalender']);
      expect(squash($(el, '.description').textContent)).to.equal('Fiktiv styrelse med publicerad sammansättning för två mandatperioder.');
      expect($$(el, '.facts div').map((d) => seenText(d))).to.deep.equal([
        'Antal ledamöter 11 ledamöter',
        'Antal ersättare 5 ersättare',
        'Möten per år cirka 7',
        'Utses av Exempelfullmäktige',
        'Mandatperiod 2023–2026',
      ]);
      expect($$(el, '.purpose li').map((li) => squash(li.textContent))).to.deep.equal([
        'Leda det fiktiva förbundet',
        'Bereda ärenden till fullmäktige',
      ]);
      const text = seen(el);
      expect(text).to.contain('Ordförande Per Prov (A), Provstad');
      expect(text).to.contain('Vice ordförande Eva Exempel (B), Åby');
      await expect(el).to.be.accessible();
    });

    it('gives the full party name to assistive technology, the abbreviation to the eye', async () => {
      const el = await card(C.current, fixtureClocks.dec2026);
      expect($$(el, 'abbr').map((a) => a.title)).to.deep.equal(['Alfapartiet (fiktivt)', 'Betapartiet (fiktivt)']);
      expect(seen(el)).to.contain('(A)');
      expect(seen(el)).not.to.contain('Alfapartiet');
      const names = (await accessibleNodes()).map((n) => n.name).join(' | ');
      expect(names).to.contain('Alfapartiet (fiktivt)');
      expect(names).to.contain('Betapartiet (fiktivt)');
    });

    it('lists a presidium without roles as given, inventing none', async () => {
      const el = await card(C.successor, fixtureClocks.jan2027);
      expect($$(el, '.presidium li').map((li) => seenText(li))).to.deep.equal(['Karl Kontroll (A), Exempelby', 'Maria de la Cruz (B)']);
      expect(seen(el)).not.to.match(/Ordförande|Vice ordförande/);
      expect(seenText($(el, '.facts'))).to.contain('Mandatperiod 2027–2030');
      await expect(el).to.be.accessible();
    });

    it('names the appointing body: a committee, or the member municipalities', async () => {
      const a = await card(C.dissolved, fixtureClocks.dec2026);
      expect(seenText($(a, '.facts'))).to.contain('Utses av Exempelstyrelsen');
      expect(seenText($(a, '.facts'))).to.contain('Antal ledamöter 9 ledamöter');
      const f = await card(C.nextTermUnpublished, fixtureClocks.dec2026);
      expect(seenText($(f, '.facts'))).to.contain('Utses av medlemskommunerna');
    });

    it('follows heading-level', async () => {
      const el = await fixture<GrCommitteeCard>(
        html`<gr-committee-card committee=${C.current} heading-level="3" now=${fixtureClocks.dec2026} .data=${data}></gr-committee-card>`,
      );
      expect(headings(el, 'h3')).to.deep.equal(['Exempelstyrelsen']);
      expect(headings(el, 'h4')).to.include('Presidium');
      expect($$(el, 'h2')).to.have.length(0);
    });
  });

  describe('meetings relative to the clock', () => {
    it('shows the next and previous meeting in Stockholm time (1 December 2026), a date-only one as such', async () => {
      const el = await card(C.current, fixtureClocks.dec2026);
      expect(meetingBox(el, 'Nästa möte')).to.equal('fredag 11 december 2026, kl. 9.00–12.00');
      expect(meetingBox(el, 'Föregående möte')).to.equal('19–20 november 2026, tid ej publicerad Styrelsekonferens');
      const times = $$(el, '.meetings time').map((t) => t.getAttribute('datetime'));
      expect(times).to.deep.equal(['2026-12-11T09:00:00+01:00', '2026-11-19']);
      await expect(el).to.be.accessible();
    });

    it('never shows a past date as upcoming after the last known meeting', async () => {
      const el = await card(C.current, fixtureClocks.jan2031);
      expect(meetingBox(el, 'Nästa möte')).to.equal('Inga kommande möten är publicerade.');
      expect(meetingBox(el, 'Föregående möte')).to.equal('torsdag 20 maj 2027, tid ej publicerad');
      expect($$(el, '.meetings time')).to.have.length(1);
      await expect(el).to.be.accessible();
    });

    it('counts a meeting in progress as the next one and says so', async () => {
      const el = await card(C.current, '2026-12-11T10:30:00+01:00');
      expect(meetingBox(el, 'Nästa möte')).to.equal('fredag 11 december 2026, kl. 9.00–12.00 Pågår nu');
      expect(meetingBox(el, 'Föregående möte')).to.equal('19–20 november 2026, tid ej publicerad Styrelsekonferens');
      const after = await card(C.current, '2026-12-11T12:00:00+01:00');
      expect(meetingBox(after, 'Föregående möte')).to.equal('fredag 11 december 2026, kl. 9.00–12.00');
      expect(meetingBox(after, 'Nästa möte')).to.equal('fredag 18 december 2026, tid ej publicerad');
    });

    it('says in words that a meeting is cancelled, once (a note that only repeats the status is not shown again)', async () => {
      const el = await card(C.current, fixtureClocks.jan2027);
      expect(meetingBox(el, 'Nästa möte')).to.equal('fredag 22 januari 2027, kl. 9.00–12.00 Inställt');
      expect(squash($(el, '[part="status"]').textContent)).to.equal('Inställt');
      expect($(el, '.meetings time').getAttribute('datetime')).to.equal('2027-01-22T09:00:00+01:00');
      await expect(el).to.be.accessible();
      const later = await card(C.current, '2027-02-01T12:00:00+01:00');
      expect(meetingBox(later, 'Föregående möte')).to.equal('fredag 22 januari 2027, kl. 9.00–12.00 Inställt');
      expect(meetingBox(later, 'Nästa möte')).to.equal(
        'torsdag 11 februari 2027, kl. 13.00 – fredag 12 februari 2027, kl. 12.00 Plats: Exempelby',
      );
    });

    it('shows the location and a note when the data has them', async () => {
      const el = await card(C.current, '2026-10-20T12:00:00+02:00');
      expect(meetingBox(el, 'Nästa möte')).to.equal(
        'söndag 25 oktober 2026, kl. 10.00–15.00 Plats: Provstads stadshus Höstkonferens',
      );
    });

    it('uses the real clock when no `now` is given (sinon fake Date)', async () => {
      const clock = sinon.useFakeTimers({ now: new Date(fixtureClocks.dec2026), toFake: ['Date'] });
      try {
        const el = await fixture<GrCommitteeCard>(html`<gr-committee-card committee=${C.current} .data=${data}></gr-committee-card>`);
        expect(meetingBox(el, 'Nästa möte')).to.equal('fredag 11 december 2026, kl. 9.00–12.00');
        expect(meetingBox(el, 'Föregående möte')).to.equal('19–20 november 2026, tid ej publicerad Styrelsekonferens');
      } finally {
        clock.restore();
      }
    });
  });

  describe('succession', () => {
    it('says an ended body was replaced and names (and links) the successor', async () => {
      const el = await card(C.dissolved, fixtureClocks.jan2027, { href: '/politik/{id}.html' });
      expect(lifecycle(el)).to.equal('Den här gruppen har avslutats och ersatts av Beredningsgruppen för prov.');
      const link = $(el, '[part="lifecycle"]').querySelector('a')!;
      expect(new URL(link.href).pathname).to.equal('/politik/beredningsgruppen-for-prov.html');
      expect(meetingBox(el, 'Nästa möte')).to.equal('Inga kommande möten är publicerade.');
      await expect(el).to.be.accessible();
    });

    it('before it ends, says which body will replace it and when', async () => {
      const el = await card(C.dissolved, fixtureClocks.dec2026);
      expect(lifecycle(el)).to.equal('Gruppen ersätts av Beredningsgruppen för prov från 1 januari 2027.');
      expect($(el, '[part="lifecycle"]').querySelectorAll('a').length).to.equal(0);
    });

    it('a current body names (and links) its predecessor, also when only the predecessor gives the link', async () => {
      const el = await card(C.successor, fixtureClocks.jan2027, { href: '/politik/{id}.html' });
      expect(lifecycle(el)).to.equal('Gruppen ersatte Styrgruppen för prov.');
      const link = $(el, '[part="lifecycle"]').querySelector('a')!;
      expect(new URL(link.href).pathname).to.equal('/politik/styrgruppen-for-prov.html');
      const onlySuccessor = withSuccession((_, successor) => delete successor.predecessor);
      const other = await card(C.successor, fixtureClocks.jan2027, { given: onlySuccessor });
      expect(lifecycle(other)).to.equal('Gruppen ersatte Styrgruppen för prov.');
    });

    it('a continuing body whose term has ended is not called ended: the new composition is unpublished', async () => {
      const el = await card(C.nextTermUnpublished, fixtureClocks.jan2027);
      expect(lifecycle(el)).to.equal(
        'Mandatperioden 2023–2026 har avslutats. Sammansättningen för den nya mandatperioden är inte publicerad än.',
      );
      expect(seen(el)).not.to.match(/avslutades|har avslutats och ersatts/);
      expect(headings(el, 'h3')).to.include('Presidium 2023–2026 (förra mandatperioden)');
      expect(seen(el)).to.contain('Ordförande Olle Övning (A), Älvvik');
      await expect(el).to.be.accessible();
      const en = await card(C.nextTermUnpublished, fixtureClocks.jan2027, { lang: 'en' });
      expect(lifecycle(en)).to.equal('The 2023–2026 term has ended. The composition for the new term has not been published yet.');
      expect(headings(en, 'h3')).to.include('Presidium 2023–2026 (previous term)');
    });

    it('a body whose continuation is unsourced says that it is not published whether it continues', async () => {
      const el = await card(C.continuationUnknown, fixtureClocks.jan2027);
      expect(lifecycle(el)).to.contain('Det är inte publicerat om gruppen finns kvar under den nya mandatperioden.');
      expect(seen(el)).not.to.match(/avslutades/);
    });

    it('an ended body without a successor says when it ended', async () => {
      const unlinked = withSuccession((dissolved, successor) => {
        delete dissolved.successor;
        delete successor.predecessor;
      });
      const el = await card(C.dissolved, fixtureClocks.jan2027, { given: unlinked });
      expect(lifecycle(el)).to.equal('Den här gruppen avslutades 31 december 2026.');
    });

    it('ignores committee-href values that are not http(s)', async () => {
      const el = await card(C.dissolved, fixtureClocks.jan2027, { href: "javascript:alert('{id}')" });
      expect($(el, '[part="lifecycle"]').querySelectorAll('a').length).to.equal(0);
      expect(lifecycle(el)).to.contain('Beredningsgruppen för prov');
    });
  });

  describe('languages and time zones', () => {
    it('speaks English under lang="en", with the same Stockholm times', async () => {
      const el = await card(C.current, fixtureClocks.dec2026, { lang: 'en' });
      expect(meetingBox(el, 'Next meeting')).to.equal('Friday 11 December 2026, 9:00–12:00');
      expect(meetingBox(el, 'Previous meeting')).to.equal('19–20 November 2026, time not published Board conference');
      expect(headings(el, 'h3')).to.include.members(['Purpose and remit', 'Presidium', 'Meetings', 'Contacts', 'Calendar']);
      expect(seen(el)).to.contain('Chair Per Prov (A), Provstad');
      expect($$(el, 'abbr').map((a) => a.title)).to.deep.equal(['Alpha Party (fictional)', 'Beta Party (fictional)']);
      expect(seenText($(el, '.facts'))).to.contain('Members 11 members');
      // The second purpose has no English text in the data: it is shown in Swedish, marked as Swedish.
      const purposes = $$(el, '.purpose li');
      expect(purposes.map((li) => [squash(li.textContent), li.getAttribute('lang')])).to.deep.equal([
        ['Lead the fictional association', null],
        ['Bereda ärenden till fullmäktige', 'sv'],
      ]);
      await expect(el).to.be.accessible();
    });

    it('says "Cancelled" in English', async () => {
      const el = await card(C.current, fixtureClocks.jan2027, { lang: 'en' });
      expect(meetingBox(el, 'Next meeting')).to.equal('Friday 22 January 2027, 9:00–12:00 Cancelled');
      expect(squash($(el, '[part="status"]').textContent)).to.equal('Cancelled');
    });

    describe('in a browser in New York', () => {
      before(() => emulateTimezone('America/New_York'));
      after(() => emulateTimezone(null));

      it('still shows 9.00 Stockholm time and the Stockholm date', async () => {
        expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal('America/New_York');
        expect(new Date('2026-12-11T09:00:00+01:00').getHours()).to.equal(3);
        const el = await card(C.current, fixtureClocks.dec2026);
        expect(meetingBox(el, 'Nästa möte')).to.equal('fredag 11 december 2026, kl. 9.00–12.00');
        // 11 December 2026 00:30 in Stockholm is still 10 December in New York: the card goes by Stockholm.
        const late = await card(C.current, '2026-12-11T00:30:00+01:00');
        expect(meetingBox(late, 'Nästa möte')).to.equal('fredag 11 december 2026, kl. 9.00–12.00');
      });
    });

    it('keeps the Stockholm wall-clock time on both sides of the daylight-saving changes', async () => {
      // Autumn: 7 October 2026 (+02:00) and 9 December 2026 (+01:00) are both at 9.00.
      const autumn = await card(C.dissolved, fixtureClocks.dec2026);
      expect(meetingBox(autumn, 'Föregående möte')).to.equal('onsdag 7 oktober 2026, kl. 9.00–12.00');
      expect(meetingBox(autumn, 'Nästa möte')).to.equal('onsdag 9 december 2026, kl. 9.00–12.00');
      // Spring, on the day summer time starts: a meeting across the change ends at 9.00 summer time; the next starts at 10.00.
      const spring = await card(C.current, '2027-03-28T09:30:00+02:00');
      expect(meetingBox(spring, 'Föregående möte')).to.equal('lördag 27 mars 2027, kl. 13.00 – söndag 28 mars 2027, kl. 9.00 Internat');
      expect(meetingBox(spring, 'Nästa möte')).to.equal('söndag 28 mars 2027, kl. 10.00–12.00');
    });
  });

  describe('calendar subscription', () => {
    it('links the published .ics feed, explains subscribing, and the feed holds the meetings', async () => {
      // The default data: any body with a meeting at a published time; what is shown is compared with the file.
      const body = dataset.committees.find((c) => c.meetings.some((m) => m.start.includes('T')));
      if (!body) throw new Error('the default data has no body with a timed meeting');
      const el = await fixture<GrCommitteeCard>(html`<gr-committee-card
        lang="sv"
        committee=${body.id}
        files-base=${FILES_BASE}
      ></gr-committee-card>`);
      const link = $<HTMLAnchorElement>(el, 'a[part="subscribe"]');
      expect(new URL(link.href).pathname).to.equal(`${FILES_BASE}ics/${body.id}.ics`);
      expect(seenText(link)).to.equal('Prenumerera på mötena (.ics)');
      const links = (await accessibleNodes()).filter((n) => n.role === 'link').map((n) => n.name);
      expect(links).to.include(`Prenumerera på mötena (.ics) – ${body.name}`);
      expect(squash($(el, '.subscribe .help').textContent)).to.contain('prenumeration');
      const { text, type } = await fetchText(link.href);
      expect(type).to.contain('text/calendar');
      const events = parseEvents(text);
      expect(events).to.have.length(body.meetings.length);
      for (const e of events) expect(e.uid).to.be.a('string').and.not.equal('');
      const timed = body.meetings.find((m) => m.start.includes('T'))!;
      const wall = timed.start.slice(0, 19); // "YYYY-MM-DDTHH:MM:SS" as written in Stockholm time
      const event = events.find((e) => e.startDate.toString() === wall);
      expect(event, `an event starting ${wall}`).to.not.equal(undefined);
      expect(event!.component.getFirstProperty('dtstart')?.getParameter('tzid')).to.equal('Europe/Stockholm');
    });

    it('for data given as a property, offers a generated file to download with the meetings', async () => {
      const el = await card(C.current, fixtureClocks.dec2026);
      const link = $<HTMLAnchorElement>(el, 'a[part="subscribe"]');
      expect(link.href).to.match(/^blob:/);
      expect(link.getAttribute('download')).to.equal('exempelstyrelsen.ics');
      expect(seenText(link)).to.equal('Ladda ner mötena som kalenderfil (.ics)');
      const links = (await accessibleNodes()).filter((n) => n.role === 'link').map((n) => n.name);
      expect(links).to.include('Ladda ner mötena som kalenderfil (.ics) – Exempelstyrelsen');
      const { text, type } = await fetchText(link.href);
      expect(type).to.contain('text/calendar');
      const events = parseEvents(text);
      expect(events).to.have.length(10);
      const first = events.find((e) => e.startDate.toString() === '2026-12-11T09:00:00')!;
      expect(first.uid).to.be.a('string').and.not.equal('');
      expect(first.component.getFirstProperty('dtstart')?.getParameter('tzid')).to.equal('Europe/Stockholm');
      expect(first.endDate.toString()).to.equal('2026-12-11T12:00:00');
      // The day summer time starts: 10.00 stays 10.00.
      expect(events.some((e) => e.startDate.toString() === '2027-03-28T10:00:00')).to.equal(true);
    });

    it('keeps a cancelled meeting in the file as CANCELLED', async () => {
      const el = await card(C.current, fixtureClocks.jan2027);
      const { text } = await fetchText($<HTMLAnchorElement>(el, 'a[part="subscribe"]').href);
      const cancelled = parseEvents(text).filter((e) => e.component.getFirstPropertyValue('status') === 'CANCELLED');
      expect(cancelled.map((e) => e.startDate.toString())).to.deep.equal(['2027-01-22T09:00:00']);
    });
  });

  describe('contacts and freshness', () => {
    it('shows the contacts with phone links, and when the facts are from (never the compile date)', async () => {
      const el = await card(C.current, fixtureClocks.dec2026);
      expect($$(el, '[part="contact-name"]').map((h) => h.textContent)).to.deep.equal(['Testa Exempelsson', 'Anna-Karin Berg Lindqvist']);
      expect($$<HTMLAnchorElement>(el, 'a[part="contact-phone"]').map((a) => a.getAttribute('href'))).to.deep.equal([
        'tel:+46701740605',
        'tel:+46313900600',
      ]);
      expect(squash($(el, '[part="as-of"]').textContent)).to.equal('Uppgifter från november 2026.');
      // The dataset was compiled 24 November 2026; a body whose facts are from September 2024 says so.
      const older = await card(C.dissolved, fixtureClocks.dec2026);
      expect(squash($(older, '[part="as-of"] > span').textContent)).to.equal('Uppgifter från september 2024.');
      expect(seen(el) + seen(older)).not.to.match(/Uppdaterad|24 november 2026/);
    });
  });

  describe('bad input', () => {
    it('an unknown committee: a visible message and a console warning with the valid ids', async () => {
      const warn = sinon.stub(console, 'warn');
      try {
        const el = await fixture<GrCommitteeCard>(html`<gr-committee-card committee="atlantis" .data=${data}></gr-committee-card>`);
        expect(squash($(el, '[part="error"]').textContent)).to.contain('Det finns ingen politisk grupp med id ”atlantis”.');
        const message = warn.getCalls().map((c) => String(c.args[0])).find((m) => m.includes('atlantis'));
        expect(message).to.contain('exempelstyrelsen').and.contain('radet-for-exempel');
        await expect(el).to.be.accessible();
      } finally {
        warn.restore();
      }
    });

    it('no committee attribute: says what to set', async () => {
      const el = await fixture<GrCommitteeCard>(html`<gr-committee-card .data=${data}></gr-committee-card>`);
      expect(squash($(el, '[part="error"]').textContent)).to.contain('attributet committee');
      await expect(el).to.be.accessible();
    });

    it('an invalid dataset: a polite error, and the default data is shown', async () => {
      const warn = sinon.stub(console, 'warn');
      try {
        const invalid = createFixtureDataset();
        invalid.committees[0]!.meetings[0]!.start = '2024-09-20T09:00:00+01:00'; // wrong offset for September
        // A body of the default data (any one): the card shows it, not the rejected fixture.
        const body = dataset.committees[0]!;
        const el = await card(body.id, fixtureClocks.dec2026, { given: invalid });
        const error = $(el, '[part="error"]');
        expect(error.getAttribute('role')).to.equal('status');
        expect(squash(error.textContent)).to.contain('committees[0].meetings[0]');
        expect(headings(el, 'h2')).to.deep.equal([body.name]);
        await expect(el).to.be.accessible();
      } finally {
        warn.restore();
      }
    });

    it('renders markup-looking data as inert text', async () => {
      const evilData = createFixtureDataset();
      const c = evilData.committees.find((x) => x.id === C.current)!;
      const evil = '<img src=x onerror="window.__grXss=1"><script>window.__grXss=1</script>';
      c.name = `Exempelstyrelsen ${evil}`;
      c.description = { sv: evil };
      c.purpose = [{ sv: evil }];
      const next = c.meetings.find((m) => m.start.startsWith('2026-12-11'))!;
      next.location = evil;
      next.note = { sv: evil };
      const el = await card(C.current, fixtureClocks.dec2026, { given: evilData });
      expect($(el, 'h2').textContent).to.equal(`Exempelstyrelsen ${evil}`);
      expect(squash($(el, '.description').textContent)).to.equal(evil);
      expect(meetingBox(el, 'Nästa möte')).to.contain(`Plats: ${evil}`);
      expect($$(el, 'img, script')).to.have.length(0);
      expect((window as unknown as { __grXss?: number }).__grXss).to.equal(undefined);
      await expect(el).to.be.accessible();
    });
  });
});
