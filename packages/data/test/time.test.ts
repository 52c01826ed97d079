import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { isoWeek, isoWeekday, meetingEnd, meetingStart, meetingDate, stockholmOffset, wallClock, isIsoDate, isDateTime } from '../src/index.js';
import { stockholmOffsetsAtLocal } from '../src/time.js';

describe('stockholmOffset', () => {
  test('winter and summer', () => {
    assert.equal(stockholmOffset(new Date('2021-01-20T08:00:00Z')), '+01:00');
    assert.equal(stockholmOffset(new Date('2021-05-25T07:00:00Z')), '+02:00');
  });
  test('switches at 01:00 UTC on the last Sundays of March and October', () => {
    assert.equal(stockholmOffset(new Date('2021-03-28T00:59:59Z')), '+01:00');
    assert.equal(stockholmOffset(new Date('2021-03-28T01:00:00Z')), '+02:00');
    assert.equal(stockholmOffset(new Date('2021-10-31T00:59:59Z')), '+02:00');
    assert.equal(stockholmOffset(new Date('2021-10-31T01:00:00Z')), '+01:00');
    assert.equal(stockholmOffset(new Date('2024-03-31T01:00:00Z')), '+02:00');
    assert.equal(stockholmOffset(new Date('2024-03-30T12:00:00Z')), '+01:00');
  });
  test('agrees with the platform time-zone database from 1996 on', () => {
    const fmt = new Intl.DateTimeFormat('en', { timeZone: 'Europe/Stockholm', timeZoneName: 'longOffset' });
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1996, 0, 1), max: Date.UTC(2037, 11, 31) }), (ms) => {
        const d = new Date(ms);
        const intl = fmt.formatToParts(d).find((p) => p.type === 'timeZoneName')?.value.replace('GMT', '');
        assert.equal(stockholmOffset(d), intl);
      }),
      { numRuns: 2000 },
    );
  });
  test('invalid dates throw RangeError', () => {
    assert.throws(() => stockholmOffset(new Date('nope')), RangeError);
  });
  test('local offsets: none in the skipped hour, two in the repeated hour', () => {
    assert.deepEqual(stockholmOffsetsAtLocal(2021, 3, 28, 2, 30), []);
    assert.deepEqual(stockholmOffsetsAtLocal(2021, 10, 31, 2, 30), [60, 120]);
    assert.deepEqual(stockholmOffsetsAtLocal(2021, 5, 25, 9, 0), [120]);
  });
});

describe('wallClock', () => {
  test('date-time: the stored local part', () => {
    assert.deepEqual(wallClock('2021-01-20T09:00:00+01:00'), { year: 2021, month: 1, day: 20, hour: 9, minute: 0, weekday: 3, allDay: false });
  });
  test('date: all day, no hour or minute', () => {
    const w = wallClock('2024-02-02');
    assert.equal(w.allDay, true);
    assert.equal(w.hour, undefined);
    assert.equal(w.minute, undefined);
    assert.equal(w.weekday, 5);
  });
  test('Date: converted to Stockholm time', () => {
    assert.deepEqual(wallClock(new Date('2021-05-25T07:00:00Z')), { year: 2021, month: 5, day: 25, hour: 9, minute: 0, weekday: 2, allDay: false });
    assert.deepEqual(wallClock(new Date('2021-12-31T23:30:00Z')), { year: 2022, month: 1, day: 1, hour: 0, minute: 30, weekday: 6, allDay: false });
  });
  test('bad input throws RangeError', () => {
    assert.throws(() => wallClock('2021-02-30'), RangeError);
    assert.throws(() => wallClock('soon'), RangeError);
    assert.throws(() => wallClock(new Date(Number.NaN)), RangeError);
  });
});

describe('isoWeek', () => {
  test('known weeks', () => {
    assert.equal(isoWeek(2021, 1, 20), 3);
    assert.equal(isoWeek(2021, 8, 27), 34);
    assert.equal(isoWeek(2021, 1, 3), 53); // belongs to 2020's week 53
    assert.equal(isoWeek(2026, 1, 1), 1);
    assert.equal(isoWeek(2024, 12, 30), 1);
    assert.equal(isoWeek(2020, 2, 21), 8); // "Fredag 21 februari (v 8)"
  });
  test('weekday', () => {
    assert.equal(isoWeekday(2021, 8, 27), 5);
    assert.equal(isoWeekday(2021, 1, 24), 7);
  });
});

describe('meetingStart / meetingEnd', () => {
  test('date-times are instants', () => {
    const m = { start: '2021-01-20T09:00:00+01:00', end: '2021-01-20T12:00:00+01:00' };
    assert.equal(meetingStart(m).toISOString(), '2021-01-20T08:00:00.000Z');
    assert.equal(meetingEnd(m).toISOString(), '2021-01-20T11:00:00.000Z');
    assert.equal(meetingEnd({ start: m.start }).toISOString(), '2021-01-20T08:00:00.000Z');
  });
  test('dates: Stockholm midnight of the day and of the day after the (inclusive) end', () => {
    assert.equal(meetingStart({ start: '2020-03-19' }).toISOString(), '2020-03-18T23:00:00.000Z');
    assert.equal(meetingEnd({ start: '2020-03-19', end: '2020-03-20' }).toISOString(), '2020-03-20T23:00:00.000Z');
    assert.equal(meetingEnd({ start: '2024-06-30' }).toISOString(), '2024-06-30T22:00:00.000Z');
    assert.equal(meetingEnd({ start: '2021-12-31' }).toISOString(), '2021-12-31T23:00:00.000Z');
  });
  test('malformed: Invalid Date, no throw', () => {
    assert.ok(Number.isNaN(meetingStart({ start: 'x' }).getTime()));
    assert.equal(meetingDate({ start: '2021-01-20T09:00:00+01:00' }), '2021-01-20');
  });
});

test('isIsoDate / isDateTime', () => {
  assert.ok(isIsoDate('2024-02-29'));
  assert.ok(!isIsoDate('2021-02-29'));
  assert.ok(!isIsoDate('2021-02-30'));
  assert.ok(!isIsoDate('2021-13-01'));
  assert.ok(isDateTime('2021-01-20T09:00:00+01:00'));
  assert.ok(isDateTime('2021-01-20T09:00:00.5+01:00'));
  assert.ok(!isDateTime('2021-01-20T09:00+01:00'));
  assert.ok(!isDateTime('2021-01-20T24:00:00+01:00'));
  assert.ok(!isDateTime('2021-01-20 09:00:00+01:00'));
});
