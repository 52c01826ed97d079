import type { MeetingStrings } from './meeting.js';

/** Shared strings about meetings and calendar files, English (see meeting.ts). */
export const en: MeetingStrings = {
  icsFormat: '(.ics)',
  subscribeHelp:
    'Add the link to your calendar as a subscription (“Add calendar from URL”): the meetings appear and stay up to date when GR changes them.',
  downloadHelp: 'Open the file to add the meetings to your calendar. A downloaded file does not update itself.',
  meetingStatus: { cancelled: 'Cancelled', postponed: 'Postponed', tentative: 'Tentative' },
  inProgress: 'In progress',
  location: 'Location',
  timeNotPublished: 'time not published',
};
