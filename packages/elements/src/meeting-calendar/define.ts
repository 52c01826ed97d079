import { GrMeetingCalendar } from './meeting-calendar.js';

GrMeetingCalendar.define('gr-meeting-calendar');
