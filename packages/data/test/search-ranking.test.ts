/**
 * How searchNetworks ranks and what it finds, as a visitor sees it: the order of names, and that a
 * typo finds every network it should (the search looks words up in an index; a brute-force search
 * over every network's words must find the same networks).
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import Fuse from 'fuse.js/basic';
import { dataset as bundled, networkKindLabels, parseSearchQuery, searchNetworks } from '../src/index.js';
import { fold } from '../src/text.js';
import type { Dataset, Network } from '../src/types.js';
import { fixture, shared } from './fixtures.js';

/** The fixture's areas, kinds and municipalities with these networks instead of its own. */
function withNetworks(list: { name: string; description?: string; kind?: Network['kind'] }[]): Dataset {
  const d = fixture();
  const base = d.networks[0] as Network;
  d.networks = list.map(({ name, description, kind }, i) => ({
    ...base,
    id: `n-${i}`,
    name,
    kind: kind ?? 'natverk',
    area: 'ovriga',
    description: description ? { sv: description } : undefined,
    partners: undefined,
    parent: undefined,
  }));
  return d;
}

const names = (query: string, dataset: Dataset) => searchNetworks(query, { dataset }).map((r) => r.network.name);

describe('searchNetworks ranking', () => {
  const traffic = withNetworks([
    { name: 'Hamnrådet', description: 'Samverkan om trafiken i hamnen.' },
    { name: 'Kollektivtrafikgruppen' },
    { name: 'Nätverket för trafik och hamn' },
    { name: 'Traficforum' },
    { name: 'Trafikplaneringsgruppen' },
    { name: 'Trafiknätverket' },
    { name: 'Skolnätverket' },
  ]);

  test('names starting with the word, then names with it later, inside a word, in descriptions, then with typos', () => {
    assert.deepEqual(names('trafik', traffic), [
      'Trafiknätverket', // the name starts with the word (equal scores: Swedish order)
      'Trafikplaneringsgruppen',
      'Nätverket för trafik och hamn', // a later word of the name
      'Kollektivtrafikgruppen', // inside a word of the name
      'Hamnrådet', // only in the description ("trafiken")
      'Traficforum', // one typo (c for k)
    ]);
  });

  test('an exact match in a description ranks above a name that matches only with typos', () => {
    const list = names('trafiken', traffic);
    assert.equal(list[0], 'Hamnrådet');
    assert.ok(list.indexOf('Trafiknätverket') > 0, list.join(', '));
  });

  test('a name with the whole word ranks above one where the word only begins a longer word', () => {
    const d = withNetworks([{ name: 'Klimatstrategerna' }, { name: 'Klimat' }, { name: 'Klimatnätverket' }]);
    assert.deepEqual(names('klimat', d), ['Klimat', 'Klimatnätverket', 'Klimatstrategerna']);
  });

  test('a shorter name ranks above a longer one that matches the same way', () => {
    const d = withNetworks([{ name: 'Avfallsnätverket för Göteborgsregionen' }, { name: 'Avfallsnätverket' }]);
    assert.deepEqual(names('avfall', d), ['Avfallsnätverket', 'Avfallsnätverket för Göteborgsregionen']);
  });

  test('equal scores come in Swedish alphabetical order (å, ä, ö after z)', () => {
    const d = withNetworks([{ name: 'Ödesnätverket' }, { name: 'Zetanätverket' }, { name: 'Ädelnätverket' }, { name: 'Åtanätverket' }]);
    assert.deepEqual(names('natverket', d), ['Zetanätverket', 'Åtanätverket', 'Ädelnätverket', 'Ödesnätverket']);
  });

  test('a single letter finds names with a word starting with it, nothing else', () => {
    assert.deepEqual(names('u', shared), ['Utbildningschefsnätverket']);
    assert.deepEqual(names('g', shared), ['Skoljuridiska gruppen']);
  });

  test('highlights show only where the name matched', () => {
    const [partnerOnly] = searchNetworks('universitet', { dataset: shared });
    assert.equal(partnerOnly?.network.name, 'Nätverket för socialt hållbar transportplanering');
    assert.deepEqual(partnerOnly?.matches, []);
    const [both] = searchNetworks('socialt universitet', { dataset: shared });
    assert.deepEqual(
      both?.matches.map(([s, e]) => both.network.name.slice(s, e + 1)),
      ['socialt'],
    );
    const [typo] = searchNetworks('trafik', { dataset: withNetworks([{ name: 'Traficforum' }]) });
    assert.deepEqual(typo?.matches.map(([s, e]) => typo.network.name.slice(s, e + 1)), ['Trafic']);
    const [fuzzy] = searchNetworks('kolektivtrafik', { dataset: traffic });
    assert.equal(fuzzy?.network.name, 'Kollektivtrafikgruppen');
    assert.deepEqual(fuzzy?.matches.map(([s, e]) => fuzzy.network.name.slice(s, e + 1)), ['Kollektivtrafik']);
  });
});

/** Every word of a network's searchable text (name, description, area, kind, partners), folded. */
function wordsOf(n: Network, d: Dataset): { name: string[]; all: string[] } {
  const split = (text: string | undefined) => fold(text ?? '').split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const area = d.areas.find((a) => a.id === n.area);
  const kind = networkKindLabels[n.kind];
  const name = split(n.name);
  const all = [
    ...name,
    ...split(n.description?.sv),
    ...split(n.description?.en),
    ...split(area?.name.sv),
    ...split(area?.name.en),
    ...split(kind?.sv),
    ...split(kind?.en),
    ...(n.partners ?? []).flatMap((p) => split(d.organisations.find((o) => o.id === p)?.name)),
  ];
  return { name, all };
}

/**
 * The same search by brute force: a word of one letter begins a word of the name; a longer word is
 * inside some word of the network; from 5 letters, fuse.js (threshold 0.3) may find it in a word with typos.
 */
function bruteForce(query: string, d: Dataset): Set<string> {
  const queryWords = [...new Set(fold(query).split(/[^\p{L}\p{N}]+/u).filter(Boolean))];
  const texts = d.networks.map((n) => wordsOf(n, d));
  const vocabulary = [...new Set(texts.flatMap((t) => t.all))];
  const fuse = new Fuse(vocabulary, { threshold: 0.3, ignoreLocation: true, isCaseSensitive: true, minMatchCharLength: 2 });
  const typos = new Map(queryWords.map((w) => [w, new Set(w.length >= 5 ? fuse.search(w).map((r) => r.item) : [])]));
  const found = new Set<string>();
  d.networks.forEach((n, i) => {
    const t = texts[i] as { name: string[]; all: string[] };
    const meets = (w: string) =>
      w.length === 1 ? t.name.some((x) => x.startsWith(w)) : t.all.some((x) => x.includes(w) || typos.get(w)?.has(x));
    if (queryWords.length > 0 && queryWords.every(meets)) found.add(n.id);
  });
  return found;
}

/** A word of `d`, cut short or misspelt (letters replaced, dropped or added). */
function typedWord(d: Dataset): fc.Arbitrary<string> {
  const vocabulary = [...new Set(d.networks.flatMap((n) => wordsOf(n, d).all))];
  const letters = 'abcdefghijklmnoprstuvåäö';
  return fc
    .tuple(
      fc.constantFrom(...vocabulary),
      fc.nat({ max: 4 }),
      fc.array(fc.tuple(fc.constantFrom('replace', 'drop', 'add'), fc.nat(), fc.constantFrom(...letters)), { maxLength: 3 }),
    )
    .map(([word, cut, edits]) => {
      let w = word.slice(0, Math.max(1, word.length - cut));
      for (const [op, at, ch] of edits) {
        const p = at % (w.length + 1);
        w = op === 'replace' ? w.slice(0, p) + ch + w.slice(p + 1) : op === 'drop' ? w.slice(0, p) + w.slice(p + 1) : w.slice(0, p) + ch + w.slice(p);
      }
      return w;
    })
    .filter((w) => w.length > 0);
}

describe('searchNetworks finds what a brute-force search finds', () => {
  for (const [label, d, runs] of [
    ['fixture', shared, 500],
    ['bundled dataset', bundled, 200],
  ] as const) {
    test(`property (${label}): one or two words, typed right or with typos, find the same networks`, () => {
      fc.assert(
        fc.property(fc.array(typedWord(d), { minLength: 1, maxLength: 2 }), (words) => {
          const query = words.join(' ');
          fc.pre(parseSearchQuery(query, d).municipalities.length === 0); // "goteborg" means the municipality
          const found = new Set(searchNetworks(query, { dataset: d }).map((r) => r.network.id));
          assert.deepEqual([...found].sort(), [...bruteForce(query, d)].sort(), query);
        }),
        { numRuns: runs },
      );
    });
  }

  test('property: names whose words start with every query word come first', () => {
    fc.assert(
      fc.property(fc.array(typedWord(bundled), { minLength: 1, maxLength: 2 }), (words) => {
        const queryWords = fold(words.join(' ')).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
        const starts = searchNetworks(words.join(' ')).map((r) => {
          const nameWords = wordsOf(r.network, bundled).name;
          return queryWords.every((w) => nameWords.some((x) => x.startsWith(w)));
        });
        assert.deepEqual(starts, [...starts].sort((a, b) => Number(b) - Number(a)), words.join(' '));
      }),
      { numRuns: 300 },
    );
  });
});
