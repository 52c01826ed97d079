import { fixture, html, expect, elementUpdated, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport, emulateMedia } from '@web/test-runner-commands';
import { ifDefined } from 'lit/directives/if-defined.js';
import sinon from 'sinon';
import type { Dataset } from '@goteborgsregionen/data';
import './define.js';
import { GrMeetingCalendar, GrMonthChangeEvent } from './meeting-calendar.js';
import {
  $,
  $$,
  FILES_BASE,
  accessibleNodes,
  copyDataset,
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

const ARBETSMARKNAD = 'styrgruppen-for-arbetsmarknad';
const SOCIAL = 'styrgruppen-for-social-valfard';

interface Options {
  committee?: string;
  network?: string;
  view?: 'list' | 'month';
  month?: string;
  lang?: string;
  data?: Dataset;
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
  ></gr-meeting-calendar>`);
  if (o.data) {
    el.data = o.data;
    await elementUpdated(el);
  }
  return el;
}

const meetingHeadings = (el: Element, scope = ''): string[] =>
  $$(el, `${scope} .meeting-heading`).map((h) => seenText(h));

const cell = (el: Element, day: string): HTMLTableCellElement => $<HTMLTableCellElement>(el, `td[data-day="${day}"]`);

const caption = (el: Element): string => squash($(el, 'caption').textContent);

const liveRegion = (el: Element): string => squash($(el, '[role="status"]:not([part="error"])').textContent);

/** A dataset in which styrgruppen för arbetsmarknad meets around both 2021 daylight-saving changes. */
function dstDataset(): Dataset {
  const data = copyDataset();
  const c = data.committees.find((x) => x.id === ARBETSMARKNAD)!;
  const sources = c.meetings[0]!.sources;
  c.meetings = [
    { start: '2021-03-27T09:00:00+01:00', end: '2021-03-27T12:00:00+01:00', sources },
    { start: '2021-03-28T10:00:00+02:00', end: '2021-03-28T12:00:00+02:00', sources },
    { start: '2021-03-29T09:00:00+02:00', end: '2021-03-29T12:00:00+02:00', sources },
    { start: '2021-10-30T09:00:00+02:00', end: '2021-10-30T12:00:00+02:00', sources },
    { start: '2021-10-31T10:00:00+01:00', end: '2021-10-31T12:00:00+01:00', sources },
    { start: '2021-11-01T09:00:00+01:00', end: '2021-11-01T12:00:00+01:00', sources },
  ];
  return data;
}

describe('<gr-meeting-calendar>', () => {
  it('is registered and can be created imperatively', async () => {
    expect(customElements.get('gr-meeting-calendar')).to.equal(GrMeetingCalendar);
    const el = document.createElement('gr-meeting-calendar');
    el.committee = ARBETSMARKNAD;
    el.now = '2021-05-01T12:00:00+02:00';
    document.body.append(el);
    await elementUpdated(el);
    expect(squash($(el, 'h2').textContent)).to.equal('Möten – Styrgruppen för arbetsmarknad');
    el.remove();
  });

  describe('list view', () => {
    it('shows upcoming meetings by month, then past meetings newest first (1 May 2021)', async () => {
      const el = await calendar('2021-05-01T12:00:00+02:00', { committee: ARBETSMARKNAD });
      expect(headings(el, '[part="upcoming"] h3, [part="upcoming"] h4')).to.deep.equal([
        'Kommande möten',
        'maj 2021',
        'augusti 2021',
        'september 2021',
        'oktober 2021',
      ]);
      expect(meetingHeadings(el, '[part="upcoming"]')).to.deep.equal([
        'tisdag 25 maj 2021, kl. 9.00–12.00',
        'fredag 27 augusti 2021, kl. 9.00–12.00',
        'onsdag 22 september 2021, kl. 9.00–12.00',
        'onsdag 20 oktober 2021, kl. 9.00–12.00',
      ]);
      expect(squash($(el, '[part="past"] h3').textContent)).to.equal('Tidigare möten');
      expect(meetingHeadings(el, '[part="past"]')).to.deep.equal([
        'onsdag 7 april 2021, kl. 9.00–12.00',
        'onsdag 20 januari 2021, kl. 9.00–12.00',
      ]);
      expect($$(el, '.meeting-heading time').map((t) => t.getAttribute('datetime'))[0]).to.equal('2021-05-25T09:00:00+02:00');
      await expect(el).to.be.accessible();
    });

    it('each meeting links its own .ics, named with its date', async () => {
      const el = await calendar('2021-05-01T12:00:00+02:00', { committee: ARBETSMARKNAD });
      const link = $<HTMLAnchorElement>(el, '[part="upcoming"] a[part="ics-link"]');
      expect(new URL(link.href).pathname).to.equal(`${FILES_BASE}ics/${ARBETSMARKNAD}/2021-05-25.ics`);
      expect(seenText(link)).to.equal('Lägg till i kalendern (.ics)');
      const names = (await accessibleNodes()).filter((n) => n.role === 'link').map((n) => n.name);
      expect(names).to.include('Lägg till i kalendern (.ics) – tisdag 25 maj 2021, kl. 9.00–12.00');
      const events = parseEvents((await fetchText(link.href)).text);
      expect(events).to.have.length(1);
      expect(events[0]!.uid).to.be.a('string').and.not.equal('');
      expect(events[0]!.startDate.toString()).to.equal('2021-05-25T09:00:00');
      expect(events[0]!.component.getFirstProperty('dtstart')?.getParameter('tzid')).to.equal('Europe/Stockholm');
    });

    it('offers a subscription to all meetings, with help, and the feed holds them all', async () => {
      const el = await calendar('2021-05-01T12:00:00+02:00', { committee: ARBETSMARKNAD });
      const links = $$<HTMLAnchorElement>(el, 'a[part="subscribe-link"]');
      expect(links.map((a) => squash(a.textContent))).to.deep.equal([
        'Prenumerera på alla möten för Styrgruppen för arbetsmarknad (.ics)',
      ]);
      expect(squash($(el, '[part="subscribe"] .help').textContent)).to.contain('prenumeration');
      const events = parseEvents((await fetchText(links[0]!.href)).text);
      expect(events).to.have.length(6);
      expect(events.every((e) => e.startDate.hour === 9)).to.equal(true);
    });

    it('after the last known meeting: says there are none upcoming, lists the past', async () => {
      const el = await calendar('2021-12-01T12:00:00+01:00', { committee: ARBETSMARKNAD });
      expect(squash($(el, '[part="upcoming"]').textContent)).to.equal('Kommande möten Inga kommande möten är publicerade.');
      expect(meetingHeadings(el, '[part="upcoming"]')).to.deep.equal([]);
      const past = meetingHeadings(el, '[part="past"]');
      expect(past).to.have.length(6);
      expect(past[0]).to.equal('onsdag 20 oktober 2021, kl. 9.00–12.00');
      await expect(el).to.be.accessible();
    });

    it('a body without meetings: both empty states in words', async () => {
      const el = await calendar('2024-03-01T12:00:00+01:00', { committee: 'beredningsgruppen-for-arbetsmarknad' });
      expect(seenText($(el, '[part="upcoming"]'))).to.equal('Kommande möten Inga kommande möten är publicerade.');
      expect(seenText($(el, '[part="past"]'))).to.equal('Tidigare möten Inga tidigare möten är publicerade.');
      await expect(el).to.be.accessible();
    });

    it('counts a meeting in progress as upcoming and says so', async () => {
      const el = await calendar('2021-05-25T10:00:00+02:00', { committee: ARBETSMARKNAD });
      const first = $(el, '[part="upcoming"] .meeting');
      expect(seenText(first)).to.match(/^tisdag 25 maj 2021, kl\. 9\.00–12\.00 Pågår nu/);
    });

    it('a cancelled two-day meeting: dates without a time, and "Inställt" in words', async () => {
      const el = await calendar('2020-03-01T12:00:00+01:00', { committee: SOCIAL });
      const first = $(el, '[part="upcoming"] .meeting');
      expect(seenText(first.querySelector('.meeting-heading')!)).to.equal('19–20 mars 2020, tid ej publicerad Inställt');
      expect(squash(first.querySelector('.meeting-heading')?.textContent)).to.equal('19–20 mars 2020, tid ej publicerad, Inställt');
      expect(first.querySelector('time')?.getAttribute('datetime')).to.equal('2020-03-19');
      const link = first.querySelector<HTMLAnchorElement>('a[part="ics-link"]')!;
      const events = parseEvents((await fetchText(link.href)).text);
      expect(events[0]!.component.getFirstPropertyValue('status')).to.equal('CANCELLED');
      expect(events[0]!.startDate.isDate).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('shows location and note when known', async () => {
      const el = await calendar('2024-04-01T12:00:00+02:00', { committee: 'antagningsnamnden' });
      expect(seenText($(el, '[part="upcoming"] .meeting'))).to.equal(
        'torsdag 11 april 2024, kl. 9.00–12.00 Plats: Göteborgsregionen (GR) Preliminärantagning Lägg till i kalendern (.ics)',
      );
    });

    it('follows heading, heading-level and without-view-switch', async () => {
      const el = await fixture<GrMeetingCalendar>(html`<gr-meeting-calendar
        committee=${ARBETSMARKNAD}
        now="2021-05-01T12:00:00+02:00"
        heading="Sammanträden"
        heading-level="3"
        without-view-switch
      ></gr-meeting-calendar>`);
      expect(headings(el, 'h3')).to.deep.equal(['Sammanträden']);
      expect(headings(el, 'h4')).to.deep.equal(['Kommande möten', 'Tidigare möten', 'Prenumerera']);
      expect($$(el, '[part="view-switch"]')).to.have.length(0);
      el.heading = '';
      await elementUpdated(el);
      expect(headings(el, 'h3')).to.deep.equal(['Kommande möten', 'Tidigare möten', 'Prenumerera']);
    });

    it('switches to the month view with the view buttons', async () => {
      const el = await calendar('2021-05-01T12:00:00+02:00', { committee: ARBETSMARKNAD });
      const [list, month] = $$<HTMLButtonElement>(el, '[part="view-switch"] button');
      expect(list!.getAttribute('aria-pressed')).to.equal('true');
      month!.click();
      await elementUpdated(el);
      expect(el.view).to.equal('month');
      expect(el.getAttribute('view')).to.equal('month');
      expect(month!.getAttribute('aria-pressed')).to.equal('true');
      expect(caption(el)).to.equal('maj 2021');
    });
  });

  describe('several owners and networks', () => {
    it('merges several committees, names the body of each meeting, one subscription each', async () => {
      const el = await calendar('2020-03-01T12:00:00+01:00', { committee: `${SOCIAL} ${ARBETSMARKNAD}` });
      expect(squash($(el, 'h2').textContent)).to.equal('Möten');
      const upcoming = $$(el, '[part="upcoming"] .meeting');
      expect(seenText(upcoming[0]!)).to.match(/^19–20 mars 2020, tid ej publicerad Inställt Styrgruppen för social välfärd/);
      expect(upcoming).to.have.length(6 + 6);
      expect(meetingHeadings(el, '[part="past"]')).to.deep.equal(['fredag 24 januari 2020, kl. 9.00–15.00']);
      const last = upcoming[upcoming.length - 1]!;
      expect(seenText(last)).to.match(/^onsdag 20 oktober 2021, kl\. 9\.00–12\.00 Styrgruppen för arbetsmarknad/);
      const subs = $$<HTMLAnchorElement>(el, 'a[part="subscribe-link"]').map((a) => new URL(a.href).pathname);
      expect(subs).to.deep.equal([`${FILES_BASE}ics/${SOCIAL}.ics`, `${FILES_BASE}ics/${ARBETSMARKNAD}.ics`]);
      const link = last.querySelector('a[part="ics-link"]');
      expect(squash(link?.textContent)).to.equal(
        'Lägg till i kalendern (.ics) – onsdag 20 oktober 2021, kl. 9.00–12.00, Styrgruppen för arbetsmarknad',
      );
      await expect(el).to.be.accessible();
    });

    it("shows a network's meetings (date-only and timed)", async () => {
      const plan = await calendar('2024-01-15T12:00:00+01:00', { network: 'planchefsnatverket' });
      expect(meetingHeadings(plan, '[part="upcoming"]')).to.deep.equal([
        'fredag 2 februari 2024, tid ej publicerad',
        'fredag 1 mars 2024, tid ej publicerad',
        'fredag 12 april 2024, tid ej publicerad',
        'fredag 17 maj 2024, tid ej publicerad',
      ]);
      const sub = $<HTMLAnchorElement>(plan, 'a[part="subscribe-link"]');
      const linkNames = (await accessibleNodes()).filter((n) => n.role === 'link').map((n) => n.name);
      expect(linkNames).to.include('Prenumerera på alla möten för Planchefsnätverket (.ics)');
      expect(new URL(sub.href).pathname).to.equal(`${FILES_BASE}ics/planchefsnatverket.ics`);
      expect(parseEvents((await fetchText(sub.href)).text)).to.have.length(4);
      const forskola = await calendar('2023-01-01T12:00:00+01:00', { network: 'forskolenatverket' });
      expect(meetingHeadings(forskola, '[part="upcoming"]')[0]).to.equal('fredag 10 mars 2023, kl. 8.30–12.00');
      await expect(plan).to.be.accessible();
    });

    it('unknown ids: a visible message and a warning with the valid ids; the rest is still shown', async () => {
      const warn = sinon.stub(console, 'warn');
      try {
        const el = await calendar('2021-05-01T12:00:00+02:00', { committee: `${ARBETSMARKNAD} atlantis`, network: 'nowhere' });
        const errors = $$(el, '[part="error"]').map((e) => squash(e.textContent));
        expect(errors[0]).to.contain('Det finns ingen politisk grupp med id ”atlantis”.');
        expect(errors[1]).to.contain('Det finns inget nätverk med id ”nowhere”.');
        const messages = warn.getCalls().map((c) => String(c.args[0]));
        expect(messages.find((m) => m.includes('atlantis'))).to.contain(ARBETSMARKNAD);
        expect(messages.find((m) => m.includes('nowhere'))).to.contain('planchefsnatverket');
        expect(meetingHeadings(el, '[part="upcoming"]')).to.have.length(4);
        await expect(el).to.be.accessible();
      } finally {
        warn.restore();
      }
    });

    it('no committee or network: says what to set', async () => {
      const el = await calendar('2021-05-01T12:00:00+02:00');
      expect(squash($(el, '[part="error"]').textContent)).to.contain('committee eller network');
      await expect(el).to.be.accessible();
    });
  });

  describe('month view', () => {
    it('starts at the month of the next meeting, Monday first, with ISO weeks', async () => {
      const el = await calendar('2021-05-01T12:00:00+02:00', { committee: ARBETSMARKNAD, view: 'month' });
      expect(caption(el)).to.equal('maj 2021');
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
      const meetingDay = cell(el, '2021-05-25');
      expect(meetingDay.getAttribute('tabindex')).to.equal('0');
      expect(squash(meetingDay.querySelector('.visually-hidden')?.textContent)).to.equal(
        'tisdag 25 maj 2021, 1 möte: Styrgruppen för arbetsmarknad, kl. 9.00–12.00',
      );
      expect(meetingDay.querySelector('.dot')).not.to.equal(null);
      expect($$(el, 'td[tabindex="0"]')).to.have.length(1);
      expect(cell(el, '2021-05-01').getAttribute('aria-current')).to.equal('date');
      // No announcement on the first render.
      expect(liveRegion(el)).to.equal('');
      expect(headings(el, '[part="month-meetings"] h3')).to.deep.equal(['Möten i maj 2021']);
      expect(meetingHeadings(el, '[part="month-meetings"]')).to.deep.equal(['tisdag 25 maj 2021, kl. 9.00–12.00']);
      await expect(el).to.be.accessible();
    });

    it('starts at the last meeting when none is upcoming, or at the month attribute', async () => {
      const after = await calendar('2021-12-01T12:00:00+01:00', { committee: ARBETSMARKNAD, view: 'month' });
      expect(caption(after)).to.equal('oktober 2021');
      const chosen = await calendar('2021-12-01T12:00:00+01:00', { committee: ARBETSMARKNAD, view: 'month', month: '2021-01' });
      expect(caption(chosen)).to.equal('januari 2021');
      chosen.month = '2021-04';
      await elementUpdated(chosen);
      expect(caption(chosen)).to.equal('april 2021');
    });

    it('numbers weeks the ISO way: 1 January 2021 is in week 53, 20 January in week 3', async () => {
      const el = await calendar('2021-05-01T12:00:00+02:00', { committee: ARBETSMARKNAD, view: 'month', month: '2021-01' });
      const rows = $$(el, 'tbody tr');
      const weekOf = (day: string) => cell(el, day).closest('tr')!.querySelector('th')!;
      expect(seenText(weekOf('2021-01-01'))).to.equal('v. 53');
      expect(squash(weekOf('2021-01-01').querySelector('.visually-hidden')?.textContent)).to.equal('vecka 53');
      expect(seenText(weekOf('2021-01-20'))).to.equal('v. 3');
      expect(rows.map((r) => seenText(r.querySelector('th')!))).to.deep.equal(['v. 53', 'v. 1', 'v. 2', 'v. 3', 'v. 4']);
      // Friday 1 January sits in the fifth day column (Monday first).
      const firstRow = rows[0]!;
      const cells = [...firstRow.querySelectorAll('td')];
      expect(cells.findIndex((c) => c.dataset['day'] === '2021-01-01')).to.equal(4);
      // Week numbers are row headers; assistive technology gets "vecka 3", not "v. 3".
      expect(weekOf('2021-01-20').getAttribute('scope')).to.equal('row');
      const names = (await accessibleNodes()).map((n) => `${n.role}:${n.name}`);
      expect(names).to.include('StaticText:vecka 3');
      expect(names).not.to.include('StaticText:v. 3');
      expect(names).to.include('gridcell:onsdag 20 januari 2021, 1 möte: Styrgruppen för arbetsmarknad, kl. 9.00–12.00');
    });

    it('keyboard: arrows, Home/End, PageUp/PageDown; month changes are announced, focus stays in the grid', async () => {
      const el = await calendar('2021-05-01T12:00:00+02:00', { committee: ARBETSMARKNAD, view: 'month', month: '2021-01' });
      const changes: { year: number; month: number }[] = [];
      el.addEventListener('gr-month-change', (e) => changes.push(e.detail));
      const focused = () => (deepActiveElement() as HTMLElement | null)?.dataset['day'];
      cell(el, '2021-01-20').focus();
      expect(focused()).to.equal('2021-01-20');

      await sendKeys({ press: 'ArrowRight' });
      expect(focused()).to.equal('2021-01-21');
      await sendKeys({ press: 'ArrowDown' });
      expect(focused()).to.equal('2021-01-28');
      await sendKeys({ press: 'ArrowDown' });
      await elementUpdated(el);
      expect(focused()).to.equal('2021-02-04');
      expect(caption(el)).to.equal('februari 2021');
      expect(liveRegion(el)).to.equal('februari 2021, inga möten');
      await sendKeys({ press: 'ArrowUp' });
      await elementUpdated(el);
      expect(focused()).to.equal('2021-01-28');
      expect(liveRegion(el)).to.equal('januari 2021, 1 möte');
      await sendKeys({ press: 'Home' });
      expect(focused()).to.equal('2021-01-25');
      await sendKeys({ press: 'End' });
      expect(focused()).to.equal('2021-01-31');
      await sendKeys({ press: 'ArrowLeft' });
      expect(focused()).to.equal('2021-01-30');
      await sendKeys({ press: 'PageDown' });
      await elementUpdated(el);
      expect(focused()).to.equal('2021-02-28');
      expect(caption(el)).to.equal('februari 2021');
      await sendKeys({ press: 'PageUp' });
      await sendKeys({ press: 'PageUp' });
      await elementUpdated(el);
      expect(focused()).to.equal('2020-12-28');
      expect(caption(el)).to.equal('december 2020');
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'PageDown' });
      await sendKeys({ up: 'Shift' });
      await elementUpdated(el);
      expect(focused()).to.equal('2021-12-28');
      expect($$(el, 'td[tabindex="0"]')).to.have.length(1);
      expect(el.shadowRoot!.activeElement?.closest('table')).to.equal($(el, 'table'));
      expect(changes).to.deep.equal([
        { year: 2021, month: 2 },
        { year: 2021, month: 1 },
        { year: 2021, month: 2 },
        { year: 2021, month: 1 },
        { year: 2020, month: 12 },
        { year: 2021, month: 12 },
      ]);
      await expect(el).to.be.accessible();
    });

    it('Enter on a meeting day moves to that meeting; Space too', async () => {
      const el = await calendar('2021-05-01T12:00:00+02:00', { committee: ARBETSMARKNAD, view: 'month', month: '2021-01' });
      cell(el, '2021-01-20').focus();
      await sendKeys({ press: 'Enter' });
      await elementUpdated(el);
      const active = deepActiveElement() as HTMLElement;
      expect(active.classList.contains('meeting-heading')).to.equal(true);
      expect(seenText(active)).to.equal('onsdag 20 januari 2021, kl. 9.00–12.00');
      cell(el, '2021-01-19').focus();
      await sendKeys({ press: ' ' });
      await elementUpdated(el);
      expect((deepActiveElement() as HTMLElement).dataset['day']).to.equal('2021-01-19');
    });

    it('previous/next buttons are named with the month they go to, and announce it', async () => {
      const el = await calendar('2021-05-01T12:00:00+02:00', { committee: ARBETSMARKNAD, view: 'month', month: '2021-01' });
      const [prev, next] = $$<HTMLButtonElement>(el, '[part="month-button"]');
      expect(seenText(prev!)).to.equal('‹ Föregående månad');
      expect(seenText(next!)).to.equal('Nästa månad ›');
      const names = (await accessibleNodes()).filter((n) => n.role === 'button').map((n) => n.name);
      expect(names).to.include.members(['Föregående månad, december 2020', 'Nästa månad, februari 2021']);
      next!.focus();
      const event = oneEvent(el, 'gr-month-change');
      next!.click();
      const fired = (await event) as GrMonthChangeEvent;
      expect(fired).to.be.instanceOf(GrMonthChangeEvent);
      expect(fired.detail).to.deep.equal({ year: 2021, month: 2 });
      expect(fired.bubbles && fired.composed).to.equal(true);
      await elementUpdated(el);
      expect(caption(el)).to.equal('februari 2021');
      expect(liveRegion(el)).to.equal('februari 2021, inga möten');
      expect(el.shadowRoot!.activeElement).to.equal(next);
      expect(next!.getAttribute('aria-label')).to.equal('Nästa månad, mars 2021');
      expect(seenText($(el, '[part="month-meetings"]'))).to.equal('Möten i februari 2021 Inga möten i februari 2021.');
      await expect(el).to.be.accessible();
    });

    it('marks every day of a multi-day meeting, in text too, with its status', async () => {
      const el = await calendar('2020-03-01T12:00:00+01:00', { committee: SOCIAL, view: 'month' });
      expect(caption(el)).to.equal('mars 2020');
      for (const day of ['2020-03-19', '2020-03-20']) {
        expect(squash(cell(el, day).querySelector('.visually-hidden')?.textContent)).to.match(
          /, 1 möte: Styrgruppen för social välfärd, tid ej publicerad, inställt$/,
        );
        expect(cell(el, day).querySelector('.dot--cancelled')).not.to.equal(null);
      }
      expect(squash(cell(el, '2020-03-21').querySelector('.visually-hidden')?.textContent)).to.equal('lördag 21 mars 2020');
    });

    it('speaks English under lang="en"', async () => {
      const el = await calendar('2021-05-01T12:00:00+02:00', { committee: ARBETSMARKNAD, view: 'month', lang: 'en' });
      expect(caption(el)).to.equal('May 2021');
      expect(squash(cell(el, '2021-05-25').querySelector('.visually-hidden')?.textContent)).to.equal(
        'Tuesday 25 May 2021, 1 meeting: Styrgruppen för arbetsmarknad, 9:00–12:00',
      );
      expect(seenText($(el, 'thead tr'))).to.equal('Wk Mon Tue Wed Thu Fri Sat Sun');
      expect($$(el, '[part="month-button"]')[0]!.getAttribute('aria-label')).to.equal('Previous month, April 2021');
      await expect(el).to.be.accessible();
    });
  });

  describe('languages, time zones and daylight saving', () => {
    it('English list: same instants, English words', async () => {
      const el = await calendar('2021-05-01T12:00:00+02:00', { committee: ARBETSMARKNAD, lang: 'en' });
      expect(headings(el, 'h3')).to.deep.equal(['Upcoming meetings', 'Past meetings', 'Subscribe']);
      expect(meetingHeadings(el, '[part="upcoming"]')[0]).to.equal('Tuesday 25 May 2021, 9:00–12:00');
      expect(squash($(el, 'a[part="subscribe-link"]').textContent)).to.equal(
        'Subscribe to all meetings of Styrgruppen för arbetsmarknad (.ics)',
      );
      const cancelled = await calendar('2020-03-01T12:00:00+01:00', { committee: SOCIAL, lang: 'en' });
      expect(meetingHeadings(cancelled, '[part="upcoming"]')[0]).to.equal('19–20 March 2020, time not published Cancelled');
      await expect(el).to.be.accessible();
    });

    describe('in a browser in New York', () => {
      before(() => emulateTimezone('America/New_York'));
      after(() => emulateTimezone(null));

      it('still shows Stockholm wall-clock times and days', async () => {
        expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal('America/New_York');
        const el = await calendar('2021-05-01T12:00:00+02:00', { committee: ARBETSMARKNAD });
        expect(meetingHeadings(el, '[part="upcoming"]')[0]).to.equal('tisdag 25 maj 2021, kl. 9.00–12.00');
        el.view = 'month';
        await elementUpdated(el);
        expect(cell(el, '2021-05-25').classList.contains('day--meeting')).to.equal(true);
        expect(cell(el, '2021-05-24').classList.contains('day--meeting')).to.equal(false);
        const dst = await calendar('2021-03-01T12:00:00+01:00', { committee: ARBETSMARKNAD, data: dstDataset() });
        expect(meetingHeadings(dst, '[part="upcoming"]')).to.deep.equal([
          'lördag 27 mars 2021, kl. 9.00–12.00',
          'söndag 28 mars 2021, kl. 10.00–12.00',
          'måndag 29 mars 2021, kl. 9.00–12.00',
          'lördag 30 oktober 2021, kl. 9.00–12.00',
          'söndag 31 oktober 2021, kl. 10.00–12.00',
          'måndag 1 november 2021, kl. 9.00–12.00',
        ]);
      });
    });

    it('around the daylight-saving changes: Stockholm times, right split between past and upcoming', async () => {
      // Sunday 28 March 2021 10:30 CEST: the 10.00 meeting that day is in progress.
      const el = await calendar('2021-03-28T10:30:00+02:00', { committee: ARBETSMARKNAD, data: dstDataset() });
      expect(meetingHeadings(el, '[part="past"]')).to.deep.equal(['lördag 27 mars 2021, kl. 9.00–12.00']);
      expect(meetingHeadings(el, '[part="upcoming"]').slice(0, 2)).to.deep.equal([
        'söndag 28 mars 2021, kl. 10.00–12.00',
        'måndag 29 mars 2021, kl. 9.00–12.00',
      ]);
      expect(seenText($(el, '[part="upcoming"] .meeting'))).to.contain('Pågår nu');
      // The .ics generated for this dataset keeps the wall-clock time in Europe/Stockholm.
      const link = $<HTMLAnchorElement>(el, '[part="upcoming"] a[part="ics-link"]');
      expect(link.href).to.match(/^blob:/);
      const [event] = parseEvents((await fetchText(link.href)).text);
      expect(event!.startDate.toString()).to.equal('2021-03-28T10:00:00');
      expect(event!.component.getFirstProperty('dtstart')?.getParameter('tzid')).to.equal('Europe/Stockholm');
      expect(event!.startDate.toUnixTime()).to.equal(Date.parse('2021-03-28T08:00:00Z') / 1000);
      const autumn = await calendar('2021-10-31T11:00:00+01:00', { committee: ARBETSMARKNAD, data: dstDataset(), view: 'month' });
      expect(caption(autumn)).to.equal('oktober 2021');
      expect(squash(cell(autumn, '2021-10-31').querySelector('.visually-hidden')?.textContent)).to.equal(
        'söndag 31 oktober 2021, i dag, 1 möte: Styrgruppen för arbetsmarknad, kl. 10.00–12.00',
      );
    });
  });

  describe('data from the dataset property', () => {
    it('offers generated files to download, with the right events', async () => {
      const data = copyDataset();
      const el = await calendar('2021-05-01T12:00:00+02:00', { committee: SOCIAL, data: data });
      const sub = $<HTMLAnchorElement>(el, 'a[part="subscribe-link"]');
      expect(sub.href).to.match(/^blob:/);
      expect(sub.getAttribute('download')).to.equal(`${SOCIAL}.ics`);
      expect(squash(sub.textContent)).to.equal('Ladda ner alla möten för Styrgruppen för social välfärd (.ics)');
      const events = parseEvents((await fetchText(sub.href)).text);
      expect(events).to.have.length(7);
      expect(events.filter((e) => e.component.getFirstPropertyValue('status') === 'CANCELLED')).to.have.length(1);
    });

    it('renders markup-looking data as inert text', async () => {
      const data = copyDataset();
      const c = data.committees.find((x) => x.id === ARBETSMARKNAD)!;
      const evil = '<img src=x onerror="window.__grXss=1"><script>window.__grXss=1</script>';
      c.name = `Styrgruppen ${evil}`;
      c.meetings[2]!.location = evil;
      c.meetings[2]!.note = { sv: evil };
      const el = await calendar('2021-05-01T12:00:00+02:00', { committee: ARBETSMARKNAD, data: data });
      expect(squash($(el, 'h2').textContent)).to.equal(`Möten – Styrgruppen ${evil}`);
      expect(seen(el)).to.contain(`Plats: ${evil}`);
      el.view = 'month';
      await elementUpdated(el);
      expect(squash(cell(el, '2021-05-25').querySelector('.visually-hidden')?.textContent)).to.contain(evil);
      expect($$(el, 'img, script')).to.have.length(0);
      expect((window as unknown as { __grXss?: number }).__grXss).to.equal(undefined);
      await expect(el).to.be.accessible();
    });

    it('a dataset from `src`: says it is loading, then shows that data', async () => {
      const data = copyDataset();
      const c = data.committees.find((x) => x.id === ARBETSMARKNAD)!;
      c.meetings[2]!.location = 'Stadshuset, Kungsbacka';
      const url = '/__fixtures/store/calendar-src.json';
      expect((await fetch(url, { method: 'PUT', body: JSON.stringify(data) })).ok).to.equal(true);
      const el = await fixture<GrMeetingCalendar>(html`<gr-meeting-calendar
        committee=${ARBETSMARKNAD}
        now="2021-05-01T12:00:00+02:00"
      ></gr-meeting-calendar>`);
      expect(seenText($(el, '[part="upcoming"] .meeting'))).not.to.contain('Stadshuset');
      const loaded = oneEvent(el, 'gr-data-load');
      el.src = url;
      await loaded;
      await elementUpdated(el);
      expect(seenText($(el, '[part="upcoming"] .meeting'))).to.contain('Plats: Stadshuset, Kungsbacka');
      expect($<HTMLAnchorElement>(el, 'a[part="ics-link"]').href).to.match(/^blob:/);
      await expect(el).to.be.accessible();
    });

    it('while `src` loads: a polite loading notice, accessible', async () => {
      const el = await fixture<GrMeetingCalendar>(html`<gr-meeting-calendar
        committee=${ARBETSMARKNAD}
        now="2021-05-01T12:00:00+02:00"
        src="/__fixtures/slow/3000"
      ></gr-meeting-calendar>`);
      const notice = $(el, '[part="loading"]');
      expect(notice.getAttribute('role')).to.equal('status');
      expect(squash(notice.textContent)).to.equal('Hämtar uppgifter …');
      await expect(el).to.be.accessible();
      el.remove();
    });

    it('an invalid dataset: a polite error, the bundled meetings still shown', async () => {
      const warn = sinon.stub(console, 'warn');
      try {
        const data = copyDataset();
        data.committees[0]!.meetings[0]!.start = '2021-01-20T09:00:00+02:00';
        const el = await calendar('2021-05-01T12:00:00+02:00', { committee: ARBETSMARKNAD, data: data });
        expect($(el, '[part="error"]').getAttribute('role')).to.equal('status');
        expect(meetingHeadings(el, '[part="upcoming"]')).to.have.length(4);
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
      const el = await calendar('2020-03-01T12:00:00+01:00', { committee: SOCIAL, view: 'month', month: '2020-04' });
      await emulateForcedColors('active');
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      // A meeting day's dot is filled with the text colour, so it shows against the cell.
      const day = cell(el, '2020-04-16');
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
        const el = await calendar('2021-05-01T12:00:00+02:00', { committee: `${ARBETSMARKNAD} ${SOCIAL}`, view });
        expect(document.documentElement.scrollWidth, view).to.be.at.most(320);
        expect(el.getBoundingClientRect().right, view).to.be.at.most(320);
      }
    });

    it('prints the meeting list, not the grid or the buttons', async () => {
      const el = await calendar('2021-05-01T12:00:00+02:00', { committee: ARBETSMARKNAD, view: 'month' });
      await emulateMedia({ media: 'print' });
      expect(getComputedStyle($(el, '.grid-scroll')).display).to.equal('none');
      expect(getComputedStyle($(el, '[part="month-nav"]')).display).to.equal('none');
      expect(getComputedStyle($(el, '[part="month-meetings"]')).display).not.to.equal('none');
      expect(seen(el)).to.contain('tisdag 25 maj 2021, kl. 9.00–12.00');
    });
  });
});
