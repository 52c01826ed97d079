/** JSON Schema (draft-07) of the dataset, generated from the valibot schema in src/schema.ts. */
import { toJsonSchema, type JsonSchema } from '@valibot/to-json-schema';
import { DatasetSchema, requirements, SEED_FILE_PATTERN } from '../src/schema.js';

/** JSON Schema fragments for the `check` actions, which valibot cannot translate by itself. */
const checkSchemas = new Map<unknown, JsonSchema>([
  [requirements.text, { pattern: '\\S' }],
  [requirements.isoDate, { format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$' }],
  [requirements.httpUrl, { format: 'uri', pattern: '^https?://' }],
  [requirements.email, { format: 'email' }],
  [requirements.seed, { pattern: SEED_FILE_PATTERN.source }],
  [requirements.asOf, { pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$' }],
  [
    requirements.meetingTime,
    {
      anyOf: [
        { type: 'string', format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
        { type: 'string', format: 'date-time', pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?[+-]\\d{2}:\\d{2}$' },
      ],
    },
  ],
]);

/** dist/schema.json: JSON Schema draft-07 of the dataset, generated from the valibot schema. */
export function datasetJsonSchema(): JsonSchema {
  const schema = toJsonSchema(DatasetSchema, {
    target: 'draft-07',
    errorMode: 'ignore',
    overrideAction: ({ valibotAction, jsonSchema }) => {
      const requirement = (valibotAction as { requirement?: unknown }).requirement;
      const extra = checkSchemas.get(requirement);
      return extra ? { ...jsonSchema, ...extra } : undefined;
    },
  });
  return {
    $schema: schema.$schema,
    $id: 'https://unpkg.com/@goteborgsregionen/data/dist/schema.json',
    title: 'Göteborgsregionen (GR) dataset',
    description:
      "GR's organisation, member municipalities, networks, political bodies and their terms, meetings and contact people, " +
      'each record with its sources and the date their facts are from. Generated from the valibot schema of ' +
      '@goteborgsregionen/data. This schema checks shapes, types and single-value formats only. These rules are ' +
      'checked by parseDataset and `gr-data validate`, not by this schema: ids are unique (people, networks and ' +
      'committees share one id space); every reference resolves (municipalities, areas, parties, people, ' +
      'organisations, networks, committees, terms, open-question records); meeting offsets match Europe/Stockholm on ' +
      'their date and end is after start (same form as start); one meeting per body and day; no cycles of any length ' +
      'in network parents or committee successors and predecessors; founded ≤ dissolved, validFrom ≤ validUntil, a ' +
      "term's from ≤ until; participation is required when municipalities are listed; years plausible (1990–2100 for " +
      'meetings, terms, as-of dates and lastUpdated; 1900–2100 otherwise); a meeting lasts at most 3 days; lastUpdated ' +
      'is not in the future and no as-of date is after it; URLs carry no user name or password; no invisible or ' +
      'bidirectional control characters in any text; text lengths (ids 100, names 200, descriptions 5000, questions ' +
      '2000, URLs 2048, other text 1000 characters).',
    ...Object.fromEntries(Object.entries(schema).filter(([k]) => k !== '$schema')),
  } as JsonSchema;
}

