import type { Dataset } from '@goteborgsregionen/data';
import type { Lang } from '../shared/i18n.js';
import type { Writers } from '../shared/lazy.js';
import type { SharedStrings } from '../shared/translations/sv.js';
import type { MeetingStrings } from '../shared/translations/meeting.js';
import type { MeetingCalendarStrings } from './translations/sv.js';

/** What the calendar's templates share for one render (looked up once, not per meeting). */
export interface CalendarViewContext {
  t: MeetingCalendarStrings;
  s: SharedStrings;
  /** Words about meetings and calendar files. */
  m: MeetingStrings;
  lang: Lang;
  now: Date;
  data: Dataset;
  /** Whether the data is the published data (subscribable .ics files beside the script). */
  published: boolean;
  fileHref: (path: string, generate: (writers: Writers) => string, type: string) => string;
}

export const ICS_TYPE = 'text/calendar;charset=utf-8';
