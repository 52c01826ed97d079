// Generated from the element folders by scripts/generate-sources.mjs (npm run generate). Do not edit.
// Registers every element: gr-committee-card, gr-contact-list, gr-meeting-calendar, gr-network-finder.
import './committee-card/define.js';
import './contact-list/define.js';
import './meeting-calendar/define.js';
import './network-finder/define.js';
