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
      "GR's organisation, member municipalities, networks, political bodies, meetings and contact people, each record with its sources. " +
      'Generated from the valibot schema of @goteborgsregionen/data. Cross-record rules (references resolve, unique ids, ' +
      'meeting offsets match Europe/Stockholm, end after start, no parent cycles) are checked by parseDataset and `gr-data validate`, not by this schema.',
    ...Object.fromEntries(Object.entries(schema).filter(([k]) => k !== '$schema')),
  } as JsonSchema;
}

