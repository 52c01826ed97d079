/**
 * <gr-meeting-calendar> in real Chromium, on the fictional fixture dataset (`@goteborgsregionen/data/testing`)
 * at its fixed clocks: list and month views, times and days in Stockholm (also from New York and on both DST
 * change days), keyboard paths in the grid, .ics files checked with ical.js, Swedish and English, 320 px,
 * forced colours and print, with an axe check per state. One file because every part shares the element's
 * set-up and helpers; it is longer than 400 lines for that reason.
 *
 * The fixture's `committees.current` ("Exempelstyrelsen") meets on: fri 20 sep 2024 9–12; sun 25 oct 2026
 * 10–15 (summer time ends; Provstads stadshus, "Höstkonferens"); 19–20 nov 2026 (date only); fri 11 dec 2026
 * 9–12; fri 18 dec 2026 (date only); fri 22 jan 2027 9–12 (cancelled); thu 11 feb 13.00 – fri 12 feb 2027
 * 12.00 (Exempelby); sat 27 mar 13.00 CET – sun 28 mar 2027 9.00 CEST ("Internat"); sun 28 mar 2027 10–12
 * (summer time starts); thu 20 may 2027 (date only).
 */
import { fixture, html, expect, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport, emulateMedia } from '@web/test-runner-commands';
import { ifDefined } from 'lit/directives/if-defined.js';
import sinon from 'sinon';
import { dataset } from '@goteborgsregionen/data';
import type { Dataset } from '@goteborgsregionen/data';
import { createFixtureDataset, fixtureClocks, fixtureIds } from '@goteborgsregionen/data/testing';
import './define.js';
import { GrMeetingCalendar, GrMonthChangeEvent } from './meeting-calendar.js';
import {
  $,
  $$,
  FILES_BASE,
  accessibleNodes,
  deepActiveElement,
  emulateForcedColors,
  emulateTimezone,
  fetchText,
  headings,
  parseEvents,
  seen,
  seenText,
  squash,
} from './test-utils.js';

const C = fixtureIds.committees;
const N = fixtureIds.networks;
const clock = fixtureClocks;
/** The fixture, shared by the tests that do not change it (validated once). */
const data: Dataset = createFixtureDataset();

interface Options {
  committee?: string;
  network?: string;
  view?: 'list' | 'month';
  month?: string;
  lang?: string;
  /** The dataset to show: the fixture by default; null for the published (default) data. */
  data?: Dataset | null;
}

async function calendar(now: string, o: Options = {}): Promise<GrMeetingCalendar> {
  // The element itself carries `lang` (the nearest one); a plain wrapper would make fixture() wait for an
  // animation frame, which a background tab (tests run two pages at a time) never gets.
  const el = await fixture<GrMeetingCalendar>(html`<gr-meeting-calendar
    lang=${o.lang ?? 'sv'}
    committee=${ifDefined(o.committee)}
    network=${ifDefined(o.network)}
    view=${o.view ?? 'list'}
    month=${ifDefined(o.month)}
    now=${now}
    files-base=${FILES_BASE}
    .data=${o.data === null ? undefined : o.data ?? data}
  ></gr-meeting-calendar>`);
  await el.updateComplete;
  return el;
}

const meetingHeadings = (el: Element, scope = ''): string[] =>
  $$(el, `${scope} .meeting-heading`).map((h) => seenText(h));

const cell = (el: Element, day: string): HTMLTableCellElement => $<HTMLTableCellElement>(el, `td[data-day="${day}"]`);

/** What assistive technology reads for a day cell. */
const dayLabel = (el: Element, day: string): string => squash(cell(el, day).querySelector('.visually-hidden')?.textContent);

const caption = (el: Element): string => squash($(el, 'caption').textContent);

const liveRegion = (el: Element): string => squash($(el, '[role="status"]:not([part="error"])').textContent);

/** The iCalendar events behind a link (a published file or a generated blob:), parsed by ical.js. */
const eventsOf = async (link: HTMLAnchorElement) => parseEvents((await fetchText(link.href)).text);

/** Presses a key in the page and waits for the element to finish what the key started. */
async function press(el: GrMeetingCalendar, key: string): Promise<void> {
  await sendKeys({ press: key });
  await el.updateComplete;
}

describe('<gr-meeting-calendar>', () => {
  it('is registered and can be created imperatively', async () => {
    expect(customElements.get('gr-meeting-calendar')).to.equal(GrMeetingCalendar);
    const el = document.createElement('gr-meeting-calendar');
    el.committee = C.current;
    el.data = data;
    el.now = clock.dec2026;
    document.body.append(el);
    await el.updateComplete;
    expect(squash($(el, 'h2').textContent)).to.equal('Möten – Exempelstyrelsen');
    el.remove();
  });

  describe('list view', () => {
    it('shows upcoming meetings by month, then past meetings newest first (1 December 2026)', async () => {
      const el = await calendar(clock.dec2026, { committee: C.current });
      expect(headings(el, '[part="upcoming"] h3, [part="upcoming"] h4')).to.deep.equal([
        'Kommande möten',
        'december 2026',
        'januari 2027',
        'februari 2027',
        'mars 2027',
        'maj 2027',
      ]);
      expect(meetingHeadings(el, '[part="upcoming"]')).to.deep.equal([
        'fredag 11 december 2026, kl. 9.00–12.00',
        'fredag 18 december 2026, tid ej publicerad',
        'fredag 22 januari 2027, kl. 9.00–12.00 Inställt',
        'torsdag 11 februari 2027, kl. 13.00 – fredag 12 februari 2027, kl. 12.00',
        'lördag 27 mars 2027, kl. 13.00 – söndag 28 mars 2027, kl. 9.00',
        'söndag 28 mars 2027, kl. 10.00–12.00',
        'torsdag 20 maj 2027, tid ej publicerad',
      ]);
      expect(squash($(el, '[part="past"] h3').textContent)).to.equal('Tidigare möten');
      expect(meetingHeadings(el, '[part="past"]')).to.deep.equal([
        '19–20 november 2026, tid ej publicerad',
        'söndag 25 oktober 2026, kl. 10.00–15.00',
        'fredag 20 september 2024, kl. 9.00–12.00',
      ]);
      expect($$(el, '.meeting-heading time').map((t) => t.getAttribute('datetime'))[0]).to.equal('2026-12-11T09:00:00+01:00');
      await expect(el).to.be.accessible();
    });

    it('each meeting links its own .ics, named with its date', async () => {
      const el = await calendar(clock.dec2026, { committee: C.current });
      const link = $<HTMLAnchorElement>(el, '[part="upcoming"] a[part="ics-link"]');
      expect(link.href).to.match(/^blob:/);
      expect(link.getAttribute('download')).to.equal('exempelstyrelsen-2026-12-11.ics');
      expect(seenText(link)).to.equal('Lägg till i kalendern (.ics)');
      const names = (await accessibleNodes()).filter((n) => n.role === 'link').map((n) => n.name);
      expect(names).to.include('Lägg till i kalendern (.ics) – fredag 11 december 2026, kl. 9.00–12.00');
      const events = await eventsOf(link);
      expect(events).to.have.length(1);
      expect(events[0]!.uid).to.be.a('string').and.not.equal('');
      expect(events[0]!.startDate.toString()).to.equal('2026-12-11T09:00:00');
      expect(events[0]!.endDate.toString()).to.equal('2026-12-11T12:00:00');
      expect(events[0]!.component.getFirstProperty('dtstart')?.getParameter('tzid')).to.equal('Europe/Stockholm');
    });

    it('offers all meetings as one file, with help, and the file holds them all', async () => {
      const el = await calendar(clock.dec2026, { committee: C.current });
      const links = $$<HTMLAnchorElement>(el, 'a[part="subscribe-link"]');
      expect(links.map((a) => squash(a.textContent))).to.deep.equal(['Ladda ner alla möten för Exempelstyrelsen (.ics)']);
      expect(links[0]!.getAttribute('download')).to.equal('exempelstyrelsen.ics');
      expect(squash($(el, '[part="subscribe"] .help').textContent)).to.equal(
        'Öppna filen för att lägga in mötena i din kalender. En nedladdad fil uppdateras inte av sig själv.',
      );
      const events = await eventsOf(links[0]!);
      expect(events.map((e) => e.startDate.toString()).sort()).to.deep.equal([
        '2024-09-20T09:00:00',
        '2026-10-25T10:00:00',
        '2026-11-19',
        '2026-12-11T09:00:00',
        '2026-12-18',
        '2027-01-22T09:00:00',
        '2027-02-11T13:00:00',
        '2027-03-27T13:00:00',
        '2027-03-28T10:00:00',
        '2027-05-20',
      ]);
      expect(events.filter((e) => e.component.getFirstPropertyValue('status') === 'CANCELLED').map((e) => e.startDate.toString())).to.deep.equal([
        '2027-01-22T09:00:00',
      ]);
    });

    it('after the last known meeting (15 January 2031): says there are none upcoming, lists the past', async () => {
      const el = await calendar(clock.jan2031, { committee: C.current });
      expect(squash($(el, '[part="upcoming"]').textContent)).to.equal('Kommande möten Inga kommande möten är publicerade.');
      expect(meetingHeadings(el, '[part="upcoming"]')).to.deep.equal([]);
      const past = meetingHeadings(el, '[part="past"]');
      expect(past).to.have.length(10);
      expect(past[0]).to.equal('torsdag 20 maj 2027, tid ej publicerad');
      await expect(el).to.be.accessible();
    });

    it('a body without meetings: both empty states in words', async () => {
      const el = await calendar(clock.dec2026, { committee: C.noComposition });
      expect(seenText($(el, '[part="upcoming"]'))).to.equal('Kommande möten Inga kommande möten är publicerade.');
      expect(seenText($(el, '[part="past"]'))).to.equal('Tidigare möten Inga tidigare möten är publicerade.');
      await expect(el).to.be.accessible();
    });

    it('counts a meeting in progress as upcoming and says so', async () => {
      const el = await calendar(clock.summerTimeEnds2026, { committee: C.current });
      const first = $(el, '[part="upcoming"] .meeting');
      expect(seenText(first)).to.match(/^söndag 25 oktober 2026, kl\. 10\.00–15\.00 Pågår nu/);
      expect(meetingHeadings(el, '[part="past"]')).to.deep.equal(['fredag 20 september 2024, kl. 9.00–12.00']);
    });

    it('a cancelled meeting: "Inställt" in words and in its .ics', async () => {
      const el = await calendar(clock.jan2027, { committee: C.current });
      const first = $(el, '[part="upcoming"] .meeting');
      expect(seenText(first.querySelector('.meeting-heading')!)).to.equal('fredag 22 januari 2027, kl. 9.00–12.00 Inställt');
      expect(squash(first.querySelector('.meeting-heading')?.textContent)).to.equal('fredag 22 januari 2027, kl. 9.00–12.00, Inställt');
      expect(first.classList.contains('meeting--cancelled')).to.equal(true);
      expect(first.querySelector('time')?.getAttribute('datetime')).to.equal('2027-01-22T09:00:00+01:00');
      const [event] = await eventsOf(first.querySelector<HTMLAnchorElement>('a[part="ics-link"]')!);
      expect(event!.component.getFirstPropertyValue('status')).to.equal('CANCELLED');
      expect(event!.startDate.toString()).to.equal('2027-01-22T09:00:00');
      await expect(el).to.be.accessible();
    });

    it('a two-day meeting without a published time: both dates, "tid ej publicerad", a two-day .ics', async () => {
      const el = await calendar(clock.dec2026, { committee: C.current });
      const meeting = $(el, '[part="past"] .meeting');
      expect(seenText(meeting.querySelector('.meeting-heading')!)).to.equal('19–20 november 2026, tid ej publicerad');
      expect(meeting.querySelector('time')?.getAttribute('datetime')).to.equal('2026-11-19');
      const [event] = await eventsOf(meeting.querySelector<HTMLAnchorElement>('a[part="ics-link"]')!);
      expect(event!.startDate.isDate).to.equal(true);
      expect(event!.startDate.toString()).to.equal('2026-11-19');
      // DTEND of a date-only event is the day after its last day (RFC 5545).
      expect(event!.endDate.toString()).to.equal('2026-11-21');
      await expect(el).to.be.accessible();
    });

    it('shows location and note when known', async () => {
      const el = await calendar(clock.dec2026, { committee: C.current });
      expect(seenText($$(el, '[part="past"] .meeting')[1]!)).to.equal(
        'söndag 25 oktober 2026, kl. 10.00–15.00 Plats: Provstads stadshus Höstkonferens Lägg till i kalendern (.ics)',
      );
      expect(seenText($$(el, '[part="upcoming"] .meeting')[3]!)).to.equal(
        'torsdag 11 februari 2027, kl. 13.00 – fredag 12 februari 2027, kl. 12.00 Plats: Exempelby Lägg till i kalendern (.ics)',
      );
    });

    it('follows heading, heading-level and without-view-switch', async () => {
      const el = await fixture<GrMeetingCalendar>(html`<gr-meeting-calendar
        committee=${C.current}
        now=${clock.dec2026}
        heading="Sammanträden"
        heading-level="3"
        without-view-switch
        .data=${data}
      ></gr-meeting-calendar>`);
      expect(headings(el, 'h3')).to.deep.equal(['Sammanträden']);
      expect(headings(el, 'h4')).to.deep.equal(['Kommande möten', 'Tidigare möten', 'Prenumerera']);
      expect($$(el, '[part="view-switch"]')).to.have.length(0);
      el.heading = '';
      await el.updateComplete;
      expect(headings(el, 'h3')).to.deep.equal(['Kommande möten', 'Tidigare möten', 'Prenumerera']);
    });

    it('switches to the month view with the view buttons', async () => {
      const el = await calendar(clock.dec2026, { committee: C.current });
      const [list, month] = $$<HTMLButtonElement>(el, '[part="view-switch"] button');
      expect(list!.getAttribute('aria-pressed')).to.equal('true');
      month!.click();
      await el.updateComplete;
      expect(el.view).to.equal('month');
      expect(el.getAttribute('view')).to.equal('month');
      expect(month!.getAttribute('aria-pressed')).to.equal('true');
      expect(list!.getAttribute('aria-pressed')).to.equal('false');
      expect(caption(el)).to.equal('december 2026');
    });
  });

  describe('several owners and networks', () => {
    it('merges several committees, names the body of each meeting, one download each', async () => {
      const el = await calendar(clock.dec2026, { committee: `${C.current} ${C.dissolved}` });
      expect(squash($(el, 'h2').textContent)).to.equal('Möten');
      const upcoming = $$(el, '[part="upcoming"] .meeting');
      expect(upcoming).to.have.length(8);
      expect(seenText(upcoming[0]!)).to.match(/^onsdag 9 december 2026, kl\. 9\.00–12\.00 Styrgruppen för prov Lägg till/);
      expect(seenText(upcoming[1]!)).to.match(/^fredag 11 december 2026, kl\. 9\.00–12\.00 Exempelstyrelsen Lägg till/);
      expect(meetingHeadings(el, '[part="past"]')).to.deep.equal([
        '19–20 november 2026, tid ej publicerad',
        'söndag 25 oktober 2026, kl. 10.00–15.00',
        'onsdag 7 oktober 2026, kl. 9.00–12.00',
        'fredag 20 september 2024, kl. 9.00–12.00',
      ]);
      const last = upcoming[upcoming.length - 1]!;
      expect(seenText(last)).to.match(/^torsdag 20 maj 2027, tid ej publicerad Exempelstyrelsen/);
      const subs = $$<HTMLAnchorElement>(el, 'a[part="subscribe-link"]');
      expect(subs.map((a) => squash(a.textContent))).to.deep.equal([
        'Ladda ner alla möten för Exempelstyrelsen (.ics)',
        'Ladda ner alla möten för Styrgruppen för prov (.ics)',
      ]);
      expect(subs.map((a) => a.getAttribute('download'))).to.deep.equal(['exempelstyrelsen.ics', 'styrgruppen-for-prov.ics']);
      expect((await eventsOf(subs[1]!)).map((e) => e.startDate.toString())).to.deep.equal(['2026-10-07T09:00:00', '2026-12-09T09:00:00']);
      const link = last.querySelector('a[part="ics-link"]');
      expect(squash(link?.textContent)).to.equal(
        'Lägg till i kalendern (.ics) – torsdag 20 maj 2027, tid ej publicerad, Exempelstyrelsen',
      );
      await expect(el).to.be.accessible();
    });

    it("shows a network's meetings (date-only and timed)", async () => {
      const el = await calendar(clock.dec2026, { network: N.sourceListed });
      expect(meetingHeadings(el, '[part="upcoming"]')).to.deep.equal([
        'fredag 4 december 2026, kl. 8.30–12.00',
        'fredag 5 februari 2027, tid ej publicerad',
      ]);
      expect(meetingHeadings(el, '[part="past"]')).to.deep.equal(['fredag 18 september 2026, tid ej publicerad']);
      expect(seen(el)).to.contain('Plats: Provstad');
      const sub = $<HTMLAnchorElement>(el, 'a[part="subscribe-link"]');
      const linkNames = (await accessibleNodes()).filter((n) => n.role === 'link').map((n) => n.name);
      expect(linkNames).to.include('Ladda ner alla möten för Provnätverket (.ics)');
      expect(sub.getAttribute('download')).to.equal('provnatverket.ics');
      expect((await eventsOf(sub)).map((e) => e.startDate.toString()).sort()).to.deep.equal([
        '2026-09-18',
        '2026-12-04T08:30:00',
        '2027-02-05',
      ]);
      await expect(el).to.be.accessible();
    });

    it('unknown ids: a visible message and a warning with the valid ids; the rest is still shown', async () => {
      const warn = sinon.stub(console, 'warn');
      try {
        const el = await calendar(clock.dec2026, { committee: `${C.current} atlantis`, network: 'nowhere' });
        const errors = $$(el, '[part="error"]').map((e) => squash(e.textContent));
        expect(errors[0]).to.contain('Det finns ingen politisk grupp med id ”atlantis”.');
        expect(errors[1]).to.contain('Det finns inget nätverk med id ”nowhere”.');
        const messages = warn.getCalls().map((c) => String(c.args[0]));
        expect(messages.find((m) => m.includes('atlantis'))).to.contain('exempelstyrelsen');
        expect(messages.find((m) => m.includes('nowhere'))).to.contain('provnatverket');
        expect(meetingHeadings(el, '[part="upcoming"]')).to.have.length(7);
        await expect(el).to.be.accessible();
      } finally {
        warn.restore();
      }
    });

    it('no committee or network: says what to set', async () => {
      const el = await calendar(clock.dec2026);
      expect(squash($(el, '[part="error"]').textContent)).to.contain('committee eller network');
      await expect(el).to.be.accessible();
    });
  });

  describe('month view', () => {
    it('starts at the month of the next meeting, Monday first, with ISO weeks', async () => {
      const el = await calendar(clock.dec2026, { committee: C.current, view: 'month' });
      expect(caption(el)).to.equal('december 2026');
      expect($(el, 'table').getAttribute('role')).to.equal('grid');
      expect($$(el, 'thead th').map((th) => squash(th.querySelector('.visually-hidden')?.textContent))).to.deep.equal([
        'Vecka',
        'måndag',
        'tisdag',
        'onsdag',
        'torsdag',
        'fredag',
        'lördag',
        'söndag',
      ]);
      const meetingDay = cell(el, '2026-12-11');
      expect(meetingDay.getAttribute('tabindex')).to.equal('0');
      expect(dayLabel(el, '2026-12-11')).to.equal('fredag 11 december 2026, 1 möte: Exempelstyrelsen, kl. 9.00–12.00');
      expect(meetingDay.querySelectorAll('.dot')).to.have.length(1);
      expect(dayLabel(el, '2026-12-18')).to.equal('fredag 18 december 2026, 1 möte: Exempelstyrelsen, tid ej publicerad');
      expect(cell(el, '2026-12-10').querySelectorAll('.dot')).to.have.length(0);
      expect($$(el, 'td[tabindex="0"]')).to.have.length(1);
      expect(cell(el, '2026-12-01').getAttribute('aria-current')).to.equal('date');
      expect(dayLabel(el, '2026-12-01')).to.equal('tisdag 1 december 2026, i dag');
      // No announcement on the first render.
      expect(liveRegion(el)).to.equal('');
      expect(headings(el, '[part="month-meetings"] h3')).to.deep.equal(['Möten i december 2026']);
      expect(meetingHeadings(el, '[part="month-meetings"]')).to.deep.equal([
        'fredag 11 december 2026, kl. 9.00–12.00',
        'fredag 18 december 2026, tid ej publicerad',
      ]);
      await expect(el).to.be.accessible();
    });

    it('starts at the last meeting when none is upcoming, or at the month attribute', async () => {
      const after = await calendar(clock.jan2031, { committee: C.current, view: 'month' });
      expect(caption(after)).to.equal('maj 2027');
      const chosen = await calendar(clock.jan2031, { committee: C.current, view: 'month', month: '2027-01' });
      expect(caption(chosen)).to.equal('januari 2027');
      chosen.month = '2027-03';
      await chosen.updateComplete;
      expect(caption(chosen)).to.equal('mars 2027');
    });

    it('numbers weeks the ISO way: 1 January 2027 is in week 53, 22 January in week 3', async () => {
      const el = await calendar(clock.jan2027, { committee: C.current, view: 'month', month: '2027-01' });
      const rows = $$(el, 'tbody tr');
      const weekOf = (day: string) => cell(el, day).closest('tr')!.querySelector('th')!;
      expect(seenText(weekOf('2027-01-01'))).to.equal('v. 53');
      expect(squash(weekOf('2027-01-01').querySelector('.visually-hidden')?.textContent)).to.equal('vecka 53');
      expect(seenText(weekOf('2027-01-22'))).to.equal('v. 3');
      expect(rows.map((r) => seenText(r.querySelector('th')!))).to.deep.equal(['v. 53', 'v. 1', 'v. 2', 'v. 3', 'v. 4']);
      // Friday 1 January sits in the fifth day column (Monday first).
      const cells = [...rows[0]!.querySelectorAll('td')];
      expect(cells.findIndex((c) => c.dataset['day'] === '2027-01-01')).to.equal(4);
      // Week numbers are row headers; assistive technology gets "vecka 3", not "v. 3".
      expect(weekOf('2027-01-22').getAttribute('scope')).to.equal('row');
      const names = (await accessibleNodes()).map((n) => `${n.role}:${n.name}`);
      expect(names).to.include('StaticText:vecka 3');
      expect(names).not.to.include('StaticText:v. 3');
      expect(names).to.include('gridcell:fredag 22 januari 2027, 1 möte: Exempelstyrelsen, kl. 9.00–12.00, inställt');
    });

    it('keyboard: arrows, Home/End, PageUp/PageDown; month changes are announced, focus stays in the grid', async () => {
      const el = await calendar(clock.jan2027, { committee: C.current, view: 'month', month: '2027-01' });
      const changes: { year: number; month: number }[] = [];
      el.addEventListener('gr-month-change', (e) => changes.push(e.detail));
      const focused = () => (deepActiveElement() as HTMLElement | null)?.dataset['day'];
      // The month's meeting day is the grid's one tab stop.
      expect($$(el, 'td[tabindex="0"]').map((td) => td.dataset['day'])).to.deep.equal(['2027-01-22']);
      cell(el, '2027-01-22').focus();
      expect(focused()).to.equal('2027-01-22');

      await press(el, 'ArrowRight');
      expect(focused()).to.equal('2027-01-23');
      await press(el, 'ArrowDown');
      expect(focused()).to.equal('2027-01-30');
      await press(el, 'ArrowDown');
      expect(focused()).to.equal('2027-02-06');
      expect(caption(el)).to.equal('februari 2027');
      expect(liveRegion(el)).to.equal('februari 2027, 1 möte');
      await press(el, 'ArrowUp');
      expect(focused()).to.equal('2027-01-30');
      expect(liveRegion(el)).to.equal('januari 2027, 1 möte');
      await press(el, 'Home');
      expect(focused()).to.equal('2027-01-25');
      await press(el, 'End');
      expect(focused()).to.equal('2027-01-31');
      await press(el, 'ArrowLeft');
      expect(focused()).to.equal('2027-01-30');
      await press(el, 'PageDown');
      expect(focused()).to.equal('2027-02-28');
      expect(caption(el)).to.equal('februari 2027');
      await press(el, 'PageUp');
      await press(el, 'PageUp');
      expect(focused()).to.equal('2026-12-28');
      expect(caption(el)).to.equal('december 2026');
      expect(liveRegion(el)).to.equal('december 2026, 2 möten');
      await sendKeys({ down: 'Shift' });
      await press(el, 'PageDown');
      await sendKeys({ up: 'Shift' });
      expect(focused()).to.equal('2027-12-28');
      expect(caption(el)).to.equal('december 2027');
      expect(liveRegion(el)).to.equal('december 2027, inga möten');
      expect($$(el, 'td[tabindex="0"]')).to.have.length(1);
      expect(el.shadowRoot!.activeElement?.closest('table') === $(el, 'table'), 'focus is in the grid').to.equal(true);
      expect(changes).to.deep.equal([
        { year: 2027, month: 2 },
        { year: 2027, month: 1 },
        { year: 2027, month: 2 },
        { year: 2027, month: 1 },
        { year: 2026, month: 12 },
        { year: 2027, month: 12 },
      ]);
      await expect(el).to.be.accessible();
    });

    it('Enter on a meeting day moves to that meeting; Space on a day without one keeps focus on the day', async () => {
      const el = await calendar(clock.dec2026, { committee: C.current, view: 'month', month: '2026-12' });
      cell(el, '2026-12-11').focus();
      await press(el, 'Enter');
      const active = deepActiveElement() as HTMLElement;
      expect(active.classList.contains('meeting-heading')).to.equal(true);
      expect(seenText(active)).to.equal('fredag 11 december 2026, kl. 9.00–12.00');
      cell(el, '2026-12-10').focus();
      await press(el, ' ');
      expect((deepActiveElement() as HTMLElement).dataset['day']).to.equal('2026-12-10');
    });

    it('previous/next buttons are named with the month they go to, and announce it', async () => {
      const el = await calendar(clock.jan2027, { committee: C.current, view: 'month', month: '2027-03' });
      const [prev, next] = $$<HTMLButtonElement>(el, '[part="month-button"]');
      expect(seenText(prev!)).to.equal('‹ Föregående månad');
      expect(seenText(next!)).to.equal('Nästa månad ›');
      const names = (await accessibleNodes()).filter((n) => n.role === 'button').map((n) => n.name);
      expect(names).to.include.members(['Föregående månad, februari 2027', 'Nästa månad, april 2027']);
      next!.focus();
      const event = oneEvent(el, 'gr-month-change');
      next!.click();
      const fired = (await event) as GrMonthChangeEvent;
      expect(fired).to.be.instanceOf(GrMonthChangeEvent);
      expect(fired.detail).to.deep.equal({ year: 2027, month: 4 });
      expect(fired.bubbles && fired.composed).to.equal(true);
      await el.updateComplete;
      expect(caption(el)).to.equal('april 2027');
      expect(liveRegion(el)).to.equal('april 2027, inga möten');
      expect(el.shadowRoot!.activeElement === next, 'focus stays on the next-month button').to.equal(true);
      expect(next!.getAttribute('aria-label')).to.equal('Nästa månad, maj 2027');
      expect(seenText($(el, '[part="month-meetings"]'))).to.equal('Möten i april 2027 Inga möten i april 2027.');
      await expect(el).to.be.accessible();
    });

    it('marks every day of a multi-day meeting, in text too, and a cancelled one with its status', async () => {
      const el = await calendar(clock.dec2026, { committee: C.current, view: 'month', month: '2026-11' });
      expect(caption(el)).to.equal('november 2026');
      expect(dayLabel(el, '2026-11-19')).to.equal('torsdag 19 november 2026, 1 möte: Exempelstyrelsen, tid ej publicerad');
      expect(dayLabel(el, '2026-11-20')).to.equal('fredag 20 november 2026, 1 möte: Exempelstyrelsen, tid ej publicerad');
      for (const day of ['2026-11-19', '2026-11-20']) expect(cell(el, day).querySelectorAll('.dot'), day).to.have.length(1);
      expect(dayLabel(el, '2026-11-21')).to.equal('lördag 21 november 2026');
      expect(cell(el, '2026-11-21').querySelectorAll('.dot')).to.have.length(0);
      el.month = '2027-02';
      await el.updateComplete;
      expect(dayLabel(el, '2027-02-11')).to.equal(
        'torsdag 11 februari 2027, 1 möte: Exempelstyrelsen, kl. 13.00 – fredag 12 februari 2027, kl. 12.00',
      );
      expect(dayLabel(el, '2027-02-12')).to.equal(
        'fredag 12 februari 2027, 1 möte: Exempelstyrelsen, kl. 13.00 – fredag 12 februari 2027, kl. 12.00',
      );
      el.month = '2027-01';
      await el.updateComplete;
      expect(dayLabel(el, '2027-01-22')).to.equal('fredag 22 januari 2027, 1 möte: Exempelstyrelsen, kl. 9.00–12.00, inställt');
      expect(cell(el, '2027-01-22').querySelectorAll('.dot--cancelled')).to.have.length(1);
      await expect(el).to.be.accessible();
    });

    it('speaks English under lang="en"', async () => {
      const el = await calendar(clock.dec2026, { committee: C.current, view: 'month', lang: 'en' });
      expect(caption(el)).to.equal('December 2026');
      expect(dayLabel(el, '2026-12-11')).to.equal('Friday 11 December 2026, 1 meeting: Exempelstyrelsen, 9:00–12:00');
      expect(dayLabel(el, '2026-12-18')).to.equal('Friday 18 December 2026, 1 meeting: Exempelstyrelsen, time not published');
      expect(seenText($(el, 'thead tr'))).to.equal('Wk Mon Tue Wed Thu Fri Sat Sun');
      expect($$(el, '[part="month-button"]')[0]!.getAttribute('aria-label')).to.equal('Previous month, November 2026');
      await expect(el).to.be.accessible();
    });
  });

  describe('languages, time zones and daylight saving', () => {
    it('English list: same instants, English words', async () => {
      const el = await calendar(clock.dec2026, { committee: C.current, lang: 'en' });
      expect(headings(el, 'h3')).to.deep.equal(['Upcoming meetings', 'Past meetings', 'Subscribe']);
      expect(meetingHeadings(el, '[part="upcoming"]')[0]).to.equal('Friday 11 December 2026, 9:00–12:00');
      expect(meetingHeadings(el, '[part="past"]').slice(0, 2)).to.deep.equal([
        '19–20 November 2026, time not published',
        'Sunday 25 October 2026, 10:00–15:00',
      ]);
      expect(seenText($$(el, '[part="past"] .meeting')[1]!)).to.contain('Location: Provstads stadshus Autumn conference');
      expect(squash($(el, 'a[part="subscribe-link"]').textContent)).to.equal('Download all meetings of Exempelstyrelsen (.ics)');
      const cancelled = await calendar(clock.jan2027, { committee: C.current, lang: 'en' });
      expect(meetingHeadings(cancelled, '[part="upcoming"]')[0]).to.equal('Friday 22 January 2027, 9:00–12:00 Cancelled');
      await expect(el).to.be.accessible();
    });

    describe('in a browser in New York', () => {
      before(() => emulateTimezone('America/New_York'));
      after(() => emulateTimezone(null));

      it('still shows Stockholm wall-clock times and days', async () => {
        expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal('America/New_York');
        const el = await calendar(clock.dec2026, { committee: C.current });
        expect(meetingHeadings(el, '[part="upcoming"]').slice(0, 2)).to.deep.equal([
          'fredag 11 december 2026, kl. 9.00–12.00',
          'fredag 18 december 2026, tid ej publicerad',
        ]);
        el.view = 'month';
        await el.updateComplete;
        expect(cell(el, '2026-12-11').classList.contains('day--meeting')).to.equal(true);
        expect(cell(el, '2026-12-10').classList.contains('day--meeting')).to.equal(false);
        // A date-only meeting stays on its day (not the evening before, as UTC midnight would be in New York).
        expect(cell(el, '2026-12-18').classList.contains('day--meeting')).to.equal(true);
        expect(cell(el, '2026-12-17').classList.contains('day--meeting')).to.equal(false);
        // Today is 1 December in Stockholm.
        expect(cell(el, '2026-12-01').getAttribute('aria-current')).to.equal('date');
        // Both DST change days, which fall on other dates in New York.
        const dst = await calendar(clock.jan2027, { committee: C.current });
        expect(meetingHeadings(dst, '[part="upcoming"]').slice(2, 4)).to.deep.equal([
          'lördag 27 mars 2027, kl. 13.00 – söndag 28 mars 2027, kl. 9.00',
          'söndag 28 mars 2027, kl. 10.00–12.00',
        ]);
        expect(meetingHeadings(dst, '[part="past"]')[3]).to.equal('söndag 25 oktober 2026, kl. 10.00–15.00');
      });
    });

    it('the day summer time starts: Stockholm times, right split between past and upcoming, .ics in Stockholm time', async () => {
      // Sunday 28 March 2027, 10.30 CEST: the 10.00 meeting is in progress; the night's residential meeting ended at 9.00.
      const el = await calendar(clock.summerTimeStarts2027, { committee: C.current });
      expect(meetingHeadings(el, '[part="past"]').slice(0, 2)).to.deep.equal([
        'lördag 27 mars 2027, kl. 13.00 – söndag 28 mars 2027, kl. 9.00',
        'torsdag 11 februari 2027, kl. 13.00 – fredag 12 februari 2027, kl. 12.00',
      ]);
      expect(meetingHeadings(el, '[part="upcoming"]')).to.deep.equal([
        'söndag 28 mars 2027, kl. 10.00–12.00',
        'torsdag 20 maj 2027, tid ej publicerad',
      ]);
      expect(seenText($(el, '[part="upcoming"] .meeting'))).to.contain('Pågår nu');
      // The generated .ics keeps the wall-clock time in Europe/Stockholm, at the right instant.
      const link = $<HTMLAnchorElement>(el, '[part="upcoming"] a[part="ics-link"]');
      expect(link.href).to.match(/^blob:/);
      const [event] = await eventsOf(link);
      expect(event!.startDate.toString()).to.equal('2027-03-28T10:00:00');
      expect(event!.component.getFirstProperty('dtstart')?.getParameter('tzid')).to.equal('Europe/Stockholm');
      expect(event!.startDate.toUnixTime()).to.equal(Date.parse('2027-03-28T08:00:00Z') / 1000);
      // Saturday 13.00 CET to Sunday 9.00 CEST is 19 hours, not 20.
      const [across] = await eventsOf($<HTMLAnchorElement>(el, '[part="past"] a[part="ics-link"]'));
      expect(across!.startDate.toString()).to.equal('2027-03-27T13:00:00');
      expect(across!.endDate.toString()).to.equal('2027-03-28T09:00:00');
      expect(across!.endDate.toUnixTime() - across!.startDate.toUnixTime()).to.equal(19 * 3600);
      await expect(el).to.be.accessible();
    });

    it('the day summer time ends: that day is today in the grid, with its meeting in Stockholm time', async () => {
      const el = await calendar(clock.summerTimeEnds2026, { committee: C.current, view: 'month' });
      expect(caption(el)).to.equal('oktober 2026');
      expect(dayLabel(el, '2026-10-25')).to.equal('söndag 25 oktober 2026, i dag, 1 möte: Exempelstyrelsen, kl. 10.00–15.00');
      expect(cell(el, '2026-10-25').getAttribute('aria-current')).to.equal('date');
      const [event] = await eventsOf($<HTMLAnchorElement>(el, '[part="month-meetings"] a[part="ics-link"]'));
      expect(event!.startDate.toUnixTime()).to.equal(Date.parse('2026-10-25T09:00:00Z') / 1000);
    });
  });

  describe('the data shown', () => {
    it('with the published data: each meeting links its published .ics, the calendar its published feed', async () => {
      // Any committee and network with meetings: what is shown is compared with the files the server serves.
      const committee = dataset.committees.find((c) => c.meetings.length > 0);
      const network = dataset.networks.find((n) => (n.meetings ?? []).length > 0);
      expect(committee, 'a committee with meetings in the published data').not.to.equal(undefined);
      expect(network, 'a network with meetings in the published data').not.to.equal(undefined);
      const el = await calendar(clock.dec2026, { committee: committee!.id, data: null });
      const links = $$<HTMLAnchorElement>(el, 'a[part="ics-link"]');
      expect(links).to.have.length(committee!.meetings.length);
      const link = links[0]!;
      const path = new URL(link.href).pathname;
      const date = /^\/__fixtures\/data\/ics\/([\w-]+)\/(\d{4}-\d{2}-\d{2})\.ics$/.exec(path);
      expect(date, path).not.to.equal(null);
      expect(date![1]).to.equal(committee!.id);
      expect(link.hasAttribute('download')).to.equal(false);
      const shown = link.closest('.meeting')!.querySelector('time')!.getAttribute('datetime')!;
      expect(shown.slice(0, 10)).to.equal(date![2]);
      const events = await eventsOf(link);
      expect(events).to.have.length(1);
      expect(events[0]!.startDate.toString().slice(0, 10)).to.equal(date![2]);
      const sub = $<HTMLAnchorElement>(el, 'a[part="subscribe-link"]');
      expect(new URL(sub.href).pathname).to.equal(`${FILES_BASE}ics/${committee!.id}.ics`);
      expect(squash(sub.textContent)).to.equal(`Prenumerera på alla möten för ${committee!.name} (.ics)`);
      expect(squash($(el, '[part="subscribe"] .help').textContent)).to.contain('prenumeration');
      expect(await eventsOf(sub)).to.have.length(committee!.meetings.length);
      const net = await calendar(clock.dec2026, { network: network!.id, data: null });
      const netSub = $<HTMLAnchorElement>(net, 'a[part="subscribe-link"]');
      expect(new URL(netSub.href).pathname).to.equal(`${FILES_BASE}ics/${network!.id}.ics`);
      expect(await eventsOf(netSub)).to.have.length(network!.meetings!.length);
      await expect(el).to.be.accessible();
    });

    it('renders markup-looking data as inert text', async () => {
      const evil = '<img src=x onerror="window.__grXss=1"><script>window.__grXss=1</script>';
      const bad = createFixtureDataset();
      const c = bad.committees.find((x) => x.id === C.current)!;
      c.name = `Exempelstyrelsen ${evil}`;
      const meeting = c.meetings.find((m) => m.start === '2026-12-11T09:00:00+01:00')!;
      meeting.location = evil;
      meeting.note = { sv: evil };
      const el = await calendar(clock.dec2026, { committee: C.current, data: bad });
      expect(squash($(el, 'h2').textContent)).to.equal(`Möten – Exempelstyrelsen ${evil}`);
      expect(seen(el)).to.contain(`Plats: ${evil}`);
      el.view = 'month';
      await el.updateComplete;
      expect(dayLabel(el, '2026-12-11')).to.contain(evil);
      expect($$(el, 'img, script')).to.have.length(0);
      expect((window as unknown as { __grXss?: number }).__grXss).to.equal(undefined);
      await expect(el).to.be.accessible();
    });

    it('a dataset from `src`: shows that data once loaded', async () => {
      const url = '/__fixtures/store/calendar-src.json';
      expect((await fetch(url, { method: 'PUT', body: JSON.stringify(createFixtureDataset()) })).ok).to.equal(true);
      const warn = sinon.stub(console, 'warn');
      let el: GrMeetingCalendar;
      try {
        el = await calendar(clock.dec2026, { committee: C.current, data: null });
        // The published data has no Exempelstyrelsen.
        expect($$(el, '.meeting')).to.have.length(0);
        const loaded = oneEvent(el, 'gr-data-load');
        el.src = url;
        await loaded;
        await el.updateComplete;
      } finally {
        warn.restore();
      }
      expect(meetingHeadings(el, '[part="upcoming"]')[0]).to.equal('fredag 11 december 2026, kl. 9.00–12.00');
      expect($<HTMLAnchorElement>(el, 'a[part="ics-link"]').href).to.match(/^blob:/);
      await expect(el).to.be.accessible();
    });

    it('while `src` loads: a polite loading notice, accessible', async () => {
      // Until the file arrives the published data is on show, which has no Provnätverket (a warning).
      const warn = sinon.stub(console, 'warn');
      try {
        const el = await fixture<GrMeetingCalendar>(html`<gr-meeting-calendar
          network=${N.sourceListed}
          now=${clock.dec2026}
          src="/__fixtures/slow/3000"
        ></gr-meeting-calendar>`);
        const notice = $(el, '[part="loading"]');
        expect(notice.getAttribute('role')).to.equal('status');
        expect(squash(notice.textContent)).to.equal('Hämtar uppgifter …');
        await expect(el).to.be.accessible();
        el.remove();
      } finally {
        warn.restore();
      }
    });

    it('an invalid dataset: a polite error, the published meetings still shown', async () => {
      const warn = sinon.stub(console, 'warn');
      try {
        const committee = dataset.committees.find((c) => c.meetings.length > 0)!;
        const bad = createFixtureDataset();
        // A winter date with the summer offset: not a Stockholm time.
        bad.committees.find((x) => x.id === C.current)!.meetings.find((m) => m.start === '2026-12-11T09:00:00+01:00')!.start =
          '2026-12-11T09:00:00+02:00';
        const el = await calendar(clock.dec2026, { committee: committee.id, data: bad });
        const error = $(el, '[part="error"]');
        expect(error.getAttribute('role')).to.equal('status');
        expect(squash(error.textContent)).to.contain(
          'Första felet: committees[0].meetings[3].start: offset +02:00 does not match Europe/Stockholm (+01:00) on 2026-12-11',
        );
        expect($$(el, '.meeting')).to.have.length(committee.meetings.length);
        await expect(el).to.be.accessible();
      } finally {
        warn.restore();
      }
    });
  });

  describe('layout', () => {
    afterEach(async () => {
      await setViewport({ width: 800, height: 600 });
      await emulateMedia({ media: 'screen' });
      await emulateForcedColors(null);
    });

    it('in forced colours, meeting days keep a visible mark and the chosen view stays distinct', async () => {
      const el = await calendar(clock.dec2026, { committee: C.current, view: 'month' });
      await emulateForcedColors('active');
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      // A meeting day's dot is filled with the text colour, so it shows against the cell.
      const day = cell(el, '2026-12-11');
      const dot = getComputedStyle(day.querySelector('.dot')!);
      expect(dot.backgroundColor).to.equal(getComputedStyle(day).color);
      expect(dot.backgroundColor).not.to.equal(getComputedStyle(day).backgroundColor);
      const [list, month] = $$<HTMLButtonElement>(el, '[part="view-switch"] button');
      expect(getComputedStyle(month!).backgroundColor).not.to.equal(getComputedStyle(list!).backgroundColor);
      await expect(el).to.be.accessible();
    });

    it('reflows at 320 px: the page never scrolls sideways', async () => {
      await setViewport({ width: 320, height: 640 });
      for (const view of ['list', 'month'] as const) {
        const el = await calendar(clock.dec2026, { committee: `${C.current} ${C.dissolved}`, network: N.sourceListed, view });
        expect(document.documentElement.scrollWidth, view).to.be.at.most(320);
        expect(el.getBoundingClientRect().right, view).to.be.at.most(320);
      }
    });

    it('prints the meeting list, not the grid or the buttons', async () => {
      const el = await calendar(clock.dec2026, { committee: C.current, view: 'month' });
      await emulateMedia({ media: 'print' });
      expect(getComputedStyle($(el, '.grid-scroll')).display).to.equal('none');
      expect(getComputedStyle($(el, '[part="month-nav"]')).display).to.equal('none');
      expect(getComputedStyle($(el, '[part="month-meetings"]')).display).not.to.equal('none');
      expect(seen(el)).to.contain('fredag 11 december 2026, kl. 9.00–12.00');
    });
  });
});
