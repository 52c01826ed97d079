import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  asOfEnd,
  asOfPrecision,
  committeeState,
  compareAsOf,
  continuationOf,
  currentTerm,
  dataset,
  getCommittee,
  isAsOf,
  isOlderThan,
  isTimePublished,
  latestAsOf,
  recordAsOf,
  sourceUrls,
  stockholmDate,
  termAt,
} from '../src/index.js';
import { fixture } from './fixtures.js';

const DEC_2026 = new Date('2026-12-01T12:00:00+01:00');
const JAN_2027 = new Date('2027-01-15T12:00:00+01:00');
const JAN_2031 = new Date('2031-01-15T12:00:00+01:00');

describe('committeeState: a body is not its term', () => {
  test('förbundsstyrelsen: current term in 2026, next composition unpublished from 1 January 2027', () => {
    const dec = committeeState('forbundsstyrelsen', DEC_2026, dataset);
    assert.equal(dec?.state, 'current');
    assert.equal(dec?.state === 'current' && dec.term.term, '2023-2026');
    // The last day of the term is still the term; New Year's Day in Stockholm is not.
    assert.equal(committeeState('forbundsstyrelsen', new Date('2026-12-31T22:59:00Z'), dataset)?.state, 'current');
    assert.equal(committeeState('forbundsstyrelsen', new Date('2026-12-31T23:00:00Z'), dataset)?.state, 'next-term-unpublished');
    for (const now of [JAN_2027, JAN_2031]) {
      const s = committeeState('forbundsstyrelsen', now, dataset);
      assert.equal(s?.state, 'next-term-unpublished');
      if (s?.state !== 'next-term-unpublished') return;
      assert.equal(s.previous.term, '2023-2026');
      assert.equal(s.previous.presidium.find((p) => p.role === 'chair')?.person, 'jonas-attenius');
      assert.equal(s.continuation, 'continues', 'förbundsordningen makes it a standing body');
    }
    assert.equal(currentTerm('forbundsstyrelsen', JAN_2027, dataset), undefined);
  });

  test('every body of the 2023–2026 term: none is "dissolved" in 2027 or 2031', () => {
    for (const id of [
      'forbundsfullmaktige',
      'forbundsstyrelsen',
      'antagningsnamnden',
      'beredningsgruppen-for-arbetsmarknad',
      'beredningsgruppen-for-social-valfard',
      'beredningsgruppen-for-miljo-och-samhallsbyggnad',
    ]) {
      assert.equal(committeeState(id, DEC_2026, dataset)?.state, 'current', id);
      for (const now of [JAN_2027, JAN_2031]) assert.equal(committeeState(id, now, dataset)?.state, 'next-term-unpublished', id);
    }
    // Where no source says whether a body continues, it is unknown, not assumed.
    const b = committeeState('beredningsgruppen-for-arbetsmarknad', JAN_2027, dataset);
    assert.equal(b?.state === 'next-term-unpublished' && b.continuation, 'unknown');
  });

  test('styrgrupp → beredningsgrupp: current in 2021, dissolved with its successor from 2023', () => {
    const y2021 = committeeState('styrgruppen-for-arbetsmarknad', new Date('2021-05-01T12:00:00+02:00'), dataset);
    assert.equal(y2021?.state, 'current');
    const y2023 = committeeState('styrgruppen-for-arbetsmarknad', new Date('2023-02-01T12:00:00+01:00'), dataset);
    assert.equal(y2023?.state, 'dissolved');
    if (y2023?.state !== 'dissolved') return;
    assert.equal(y2023.dissolved, '2022-12-31');
    assert.equal(y2023.successor?.id, 'beredningsgruppen-for-arbetsmarknad');
    assert.equal(y2023.last?.term, '2019-2022');
    assert.equal(committeeState('styrgruppen-for-arbetsmarknad', JAN_2031, dataset)?.state, 'dissolved');
  });

  test('not founded yet, no composition, a body that ends with its term, and bad input', () => {
    const d = fixture();
    assert.deepEqual(committeeState('beredningsgrupp-for-arbetsmarknad', new Date('2022-06-01T12:00:00Z'), d), {
      state: 'not-founded',
      founded: '2023-01-01',
    });
    assert.deepEqual(committeeState('beredningsgrupp-for-arbetsmarknad', new Date('2024-06-01T12:00:00Z'), d), {
      state: 'no-composition',
      continuation: 'unknown',
    });
    const fs = getCommittee('forbundsstyrelsen', d)!;
    fs.continuation = { continues: false, sources: fs.sources };
    assert.equal(continuationOf(fs), 'ends');
    const ended = committeeState(fs, JAN_2027, d);
    assert.equal(ended?.state, 'dissolved');
    assert.equal(ended?.state === 'dissolved' && ended.dissolved, '2026-12-31');
    assert.equal(committeeState('nobody', JAN_2027, d), undefined);
    assert.equal(committeeState('forbundsstyrelsen', new Date(Number.NaN), d), undefined);
  });

  test('termAt and stockholmDate use Stockholm days', () => {
    assert.equal(termAt(DEC_2026, dataset)?.id, '2023-2026');
    assert.equal(termAt(JAN_2027, dataset), undefined, 'no 2027–2030 period is in the data');
    assert.equal(stockholmDate(new Date('2026-12-31T23:30:00Z')), '2027-01-01');
    assert.equal(stockholmDate('nonsense'), undefined);
  });
});

describe('as-of dates', () => {
  test('formats: year, month or day; nothing else', () => {
    for (const ok of ['2024', '2024-09', '2024-09-26', '2024-02-29']) assert.ok(isAsOf(ok), ok);
    for (const bad of ['24', '2024-9', '2024-13', '2023-02-29', '2024-09-26T10:00', 'september 2024', '', 2024]) {
      assert.equal(isAsOf(bad), false, String(bad));
    }
    assert.equal(asOfPrecision('2024'), 'year');
    assert.equal(asOfPrecision('2024-09'), 'month');
    assert.equal(asOfPrecision('2024-09-26'), 'day');
    assert.equal(asOfEnd('2024'), '2024-12-31');
    assert.equal(asOfEnd('2024-02'), '2024-02-29');
    assert.equal(asOfEnd('2024-09-26'), '2024-09-26');
  });

  test('the latest source dates a record; periods compare by their last day', () => {
    assert.ok(compareAsOf('2024', '2024-09') > 0);
    assert.ok(compareAsOf('2024-09-30', '2024-09') === 0);
    const sources = [
      { seed: '001_24c41e0b47b6be3d.txt', asOf: '2023' },
      { url: 'https://goteborgsregionen.se/a', asOf: '2024-09' },
      { url: 'https://goteborgsregionen.se/b', asOf: '2021' },
    ];
    assert.equal(latestAsOf(sources), '2024-09');
    assert.equal(recordAsOf({ sources }), '2024-09');
    assert.equal(latestAsOf([]), undefined);
    assert.deepEqual(sourceUrls(sources), ['https://goteborgsregionen.se/a', 'https://goteborgsregionen.se/b']);
    assert.deepEqual(sourceUrls([{ url: 'javascript:alert(1)', asOf: '2024' }]), []);
  });

  test('more than a year old, counted from the end of the as-of period in Stockholm', () => {
    assert.equal(isOlderThan('2024-09', new Date('2025-09-30T12:00:00+02:00')), false);
    assert.equal(isOlderThan('2024-09', new Date('2025-10-01T00:00:00+02:00')), true);
    assert.equal(isOlderThan('2024-09', new Date('2025-09-30T23:59:59+02:00')), false);
    assert.equal(isOlderThan('2025', DEC_2026), false);
    assert.equal(isOlderThan('2025', JAN_2027), true);
    assert.equal(isOlderThan('2024-03-26', DEC_2026, 6), true);
    assert.equal(isOlderThan('2026-11', DEC_2026, 6), false);
    assert.equal(isOlderThan(undefined, JAN_2027), false);
    assert.equal(isOlderThan('2024', new Date(Number.NaN)), false);
  });
});

test('a date-only meeting start means the time is not published', () => {
  assert.equal(isTimePublished({ start: '2024-09-26' }), false);
  assert.equal(isTimePublished({ start: '2024-02-08T09:00:00+01:00' }), true);
});
