// The main journeys of the people a municipality's page serves, by keyboard only, in Swedish and English,
// on the demo page (built CDN bundle, strict CSP). Time is pinned to 15 March 2024 with Playwright's clock,
// so "next meeting" is stable: Antagningsnämnden meets next on 11 April 2024, kl. 9.00–12.00. The browser runs
// in New York's time zone with a US locale, and the times must still be Stockholm's.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  setup,
  watchedContext,
  problems,
  elementsReady,
  goToSection,
  pressUntil,
  focused,
  textOf,
  until,
  hasFocus,
  enterAndDownload,
  icsLines,
} from '../support/e2e.mjs';

const NOW = new Date('2024-03-15T10:00:00+01:00');

const LANGS = {
  sv: {
    path: '/',
    menu: { networks: 'Våra nätverk', politics: 'Politik', meetings: 'Sammanträden', contact: 'Kontakt' },
    networksWord: /^(\d+) nätverk$/,
    call: (name, phone) => `Ring ${name}, ${phone}`,
    vcardText: 'Spara kontaktkort för Ida Lindberg (vCard)',
    next: 'Nästa möte',
    nextWhen: 'torsdag 11 april 2024, kl. 9.00–12.00',
    previous: 'Föregående möte',
    previousWhen: 'torsdag 7 mars 2024, kl. 9.00–12.00',
    subscribeName: /Prenumerera.*Antagningsnämnden/,
    april: 'april 2024',
    may: 'maj 2024',
    dayLabel: /torsdag 11 april 2024.*Antagningsnämnden.*kl\. 9\.00–12\.00/,
  },
  en: {
    path: '/en/',
    menu: { networks: 'Our networks', politics: 'Politics', meetings: 'Meetings', contact: 'Contact' },
    networksWord: /^(\d+) networks?$/,
    call: (name, phone) => `Call ${name}, ${phone}`,
    vcardText: 'Save contact card for Ida Lindberg (vCard)',
    next: 'Next meeting',
    nextWhen: /Thursday,? 11 April 2024, 9:00–12:00/,
    previous: 'Previous meeting',
    previousWhen: /Thursday,? 7 March 2024, 9:00–12:00/,
    subscribeName: /Subscribe.*Antagningsnämnden/,
    april: 'April 2024',
    may: 'May 2024',
    dayLabel: /Thursday,? 11 April 2024.*Antagningsnämnden.*9:00–12:00/,
  },
};

const matches = (text, expected) => (expected instanceof RegExp ? expected.test(text) : text.includes(expected));

let env;
let context;
let log;
let dataset;

before(async () => {
  env = await setup();
  // A visitor in New York still sees Stockholm times: the elements never use the browser's time zone.
  ({ context, log } = await watchedContext(env.browser, env.origin, {
    timezoneId: 'America/New_York',
    locale: 'en-US',
  }));
  await context.clock.setFixedTime(NOW);
  dataset = await (await fetch(env.url('/gr/data/dataset.json'))).json();
});

after(async () => {
  await env?.close();
});

// The Swedish and the English journeys run side by side, each in its own tab (keyboard focus is per page).
describe('keyboard journeys', { concurrency: true }, () => {
  for (const [lang, L] of Object.entries(LANGS)) {
    describe(lang, { concurrency: 1 }, () => {
      let page;
      const open = async (path) => {
        page ??= await context.newPage();
        await page.goto(env.url(path));
        await elementsReady(page);
      };

      test('find my municipality’s networks: preset list, a search with a typo, the announced count, a result’s contact', async () => {
        await open(L.path);
        const finder = page.locator('gr-network-finder');
        const expected = dataset.networks.filter((n) => n.municipalities.includes('lilla-edet')).length;
        assert.ok(expected > 0, 'the dataset lists networks for Lilla Edet');

        // The preset shows Lilla Edet's networks.
        const count = await textOf(finder.locator('[part="count"]'));
        assert.equal(Number(count.match(L.networksWord)?.[1]), expected, `visible count "${count}"`);
        assert.equal(await finder.locator('[part="result"]').count(), expected);

        // Menu link → section → search field, by keyboard.
        await goToSection(page, L.menu.networks);
        await pressUntil(page, (f) => f.host === 'gr-network-finder' && f.tag === 'input' && f.type === 'search', {
          what: 'the search field',
        });
        // "miljöstrategiska" without the ö and with a letter missing.
        await page.keyboard.type('miljostratgiska');

        // Only the count is announced, politely. The search engine loads on first use and the announcement
        // follows the results, so wait (and fail after the timeout) until the typed query's results are shown,
        // best match first, and the live region announces exactly their number.
        const live = finder.locator('[aria-live="polite"]');
        const best = 'Nätverket för miljöstrategiska planeringsfrågor';
        const { announced, names } = await until(
          async () => ({
            announced: (await textOf(live)).replace(/\u00a0/g, '').trim(),
            names: (await finder.locator('[part="result-name"]').allTextContents()).map((t) => t.trim()),
          }),
          (v) => v.names[0] === best && Number(v.announced.match(L.networksWord)?.[1]) === v.names.length,
          { what: `the best match first and the live region announcing the number of results` }
        );
        assert.ok(names.length < expected, `the search narrows Lilla Edet's ${expected} networks (${names.length})`);
        assert.equal(await textOf(finder.locator('[part="count"]')), announced);

        // On to the result's contact: the phone link says whom you call.
        const phone = await pressUntil(page, (f) => f.host === 'gr-network-finder' && f.href.startsWith('tel:'), {
          what: 'the contact’s phone link',
        });
        assert.equal(phone.href, 'tel:+46313355377');
        assert.equal(phone.text, '031-335 53 77');
        assert.equal(phone.label, L.call('Ida Lindberg', '031-335 53 77'));

        // …and the contact card opens as a vCard from the same origin.
        const vcard = await pressUntil(page, (f) => f.host === 'gr-network-finder' && f.part === 'contact-vcard', {
          what: 'the vCard link',
        });
        assert.equal(vcard.text, L.vcardText);
        const file = await enterAndDownload(page);
        assert.equal(new URL(file.url).origin, env.origin);
        assert.equal(file.name, 'ida-lindberg.vcf');
        assert.match(file.text, /^BEGIN:VCARD\r\n/);
        assert.match(file.text, /\r\nFN:Ida Lindberg\r\n/);
        assert.match(file.text, /\r\nTEL[^:\r\n]*:(tel:)?\+46313355377\r\n/);
        assert.match(file.text, /END:VCARD\r\n$/);
      });

      test('read a committee’s next meeting', async () => {
        await open(L.path);
        await goToSection(page, L.menu.politics);
        const card = page.locator('gr-committee-card');
        assert.equal(await textOf(card.locator('[part="heading"]')), 'Antagningsnämnden');
        const meetings = card.locator('[part="meetings"]');
        const boxes = meetings.locator('.meeting-box');
        const next = await textOf(boxes.nth(0));
        const previous = await textOf(boxes.nth(1));
        assert.ok(next.startsWith(L.next), next);
        assert.ok(matches(next, L.nextWhen), `next meeting: ${next}`);
        assert.ok(previous.startsWith(L.previous), previous);
        assert.ok(matches(previous, L.previousWhen), `previous meeting: ${previous}`);
        // The date is machine-readable too.
        assert.equal(await boxes.nth(0).locator('time').getAttribute('datetime'), '2024-04-11T09:00:00+02:00');

        // Tabbing from the section start reaches the card's subscription link, named with the body's name.
        const link = await pressUntil(page, (f) => f.host === 'gr-committee-card' && f.part === 'subscribe', {
          what: 'the card’s subscription link',
        });
        // Its accessible name (as Chromium computes it) says which body's meetings it subscribes to.
        const named = card.getByRole('link', { name: L.subscribeName });
        assert.equal(await named.count(), 1, 'one subscription link named with the body');
        assert.ok(await hasFocus(named), 'the focused link is the named subscription link');
        assert.equal(new URL(link.href, env.origin).pathname, '/gr/data/ics/antagningsnamnden.ics');
      });

      test('call a contact', async () => {
        await open(L.path);
        await goToSection(page, L.menu.contact);
        const f = await pressUntil(page, (x) => x.host === 'gr-contact-list' && x.href.startsWith('tel:'), {
          what: 'the first phone link',
        });
        assert.equal(f.href, 'tel:+46313355188');
        assert.equal(f.text, '031-335 51 88');
        // The accessible name Chromium computes, not just the attribute.
        const link = page.getByRole('link', { name: L.call('Lena Holmlund', '031-335 51 88'), exact: true });
        assert.equal(await link.count(), 1);
        assert.ok(await hasFocus(link), 'the focused link is the one named for Lena Holmlund');
        // The next contact is reachable too.
        const second = await pressUntil(page, (x) => x.host === 'gr-contact-list' && x.href.startsWith('tel:'), {
          what: 'the second phone link',
        });
        assert.equal(second.href, 'tel:+46313355204');
        assert.equal(second.label, L.call('Linda Karlsson', '031-335 52 04'));
      });

      test('subscribe to a calendar: the link resolves on the same origin as text/calendar and parses', async () => {
        await open(L.path);
        await goToSection(page, L.menu.politics);
        const link = await pressUntil(page, (f) => f.host === 'gr-committee-card' && f.part === 'subscribe', {
          what: 'the subscription link',
        });
        const url = new URL(link.href, env.origin);
        assert.equal(url.origin, env.origin);

        const res = await fetch(url);
        assert.equal(res.status, 200);
        assert.equal(res.headers.get('content-type'), 'text/calendar; charset=utf-8');
        assert.ok(res.headers.get('content-security-policy'));

        const file = await enterAndDownload(page);
        assert.equal(file.url, url.href);
        const lines = icsLines(file.text);
        assert.ok(file.text.includes('\r\n'), 'CRLF line ends');
        assert.equal(lines[0], 'BEGIN:VCALENDAR');
        assert.equal(lines.at(-1), 'END:VCALENDAR');
        assert.ok(lines.includes('VERSION:2.0'));
        assert.ok(
          lines.includes('BEGIN:VTIMEZONE') && lines.includes('TZID:Europe/Stockholm'),
          'a Europe/Stockholm VTIMEZONE'
        );
        assert.ok(
          lines.includes('DTSTART;TZID=Europe/Stockholm:20240411T090000'),
          'the 11 April meeting at 9.00 Stockholm time'
        );
        assert.ok(lines.includes('DTEND;TZID=Europe/Stockholm:20240411T120000'));
        const events = lines.filter((l) => l === 'BEGIN:VEVENT').length;
        const meetings = dataset.committees.find((c) => c.id === 'antagningsnamnden').meetings.length;
        assert.equal(events, meetings, 'one VEVENT per meeting');

        // The list calendar's own link for that one meeting, reached by keyboard too.
        const one = await pressUntil(
          page,
          (f) => f.host === 'gr-meeting-calendar' && f.href.endsWith('/gr/data/ics/antagningsnamnden/2024-04-11.ics'),
          { what: 'the 11 April meeting’s calendar link', max: 40 }
        );
        assert.match(one.label || one.text, /11 (april|April) 2024/);
        const single = await enterAndDownload(page);
        const singleLines = icsLines(single.text);
        assert.equal(singleLines.filter((l) => l === 'BEGIN:VEVENT').length, 1);
        assert.ok(singleLines.includes('DTSTART;TZID=Europe/Stockholm:20240411T090000'));
      });

      test('month view: arrows, Home/End and PageDown/PageUp move the focus day; the new month is announced', async () => {
        await open(L.path);
        await goToSection(page, L.menu.meetings);
        const cal = page.locator('gr-meeting-calendar[view="month"]');
        assert.equal(await textOf(cal.locator('[part="caption"]')), L.april, 'opens at the month of the next meeting');

        const start = await pressUntil(page, (f) => f.host === 'gr-meeting-calendar' && f.day !== '', {
          what: 'the month grid',
        });
        assert.equal(start.day, '2024-04-11', 'focus starts on the meeting day');
        assert.match(start.text, L.dayLabel);

        const press = async (key) => {
          await page.keyboard.press(key);
          return until(
            () => focused(page),
            (f) => f.day !== '' && f.host === 'gr-meeting-calendar',
            { what: `focus after ${key}` }
          );
        };
        assert.equal((await press('ArrowRight')).day, '2024-04-12');
        assert.equal((await press('ArrowDown')).day, '2024-04-19');
        assert.equal((await press('ArrowLeft')).day, '2024-04-18');
        assert.equal((await press('ArrowUp')).day, '2024-04-11');
        assert.equal((await press('Home')).day, '2024-04-08', 'Home: Monday of that week');
        assert.equal((await press('End')).day, '2024-04-14', 'End: Sunday of that week');

        const live = cal.locator('p[role="status"]');
        assert.equal((await press('PageDown')).day, '2024-05-14');
        assert.equal(await textOf(cal.locator('[part="caption"]')), L.may);
        const mayText = await until(
          () => textOf(live),
          (t) => t.includes(L.may),
          { what: 'the May announcement' }
        );
        assert.ok(mayText.startsWith(L.may), mayText);

        assert.equal((await press('PageUp')).day, '2024-04-14');
        await until(
          () => textOf(live),
          (t) => t.includes(L.april),
          { what: 'the April announcement' }
        );
        assert.equal(await textOf(cal.locator('[part="caption"]')), L.april);

        // Back to the meeting day and Enter: focus moves to that meeting's details.
        await press('ArrowLeft');
        await press('ArrowLeft');
        await press('ArrowLeft');
        assert.equal((await focused(page)).day, '2024-04-11');
        await page.keyboard.press('Enter');
        const meeting = await until(
          () => focused(page),
          (f) => f.day === '' && f.host === 'gr-meeting-calendar',
          {
            what: 'focus on the meeting',
          }
        );
        assert.match(meeting.text, /11 (april|April) 2024/);
      });
    });
  }
});

test('the journeys caused no CSP violation, foreign request, console error or page error', () => {
  assert.deepEqual(problems(log), []);
});
