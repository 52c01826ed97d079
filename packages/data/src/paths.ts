/** File names of the built files (relative to the package's dist/ and to the CDN root). */
import type { Meeting } from './types.js';

/** "ics/<id>.ics": the calendar feed of a committee or network. */
export function committeeIcsPath(id: string): string {
  return `ics/${id}.ics`;
}

/** Same as `committeeIcsPath`, for networks. */
export const networkIcsPath = committeeIcsPath;

/** "ics/<ownerId>/<YYYY-MM-DD>.ics": one meeting (its local start date). */
export function meetingIcsPath(ownerId: string, meeting: Pick<Meeting, 'start'>): string {
  return `ics/${ownerId}/${String(meeting.start).slice(0, 10)}.ics`;
}

/** "vcf/<id>.vcf": a person's vCard. */
export function vcardPath(personId: string): string {
  return `vcf/${personId}.vcf`;
}
