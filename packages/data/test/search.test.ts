import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { dataset, MAX_QUERY_LENGTH, parseSearchQuery, searchNetworks } from '../src/index.js';
import type { Dataset } from '../src/types.js';
import { fixture, shared as ds } from './fixtures.js';

const names = (query: string, options: Parameters<typeof searchNetworks>[1] = {}) =>
  searchNetworks(query, { dataset: ds, ...options }).map((r) => r.network.name);
const highlighted = (query: string, data: Dataset = ds) =>
  searchNetworks(query, { dataset: data }).map((r) => r.matches.map(([s, e]) => r.network.name.slice(s, e + 1)));

describe('searchNetworks (fixture)', () => {
  test('ignores diacritics and case', () => {
    assert.equal(names('aldreomsorg')[0], 'Äldreomsorg samt hälso- och sjukvårdschefer');
    assert.equal(names('ÄLDREOMSORG')[0], 'Äldreomsorg samt hälso- och sjukvårdschefer');
    assert.equal(names('forskolenatverket')[0], 'Förskolenätverket');
  });
  test('forgives a typo', () => {
    assert.equal(names('socialshefer')[0], 'Socialchefsnätverket');
    assert.equal(names('skoljuridsika')[0], 'Skoljuridiska gruppen');
    assert.equal(names('strandskyds')[0], 'Strandskyddsgruppen');
  });
  test('is prefix-friendly', () => {
    assert.equal(names('skoljur')[0], 'Skoljuridiska gruppen');
    assert.equal(names('sko')[0], 'Skoljuridiska gruppen');
    assert.equal(names('plan')[0], 'Planchefsnätverket');
  });
  test('several words must all match', () => {
    assert.equal(names('äldreomsorg sjukvård')[0], 'Äldreomsorg samt hälso- och sjukvårdschefer');
    assert.deepEqual(names('socialt transportplanering'), ['Nätverket för socialt hållbar transportplanering']);
  });
  test('searches descriptions, areas, kinds and partners too', () => {
    assert.ok(names('universitet').includes('Nätverket för socialt hållbar transportplanering'));
    assert.ok(names('Orust').includes('Strandskyddsgruppen'));
    assert.ok(names('utbildning').includes('Skoljuridiska gruppen'));
  });
  test('a quoted municipality name means the networks it belongs to', () => {
    const all = searchNetworks('', { dataset: ds }).length;
    assert.equal(names('"Lilla Edet"').length, all - 1);
    assert.ok(!names('"Lilla Edet"').includes('Nätverket för socialt hållbar transportplanering'));
    assert.deepEqual(names('"Lilla Edet"'), names('”lilla edet”'));
    assert.deepEqual(names('"molndal"'), names('"Mölndal"'));
    assert.ok(names('"molndal"').includes('Nätverket för socialt hållbar transportplanering'));
    assert.ok(!names('”Mölndal”').includes('Strandskyddsgruppen'));
    assert.deepEqual(names('„Tjörn“'), names('"tjorn"'));
  });
  test('a query that is exactly a municipality name works like the quoted name', () => {
    assert.deepEqual(names('Lilla Edet'), names('"Lilla Edet"'));
  });
  test('quoted municipality + free text + options combine', () => {
    assert.deepEqual(names('"Tjörn" strand'), ['Strandskyddsgruppen']);
    assert.deepEqual(names('"Mölndal" strand'), []);
    assert.deepEqual(names('"Ale" "Mölndal"'), names('"Mölndal"').filter((n) => names('"Ale"').includes(n)));
    assert.deepEqual(names('chef', { area: 'utbildning' }), ['Utbildningschefsnätverket']);
    assert.deepEqual(names('', { municipality: 'tjorn', kind: 'kunskaps-och-erfarenhetsutbyte', area: 'miljo-och-samhallsbyggnad' }), ['Strandskyddsgruppen']);
    assert.deepEqual(names('"Ale"', { municipality: ['molndal', 'tjorn'], area: 'miljo-och-samhallsbyggnad' }).sort(), ['Planchefsnätverket', 'Samhällsbyggnadschefer', 'Strandskyddsgruppen']);
  });
  test('an unknown quoted phrase is free text', () => {
    assert.deepEqual(names('"skoljuridiska"'), ['Skoljuridiska gruppen']);
    assert.equal(parseSearchQuery('"Atlantis"', ds).words[0], 'atlantis');
    assert.deepEqual(parseSearchQuery('"Lilla Edet" plan', ds), { municipalities: ['lilla-edet'], words: ['plan'] });
    assert.deepEqual(parseSearchQuery('"Lilla Ed', ds).municipalities, []);
    assert.deepEqual(parseSearchQuery('"Lilla Edet', ds).municipalities, ['lilla-edet']);
  });
  test('empty query: every (filtered) network in Swedish alphabetical order', () => {
    const list = names('');
    assert.equal(list.length, ds.networks.length);
    assert.deepEqual(list, [...list].sort(new Intl.Collator('sv').compare));
    assert.equal(list[list.length - 1], 'Äldreomsorg samt hälso- och sjukvårdschefer'); // å ä ö after z
    assert.deepEqual(names('   '), list);
    assert.deepEqual(names('""'), list);
  });
  test('results carry a score (0 best) and are sorted by it', () => {
    const results = searchNetworks('chef', { dataset: ds });
    assert.ok(results.length > 2);
    for (const r of results) assert.ok(r.score >= 0 && r.score <= 1);
    assert.deepEqual(results.map((r) => r.score), results.map((r) => r.score).sort((a, b) => a - b));
  });
  test('limit', () => {
    assert.equal(searchNetworks('', { dataset: ds, limit: 3 }).length, 3);
    assert.equal(searchNetworks('chef', { dataset: ds, limit: 1 }).length, 1);
    assert.equal(searchNetworks('chef', { dataset: ds, limit: 0 }).length, 0);
  });
  test('matches: inclusive ranges in the name, for prefix, substring and fuzzy hits', () => {
    assert.deepEqual(highlighted('skoljur')[0], ['Skoljur']);
    assert.deepEqual(highlighted('aldreomsorg')[0], ['Äldreomsorg']);
    assert.deepEqual(highlighted('chef').find((h) => h[0] === 'chef'), ['chef']);
    assert.deepEqual(highlighted('äldreomsorg sjukvard')[0], ['Äldreomsorg', 'sjukvård']);
    const fuzzy = highlighted('socialshefer')[0]?.[0] ?? '';
    assert.ok(fuzzy.startsWith('Socialchef'), fuzzy);
    assert.deepEqual(searchNetworks('', { dataset: ds })[0]?.matches, []);
    const r = searchNetworks('skoljur', { dataset: ds })[0];
    assert.deepEqual(JSON.parse(JSON.stringify(r)).matches, [[0, 6]]);
  });
  test('matches map back to the original text when names are decomposed (NFD)', () => {
    const d = fixture();
    const n = d.networks[1];
    assert.ok(n);
    n.name = 'A\u0308ldreomsorg och sjukva\u030Ard';
    assert.deepEqual(highlighted('aldreomsorg', d)[0], ['A\u0308ldreomsorg']);
    assert.deepEqual(highlighted('sjukvard', d)[0], ['sjukva\u030Ard']);
  });
  test('never throws, whatever the input', () => {
    const weird = ['(', '[a-', '\\', '.*', '$^', '"', '"""', '”', '\uD800', 'a\uDFFFb', '\u0000', '🙂🙂', 'x'.repeat(10_000), '"'.repeat(500), '-', ' "Ale" '.repeat(300)];
    for (const q of weird) {
      const results = searchNetworks(q, { dataset: ds });
      assert.ok(Array.isArray(results), q.slice(0, 20));
      for (const r of results) void r.matches;
    }
    for (const q of [undefined, null, 42, {}, [], Symbol('q'), () => 'x']) {
      assert.deepEqual(searchNetworks(q as never, { dataset: ds }), []);
    }
    assert.ok(Array.isArray(searchNetworks('chef', { dataset: {} as never })));
    assert.ok(Array.isArray(searchNetworks('chef', { dataset: null as never })));
    assert.ok(Array.isArray(searchNetworks('chef', { municipality: 5 as never, area: {} as never, limit: Number.NaN, dataset: ds })));
    assert.ok(Array.isArray(searchNetworks('chef', null as never)));
  });
  test('long queries are cut', () => {
    assert.equal(MAX_QUERY_LENGTH, 100);
    assert.deepEqual(names(`skoljur${' '.repeat(200)}zzzzzz`), names('skoljur'));
  });
  test('repeated searches give the same results (cached index)', () => {
    assert.deepEqual(names('skol'), names('skol'));
  });
  test('property: any string gives networks from the dataset, never throws', () => {
    const ids = new Set(ds.networks);
    const utf16 = fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 40 }).map((a) => String.fromCharCode(...a));
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), utf16, fc.constantFrom('"', '”', 'chef', '"Ale"')), (q) => {
        const results = searchNetworks(q, { dataset: ds });
        for (const r of results) {
          assert.ok(ids.has(r.network));
          assert.ok(r.score >= 0 && r.score <= 1);
          for (const [s, e] of r.matches) assert.ok(s >= 0 && e >= s && e < r.network.name.length);
        }
      }),
      { numRuns: 400 },
    );
  });
});

describe('searchNetworks (bundled dataset)', () => {
  const real = (q: string) => searchNetworks(q).map((r) => r.network.name);
  test('the contract examples', () => {
    assert.match(real('aldreomsorg')[0] ?? '', /äldreomsorg/i);
    assert.equal(real('socialshefer')[0], 'Socialchefsnätverket');
    assert.equal(real('skoljur')[0], 'Skoljuridiska gruppen');
  });
  test('quoted municipality', () => {
    const lillaEdet = dataset.networks.filter((n) => n.municipalities.includes('lilla-edet')).length;
    assert.ok(lillaEdet > 0);
    assert.equal(real('"Lilla Edet"').length, lillaEdet);
    assert.equal(real('"molndal"').length, dataset.networks.filter((n) => n.municipalities.includes('molndal')).length);
  });
  test('empty query lists all networks', () => {
    assert.equal(real('').length, dataset.networks.length);
  });
});
