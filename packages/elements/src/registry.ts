// Generated from the element folders by scripts/generate-sources.mjs (npm run generate). Do not edit.
/** The elements of this package (tag, folder, class), for tests, stories and tools; not used by the elements. */
export const elementRegistry = [
  { name: 'committee-card', tag: 'gr-committee-card', className: 'GrCommitteeCard' },
  { name: 'contact-list', tag: 'gr-contact-list', className: 'GrContactList' },
  { name: 'meeting-calendar', tag: 'gr-meeting-calendar', className: 'GrMeetingCalendar' },
  { name: 'network-finder', tag: 'gr-network-finder', className: 'GrNetworkFinder' },
] as const;

export type ElementTag = (typeof elementRegistry)[number]['tag'];
