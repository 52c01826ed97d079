// Loaded on demand by the CDN build (see lazy.cdn.ts): the iCalendar and vCard writers, needed only
// for data whose files are not published beside the script (from `src` or the `data` property).
export { committeeToICS, networkToICS, meetingToICS, personToVCard } from '@goteborgsregionen/data';
