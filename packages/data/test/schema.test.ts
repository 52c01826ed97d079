import { test } from 'node:test';
import assert from 'node:assert/strict';
import { datasetJsonSchema } from '../scripts/json-schema.js';

type Node = Record<string, unknown> & { properties?: Record<string, Node>; items?: Node; required?: string[] };

test('dist/schema.json: draft-07 with title, strict objects, formats and patterns', () => {
  const schema = datasetJsonSchema() as Node;
  assert.equal(schema.$schema, 'http://json-schema.org/draft-07/schema#');
  assert.match(String(schema.title), /Göteborgsregionen/);
  // The description lists what only parseDataset checks.
  for (const rule of ['unique', 'reference resolves', 'Europe/Stockholm', 'no cycles', 'at most 3 days', 'not in the future', 'user name or password', 'invisible', 'text lengths']) {
    assert.match(String(schema.description), new RegExp(rule), rule);
  }
  assert.equal(schema.additionalProperties, false);
  assert.deepEqual(
    [...(schema.required ?? [])].sort(),
    ['areas', 'committees', 'lastUpdated', 'municipalities', 'networks', 'organisation', 'organisations', 'parties', 'people', 'terms', 'version'],
  );
  const props = schema.properties ?? {};
  assert.equal(props.lastUpdated?.format, 'date');
  const network = props.networks?.items as Node;
  assert.equal(network.additionalProperties, false);
  assert.equal(network.properties?.id?.pattern, '^[a-z0-9]+(?:-[a-z0-9]+)*$');
  assert.deepEqual(network.properties?.kind?.enum, ['chefsnatverk', 'kunskaps-och-erfarenhetsutbyte', 'strateger-och-sakkunniga', 'regional-samverkan', 'natverk']);
  const person = props.people?.items as Node;
  assert.equal(person.properties?.phone?.pattern, '^\\+46[1-9]\\d{6,12}$');
  assert.equal(person.properties?.email?.format, 'email');
  const meeting = (props.committees?.items as Node).properties?.meetings?.items as Node;
  assert.ok(Array.isArray(meeting.properties?.start?.anyOf));
  const source = (network.properties?.sources as Node).items as Node;
  assert.equal(source.additionalProperties, false);
  assert.deepEqual(source.required, ['asOf']);
  assert.equal((source.properties?.asOf as Node).pattern, '^\\d{4}(-\\d{2}(-\\d{2})?)?$');
  assert.equal((source.properties?.url as Node).format, 'uri');
  const committee = props.committees?.items as Node;
  const term = (committee.properties?.terms as Node).items as Node;
  assert.deepEqual([...(term.required ?? [])].sort(), ['presidium', 'sources', 'term']);
  assert.deepEqual(((props.terms as Node).items as Node).required, ['id', 'from', 'until', 'sources']);
  assert.equal((props.municipalities?.items as Node).properties?.website?.format, 'uri');
});
