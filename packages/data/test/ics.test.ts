import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import ICAL from 'ical.js';
import { committeeToICS, dataset, meetingsOf, meetingToICS, meetingUid, networkToICS, STOCKHOLM_VTIMEZONE } from '../src/index.js';
import { escapeText, foldLine, unescapeText, unfold } from '../src/lines.js';
import { fixture, shared as ds } from './fixtures.js';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
const octets = (s: string) => new TextEncoder().encode(s).length;

/** Splits a document into physical lines, asserting CRLF endings. */
function physicalLines(doc: string): string[] {
  assert.ok(doc.endsWith('\r\n'), 'ends with CRLF');
  assert.ok(!/[^\r]\n/.test(doc), 'every LF is preceded by CR');
  assert.ok(!/\r(?!\n)/.test(doc), 'no bare CR');
  return doc.slice(0, -2).split('\r\n');
}

/** Every physical line ≤ 75 octets and valid UTF-8 on its own (no split sequence). */
function assertWellFolded(doc: string): void {
  const bytes = new TextEncoder().encode(doc);
  let start = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0x0d && bytes[i + 1] === 0x0a) {
      const line = bytes.subarray(start, i);
      assert.ok(line.length <= 75, `line of ${line.length} octets`);
      assert.doesNotThrow(() => strictUtf8.decode(line), 'line is valid UTF-8 on its own');
      start = i + 2;
    }
  }
}

/** Lone surrogates become U+FFFD, line breaks LF, other control characters (not tab) vanish. */
const normalise = (s: string) =>
  s
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
    .replace(/\r\n?/g, '\n')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');

const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.array(fc.constantFrom('å', 'ä', 'ö', '\\', ';', ',', '\n', '\r\n', ':', '🙂', '漢', 'a', ' '), { maxLength: 200 }).map((a) => a.join('')),
  fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 120 }).map((a) => String.fromCharCode(...a)),
);

describe('TEXT escaping and folding (RFC 5545 §3.1, §3.3.11)', () => {
  test('escapes backslash, semicolon, comma and newlines; not colons', () => {
    assert.equal(escapeText('a\\b;c,d\ne:f'), 'a\\\\b\\;c\\,d\\ne:f');
    assert.equal(escapeText('x\r\ny\rz'), 'x\\ny\\nz');
  });
  test('the RFC example: 137 octets fold into 75 + space and 62', () => {
    const line = foldLine(
      'DESCRIPTION:Verka för friare och flexiblare användande av arbetsmarknadspolitiska medel utifrån lokala och regionala förutsättningar',
    );
    const [first, second] = line.split('\r\n');
    assert.equal(octets(first ?? ''), 75);
    assert.equal(octets(second ?? ''), 63);
    assert.ok(second?.startsWith(' '));
  });
  test('property: unfold + unescape gives back the text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const folded = foldLine(`DESCRIPTION:${escapeText(text)}`);
        const logical = unfold(`${folded}\r\n`);
        assert.equal(logical.length, 1);
        assert.equal(unescapeText((logical[0] ?? '').slice('DESCRIPTION:'.length)), normalise(text));
      }),
      { numRuns: 1000 },
    );
  });
  test('property: every physical line ≤ 75 octets, never splitting a UTF-8 sequence or an escape', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const doc = `${foldLine(`SUMMARY:${escapeText(text)}`)}\r\n`;
        assertWellFolded(doc);
        for (const line of physicalLines(doc)) {
          const content = line.startsWith(' ') ? line.slice(1) : line;
          const trailing = /\\*$/.exec(content)?.[0].length ?? 0;
          assert.equal(trailing % 2, 0, 'no line ends inside an escape');
        }
      }),
      { numRuns: 1000 },
    );
  });
});

function parse(ics: string) {
  const component = new ICAL.Component(ICAL.parse(ics));
  const vtimezone = component.getFirstSubcomponent('vtimezone');
  assert.ok(vtimezone, 'has a VTIMEZONE');
  ICAL.TimezoneService.register(vtimezone);
  return { component, events: component.getAllSubcomponents('vevent').map((e) => new ICAL.Event(e)) };
}

describe('committeeToICS', () => {
  const ics = committeeToICS('styrgruppen-for-arbetsmarknad', ds);

  test('calendar properties', () => {
    const lines = unfold(ics);
    for (const expected of [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Göteborgsregionen//@goteborgsregionen/data//SV',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
      'NAME:Styrgruppen för arbetsmarknad',
      'X-WR-CALNAME:Styrgruppen för arbetsmarknad',
      'X-WR-TIMEZONE:Europe/Stockholm',
      'REFRESH-INTERVAL;VALUE=DURATION:P1D',
      'END:VCALENDAR',
    ]) {
      assert.ok(lines.includes(expected), expected);
    }
    for (const line of STOCKHOLM_VTIMEZONE) assert.ok(lines.includes(line), line);
    assertWellFolded(ics);
    physicalLines(ics);
  });

  test('parsed by ical.js: events, UIDs, statuses, summaries', () => {
    const { events } = parse(ics);
    assert.equal(events.length, 6);
    assert.deepEqual(
      events.map((e) => e.uid),
      ['20210120', '20210407', '20210525', '20210827', '20210922', '20211020'].map((d) => `styrgruppen-for-arbetsmarknad-${d}@goteborgsregionen.se`),
    );
    const statuses = events.map((e) => e.component.getFirstPropertyValue('status'));
    assert.deepEqual(statuses, ['CONFIRMED', 'CONFIRMED', 'CONFIRMED', 'CANCELLED', 'CONFIRMED', 'CONFIRMED']);
    assert.equal(events[0]?.summary, 'Styrgruppen för arbetsmarknad – sammanträde');
    assert.equal(events[3]?.description, 'Inställt; nytt datum meddelas, se https://goteborgsregionen.se');
    assert.equal(events[5]?.location, 'Göteborgsregionen, Anders Personsgatan 8');
    assert.equal(events[0]?.location, null, 'no LOCATION when the source gives none');
    assert.equal(events[0]?.component.getFirstPropertyValue('url'), 'https://goteborgsregionen.se/styrgrupp-arbetsmarknad');
    for (const e of events) assert.equal(e.component.getFirstPropertyValue('dtstamp')?.toString(), '2026-11-24T00:00:00Z');
  });

  test('instants across DST: January +01:00 → 08:00Z, May +02:00 → 07:00Z', () => {
    const { events } = parse(ics);
    assert.equal(events[0]?.startDate.zone?.tzid, 'Europe/Stockholm');
    assert.equal(events[0]?.startDate.toJSDate().toISOString(), '2021-01-20T08:00:00.000Z');
    assert.equal(events[0]?.endDate.toJSDate().toISOString(), '2021-01-20T11:00:00.000Z');
    assert.equal(events[2]?.startDate.toJSDate().toISOString(), '2021-05-25T07:00:00.000Z');
    assert.equal(events[2]?.endDate.toJSDate().toISOString(), '2021-05-25T10:00:00.000Z');
    assert.equal(events[5]?.startDate.toJSDate().toISOString(), '2021-10-20T07:00:00.000Z');
  });

  test('date-only meetings: VALUE=DATE with an exclusive DTEND', () => {
    const feed = committeeToICS('styrgruppen-for-social-valfard', ds);
    assert.ok(unfold(feed).includes('DTSTART;VALUE=DATE:20200319'));
    assert.ok(unfold(feed).includes('DTEND;VALUE=DATE:20200321'));
    const { events } = parse(feed);
    const cancelled = events[1];
    assert.equal(cancelled?.startDate.isDate, true);
    assert.equal(cancelled?.startDate.toString(), '2020-03-19');
    assert.equal(cancelled?.endDate.toString(), '2020-03-21');
    assert.equal(cancelled?.component.getFirstPropertyValue('status'), 'CANCELLED');
  });

  test('a meeting whose time is not published: a date event that says so (sv and en), not busy all day', () => {
    const feed = committeeToICS('styrgruppen-for-social-valfard', ds);
    const { events } = parse(feed);
    const dateOnly = events[1]!;
    assert.equal(dateOnly.startDate.isDate, true);
    assert.equal(dateOnly.description, 'Inställt!\n\nTiden är inte publicerad. (Time not published.)');
    assert.equal(dateOnly.component.getFirstPropertyValue('transp'), 'TRANSPARENT');
    // Timed meetings say nothing of the kind and keep their instants.
    for (const e of events.filter((x) => !x.startDate.isDate)) {
      assert.doesNotMatch(e.description ?? '', /inte publicerad/);
      assert.equal(e.component.getFirstPropertyValue('transp'), null);
    }
    assert.equal(events[0]!.startDate.toJSDate().toISOString(), '2020-01-24T08:00:00.000Z');
    // A single date-only meeting file says the same.
    const one = parse(meetingToICS('planchefsnatverket', { start: '2024-02-02', sources: [{ url: 'https://goteborgsregionen.se', asOf: '2024' }] }, ds));
    assert.equal(one.events[0]!.description, 'Tiden är inte publicerad. (Time not published.)');
  });

  test('deterministic output, stable UIDs', () => {
    assert.equal(committeeToICS('styrgruppen-for-arbetsmarknad', fixture()), ics);
    assert.equal(meetingUid('x', { start: '2021-01-20T09:00:00+01:00' }), 'x-20210120@goteborgsregionen.se');
  });

  test('escapes and folds long, special text', () => {
    const d = fixture();
    const c = d.committees[0];
    assert.ok(c);
    c.name = 'Styrgrupp; med, komma\\och ' + 'å'.repeat(80);
    const feed = committeeToICS(c.id, d);
    assertWellFolded(feed);
    const { events } = parse(feed);
    assert.equal(events[0]?.summary, `${c.name} – sammanträde`);
  });

  test('a committee without meetings is an empty but valid calendar', () => {
    const { events } = parse(committeeToICS('forbundsstyrelsen', ds));
    assert.equal(events.length, 0);
  });

  test('unknown id: RangeError', () => {
    assert.throws(() => committeeToICS('nope', ds), RangeError);
    assert.throws(() => networkToICS('nope', ds), RangeError);
  });
});

describe('networkToICS and meetingToICS', () => {
  test('network feed: "– möte"', () => {
    const { events } = parse(networkToICS('forskolenatverket', ds));
    assert.equal(events.length, 2);
    assert.equal(events[0]?.summary, 'Förskolenätverket – möte');
    assert.equal(events[1]?.startDate.toJSDate().toISOString(), '2023-05-05T06:30:00.000Z');
  });
  test('single meeting: one event with the feed UID', () => {
    const meeting = ds.committees[0]?.meetings[3];
    assert.ok(meeting);
    const { events } = parse(meetingToICS('styrgruppen-for-arbetsmarknad', meeting, ds));
    assert.equal(events.length, 1);
    assert.equal(events[0]?.uid, 'styrgruppen-for-arbetsmarknad-20210827@goteborgsregionen.se');
    assert.equal(events[0]?.component.getFirstPropertyValue('status'), 'CANCELLED');
  });
  test('bad meeting or owner: RangeError', () => {
    assert.throws(() => meetingToICS('styrgruppen-for-arbetsmarknad', { start: 'soon', sources: [] }, ds), RangeError);
    assert.throws(() => meetingToICS('nope', { start: '2021-01-01', sources: [] }, ds), RangeError);
  });
});

test('every committee and network with meetings in the bundled dataset makes a parseable feed', () => {
  for (const owner of [...dataset.committees, ...dataset.networks.filter((n) => n.meetings?.length)]) {
    const feed = committeeToICS(owner.id);
    assertWellFolded(feed);
    const { events } = parse(feed);
    assert.equal(events.length, owner.meetings?.length ?? 0, owner.id);
    assert.equal(new Set(events.map((e) => e.uid)).size, events.length, `unique UIDs in ${owner.id}`);
    // Every date-only meeting says its time is not published; every timed one lands on its instant.
    for (const [i, m] of meetingsOf(owner.id).entries()) {
      const e = events[i]!;
      if (m.start.length === 10) assert.match(e.description ?? '', /Tiden är inte publicerad/, `${owner.id} ${m.start}`);
      else assert.equal(e.startDate.toJSDate().getTime(), new Date(m.start).getTime(), `${owner.id} ${m.start}`);
    }
  }
});
