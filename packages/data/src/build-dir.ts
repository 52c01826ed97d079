/**
 * `gr-data build DIR [--from FILE|DIR]`: writes a data release for the elements' CDN folder — the
 * folder `data/` beside `gr-elements.js` — from the dataset in this package (or from FILE/DIR after
 * validating it):
 *   DIR/dataset.json                  the dataset the elements read (compact JSON)
 *   DIR/ics/<id>.ics                  a calendar feed per committee and per network with meetings
 *   DIR/ics/<id>/<YYYY-MM-DD>.ics     one file per meeting
 *   DIR/vcf/<id>.vcf                  a vCard per person
 * Replacing a site's `data/` folder with this output updates every element and every calendar and
 * contact link on its pages, with no new JavaScript. Only dataset.json, ics/ and vcf/ in DIR are
 * replaced; other files there are left alone. The output is deterministic.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { committeeToICS, meetingToICS, networkToICS } from './ics.js';
import { committeeIcsPath, meetingIcsPath, vcardPath } from './paths.js';
import type { Dataset } from './types.js';
import { personToVCard } from './vcard.js';

export interface DataRelease {
  calendars: number;
  meetingFiles: number;
  vcards: number;
  /** Bytes of dataset.json. */
  datasetBytes: number;
}

/**
 * Writes `data` (already validated) as a data release into `dir`. `datasetJson` replaces the compact
 * dataset.json text (the package build writes it indented, with its `$schema`).
 */
export function writeDataRelease(data: Dataset, dir: string, options: { datasetJson?: string } = {}): DataRelease {
  const write = (relative: string, content: string): void => {
    const file = join(dir, relative);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, content);
  };
  mkdirSync(dir, { recursive: true });
  rmSync(join(dir, 'ics'), { recursive: true, force: true });
  rmSync(join(dir, 'vcf'), { recursive: true, force: true });
  // Compact: every page with an element downloads this file.
  const json = options.datasetJson ?? `${JSON.stringify(data)}\n`;
  write('dataset.json', json);
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
  return { calendars, meetingFiles, vcards: data.people.length, datasetBytes: Buffer.byteLength(json) };
}
