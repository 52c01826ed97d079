import type { MeetingCalendarStrings } from './sv.js';

/** <gr-meeting-calendar>, English. */
export const en: MeetingCalendarStrings = {
  heading: 'Meetings',
  headingFor: (name) => `Meetings – ${name}`,
  view: 'View',
  list: 'List',
  month: 'Month',
  upcoming: 'Upcoming meetings',
  past: 'Past meetings',
  noUpcoming: 'No upcoming meetings have been published.',
  noPast: 'No past meetings have been published.',
  addToCalendar: 'Add to calendar',
  subscribe: 'Subscribe',
  subscribeTo: (name) => `Subscribe to all meetings of ${name}`,
  downloadAll: (name) => `Download all meetings of ${name}`,
  previousMonth: 'Previous month',
  nextMonth: 'Next month',
  week: 'Week',
  weekShort: (n) => `wk ${n}`,
  weekFull: (n) => `week ${n}`,
  noMeetingsShort: 'no meetings',
  weekAbbr: 'Wk',
  weekdaysShort: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
  today: 'today',
  monthMeetings: (month) => `Meetings in ${month}`,
  noMeetingsInMonth: (month) => `No meetings in ${month}.`,
  gridHelp:
    'Move between days with the arrow keys, to the start and end of the week with Home and End, and between months with Page Up and Page Down. Enter shows the day’s meeting.',
  missing: 'committee or network',
};
