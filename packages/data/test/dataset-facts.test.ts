/**
 * Facts about GR's dataset that users of the data rely on. Each test checks the assembled
 * source files (data/*.json) and fails if an edit breaks a sourced fact or a reference.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { rawDataset as ds } from '../src/dataset.js';
import type { Meeting, Source } from '../src/types.js';

/** The seed pages the dataset cites (../shared/seeds/ beside the repository, when present). */
const SEEDS_DIR = fileURLToPath(new URL('../../../../shared/seeds/', import.meta.url));
const SEED_FILES = new Set([
  '000_1be18bc338198f6a.txt', '001_24c41e0b47b6be3d.txt', '002_2a344ddb1625b819.txt',
  '003_02d8fadbe85809ff.txt', '004_f7b69f26077fdf67.txt',
]);
const isSeed = (s: string) => SEED_FILES.has(s) && (!existsSync(SEEDS_DIR) || existsSync(SEEDS_DIR + s));
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const PARTY_IDS = ['S', 'M', 'SD', 'C', 'V', 'KD', 'L', 'MP'];
const ALL_13 = [
  'ale', 'alingsas', 'goteborg', 'harryda', 'kungsbacka', 'kungalv', 'lerum',
  'lilla-edet', 'molndal', 'partille', 'stenungsund', 'tjorn', 'ockero',
];

const ids = <T extends { id: string }>(xs: T[]) => new Set(xs.map((x) => x.id));
const municipalityIds = ids(ds.municipalities);
const personIds = ids(ds.people);
const committeeIds = ids(ds.committees);
const networkIds = ids(ds.networks);
const areaIds = ids(ds.areas);
const partyIds = ids(ds.parties);
const orgIds = ids(ds.organisations);
const departmentIds = ids(ds.organisation.departments);

const network = (id: string) => {
  const n = ds.networks.find((x) => x.id === id);
  assert.ok(n, `network ${id} exists`);
  return n;
};
const committee = (id: string) => {
  const c = ds.committees.find((x) => x.id === id);
  assert.ok(c, `committee ${id} exists`);
  return c;
};

/** Europe/Stockholm UTC offset ("+01:00"/"+02:00") at a given instant. */
function stockholmOffset(instant: Date): string {
  const part = new Intl.DateTimeFormat('en', { timeZone: 'Europe/Stockholm', timeZoneName: 'longOffset' })
    .formatToParts(instant)
    .find((p) => p.type === 'timeZoneName')!.value; // "GMT+01:00"
  return part.replace('GMT', '');
}

/** Every meeting in the dataset with a label for messages. */
const allMeetings: { where: string; m: Meeting }[] = [
  ...ds.committees.flatMap((c) => c.meetings.map((m, i) => ({ where: `committees.${c.id}.meetings[${i}]`, m }))),
  ...ds.networks.flatMap((n) => (n.meetings ?? []).map((m, i) => ({ where: `networks.${n.id}.meetings[${i}]`, m }))),
];

test('there are exactly the 13 member municipalities', () => {
  assert.equal(ds.municipalities.length, 13);
  assert.deepEqual([...municipalityIds].sort(), [...ALL_13].sort());
  assert.equal(ds.municipalities.find((m) => m.id === 'lilla-edet')!.name, 'Lilla Edet');
});

test('municipal populations on 2023-12-31 add up to 1 080 980', () => {
  let total = 0;
  for (const m of ds.municipalities) {
    assert.ok(m.population, `${m.id} has a population`);
    assert.equal(m.population.date, '2023-12-31');
    total += m.population.value;
  }
  assert.equal(total, 1_080_980);
  assert.equal(ds.municipalities.find((m) => m.id === 'goteborg')!.population!.value, 604_616);
});

test("GR's legal name is the förbundsordning's, not the misspelt site footer", () => {
  assert.equal(ds.organisation.legalName, 'Göteborgsregionens kommunalförbund');
  assert.equal(ds.organisation.name, 'Göteborgsregionen');
  assert.equal(ds.organisation.shortName, 'GR');
  assert.equal(ds.organisation.seat, 'goteborg');
  assert.ok(!JSON.stringify(ds).includes('Kommunalaförbund'), 'footer misspelling never appears');
});

test('department heads and people’s departments resolve', () => {
  for (const d of ds.organisation.departments) {
    if (d.head) assert.ok(personIds.has(d.head), `department ${d.id} head ${d.head}`);
  }
  const lena = ds.people.find((p) => p.id === 'lena-holmlund')!;
  assert.equal(lena.department, 'arbetsmarknad-och-social-valfard');
  assert.ok(departmentIds.has(lena.department!));
  assert.equal(ds.organisation.departments.find((d) => d.id === lena.department)!.head, 'lena-holmlund');
});

test('there are at least 35 networks with unique ids, existing areas and resolving references', () => {
  assert.ok(ds.networks.length >= 35, `${ds.networks.length} networks`);
  assert.equal(networkIds.size, ds.networks.length, 'network ids are unique');
  for (const n of ds.networks) {
    assert.ok(areaIds.has(n.area), `${n.id}: area ${n.area}`);
    for (const m of n.municipalities) assert.ok(municipalityIds.has(m), `${n.id}: municipality ${m}`);
    assert.equal(new Set(n.municipalities).size, n.municipalities.length, `${n.id}: no duplicate municipalities`);
    if (n.parent) assert.ok(networkIds.has(n.parent), `${n.id}: parent ${n.parent}`);
    for (const p of n.partners ?? []) assert.ok(orgIds.has(p), `${n.id}: partner ${p}`);
    for (const c of n.contacts ?? []) assert.ok(personIds.has(c), `${n.id}: contact ${c}`);
    for (const c of n.linkedCommittees ?? []) assert.ok(committeeIds.has(c), `${n.id}: linked committee ${c}`);
  }
  for (const a of ['kommundirektorer-och-stodfunktioner', 'arbetsmarknad-och-social-valfard', 'miljo-och-samhallsbyggnad', 'utbildning', 'ovriga-natverk']) {
    assert.ok(ds.networks.some((n) => n.area === a), `some network in ${a}`);
  }
});

test('every chefsnätverk has all 13 member municipalities and, unless its own page says otherwise, meets about 6–8 times a year', () => {
  const chefs = ds.networks.filter((n) => n.kind === 'chefsnatverk');
  assert.ok(chefs.length >= 15, `${chefs.length} chefsnätverk`);
  for (const n of chefs) {
    assert.deepEqual([...n.municipalities].sort(), [...ALL_13].sort(), n.id);
    // Förskolenätverket's own page lists four 2023 meetings and states no yearly figure.
    if (n.id === 'forskolenatverket') assert.equal(n.meetingsPerYear, undefined);
    else assert.deepEqual(n.meetingsPerYear, { min: 6, max: 8, approximate: true }, n.id);
  }
  for (const id of ['kommunikationschefsnatverket', 'ekonomichefsnatverket', 'hr-chefsnatverket', 'utbildningschefsnatverket', 'planchefsnatverket']) {
    assert.equal(network(id).kind, 'chefsnatverk', id);
  }
});

test('sub-networks point to the samhällsbyggnadschefer and utbildningschefer networks', () => {
  const sbk = ds.networks.filter((n) => n.parent === 'natverket-for-samhallsbyggnadschefer').map((n) => n.id).sort();
  assert.deepEqual(sbk, [
    'natverket-for-avfall', 'natverket-for-infrastruktur', 'natverket-for-klimat',
    'natverket-for-regional-fysisk-planering', 'natverket-for-va',
  ]);
  for (const id of sbk) assert.equal(network(id).kind, 'strateger-och-sakkunniga', id);
  const utb = ds.networks.filter((n) => n.parent === 'utbildningschefsnatverket').map((n) => n.id).sort();
  assert.deepEqual(utb, [
    'chefsnatverket-for-grundskola', 'chefsnatverket-for-gymnasiet',
    'chefsnatverket-for-vuxenutbildning', 'forskolenatverket',
  ]);
  assert.deepEqual(network('utbildningschefsnatverket').linkedCommittees, ['antagningsnamnden']);
});

test('strandskyddsgruppen includes the non-member municipalities Orust and Uddevalla as partners', () => {
  const s = network('strandskyddsgruppen');
  assert.equal(s.kind, 'kunskaps-och-erfarenhetsutbyte');
  assert.deepEqual([...(s.partners ?? [])].sort(), ['orust', 'uddevalla']);
  for (const p of s.partners!) {
    assert.equal(ds.organisations.find((o) => o.id === p)!.kind, 'kommun');
    assert.ok(!municipalityIds.has(p), `${p} is not a GR member`);
  }
  assert.deepEqual(s.meetingsPerYear, { min: 2, max: 2 });
});

test('special financing and external partners are recorded where the sources say so', () => {
  assert.deepEqual(network('barnchefsnatverket').financing, ['projektmedel-eller-sarskild-kommunfinansiering']);
  const halsa = network('natverket-for-halsoframjande-och-forebyggande-inom-aldreomsorg');
  assert.match(halsa.name, /förebyggande/);
  assert.deepEqual(halsa.financing, ['projektmedel-eller-sarskild-kommunfinansiering']);
  const transport = network('natverket-for-socialt-hallbar-transportplanering');
  assert.deepEqual(transport.partners, ['goteborgs-universitet']);
  assert.deepEqual(transport.financing, ['externa-parter']);
  assert.deepEqual(
    [...(network('natverket-for-regional-fysisk-planering').partners ?? [])].sort(),
    ['business-region-goteborg', 'lansstyrelsen-vastra-gotaland', 'vastra-gotalandsregionen'],
  );
});

test('the six 2021 meetings of Styrgruppen för arbetsmarknad start at 09:00 Stockholm time', () => {
  const c = committee('styrgruppen-for-arbetsmarknad');
  const expected = ['2021-01-20', '2021-04-07', '2021-05-25', '2021-08-27', '2021-09-22', '2021-10-20'];
  assert.deepEqual(c.meetings.map((m) => m.start.slice(0, 10)), expected);
  for (const m of c.meetings) {
    const start = new Date(m.start);
    const end = new Date(m.end!);
    const winter = m.start.startsWith('2021-01');
    assert.equal(start.toISOString(), `${m.start.slice(0, 10)}T${winter ? '08' : '07'}:00:00.000Z`, m.start);
    assert.equal(end.toISOString(), `${m.start.slice(0, 10)}T${winter ? '11' : '10'}:00:00.000Z`, m.end);
    assert.ok(!m.status || m.status === 'scheduled');
  }
  assert.equal(c.successor, 'beredningsgruppen-for-arbetsmarknad');
  assert.equal(committee('beredningsgruppen-for-arbetsmarknad').predecessor, 'styrgruppen-for-arbetsmarknad');
  assert.equal(c.terms[0]!.term, '2019-2022');
  assert.equal(c.terms[0]!.memberCount, 15);
  assert.equal(c.dissolved, '2022-12-31');
  assert.equal(c.purpose.length, 5);
  assert.deepEqual(c.contacts, ['lena-holmlund', 'linda-karlsson']);
});

test('the 19–20 March 2020 meeting of Styrgruppen för social välfärd is kept as cancelled', () => {
  const c = committee('styrgruppen-for-social-valfard');
  const march = c.meetings.filter((m) => m.start.startsWith('2020-03'));
  assert.equal(march.length, 1);
  assert.equal(march[0]!.status, 'cancelled');
  assert.equal(march[0]!.start, '2020-03-19');
  assert.equal(march[0]!.end, '2020-03-20');
  assert.equal(c.meetings.filter((m) => m.status === 'cancelled').length, 1, 'only that one is cancelled');
  const aug = c.meetings.find((m) => m.start.startsWith('2020-08-26'))!;
  assert.equal(new Date(aug.start).toISOString(), '2020-08-26T07:00:00.000Z');
  assert.match(aug.note!.sv, /gemensamt möte med styrgruppen för arbetsmarknad/);
});

/** The composition of a body in one mandate period. */
const term = (id: string, termId: string) => {
  const t = committee(id).terms.find((x) => x.term === termId);
  assert.ok(t, `${id} has a ${termId} term`);
  return t;
};

test('presidium facts: chairs, vice-chairs, parties and municipalities, per term', () => {
  assert.deepEqual(term('styrgruppen-for-arbetsmarknad', '2019-2022').presidium, [
    { person: 'thorbjorn-carlsson', role: 'chair', party: 'S', municipality: 'partille' },
    { person: 'ulrika-landergren', role: 'vice-chair', party: 'L', municipality: 'kungsbacka' },
  ]);
  const fs = term('forbundsstyrelsen', '2023-2026');
  assert.deepEqual(fs.presidium.filter((p) => p.role === 'chair'), [
    { person: 'jonas-attenius', role: 'chair', party: 'S', municipality: 'goteborg' },
  ]);
  assert.deepEqual(fs.presidium.filter((p) => p.role === 'vice-chair').map((p) => p.person).sort(), ['axel-josefson', 'marith-hesse', 'miguel-odhner']);
  // 22 members and 11 deputies: stated by a page from the 2019–2022 term, so recorded for that term.
  assert.equal(fs.memberCount, undefined);
  assert.equal(term('forbundsstyrelsen', '2019-2022').memberCount, 22);
  assert.equal(term('forbundsstyrelsen', '2019-2022').deputyCount, 11);
  const ff = term('forbundsfullmaktige', '2023-2026');
  assert.deepEqual(ff.presidium.find((p) => p.role === 'chair'), { person: 'fredrik-hansson', role: 'chair', party: 'C', municipality: 'kungsbacka' });
  assert.equal(committee('forbundsfullmaktige').appointedBy, 'medlemskommunerna');
  assert.equal(ff.memberCount, undefined, 'the 105 seats were the previous term');
  const an = term('antagningsnamnden', '2023-2026');
  assert.deepEqual(an.presidium.find((p) => p.role === 'chair'), { person: 'renee-bengtsson', role: 'chair', party: 'S', municipality: 'lerum' });
  assert.equal(an.memberCount, 16);
  assert.equal(an.members!.length, 16);
  assert.equal(an.members!.filter((m) => m.municipality === 'goteborg').length, 4, 'seats per municipality are not 1:1');
  // Roles the archived source does not state are left out, not guessed.
  for (const id of ['beredningsgruppen-for-arbetsmarknad', 'beredningsgruppen-for-social-valfard', 'beredningsgruppen-for-miljo-och-samhallsbyggnad']) {
    for (const p of term(id, '2023-2026').presidium) assert.equal(p.role, undefined, `${id}: ${p.person}`);
  }
  assert.equal(term('beredningsgruppen-for-arbetsmarknad', '2023-2026').presidium.find((p) => p.person === 'anders-svensson')!.municipality, undefined);
  for (const c of ds.committees) {
    for (const t of c.terms) {
      for (const p of [...t.presidium, ...(t.members ?? [])]) {
        assert.ok(partyIds.has(p.party), `${c.id}: party ${p.party}`);
        if (p.municipality) assert.ok(municipalityIds.has(p.municipality), `${c.id}: municipality ${p.municipality}`);
      }
    }
  }
});

test('committee references resolve', () => {
  assert.equal(committeeIds.size, ds.committees.length, 'committee ids are unique');
  for (const c of ds.committees) {
    if (c.successor) assert.ok(committeeIds.has(c.successor), `${c.id}: successor`);
    if (c.predecessor) assert.ok(committeeIds.has(c.predecessor), `${c.id}: predecessor`);
    if (c.appointedBy) assert.ok(c.appointedBy === 'medlemskommunerna' || committeeIds.has(c.appointedBy), `${c.id}: appointedBy`);
    if (c.area) assert.ok(areaIds.has(c.area), `${c.id}: area`);
  }
});

test('every person referenced exists, and ids are unique', () => {
  assert.equal(personIds.size, ds.people.length, 'person ids are unique');
  const refs: string[] = [
    ...ds.committees.flatMap((c) => [
      ...c.terms.flatMap((t) => [...t.presidium.map((p) => p.person), ...(t.members ?? []).map((m) => m.person)]),
      ...c.contacts,
    ]),
    ...ds.networks.flatMap((n) => n.contacts ?? []),
    ...ds.organisation.departments.flatMap((d) => (d.head ? [d.head] : [])),
  ];
  assert.ok(refs.length > 30);
  for (const r of refs) assert.ok(personIds.has(r), `person ${r}`);
});

test('phones are E.164 Swedish numbers and GR contacts carry their published direct lines', () => {
  for (const p of ds.people) if (p.phone !== undefined) assert.match(p.phone, /^\+46[1-9]\d{6,12}$/, p.id);
  const phone = (id: string) => ds.people.find((p) => p.id === id)!.phone;
  assert.equal(phone('lena-holmlund'), '+46313355188');
  assert.equal(phone('linda-karlsson'), '+46313355204');
  assert.equal(phone('sara-nordenhielm'), '+46313355190');
  assert.equal(phone('ida-lindberg'), '+46313355377');
  assert.equal(phone('marie-egerstad'), undefined, 'no phone is published for her');
});

test('no record carries an e-mail address (none is sourced)', () => {
  const walk = (v: unknown, path: string): void => {
    if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${path}[${i}]`));
    else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        assert.notEqual(k, 'email', `${path}.${k}`);
        walk(x, `${path}.${k}`);
      }
    } else if (typeof v === 'string') assert.ok(!/^[^\s@]+@[^\s@]+\.[a-z]{2,}$/i.test(v), `${path} looks like an e-mail`);
  };
  walk(ds, 'dataset');
});

test('every record has sources: seed files that exist, or https URLs, each with an as-of date', () => {
  const records: { where: string; sources?: Source[] }[] = [
    { where: 'organisation', sources: ds.organisation.sources },
    ...ds.organisation.departments.map((d) => ({ where: `department ${d.id}`, sources: d.sources })),
    ...ds.municipalities.map((x) => ({ where: `municipality ${x.id}`, sources: x.sources })),
    ...ds.organisations.map((x) => ({ where: `organisation ${x.id}`, sources: x.sources })),
    ...ds.areas.map((x) => ({ where: `area ${x.id}`, sources: x.sources })),
    ...ds.parties.map((x) => ({ where: `party ${x.id}`, sources: x.sources })),
    ...ds.people.map((x) => ({ where: `person ${x.id}`, sources: x.sources })),
    ...ds.networks.map((x) => ({ where: `network ${x.id}`, sources: x.sources })),
    ...ds.committees.map((x) => ({ where: `committee ${x.id}`, sources: x.sources })),
    ...ds.committees.flatMap((x) => x.terms.map((t) => ({ where: `committee ${x.id} term ${t.term}`, sources: t.sources }))),
    ...ds.terms.map((x) => ({ where: `term ${x.id}`, sources: x.sources })),
    ...allMeetings.map(({ where, m }) => ({ where, sources: m.sources })),
  ];
  for (const r of records) {
    assert.ok(Array.isArray(r.sources) && r.sources.length >= 1, `${r.where} has sources`);
    for (const s of r.sources) {
      const ok = 'seed' in s ? isSeed(s.seed) : /^https:\/\/[^\s]+$/.test(s.url);
      assert.ok(ok, `${r.where}: source ${JSON.stringify(s)}`);
      assert.match(s.asOf, /^\d{4}(-\d{2}(-\d{2})?)?$/, `${r.where}: as-of date of ${JSON.stringify(s)}`);
      assert.ok(s.asOf >= '2000' && s.asOf <= ds.lastUpdated, `${r.where}: as-of ${s.asOf} is not after the compile date`);
    }
  }
});

test('ids are ASCII slugs; party ids are the abbreviations', () => {
  const all = [
    ...ds.municipalities, ...ds.organisations, ...ds.areas, ...ds.people,
    ...ds.networks, ...ds.committees, ...ds.organisation.departments,
  ];
  for (const x of all) assert.match(x.id, SLUG);
  assert.deepEqual(ds.parties.map((p) => p.id), PARTY_IDS);
});

test('meeting times carry the Europe/Stockholm offset of their date, and end after start', () => {
  assert.ok(allMeetings.length >= 30);
  for (const { where, m } of allMeetings) {
    for (const value of [m.start, m.end].filter((x): x is string => x !== undefined)) {
      if (/^\d{4}-\d{2}-\d{2}$/.test(value)) continue;
      assert.match(value, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/, where);
      assert.equal(value.slice(-6), stockholmOffset(new Date(value)), `${where}: ${value}`);
    }
    if (m.end) {
      const dateOnly = m.start.length === 10;
      assert.equal(m.end.length === 10, dateOnly, `${where}: start and end have the same form`);
      if (dateOnly) assert.ok(m.end > m.start, `${where}: end after start`);
      else assert.ok(new Date(m.end) > new Date(m.start), `${where}: end after start`);
    }
  }
});

test('antagningsnämnden 2024 meetings: 9.00–12.00 at GR, with the admission decisions noted', () => {
  const an = committee('antagningsnamnden');
  const timedMeetings = an.meetings.filter((m) => m.start.length > 10);
  assert.equal(timedMeetings.length, 5);
  for (const m of timedMeetings) {
    assert.equal(m.start.slice(11, 16), '09:00');
    assert.equal(m.end!.slice(11, 16), '12:00');
    assert.equal(m.location, 'Göteborgsregionen (GR)');
  }
  assert.equal(an.meetings.find((m) => m.start.startsWith('2024-04-11'))!.note!.sv, 'Preliminärantagning');
  assert.equal(an.meetings.find((m) => m.start.startsWith('2024-06-25'))!.note!.sv, 'Slutantagning');
});
