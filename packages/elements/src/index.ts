// Generated from the element folders by scripts/generate-sources.mjs (npm run generate). Do not edit.
/**
 * @goteborgsregionen/elements: the element classes, without registering any tag.
 * Import '@goteborgsregionen/elements/define' (all of them) or '…/<element>/define' to register them.
 */
export { GrElement, VERSION } from './shared/base-element.js';
export * from './shared/events.js';
export type { Lang } from './shared/i18n.js';
export * from './committee-card/committee-card.js';
export * from './contact-list/contact-list.js';
export * from './meeting-calendar/meeting-calendar.js';
export * from './network-finder/network-finder.js';
