/**
 * One test per finding of the audit of every record against its sources. Each fails if the finding
 * comes back.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { committeeState, dataset as ds, isTimePublished, personToVCard, searchNetworks } from '../src/index.js';
import { unfold } from '../src/lines.js';

const network = (id: string) => {
  const n = ds.networks.find((x) => x.id === id);
  assert.ok(n, id);
  return n;
};
const isSeed = (s: { url?: string; seed?: string }) => 'seed' in s;

test('a body does not end with its mandate period (the 2023–2026 bodies on 15 January 2027)', () => {
  const now = new Date('2027-01-15T12:00:00+01:00');
  const bodies = ds.committees.filter((c) => c.terms.some((t) => t.term === '2023-2026'));
  assert.equal(bodies.length, 6);
  for (const c of bodies) assert.equal(committeeState(c, now)?.state, 'next-term-unpublished', c.id);
  for (const c of ds.committees) {
    // Only a sourced dissolution (the styrgrupper, 2022-12-31) ends a body.
    if (c.dissolved) assert.equal(c.dissolved, '2022-12-31', c.id);
  }
});

test('the delregionalt kollektivtrafikråd is an open question, not a fact about one body', () => {
  for (const c of ds.committees) {
    assert.doesNotMatch(`${c.description?.sv ?? ''} ${c.description?.en ?? ''}`, /kollektivtrafikråd|public transport council/i, c.id);
  }
  const q = ds.openQuestions?.find((x) => /kollektivtrafikråd/.test(x.question.sv));
  assert.ok(q, 'recorded as an open question');
  assert.deepEqual([...q.records].sort(), ['beredningsgruppen-for-miljo-och-samhallsbyggnad', 'forbundsstyrelsen']);
  assert.ok(q.sources.length >= 2, 'both sides are sourced');
});

test('the renamed planning network is one record, findable under both names, with the question left open', () => {
  assert.equal(ds.networks.some((n) => n.id === 'natverket-for-oversiktlig-planering'), false);
  const n = network('natverket-for-regional-fysisk-planering');
  assert.deepEqual(n.formerNames, ['Nätverket för översiktlig planering']);
  assert.equal(searchNetworks('översiktlig planering')[0]?.network.id, n.id);
  assert.equal(searchNetworks('regional fysisk planering')[0]?.network.id, n.id);
  // Both names' pages are its sources; their meetings are its meetings.
  assert.ok(n.sources.some((s) => 'url' in s && s.url.includes('natverketforoversiktligplanering.5.22a3cc881780d1faddf1e94f')));
  assert.ok(n.sources.some((s) => 'url' in s && s.url.includes('natverketforregionalfysiskplanering.5.22a3cc881780d1faddf1e94f')));
  assert.deepEqual(
    [...new Set((n.meetings ?? []).map((m) => m.start.slice(0, 4)))],
    ['2020', '2025'],
  );
  assert.ok(ds.openQuestions?.some((q) => q.records.includes(n.id) && /samma nätverk/.test(q.question.sv)));
});

test('förskolenätverket: no "6–8 meetings a year" that its own page contradicts; its four 2023 meetings', () => {
  const n = network('forskolenatverket');
  assert.equal(n.meetingsPerYear, undefined);
  assert.deepEqual(
    (n.meetings ?? []).map((m) => m.start.slice(0, 10)),
    ['2023-03-10', '2023-05-05', '2023-09-29', '2023-11-24'],
  );
});

test('miljöstrategiska: Öckerö’s seat is vacant and the network is paused, as a status', () => {
  const n = network('natverket-for-miljostrategiska-planeringsfragor');
  assert.equal(n.municipalities.includes('ockero'), false);
  assert.deepEqual(n.vacancies?.map((v) => v.municipality), ['ockero']);
  assert.equal(n.status?.state, 'paused');
  assert.ok(n.status?.sources.every((s) => 'url' in s));
});

test('every municipality list says what backs it; only networks whose own page lists participants are "source-listed"', () => {
  const listed = ds.networks.filter((n) => n.participation?.basis === 'source-listed').map((n) => n.id).sort();
  assert.deepEqual(listed, [
    'forskolenatverket',
    'natverket-for-miljostrategiska-planeringsfragor',
    'natverket-for-regional-fysisk-planering',
    'planchefsnatverket',
    'strandskyddsgruppen',
  ]);
  for (const n of ds.networks) {
    if (n.municipalities.length === 0) continue;
    assert.ok(n.participation, `${n.id} says what backs its municipalities`);
    if (n.participation.basis === 'source-listed') {
      assert.ok(n.participation.sources.every((s) => !isSeed(s)), `${n.id}: a page that lists participants`);
    } else {
      assert.deepEqual(n.participation.sources, [{ seed: '001_24c41e0b47b6be3d.txt', asOf: '2023' }], n.id);
    }
  }
  // GR's page for the transport-planning network says it is national and lists no municipalities.
  assert.deepEqual(network('natverket-for-socialt-hallbar-transportplanering').municipalities, []);
});

test('vCards state only what the record states: no default ORG, family names of several words kept whole', () => {
  const withOrg = ds.people.filter((p) => unfold(personToVCard(p.id)).some((l) => l.startsWith('ORG:')));
  assert.deepEqual(withOrg.map((p) => p.id).sort(), ['jenny-rehnman', 'lena-holmlund']);
  const several = ds.people.filter((p) => p.name.trim().split(/\s+/).length > 2);
  assert.equal(several.length, 5);
  for (const p of several) {
    assert.ok(p.givenName && p.familyName, `${p.id} stores given and family name`);
    assert.equal(`${p.givenName} ${p.familyName}`, p.name);
    assert.ok(unfold(personToVCard(p.id)).includes(`N:${p.familyName};${p.givenName};;;`), p.id);
  }
  assert.ok(unfold(personToVCard('annika-aberg-darell')).includes('N:Åberg Darell;Annika;;;'));
});

test('21 meetings have a date but no published time, and say so (never all-day)', () => {
  const meetings = [...ds.committees.flatMap((c) => c.meetings), ...ds.networks.flatMap((n) => n.meetings ?? [])];
  assert.equal(meetings.length, 42);
  assert.equal(meetings.filter((m) => !isTimePublished(m)).length, 21);
});

test('municipalities carry no kommunkod, county or website that no cited source states', () => {
  for (const m of ds.municipalities) {
    assert.equal(m.kommunkod, undefined, m.id);
    assert.equal(m.county, undefined, m.id);
    assert.equal(m.website, undefined, m.id);
  }
});

test('the compile date is not a source date: every as-of date comes from a source', () => {
  const asOfs: string[] = JSON.stringify(ds).match(/"asOf":"[^"]+"/g) ?? [];
  assert.ok(asOfs.length > 100);
  assert.ok(!asOfs.includes(`"asOf":"${ds.lastUpdated}"`), 'no record is dated by the compile date');
});
