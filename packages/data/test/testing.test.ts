import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import {
  committeeState,
  filterNetworks,
  isInProgress,
  isOlderThan,
  isTimePublished,
  meetingEnd,
  meetingStart,
  nextMeeting,
  parseDataset,
  personToVCard,
  previousMeeting,
  recordAsOf,
  searchNetworks,
  stockholmOffset,
} from '../src/index.js';
import { createFixtureDataset, fixtureClocks, fixtureIds } from '../src/testing.js';

const d = parseDataset(createFixtureDataset());
const clocks = {
  dec2026: new Date(fixtureClocks.dec2026),
  jan2027: new Date(fixtureClocks.jan2027),
  jan2031: new Date(fixtureClocks.jan2031),
};
const C = fixtureIds.committees;
const N = fixtureIds.networks;

test('the fixture parses, and each call gives a fresh copy', () => {
  assert.deepEqual(parseDataset(createFixtureDataset()), createFixtureDataset());
  const a = createFixtureDataset();
  a.networks.pop();
  assert.equal(createFixtureDataset().networks.length, d.networks.length);
});

test('it is clearly fictional: no GR names, example.org sources, fiction-range phone numbers', () => {
  const data = createFixtureDataset();
  // The region's description says it is not Göteborgsregionen; nothing else names GR.
  assert.match(data.organisation.description?.sv ?? '', /påhittat/);
  delete data.organisation.description;
  const text = JSON.stringify(data);
  assert.doesNotMatch(text, /Göteborg|goteborgsregionen\.se|Lilla Edet|Förbundsstyrelsen/);
  for (const url of text.match(/https?:\/\/[^"]+/g) ?? []) assert.match(url, /^https:\/\/example\.org\//);
  for (const p of d.people) if (p.phone) assert.match(p.phone, /^\+46(3139006\d\d|7017406\d\d)$/, p.id);
  for (const p of d.people) if (p.email) assert.match(p.email, /@example\.org$/, p.id);
});

test('committee states at the three clocks', () => {
  const state = (id: string, clock: Date) => committeeState(id, clock, d)?.state;
  assert.deepEqual(
    Object.values(C).map((id) => [id, state(id, clocks.dec2026), state(id, clocks.jan2027), state(id, clocks.jan2031)]),
    [
      [C.current, 'current', 'current', 'next-term-unpublished'],
      [C.nextTermUnpublished, 'current', 'next-term-unpublished', 'next-term-unpublished'],
      [C.dissolved, 'current', 'dissolved', 'dissolved'],
      [C.successor, 'not-founded', 'current', 'next-term-unpublished'],
      [C.continuationUnknown, 'current', 'next-term-unpublished', 'next-term-unpublished'],
      [C.noComposition, 'no-composition', 'no-composition', 'no-composition'],
    ],
  );
  const ended = committeeState(C.nextTermUnpublished, clocks.jan2027, d);
  assert.equal(ended?.state === 'next-term-unpublished' && ended.continuation, 'continues');
  const unknown = committeeState(C.continuationUnknown, clocks.jan2027, d);
  assert.equal(unknown?.state === 'next-term-unpublished' && unknown.continuation, 'unknown');
  const dissolved = committeeState(C.dissolved, clocks.jan2027, d);
  assert.equal(dissolved?.state === 'dissolved' && dissolved.successor?.id, C.successor);
  const current = committeeState(C.current, clocks.jan2027, d);
  assert.equal(current?.state === 'current' && current.term.term, '2027-2030');
});

test('meetings: timed and date-only, cancelled, multi-day, both DST change days, past and upcoming', () => {
  const meetings = d.committees.find((c) => c.id === C.current)!.meetings;
  assert.ok(meetings.some((m) => !isTimePublished(m)), 'time not published');
  assert.ok(meetings.some((m) => isTimePublished(m)), 'time published');
  assert.ok(meetings.some((m) => m.status === 'cancelled'), 'cancelled');
  assert.ok(meetings.some((m) => !isTimePublished(m) && m.end && m.end !== m.start), 'several days, time not published');
  assert.ok(meetings.some((m) => isTimePublished(m) && m.start.slice(0, 10) !== m.end?.slice(0, 10)), 'several days, timed');
  // On the days the clocks change: 2026-10-25 ends summer time, 2027-03-28 starts it.
  const autumn = meetings.find((m) => m.start.startsWith('2026-10-25T'))!;
  assert.equal(stockholmOffset(meetingStart(autumn)), '+01:00');
  assert.equal(meetingStart(autumn).toISOString(), '2026-10-25T09:00:00.000Z');
  const spring = meetings.find((m) => m.start.startsWith('2027-03-28T'))!;
  assert.equal(meetingStart(spring).toISOString(), '2027-03-28T08:00:00.000Z');
  const across = meetings.find((m) => m.start.startsWith('2027-03-27T'))!;
  assert.equal(meetingEnd(across).getTime() - meetingStart(across).getTime(), 19 * 3600_000, '13:00 CET to 09:00 CEST is 19 hours');
  // Upcoming and past at each clock; nothing upcoming in 2031.
  assert.equal(nextMeeting(C.current, clocks.dec2026, d)?.start, '2026-12-11T09:00:00+01:00');
  assert.equal(previousMeeting(C.current, clocks.dec2026, d)?.start, '2026-11-19');
  assert.equal(nextMeeting(C.current, clocks.jan2027, d)?.status, 'cancelled');
  assert.equal(nextMeeting(C.current, clocks.jan2031, d), undefined);
  assert.equal(previousMeeting(C.current, clocks.jan2031, d)?.start, '2027-05-20');
  // On each DST change day a clock at which that day's meeting is in progress (and the night's has ended).
  const inProgress = (clock: string) => meetings.filter((m) => isInProgress(m, new Date(clock))).map((m) => m.start);
  assert.deepEqual(inProgress(fixtureClocks.summerTimeEnds2026), ['2026-10-25T10:00:00+01:00']);
  assert.deepEqual(inProgress(fixtureClocks.summerTimeStarts2027), ['2027-03-28T10:00:00+02:00']);
});

test('networks: source-listed, general statement, vacancy, paused, partners and parent, renamed, no participants', () => {
  const n = (id: string) => d.networks.find((x) => x.id === id)!;
  assert.equal(n(N.sourceListed).participation?.basis, 'source-listed');
  assert.equal(n(N.generalStatement).participation?.basis, 'general-statement');
  assert.deepEqual(n(N.vacancy).vacancies?.map((v) => v.municipality), [fixtureIds.municipalities.vacantSeat]);
  assert.ok(!n(N.vacancy).municipalities.includes(fixtureIds.municipalities.vacantSeat));
  assert.equal(n(N.paused).status?.state, 'paused');
  assert.ok(n(N.partnersAndParent).partners!.length >= 2);
  assert.equal(n(N.partnersAndParent).parent, N.sourceListed);
  assert.deepEqual(n(N.noParticipants).municipalities, []);
  assert.equal(searchNetworks('översiktlig exempelplanering', { dataset: d })[0]?.network.id, N.renamed, 'former name is searchable');
  assert.equal(searchNetworks('"Lilla Prov"', { dataset: d }).length, filterNetworks({ municipality: 'lilla-prov' }, d).length);
  assert.ok(d.openQuestions?.some((q) => q.records.includes(N.renamed)));
});

test('people and sources', () => {
  const P = fixtureIds.people;
  const vcard = (id: string) => personToVCard(id, d);
  assert.match(vcard(P.multiWordFamilyName), /\r\nN:Berg Lindqvist;Anna-Karin;;;\r\n/);
  assert.match(vcard(P.multiWordFamilyName), /\r\nORG:Provstads stad\r\n/);
  assert.match(vcard(P.multiWordFamilyName), /\r\nEMAIL/);
  assert.match(vcard(P.particleFamilyName), /\r\nN:de la Cruz;Maria;;;\r\n/);
  assert.doesNotMatch(vcard(P.particleFamilyName), /\r\n(ORG|TEL|EMAIL)/);
  assert.match(vcard(P.regionStaff), /\r\nORG:Exempelregionen;Exempelavdelningen\r\n/);
  assert.doesNotMatch(vcard(P.nameOnly), /\r\n(ORG|TEL|EMAIL|TITLE)/);
  const recent = d.networks.find((x) => x.id === N.sourceListed)!;
  const old = d.networks.find((x) => x.id === N.vacancy)!;
  assert.equal(recordAsOf(recent), fixtureIds.sources.recent);
  assert.equal(recordAsOf(old), fixtureIds.sources.old);
  assert.equal(isOlderThan(recordAsOf(recent), clocks.jan2027), false);
  assert.equal(isOlderThan(recordAsOf(recent), clocks.jan2031), true);
  for (const clock of Object.values(clocks)) assert.equal(isOlderThan(recordAsOf(old), clock), true);
});

test('the built package exports it for import and require, with types', () => {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const esm = execFileSync(
    process.execPath,
    ['--input-type=module', '-e', "import { createFixtureDataset, fixtureClocks } from '@goteborgsregionen/data/testing'; import { parseDataset } from '@goteborgsregionen/data'; console.log(parseDataset(createFixtureDataset()).networks.length, fixtureClocks.jan2027)"],
    { cwd: root, encoding: 'utf8' },
  );
  assert.equal(esm.trim(), `${d.networks.length} ${fixtureClocks.jan2027}`);
  const cjs = execFileSync(
    process.execPath,
    ['-e', "const t = require('@goteborgsregionen/data/testing'); console.log(t.createFixtureDataset().committees.length, t.fixtureIds.committees.current)"],
    { cwd: root, encoding: 'utf8' },
  );
  assert.equal(cjs.trim(), `${d.committees.length} ${C.current}`);
});
