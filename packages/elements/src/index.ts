/**
 * @goteborgsregionen/elements: the element classes, without registering any tag.
 * Import '@goteborgsregionen/elements/define' (all four) or '…/<element>/define' to register them.
 */
export { GrElement, VERSION } from './shared/base-element.js';
export { GrNetworkFinder } from './network-finder/network-finder.js';
export { GrCommitteeCard } from './committee-card/committee-card.js';
export { GrContactList } from './contact-list/contact-list.js';
export { GrMeetingCalendar } from './meeting-calendar/meeting-calendar.js';
export * from './shared/events.js';
export type { Lang } from './shared/i18n.js';
export { GrSearchEvent, type GrSearchDetail } from './network-finder/search-event.js';
export { GrMonthChangeEvent, type MonthChangeDetail, type MonthChangeDetail as GrMonthChangeDetail } from './meeting-calendar/month-change-event.js';
