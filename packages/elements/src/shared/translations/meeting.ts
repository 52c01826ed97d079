import type { Lang } from '../i18n.js';

/**
 * Shared strings about meetings and calendar files, for the elements that show meetings
 * (<gr-committee-card>, <gr-meeting-calendar>). Kept apart from sv.ts/en.ts so elements without
 * meetings do not carry them.
 */
const sv = {
  icsFormat: '(.ics)',
  subscribeHelp:
    'Lägg till länken i din kalender som en prenumeration (”Lägg till kalender från webbadress”), så kommer mötena med och uppdateras när GR ändrar dem.',
  downloadHelp: 'Öppna filen för att lägga in mötena i din kalender. En nedladdad fil uppdateras inte av sig själv.',
  meetingStatus: { cancelled: 'Inställt', postponed: 'Uppskjutet', tentative: 'Preliminärt' },
  inProgress: 'Pågår nu',
  location: 'Plats',
  /** Said of a meeting whose date is published but not its time. */
  timeNotPublished: 'tid ej publicerad',
};
export type MeetingStrings = typeof sv;

const en: MeetingStrings = {
  icsFormat: '(.ics)',
  subscribeHelp:
    'Add the link to your calendar as a subscription (“Add calendar from URL”): the meetings appear and stay up to date when GR changes them.',
  downloadHelp: 'Open the file to add the meetings to your calendar. A downloaded file does not update itself.',
  meetingStatus: { cancelled: 'Cancelled', postponed: 'Postponed', tentative: 'Tentative' },
  inProgress: 'In progress',
  location: 'Location',
  timeNotPublished: 'time not published',
};

export const meetingStrings: Record<Lang, MeetingStrings> = { sv, en };
