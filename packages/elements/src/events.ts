/**
 * @goteborgsregionen/elements/events: the elements' event classes and their detail types, without the
 * elements (no Lit, no search, no data): for code that listens for or dispatches GR events.
 */
export * from './shared/events.js';
export { GrSearchEvent, type GrSearchDetail } from './network-finder/search-event.js';
export { GrMonthChangeEvent, type MonthChangeDetail, type MonthChangeDetail as GrMonthChangeDetail } from './meeting-calendar/month-change-event.js';
