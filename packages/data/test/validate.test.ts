/* eslint-disable @typescript-eslint/no-explicit-any -- these tests bend datasets into invalid shapes on purpose */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { DatasetError, dataset, formatIssue, issueFile, parseDataset, validateDataset } from '../src/index.js';
import type { Dataset } from '../src/types.js';
import { fixture } from './fixtures.js';

/** Mutates a fresh valid dataset and returns the issues parseDataset reports. */
function issuesAfter(mutate: (d: any) => void): { path: string; message: string }[] {
  const d = fixture();
  mutate(d);
  try {
    parseDataset(d);
  } catch (error) {
    assert.ok(error instanceof DatasetError, 'only DatasetError is thrown');
    return error.issues;
  }
  return [];
}

/** Asserts that exactly one issue names `path` and its message matches `message`. */
function expectIssue(mutate: (d: any) => void, path: string, message: RegExp | string): void {
  const issues = issuesAfter(mutate);
  const at = issues.filter((i) => i.path === path);
  assert.equal(at.length, 1, `expected one issue at ${path}, got:\n${issues.map(formatIssue).join('\n')}`);
  if (typeof message === 'string') assert.equal(at[0]?.message, message);
  else assert.match(at[0]?.message ?? '', message);
}

describe('parseDataset: valid data', () => {
  test('the fixture is valid and comes back typed and equal', () => {
    const input = fixture();
    assert.deepEqual(parseDataset(input), input);
  });
  test('the bundled dataset is valid', () => {
    assert.doesNotThrow(() => parseDataset(dataset));
    assert.deepEqual(validateDataset(dataset), []);
  });
  test('"$schema" (as in dist/dataset.json) is accepted and dropped', () => {
    const out = parseDataset({ $schema: './schema.json', ...fixture() });
    assert.equal('$schema' in out, false);
  });
});

describe('parseDataset: rules, each with the exact path', () => {
  test('reference to an unknown municipality (the contract example)', () => {
    expectIssue((d) => (d.networks[3].municipalities[0] = 'atlantis'), 'networks[3].municipalities[0]', 'unknown municipality "atlantis"');
  });
  test('meeting offset that does not match Europe/Stockholm (the contract example)', () => {
    expectIssue(
      (d) => (d.committees[0].meetings[2].start = '2021-05-25T09:00:00+01:00'),
      'committees[0].meetings[2].start',
      'offset +01:00 does not match Europe/Stockholm (+02:00) on 2021-05-25',
    );
    expectIssue(
      (d) => (d.committees[0].meetings[0].end = '2021-01-20T12:00:00+02:00'),
      'committees[0].meetings[0].end',
      'offset +02:00 does not match Europe/Stockholm (+01:00) on 2021-01-20',
    );
    expectIssue((d) => (d.committees[0].meetings[0].start = '2021-01-20T08:00:00Z'), 'committees[0].meetings[0].start', /offset Z does not match/);
  });
  test('a time in the hour skipped when summer time begins', () => {
    expectIssue(
      (d) => {
        d.committees[0].meetings[1].start = '2021-03-28T02:30:00+01:00';
        d.committees[0].meetings[1].end = '2021-03-28T04:00:00+02:00';
      },
      'committees[0].meetings[1].start',
      /does not exist in Europe\/Stockholm/,
    );
  });
  test('both offsets are fine in the repeated hour when summer time ends', () => {
    assert.deepEqual(
      issuesAfter((d) => {
        d.committees[0].meetings[5].start = '2021-10-31T02:30:00+02:00';
        d.committees[0].meetings[5].end = '2021-10-31T02:15:00+01:00';
      }),
      [],
    );
  });
  test('end not after start', () => {
    expectIssue((d) => (d.committees[0].meetings[0].end = '2021-01-20T09:00:00+01:00'), 'committees[0].meetings[0].end', /is not after start/);
    expectIssue((d) => (d.committees[3].meetings[1].end = '2020-03-18'), 'committees[3].meetings[1].end', /is before start 2020-03-19/);
  });
  test('a one-day date-only meeting may end on its start day', () => {
    assert.deepEqual(issuesAfter((d) => (d.committees[3].meetings[1].end = '2020-03-19')), []);
  });
  test('start and end of different forms', () => {
    expectIssue((d) => (d.committees[0].meetings[0].end = '2021-01-21'), 'committees[0].meetings[0].end', /same form as start/);
  });
  test('malformed meeting times', () => {
    expectIssue((d) => (d.committees[0].meetings[0].start = '2021-01-20 09:00'), 'committees[0].meetings[0].start', /neither an RFC 3339 date-time/);
    expectIssue((d) => (d.committees[0].meetings[0].start = '2021-02-30T09:00:00+01:00'), 'committees[0].meetings[0].start', /neither/);
  });
  test('two meetings of one body on the same day (UIDs are per day)', () => {
    expectIssue((d) => (d.committees[0].meetings[1].start = '2021-01-20T13:00:00+01:00', d.committees[0].meetings[1].end = undefined), 'committees[0].meetings[1].start', /another meeting starts on 2021-01-20 \(meetings\[0\]\)/);
  });
  test('dates that do not exist', () => {
    expectIssue((d) => (d.lastUpdated = '2021-02-30'), 'lastUpdated', '"2021-02-30" is not an existing ISO date (YYYY-MM-DD)');
    expectIssue((d) => (d.committees[1].founded = '2023-1-1'), 'committees[1].founded', /not an existing ISO date/);
    expectIssue((d) => (d.terms[0].until = '2022-02-29'), 'terms[0].until', /not an existing ISO date/);
    expectIssue((d) => (d.networks[4].startDate = '2013-00-01'), 'networks[4].startDate', /not an existing ISO date/);
  });
  test('dissolved before founded, a term ending before it starts, validFrom after validUntil', () => {
    expectIssue((d) => (d.committees[0].founded = '2023-01-01'), 'committees[0].dissolved', '2022-12-31 is before founded 2023-01-01');
    expectIssue((d) => (d.terms[1].until = '2022-12-31'), 'terms[1].until', '2022-12-31 is before from 2023-01-01');
    expectIssue((d) => ((d.people[0].validFrom = '2024-01-01'), (d.people[0].validUntil = '2020-01-01')), 'people[0].validUntil', /before validFrom/);
  });
  test('duplicate ids', () => {
    expectIssue((d) => (d.networks[2].id = d.networks[0].id), 'networks[2].id', 'duplicate id "socialchefsnatverket" (first used at networks[0])');
    expectIssue((d) => (d.municipalities[1].id = 'ale'), 'municipalities[1].id', /duplicate id "ale"/);
    expectIssue((d) => (d.organisation.departments.push({ ...d.organisation.departments[0] })), 'organisation.departments[1].id', /duplicate id/);
  });
  test('people, networks and committees share one id space', () => {
    expectIssue((d) => (d.committees[2].id = 'socialchefsnatverket', d.committees[0].appointedBy = 'medlemskommunerna'), 'committees[2].id', /also used by networks\[0\]/);
  });
  test('id slugs', () => {
    expectIssue((d) => (d.networks[0].id = 'Socialchefer'), 'networks[0].id', /is not a valid id/);
    expectIssue((d) => (d.people[1].id = 'linda--karlsson'), 'people[1].id', /is not a valid id/);
    expectIssue((d) => (d.areas[3].id = 'övriga'), 'areas[3].id', /is not a valid id/);
  });
  test('every kind of reference resolves', () => {
    expectIssue((d) => (d.networks[0].area = 'kultur'), 'networks[0].area', 'unknown area "kultur"');
    expectIssue((d) => (d.networks[4].parent = 'nope'), 'networks[4].parent', 'unknown network "nope"');
    expectIssue((d) => (d.networks[7].partners[1] = 'udevalla'), 'networks[7].partners[1]', 'unknown organisation "udevalla" (did you mean "uddevalla"?)');
    expectIssue((d) => (d.networks[0].contacts[0] = 'lena'), 'networks[0].contacts[0]', 'unknown person "lena"');
    expectIssue((d) => (d.networks[0].linkedCommittees = ['styrgruppen']), 'networks[0].linkedCommittees[0]', 'unknown committee "styrgruppen"');
    expectIssue((d) => (d.committees[0].terms[0].presidium[0].person = 'x-y'), 'committees[0].terms[0].presidium[0].person', 'unknown person "x-y"');
    expectIssue((d) => (d.committees[0].terms[0].presidium[0].party = 'FP'), 'committees[0].terms[0].presidium[0].party', 'unknown party "FP"');
    expectIssue((d) => (d.committees[0].terms[0].presidium[1].municipality = 'kungsbaka'), 'committees[0].terms[0].presidium[1].municipality', 'unknown municipality "kungsbaka" (did you mean "kungsbacka"?)');
    expectIssue((d) => (d.committees[0].terms[0].members = [{ person: 'lena-holmlund', party: 'X' }]), 'committees[0].terms[0].members[0].party', 'unknown party "X"');
    expectIssue((d) => (d.committees[0].terms[0].term = '2018-2022'), 'committees[0].terms[0].term', 'unknown term "2018-2022" (did you mean "2019-2022"?)');
    expectIssue((d) => d.committees[2].terms.push({ ...d.committees[2].terms[0] }), 'committees[2].terms[1].term', 'term "2023-2026" is listed twice (first at terms[0])');
    expectIssue((d) => (d.networks[7].vacancies = [{ municipality: 'atlantis', sources: d.networks[7].sources }]), 'networks[7].vacancies[0].municipality', 'unknown municipality "atlantis"');
    expectIssue((d) => delete d.networks[0].participation, 'networks[0].participation', /required when municipalities are listed/);
    expectIssue((d) => (d.openQuestions = [{ id: 'q', question: { sv: 'En eller två?' }, records: ['nowhere'], sources: d.networks[0].sources }]), 'openQuestions[0].records[0]', 'unknown record "nowhere"');
    expectIssue((d) => (d.committees[0].successor = 'nothing-here'), 'committees[0].successor', 'unknown committee "nothing-here"');
    expectIssue((d) => (d.committees[1].predecessor = 'beredningsgrupp-for-arbetsmarknad'), 'committees[1].predecessor', 'a committee cannot be its own predecessor');
    expectIssue((d) => (d.committees[0].appointedBy = 'kommunerna'), 'committees[0].appointedBy', /unknown appointing body "kommunerna" \(expected a committee id or "medlemskommunerna"\)/);
    expectIssue((d) => (d.committees[0].contacts[1] = 'nobody'), 'committees[0].contacts[1]', 'unknown person "nobody"');
    expectIssue((d) => (d.committees[0].area = 'arbete'), 'committees[0].area', 'unknown area "arbete"');
    expectIssue((d) => (d.organisation.seat = 'gothenburg'), 'organisation.seat', 'unknown municipality "gothenburg"');
    expectIssue((d) => (d.organisation.departments[0].head = 'boss'), 'organisation.departments[0].head', 'unknown person "boss"');
    expectIssue((d) => (d.people[0].department = 'utbildning'), 'people[0].department', /unknown department "utbildning"/);
    expectIssue((d) => (d.people[5].organisation = 'atlantis'), 'people[5].organisation', /unknown organisation "atlantis"/);
  });
  test('a plain department name is allowed', () => {
    assert.deepEqual(issuesAfter((d) => (d.people[1].department = 'Avdelning Utbildning')), []);
  });
  test('a reference listed twice', () => {
    expectIssue((d) => (d.networks[7].municipalities[1] = 'ale'), 'networks[7].municipalities[1]', '"ale" is listed twice');
  });
  test('parent cycles and self-parents', () => {
    const issues = issuesAfter((d) => (d.networks[3].parent = 'forskolenatverket'));
    assert.deepEqual(
      issues.map((i) => i.path),
      ['networks[3].parent', 'networks[4].parent'],
    );
    assert.match(issues[0]?.message ?? '', /cycle \(utbildningschefsnatverket → forskolenatverket → utbildningschefsnatverket\)/);
    expectIssue((d) => (d.networks[0].parent = 'socialchefsnatverket'), 'networks[0].parent', 'a network cannot be its own parent');
  });
  test('phones must be Swedish E.164', () => {
    expectIssue((d) => (d.people[0].phone = '031-335 51 88'), 'people[0].phone', /"031-335 51 88" is not a Swedish E.164 number/);
    expectIssue((d) => (d.people[0].phone = '+460313355188'), 'people[0].phone', /not a Swedish E.164/);
    expectIssue((d) => (d.people[0].phone = '+4531335518'), 'people[0].phone', /not a Swedish E.164/);
  });
  test('websites and sources: http(s) only', () => {
    expectIssue((d) => (d.municipalities[0].website = 'javascript:alert(1)'), 'municipalities[0].website', /not an http\(s\) URL/);
    expectIssue((d) => (d.organisation.website = 'ftp://goteborgsregionen.se'), 'organisation.website', /not an http\(s\) URL/);
    expectIssue((d) => (d.organisations[0].website = 'data:text/html,hi'), 'organisations[0].website', /not an http\(s\) URL/);
    expectIssue((d) => (d.networks[0].sources[0] = 'https://goteborgsregionen.se'), 'networks[0].sources[0]', 'expected an object, got "https://goteborgsregionen.se"');
    expectIssue((d) => (d.networks[0].sources[0] = { url: 'https://goteborgsregionen.se', seed: '001_0123456789abcdef.txt', asOf: '2024' }), 'networks[0].sources[0]', 'needs either "url" or "seed" (exactly one)');
    expectIssue((d) => (d.networks[0].sources[0] = { asOf: '2024' }), 'networks[0].sources[0]', 'needs either "url" or "seed" (exactly one)');
    expectIssue((d) => (d.networks[0].sources[0] = { url: 'javascript:alert(1)', asOf: '2024' }), 'networks[0].sources[0].url', /not an http\(s\) URL/);
    expectIssue((d) => (d.networks[0].sources[0] = { seed: '01_0123456789abcdef.txt', asOf: '2024' }), 'networks[0].sources[0].seed', /is not a seed file name/);
    expectIssue((d) => (d.networks[0].sources[0] = { url: 'https://exa mple.se', asOf: '2024' }), 'networks[0].sources[0].url', /not an http\(s\) URL/);
    expectIssue((d) => (d.networks[0].sources[0] = { url: 'https://goteborgsregionen.se' }), 'networks[0].sources[0].asOf', 'required field is missing');
    expectIssue((d) => (d.networks[0].sources[0] = { url: 'https://goteborgsregionen.se', asOf: '2024-13' }), 'networks[0].sources[0].asOf', /"2024-13" is not an as-of date/);
    expectIssue((d) => (d.networks[0].sources[0] = { url: 'https://goteborgsregionen.se', asOf: '24 september 2024' }), 'networks[0].sources[0].asOf', /not an as-of date: use a year/);
  });
  test('sources must not be empty', () => {
    expectIssue((d) => (d.networks[0].sources = []), 'networks[0].sources', 'needs at least one source');
    expectIssue((d) => (d.committees[0].meetings[0].sources = []), 'committees[0].meetings[0].sources', 'needs at least one source');
  });
  test('e-mail addresses must be plausible', () => {
    expectIssue((d) => (d.people[0].email = 'lena.holmlund'), 'people[0].email', /not a plausible e-mail/);
    expectIssue((d) => (d.people[0].email = 'mailto:lena@goteborgsregionen.se'), 'people[0].email', /not a plausible e-mail/);
  });
  test('unknown extra keys', () => {
    expectIssue((d) => (d.networks[0].nmae = 'x'), 'networks[0].nmae', 'unknown field "nmae" (did you mean "name"?)');
    expectIssue((d) => (d.extra = 1), 'extra', /unknown field "extra"/);
    expectIssue((d) => (d.committees[0].meetings[0].place = 'GR'), 'committees[0].meetings[0].place', /unknown field "place"/);
  });
  test('shape and types', () => {
    expectIssue((d) => delete d.networks[1].name, 'networks[1].name', 'required field is missing');
    expectIssue((d) => (d.networks[2].kind = 'foo'), 'networks[2].kind', /expected one of "chefsnatverk", .*got "foo"/);
    expectIssue((d) => (d.committees[0].terms[0].memberCount = '15'), 'committees[0].terms[0].memberCount', 'expected a number, got "15"');
    expectIssue((d) => (d.committees[0].terms[0].memberCount = 1.5), 'committees[0].terms[0].memberCount', 'must be a whole number');
    expectIssue((d) => (d.committees[0].memberCount = 15), 'committees[0].memberCount', /unknown field "memberCount"/);
    expectIssue((d) => (d.networks[0].participation.basis = 'assumed'), 'networks[0].participation.basis', /expected one of "source-listed", "general-statement"/);
    expectIssue((d) => (d.networks[0].status = { state: 'sleeping', sources: d.networks[0].sources }), 'networks[0].status.state', /expected one of "active", "paused"/);
    expectIssue((d) => (d.committees[0].continuation = { continues: 'yes', sources: d.networks[0].sources }), 'committees[0].continuation.continues', 'expected true or false, got "yes"');
    expectIssue((d) => (d.networks[0].meetingsPerYear = { min: 8, max: 6 }), 'networks[0].meetingsPerYear', 'min must not be greater than max');
    expectIssue((d) => (d.version = 1), 'version', 'expected 2 (this package reads dataset version 2), got 1');
    expectIssue((d) => (d.networks = {}), 'networks', 'expected a list, got an object');
    expectIssue((d) => (d.networks[0].name = '  '), 'networks[0].name', 'must not be empty');
    expectIssue((d) => (d.committees[0].meetings[0].status = 'done'), 'committees[0].meetings[0].status', /expected one of "scheduled"/);
  });
  test('every problem is reported at once, one per line in the message', () => {
    const d: any = fixture();
    d.networks[3].municipalities[0] = 'atlantis';
    d.committees[0].meetings[2].start = '2021-05-25T09:00:00+01:00';
    d.people[0].phone = '0313355188';
    try {
      parseDataset(d);
      assert.fail('should throw');
    } catch (error) {
      assert.ok(error instanceof DatasetError);
      assert.equal(error.name, 'DatasetError');
      assert.equal(error.issues.length, 3);
      const lines = error.message.split('\n');
      assert.match(lines[0] ?? '', /3 issues/);
      assert.ok(lines.includes('networks[3].municipalities[0]: unknown municipality "atlantis"'));
      assert.ok(lines.includes('committees[0].meetings[2].start: offset +01:00 does not match Europe/Stockholm (+02:00) on 2021-05-25'));
    }
  });
});

describe('parseDataset: plausibility, each with the exact path', () => {
  test('not an object at all: one issue, not a list of missing fields', () => {
    for (const [input, got] of [[[], 'a list'], [null, 'null'], ['dataset', '"dataset"'], [42, '42'], [undefined, 'nothing']] as const) {
      try {
        parseDataset(input);
        assert.fail('should throw');
      } catch (error) {
        assert.ok(error instanceof DatasetError);
        assert.deepEqual(error.issues, [{ path: '', message: `expected an object (a GR dataset), got ${got}` }]);
      }
    }
  });
  test('successor, predecessor and parent cycles of any length', () => {
    const two = issuesAfter((d) => (d.committees[1].successor = 'styrgruppen-for-arbetsmarknad'));
    assert.deepEqual(
      two.map(formatIssue),
      [
        'committees[0].successor: successor chain forms a cycle (styrgruppen-for-arbetsmarknad → beredningsgrupp-for-arbetsmarknad → styrgruppen-for-arbetsmarknad)',
        'committees[1].successor: successor chain forms a cycle (beredningsgrupp-for-arbetsmarknad → styrgruppen-for-arbetsmarknad → beredningsgrupp-for-arbetsmarknad)',
      ],
    );
    const three = issuesAfter((d) => {
      d.committees[1].successor = 'forbundsstyrelsen';
      d.committees[2].successor = 'styrgruppen-for-arbetsmarknad';
    });
    assert.deepEqual(three.map((i) => i.path), ['committees[0].successor', 'committees[1].successor', 'committees[2].successor']);
    assert.match(three[2]?.message ?? '', /forbundsstyrelsen → styrgruppen-for-arbetsmarknad → beredningsgrupp-for-arbetsmarknad → forbundsstyrelsen/);
    expectIssue((d) => {
      d.committees[0].predecessor = 'beredningsgrupp-for-arbetsmarknad';
    }, 'committees[0].predecessor', /predecessor chain forms a cycle/);
    const parents = issuesAfter((d) => {
      d.networks[0].parent = 'skoljuridiska-gruppen';
      d.networks[2].parent = 'utbildningschefsnatverket';
      d.networks[3].parent = 'socialchefsnatverket';
    });
    assert.deepEqual(parents.map((i) => i.path), ['networks[0].parent', 'networks[2].parent', 'networks[3].parent']);
  });
  test('implausible years', () => {
    expectIssue((d) => (d.committees[0].meetings[0].start = '9999-01-20T09:00:00+01:00', d.committees[0].meetings[0].end = undefined), 'committees[0].meetings[0].start', 'the year 9999 is implausible (expected 1990–2100); check for a typo');
    expectIssue((d) => (d.networks[4].meetings[0].start = '1021-03-10T08:30:00+01:00', d.networks[4].meetings[0].end = undefined), 'networks[4].meetings[0].start', /the year 1021 is implausible/);
    expectIssue((d) => (d.lastUpdated = '1985-11-24'), 'lastUpdated', /the year 1985 is implausible/);
    expectIssue((d) => (d.terms[0].from = '1019-01-01'), 'terms[0].from', /the year 1019 is implausible/);
    expectIssue((d) => (d.committees[1].founded = '0023-01-01'), 'committees[1].founded', /the year 23 is implausible \(expected 1900–2100\)/);
    expectIssue((d) => (d.networks[0].sources[0].asOf = '1066'), 'networks[0].sources[0].asOf', /the year 1066 is implausible/);
  });
  test('a meeting of more than three days', () => {
    expectIssue((d) => (d.committees[0].meetings[0].end = '2021-02-19T12:00:00+01:00'), 'committees[0].meetings[0].end', 'the meeting would last about 30 days; more than 3 is implausible (check the end)');
    expectIssue((d) => (d.committees[3].meetings[1].end = '2020-03-23'), 'committees[3].meetings[1].end', /would last 5 days/);
    // Three days is fine, timed or date-only.
    assert.deepEqual(issuesAfter((d) => (d.committees[3].meetings[1].end = '2020-03-21')), []);
    assert.deepEqual(issuesAfter((d) => (d.committees[0].meetings[0].end = '2021-01-23T09:00:00+01:00')), []);
  });
  test('a compile date in the future, at an injectable clock; facts dated after the compile date', () => {
    const d = fixture();
    d.lastUpdated = '2099-01-01';
    const issues = validateDataset(d, { now: new Date('2026-12-01T12:00:00+01:00') });
    assert.deepEqual(issues.filter((i) => i.path === 'lastUpdated').map((i) => i.message), [
      '2099-01-01 is in the future (today is 2026-12-01); it is the date the dataset was compiled',
    ]);
    assert.deepEqual(validateDataset(fixture(), { now: new Date('2026-11-24T00:30:00+01:00') }), [], 'the compile day itself is fine');
    assert.deepEqual(validateDataset(fixture(), { now: new Date('2026-11-23T23:30:00+01:00') }).map((i) => i.path), ['lastUpdated']);
    // `now: null` (a browser, whose clock may be wrong) skips only this check.
    assert.deepEqual(validateDataset(d, { now: null }), []);
    assert.throws(() => parseDataset(d), /lastUpdated: 2099-01-01 is in the future/);
    expectIssue((d) => (d.networks[0].sources[0].asOf = '2026-12'), 'networks[0].sources[0].asOf', '2026-12 is after the dataset\'s compile date 2026-11-24: facts cannot be from the future');
    assert.deepEqual(issuesAfter((d) => (d.networks[0].sources[0].asOf = '2026-11')), [], 'the compile month is fine');
  });
  test('URLs with a user name or password', () => {
    expectIssue((d) => (d.organisation.website = 'https://admin:hunter2@goteborgsregionen.se'), 'organisation.website', '"https://admin:hunter2@goteborgsregionen.se" contains a user name or password; remove them (only public addresses are allowed)');
    expectIssue((d) => (d.networks[0].sources[0] = { url: 'https://user@example.se/page', asOf: '2024' }), 'networks[0].sources[0].url', /contains a user name or password/);
  });
  test('invisible and bidirectional control characters, anywhere', () => {
    expectIssue((d) => (d.people[0].name = 'Lena \u202eHolmlund'), 'people[0].name', 'contains an invisible character (U+202E RIGHT-TO-LEFT OVERRIDE) at position 6; remove it');
    expectIssue((d) => (d.networks[0].description.sv = 'Strategiskt\u200b nätverk'), 'networks[0].description.sv', /U\+200B ZERO WIDTH SPACE/);
    expectIssue((d) => (d.committees[0].meetings[0].location = 'GR\u0007'), 'committees[0].meetings[0].location', /U\+0007 control character/);
    expectIssue((d) => (d.areas[0].name.en = '\ufeffLabour'), 'areas[0].name.en', /U\+FEFF/);
    expectIssue((d) => (d.networks[0].name = 'Social\u2066chefer'), 'networks[0].name', /U\+2066 LEFT-TO-RIGHT ISOLATE/);
    // Ordinary text with å, ä, ö, é, dashes and newlines is fine.
    assert.deepEqual(issuesAfter((d) => (d.networks[0].description.sv = 'Åsa – Renée\nnästa rad')), []);
  });
  test('unreasonable text lengths', () => {
    expectIssue((d) => (d.networks[0].name = 'N'.repeat(201)), 'networks[0].name', 'is 201 characters long; at most 200 are allowed here');
    expectIssue((d) => (d.networks[0].description.sv = 'x'.repeat(5001)), 'networks[0].description.sv', /at most 5000/);
    expectIssue((d) => (d.committees[0].meetings[0].location = 'x'.repeat(1001)), 'committees[0].meetings[0].location', /at most 1000/);
    assert.deepEqual(issuesAfter((d) => (d.networks[0].description.sv = 'x'.repeat(5000))), []);
  });
});

describe('parseDataset: never throws anything but DatasetError', () => {
  const garbage: unknown[] = [null, undefined, 0, 'dataset', [], {}, [1, 2], true, () => 1, Symbol('x'), { version: 1, networks: 5 },
    { ...fixture(), networks: [null, 5, 'x', [], { id: 7, municipalities: 'ale', meetings: [null, { start: 5 }] }] },
    { ...fixture(), committees: [{ meetings: 'x', presidium: [null], members: {} }] },
    Object.create(null), new Proxy({}, { get() { throw new Error('boom'); }, ownKeys() { throw new Error('boom'); } })];
  const label = (x: unknown): string => {
    try {
      return typeof x === 'symbol' ? 'a symbol' : (JSON.stringify(x) ?? String(x)).slice(0, 60);
    } catch {
      return 'a hostile proxy';
    }
  };
  for (const input of garbage) {
    test(`input: ${label(input)}`, () => {
      assert.throws(() => parseDataset(input), (e: unknown) => e instanceof DatasetError && e.issues.length > 0 && e.issues.every((i) => typeof i.path === 'string' && typeof i.message === 'string'));
    });
  }
  test('arbitrary JSON values (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        try {
          parseDataset(value);
        } catch (e) {
          return e instanceof DatasetError;
        }
        return false;
      }),
      { numRuns: 300 },
    );
  });
  test('random mutations of a valid dataset (property)', () => {
    const base = fixture();
    const paths: (string | number)[][] = [];
    const walk = (x: unknown, p: (string | number)[]) => {
      paths.push(p);
      if (x && typeof x === 'object') for (const [k, v] of Object.entries(x)) walk(v, [...p, Array.isArray(x) ? Number(k) : k]);
    };
    walk(base, []);
    fc.assert(
      fc.property(fc.constantFrom(...paths.filter((p) => p.length > 0)), fc.anything(), (path, value) => {
        const d: any = fixture();
        let target = d;
        for (const key of path.slice(0, -1)) target = target[key];
        target[path[path.length - 1] as string] = value;
        try {
          parseDataset(d);
          return true;
        } catch (e) {
          return e instanceof DatasetError && e.issues.length > 0;
        }
      }),
      { numRuns: 500 },
    );
  });
});

test('issueFile maps paths to the data/ files', () => {
  assert.equal(issueFile('networks[3].municipalities[0]'), 'data/networks.json');
  assert.equal(issueFile('organisation.departments[0].head'), 'data/organisation.json');
  assert.equal(issueFile('lastUpdated'), 'data/meta.json');
  assert.equal(issueFile(''), 'data/meta.json');
});

test('validateDataset returns issues instead of throwing', () => {
  const d = fixture() as Dataset & { networks: any[] };
  d.networks[0].area = 'x';
  assert.deepEqual(validateDataset(d), [{ path: 'networks[0].area', message: 'unknown area "x"' }]);
});
