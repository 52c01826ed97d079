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
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rawDataset } from '../src/dataset.js';
import { writeDataRelease } from '../src/build-dir.js';
import { DatasetError, formatIssue, issueFile, parseDataset } from '../src/index.js';
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

const data = validate();
write(dist, 'schema.json', `${JSON.stringify(datasetJsonSchema(), null, 2)}\n`);
const release = writeDataRelease(data, dist, {
  datasetJson: `${JSON.stringify({ $schema: './schema.json', ...data }, null, 2)}\n`,
});

console.log(
  `build-files: dataset.json, schema.json, ${release.calendars} calendars, ${release.meetingFiles} meeting files, ${release.vcards} vCards`,
);

function write(dir: string, relative: string, content: string): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, relative), content);
}
