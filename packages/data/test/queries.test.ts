import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  dataset,
  filterNetworks,
  findMunicipality,
  getArea,
  getCommittee,
  getMeetingOwner,
  getMunicipality,
  getNetwork,
  getParty,
  getPerson,
  getPredecessor,
  meetingsOf,
  meetingStart,
  nextMeeting,
  previousMeeting,
} from '../src/index.js';
import { shared as ds } from './fixtures.js';
import { createFixtureDataset, fixtureIds } from '../src/testing.js';

describe('getters', () => {
  test('find by id in a given dataset', () => {
    assert.equal(getCommittee('styrgruppen-for-arbetsmarknad', ds)?.terms[0]?.memberCount, 15);
    assert.equal(getNetwork('skoljuridiska-gruppen', ds)?.name, 'Skoljuridiska gruppen');
    assert.equal(getPerson('lena-holmlund', ds)?.phone, '+46313355188');
    assert.equal(getMunicipality('lilla-edet', ds)?.name, 'Lilla Edet');
    assert.equal(getArea('utbildning', ds)?.name.sv, 'Utbildning');
    assert.equal(getParty('S', ds)?.name.sv, 'Socialdemokraterna');
    assert.equal(getMeetingOwner('forskolenatverket', ds)?.name, 'Förskolenätverket');
  });
  test('unknown or non-string ids give undefined', () => {
    assert.equal(getCommittee('nope', ds), undefined);
    assert.equal(getNetwork(undefined as unknown as string, ds), undefined);
    assert.equal(getPerson(42 as unknown as string, ds), undefined);
    assert.equal(getNetwork('socialchefsnatverket', {} as never), undefined);
  });
  test('the bundled dataset is the default', () => {
    const first = dataset.committees[0];
    assert.ok(first);
    assert.equal(getCommittee(first.id), first);
    const m = dataset.municipalities[0];
    assert.ok(m);
    assert.equal(getMunicipality(m.id), m);
  });
  test('findMunicipality resolves names, official names and ids, ignoring case and diacritics', () => {
    for (const q of ['lilla-edet', 'Lilla Edet', 'lilla edet', 'LILLA EDET', 'Lilla Edets kommun']) {
      assert.equal(findMunicipality(q, ds)?.id, 'lilla-edet', q);
    }
    assert.equal(findMunicipality('molndal', ds)?.id, 'molndal');
    assert.equal(findMunicipality('Mölndals stad', ds)?.id, 'molndal');
    assert.equal(findMunicipality('Atlantis', ds), undefined);
    assert.equal(findMunicipality('', ds), undefined);
  });
});

describe('getPredecessor', () => {
  const C = fixtureIds.committees;
  test('the body a committee replaced, from its own `predecessor`', () => {
    assert.equal(getPredecessor(C.successor, createFixtureDataset())?.name, 'Styrgruppen för prov');
  });
  test('or, when only the other body links them, from that body\'s `successor`', () => {
    const data = createFixtureDataset();
    delete data.committees.find((c) => c.id === C.successor)!.predecessor;
    assert.equal(getPredecessor(C.successor, data)?.name, 'Styrgruppen för prov');
  });
  test('none for a body that replaced nothing, for the replaced body itself, and for unknown ids', () => {
    const data = createFixtureDataset();
    assert.equal(getPredecessor(C.current, data), undefined);
    assert.equal(getPredecessor(C.dissolved, data), undefined);
    assert.equal(getPredecessor('nope', data), undefined);
  });
});

describe('meetingsOf', () => {
  test('sorted by start, for committees and networks', () => {
    const shuffled = structuredClone(ds);
    shuffled.committees[0]?.meetings.reverse();
    const starts = meetingsOf('styrgruppen-for-arbetsmarknad', shuffled).map((m) => meetingStart(m).getTime());
    assert.equal(starts.length, 6);
    assert.deepEqual(starts, [...starts].sort((a, b) => a - b));
    assert.equal(meetingsOf('planchefsnatverket', ds).length, 2);
  });
  test('unknown id or no meetings: empty', () => {
    assert.deepEqual(meetingsOf('nope', ds), []);
    assert.deepEqual(meetingsOf('skoljuridiska-gruppen', ds), []);
  });
  test('returns a copy', () => {
    const list = meetingsOf('styrgruppen-for-arbetsmarknad', ds);
    list.pop();
    assert.equal(meetingsOf('styrgruppen-for-arbetsmarknad', ds).length, 6);
  });
});

describe('filterNetworks', () => {
  const ids = (f: Parameters<typeof filterNetworks>[0]) => filterNetworks(f, ds).map((n) => n.id);
  test('no filter: all, in dataset order', () => {
    assert.deepEqual(ids({}), ds.networks.map((n) => n.id));
  });
  test('municipality', () => {
    assert.deepEqual(ids({ municipality: 'molndal' }).includes('strandskyddsgruppen'), false);
    assert.ok(ids({ municipality: 'tjorn' }).includes('strandskyddsgruppen'));
    assert.ok(!ids({ municipality: 'tjorn' }).includes('natverket-for-socialt-hallbar-transportplanering'));
  });
  test('several municipalities: OR within the facet', () => {
    const either = ids({ municipality: ['tjorn', 'molndal'] });
    assert.ok(either.includes('strandskyddsgruppen'));
    assert.ok(either.includes('natverket-for-socialt-hallbar-transportplanering'));
  });
  test('AND across facets', () => {
    assert.deepEqual(ids({ municipality: 'tjorn', area: 'miljo-och-samhallsbyggnad', kind: 'kunskaps-och-erfarenhetsutbyte' }), ['strandskyddsgruppen']);
    assert.deepEqual(ids({ area: 'utbildning', kind: ['chefsnatverk'] }), ['utbildningschefsnatverket']);
  });
  test('names resolve as well as ids', () => {
    assert.deepEqual(ids({ municipality: 'Tjörn', area: 'Miljö och samhällsbyggnad', kind: 'Kunskaps- och erfarenhetsutbyte' }), ['strandskyddsgruppen']);
  });
  test('unknown values match nothing; empty values do not filter', () => {
    assert.deepEqual(ids({ municipality: 'atlantis' }), []);
    assert.deepEqual(ids({ area: ['nope'] }), []);
    assert.equal(ids({ municipality: [], area: '' }).length, ds.networks.length);
  });
});

describe('nextMeeting / previousMeeting', () => {
  const id = 'styrgruppen-for-arbetsmarknad';
  test('before, between, during and after', () => {
    assert.equal(nextMeeting(id, new Date('2021-01-01T00:00:00Z'), ds)?.start, '2021-01-20T09:00:00+01:00');
    assert.equal(previousMeeting(id, new Date('2021-01-01T00:00:00Z'), ds), undefined);
    assert.equal(nextMeeting(id, new Date('2021-02-01T00:00:00Z'), ds)?.start, '2021-04-07T09:00:00+02:00');
    assert.equal(previousMeeting(id, new Date('2021-02-01T00:00:00Z'), ds)?.start, '2021-01-20T09:00:00+01:00');
    assert.equal(nextMeeting(id, new Date('2022-01-01T00:00:00Z'), ds), undefined);
    assert.equal(previousMeeting(id, new Date('2022-01-01T00:00:00Z'), ds)?.start, '2021-10-20T09:00:00+02:00');
  });
  test('a meeting in progress is still next until it ends', () => {
    const during = new Date('2021-05-25T08:30:00Z'); // 10:30 in Stockholm
    assert.equal(nextMeeting(id, during, ds)?.start, '2021-05-25T09:00:00+02:00');
    assert.equal(previousMeeting(id, during, ds)?.start, '2021-04-07T09:00:00+02:00');
    const ended = new Date('2021-05-25T10:00:00Z'); // 12:00, the end
    assert.equal(nextMeeting(id, ended, ds)?.start, '2021-08-27T09:00:00+02:00');
    assert.equal(previousMeeting(id, ended, ds)?.start, '2021-05-25T09:00:00+02:00');
  });
  test('a cancelled meeting is returned, with its status', () => {
    const m = nextMeeting(id, new Date('2021-06-01T00:00:00Z'), ds);
    assert.equal(m?.status, 'cancelled');
    assert.equal(m?.start, '2021-08-27T09:00:00+02:00');
  });
  test('date-only meetings last the whole day(s), Stockholm time', () => {
    const sv = 'styrgruppen-for-social-valfard';
    assert.equal(nextMeeting(sv, new Date('2020-03-20T22:59:00Z'), ds)?.start, '2020-03-19');
    assert.equal(nextMeeting(sv, new Date('2020-03-20T23:00:00Z'), ds)?.start, '2020-04-16T09:00:00+02:00');
  });
  test('networks work too; unknown ids and invalid dates give undefined', () => {
    assert.equal(nextMeeting('planchefsnatverket', new Date('2024-01-01'), ds)?.start, '2024-02-02');
    assert.equal(nextMeeting('nope', new Date(), ds), undefined);
    assert.equal(nextMeeting(id, new Date('x'), ds), undefined);
    assert.equal(previousMeeting(id, new Date('x'), ds), undefined);
  });
  test('now defaults to the current time', () => {
    assert.doesNotThrow(() => nextMeeting(id));
  });
});
