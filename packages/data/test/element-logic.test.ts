// The calendar, ordering, facet and highlight helpers the elements use (calendar.ts, collate.ts,
// facets.ts, highlight.ts), on small hand-written inputs.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  addDays,
  addMonths,
  compareSwedish,
  dayKey,
  facetNetworks,
  highlightSegments,
  isInProgress,
  isUpcoming,
  meetingDays,
  mergeRanges,
  monthGrid,
  parseMonth,
  sortSwedish,
  stockholmDay,
  weekdayOf,
} from '../src/index.js';
import type { Network } from '../src/index.js';

describe('calendar', () => {
  test('adds days and months across month and year ends, clamping to the month length', () => {
    assert.deepEqual(addDays({ year: 2020, month: 12, day: 31 }, 1), { year: 2021, month: 1, day: 1 });
    assert.deepEqual(addMonths({ year: 2021, month: 1, day: 31 }, 1), { year: 2021, month: 2, day: 28 });
    assert.deepEqual(addMonths({ year: 2024, month: 1, day: 31 }, 1), { year: 2024, month: 2, day: 29 });
    assert.deepEqual(addMonths({ year: 2021, month: 1, day: 15 }, -1), { year: 2020, month: 12, day: 15 });
  });

  test('weeks start on Monday and carry ISO week numbers (1 January 2021 is a Friday in week 53)', () => {
    assert.equal(weekdayOf({ year: 2021, month: 1, day: 1 }), 5);
    const weeks = monthGrid(2021, 1);
    assert.equal(weeks[0]!.week, 53);
    assert.deepEqual(weeks[0]!.days.slice(0, 4), [undefined, undefined, undefined, undefined]);
    assert.deepEqual(weeks[0]!.days[4], { year: 2021, month: 1, day: 1 });
    assert.equal(weeks.length, 5);
  });

  test('parses months and rejects anything else', () => {
    assert.deepEqual(parseMonth('2021-05'), { year: 2021, month: 5 });
    for (const bad of ['2021-13', '2021-5', 'maj', '', undefined, null]) assert.equal(parseMonth(bad), undefined);
  });

  test('a meeting over two days covers both; the Stockholm day of an instant is its local date', () => {
    assert.deepEqual(meetingDays({ start: '2020-03-19', end: '2020-03-20' }), ['2020-03-19', '2020-03-20']);
    assert.equal(dayKey(stockholmDay(new Date('2021-05-31T22:30:00Z'))), '2021-06-01');
  });

  test('an ongoing meeting is upcoming and in progress; a cancelled one is never in progress', () => {
    const m = { start: '2021-05-04T09:00:00+02:00', end: '2021-05-04T12:00:00+02:00' };
    const during = new Date('2021-05-04T10:00:00+02:00');
    assert.equal(isUpcoming(m, during), true);
    assert.equal(isInProgress(m, during), true);
    assert.equal(isInProgress({ ...m, status: 'cancelled' }, during), false);
    assert.equal(isUpcoming(m, new Date('2021-05-04T12:00:00+02:00')), false);
  });
});

describe('Swedish order', () => {
  test('å, ä and ö come after z', () => {
    assert.deepEqual(sortSwedish(['Öckerö', 'Ale', 'Zeta', 'Åmål', 'Älvdalen'], (s) => s), ['Ale', 'Zeta', 'Åmål', 'Älvdalen', 'Öckerö']);
    assert.ok(compareSwedish('Ö', 'Z') > 0);
  });
});

describe('facets', () => {
  const net = (id: string, area: string, municipalities: string[]) => ({ id, area, municipalities }) as unknown as Network;
  const all = [net('a', 'utbildning', ['ale', 'lerum']), net('b', 'utbildning', ['ale']), net('c', 'miljo', ['lerum', 'lerum'])];

  test('OR within a facet, AND across; each option counts with the other facet applied', () => {
    const r = facetNetworks(all, (n) => n, { municipalities: ['lerum'], areas: ['utbildning'] }, { municipalityIds: ['ale', 'lerum', 'kungalv'] });
    assert.deepEqual(r.items.map((n) => n.id), ['a']);
    assert.deepEqual([...r.municipalityCounts], [['ale', 2], ['lerum', 1], ['kungalv', 0]]);
    assert.deepEqual([...r.areaCounts], [['utbildning', 1], ['miljo', 1]]);
  });

  test('no choice in a facet lets everything through', () => {
    assert.equal(facetNetworks(all, (n) => n, { municipalities: [], areas: [] }).items.length, 3);
  });
});

describe('highlight ranges', () => {
  test('inclusive pairs become merged half-open ranges inside the text; odd ones are dropped', () => {
    assert.deepEqual(mergeRanges('Skolchefer', [[5, 9], [0, 4], [3, 6], [20, 30], [-5, -1], [Number.NaN, 2]]), [[0, 10]]);
    assert.deepEqual(mergeRanges('abcdef', [[4, 4], [0, 1]]), [[0, 2], [4, 5]]);
  });

  test('segments mark exactly the ranges', () => {
    assert.deepEqual(highlightSegments('Skolchefer', [[0, 4]]), [
      { text: 'Skol', mark: true },
      { text: 'chefer', mark: false },
    ]);
  });
});
