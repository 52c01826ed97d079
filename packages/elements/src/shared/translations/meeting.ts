import { Bilingual } from '../bilingual.js';

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

/** English is loaded on demand (bilingual.ts): translations/meeting-en.ts. */
export const meetingStrings = new Bilingual<MeetingStrings>(sv, () => import('./meeting-en.js'));
