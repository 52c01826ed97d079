/**
 * Runs after tsup. Validates data/*.json and writes the files that work without JavaScript:
 *   dist/dataset.json   the validated dataset ("$schema": "./schema.json")
 *   dist/schema.json    JSON Schema (draft-07) generated from the valibot schema
 *   dist/ics/<id>.ics   a calendar feed per committee and per network with meetings
 *   dist/ics/<id>/<YYYY-MM-DD>.ics   one file per meeting
 *   dist/vcf/<id>.vcf   a vCard per person
 * Output is deterministic: the same data gives byte-identical files.
 * On invalid data it prints every issue as `data/<file>.json: <path>: <message>` and exits 1.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rawDataset } from '../src/dataset.js';
import {
  committeeIcsPath,
  committeeToICS,
  DatasetError,
  formatIssue,
  issueFile,
  meetingIcsPath,
  meetingToICS,
  networkToICS,
  parseDataset,
  personToVCard,
  vcardPath,
} from '../src/index.js';
import type { Dataset } from '../src/types.js';
import { datasetJsonSchema } from './json-schema.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');

function validate(): Dataset {
  try {
    return parseDataset(rawDataset);
  } catch (error) {
    if (error instanceof DatasetError) {
      for (const issue of error.issues) console.error(`${issueFile(issue.path)}: ${formatIssue(issue)}`);
      console.error(`\n${error.issues.length} issue(s) in data/*.json; nothing was built. See packages/data/README.md.`);
    } else {
      console.error(`build-files: ${error instanceof Error ? error.message : String(error)}`);
    }
    process.exit(1);
  }
}

function write(relative: string, content: string): void {
  const file = join(dist, relative);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, content);
}

const data = validate();
rmSync(join(dist, 'ics'), { recursive: true, force: true });
rmSync(join(dist, 'vcf'), { recursive: true, force: true });

write('dataset.json', `${JSON.stringify({ $schema: './schema.json', ...data }, null, 2)}\n`);
write('schema.json', `${JSON.stringify(datasetJsonSchema(), null, 2)}\n`);

let calendars = 0;
let meetingFiles = 0;
for (const committee of data.committees) {
  write(committeeIcsPath(committee.id), committeeToICS(committee.id, data));
  calendars++;
  for (const meeting of committee.meetings) {
    write(meetingIcsPath(committee.id, meeting), meetingToICS(committee.id, meeting, data));
    meetingFiles++;
  }
}
for (const network of data.networks) {
  if (!network.meetings?.length) continue;
  write(committeeIcsPath(network.id), networkToICS(network.id, data));
  calendars++;
  for (const meeting of network.meetings) {
    write(meetingIcsPath(network.id, meeting), meetingToICS(network.id, meeting, data));
    meetingFiles++;
  }
}
for (const person of data.people) write(vcardPath(person.id), personToVCard(person.id, data));

console.log(
  `build-files: dataset.json, schema.json, ${calendars} calendars, ${meetingFiles} meeting files, ${data.people.length} vCards`,
);
