import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  committeeIcsPath,
  dataset,
  isEmail,
  isHttpUrl,
  meetingIcsPath,
  networkIcsPath,
  networkKindLabels,
  NETWORK_KINDS,
  safeUrl,
  slugify,
  toCSV,
  vcardPath,
} from '../src/index.js';
import { shared as ds } from './fixtures.js';

describe('safeUrl', () => {
  test('allows http(s), mailto and tel', () => {
    for (const url of ['https://goteborgsregionen.se', 'http://example.se/a?b=c#d', 'mailto:info@goteborgsregionen.se', 'tel:+46313355188']) {
      assert.equal(safeUrl(url), url);
    }
  });
  test('rejects everything else', () => {
    for (const url of ['javascript:alert(1)', 'JAVASCRIPT:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<b>', 'vbscript:x', 'file:///etc/passwd', '//evil.example', '/relative', 'https://', 'mailto:', 'tel:', '', 'https://exa mple.se', 'ftp://x.se']) {
      assert.equal(safeUrl(url), undefined, url);
    }
    assert.equal(safeUrl(undefined), undefined);
    assert.equal(safeUrl(42), undefined);
  });
  test('isHttpUrl and isEmail', () => {
    assert.ok(isHttpUrl('https://goteborgsregionen.se/natverk'));
    assert.ok(!isHttpUrl('mailto:a@b.se'));
    assert.ok(isEmail('lena.holmlund@goteborgsregionen.se'));
    for (const bad of ['lena', 'a@b', '@b.se', 'a b@c.se', 'a@b..se', 'mailto:a@b.se']) assert.ok(!isEmail(bad), bad);
  });
});

test('slugify', () => {
  assert.equal(slugify('Lilla Edet'), 'lilla-edet');
  assert.equal(slugify('Äldreomsorg samt hälso- och sjukvårdschefer'), 'aldreomsorg-samt-halso-och-sjukvardschefer');
  assert.equal(slugify('Mölndals stad'), 'molndals-stad');
  assert.equal(slugify('Café Øresund'), 'cafe-oresund');
  assert.equal(slugify('  --HR--chefer!! '), 'hr-chefer');
  assert.equal(slugify(''), '');
  assert.equal(slugify(5 as never), '');
  for (const m of dataset.municipalities) assert.equal(slugify(m.name), m.id);
});

test('file paths', () => {
  assert.equal(committeeIcsPath('styrgruppen-for-arbetsmarknad'), 'ics/styrgruppen-for-arbetsmarknad.ics');
  assert.equal(networkIcsPath('planchefsnatverket'), 'ics/planchefsnatverket.ics');
  assert.equal(meetingIcsPath('styrgruppen-for-arbetsmarknad', { start: '2021-01-20T09:00:00+01:00' }), 'ics/styrgruppen-for-arbetsmarknad/2021-01-20.ics');
  assert.equal(meetingIcsPath('planchefsnatverket', { start: '2024-02-02' }), 'ics/planchefsnatverket/2024-02-02.ics');
  assert.equal(vcardPath('lena-holmlund'), 'vcf/lena-holmlund.vcf');
});

test('kind labels exist for every kind', () => {
  for (const kind of NETWORK_KINDS) {
    assert.ok(networkKindLabels[kind].sv);
    assert.ok(networkKindLabels[kind].en);
  }
});

/** Minimal RFC 4180 parser for the tests. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  return rows;
}

/** The value of column `name` (by header) in row `row`. */
const cellOf = (rows: string[][], row: string[] | undefined, name: string): string | undefined => {
  const i = rows[0]?.indexOf(name) ?? -1;
  assert.ok(i >= 0, `column ${name}`);
  return row?.[i];
};

describe('toCSV', () => {
  test('networks: header, one row per network, quoting', () => {
    const csv = toCSV(ds, 'networks');
    assert.ok(csv.endsWith('\r\n'));
    const rows = parseCsv(csv);
    assert.deepEqual(rows[0]?.slice(0, 4), ['id', 'namn', 'sakområde', 'typ']);
    assert.equal(rows.length, ds.networks.length + 1);
    const social = rows.find((r) => r[0] === 'socialchefsnatverket');
    assert.equal(social?.[3], 'Chefsnätverk');
    assert.equal(cellOf(rows, social, 'möten per år'), '6–8');
    assert.equal(cellOf(rows, social, 'deltagande enligt'), 'GR:s allmänna uppgift om nätverken');
    const strand = rows.find((r) => r[0] === 'strandskyddsgruppen');
    assert.equal(cellOf(rows, strand, 'deltagande enligt'), 'källa som listar deltagarna');
    assert.equal(cellOf(rows, social, 'källor'), '001_0123456789abcdef.txt (2023)');
    assert.ok(rows.every((r) => r.length === rows[0]?.length));
  });
  test('meetings, committees and people', () => {
    const meetings = parseCsv(toCSV(ds, 'meetings'));
    assert.equal(meetings.length, 1 + 6 + 3 + 2 + 2);
    assert.ok(meetings.some((r) => cellOf(meetings, r, 'status') === 'cancelled' && cellOf(meetings, r, 'start') === '2021-08-27T09:00:00+02:00'));
    assert.ok(meetings.some((r) => cellOf(meetings, r, 'uid') === 'styrgruppen-for-arbetsmarknad-20210120@goteborgsregionen.se'));
    const committees = parseCsv(toCSV(ds, 'committees', { now: new Date('2021-06-01T12:00:00Z') }));
    assert.equal(cellOf(committees, committees[1], 'ordförande'), 'Thorbjörn Carlsson (S)');
    assert.equal(cellOf(committees, committees[1], 'mandatperiod'), '2019-2022');
    assert.equal(cellOf(committees, committees[1], 'läge'), 'current');
    assert.equal(cellOf(committees, committees[1], 'upplöst'), '2022-12-31');
    const later = parseCsv(toCSV(ds, 'committees', { now: new Date('2023-06-01T12:00:00Z') }));
    assert.equal(cellOf(later, later[1], 'läge'), 'dissolved');
    assert.equal(cellOf(later, later[1], 'efterträdare'), 'Beredningsgrupp för arbetsmarknad');
    const people = parseCsv(toCSV(ds, 'people'));
    assert.equal(cellOf(people, people[1], 'telefon'), '031-335 51 88');
    assert.equal(cellOf(people, people[1], 'telefon_e164'), '+46313355188');
  });
  test('quotes fields with commas, quotes and newlines', () => {
    const d = structuredClone(ds);
    const n = d.networks[0];
    assert.ok(n);
    n.description = { sv: 'Ett "citat", och\nen ny rad' };
    const rows = parseCsv(toCSV(d, 'networks'));
    assert.equal(cellOf(rows, rows[1], 'beskrivning'), 'Ett "citat", och\nen ny rad');
  });
  test('the bundled dataset exports every collection', () => {
    for (const c of ['networks', 'committees', 'meetings', 'people'] as const) assert.ok(toCSV(dataset, c).length > 0);
  });
  test('unknown collection: RangeError', () => {
    assert.throws(() => toCSV(ds, 'parties' as never), RangeError);
  });
});
