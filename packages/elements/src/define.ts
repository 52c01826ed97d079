// Registers all four elements: gr-network-finder, gr-committee-card, gr-contact-list, gr-meeting-calendar.
import './network-finder/define.js';
import './committee-card/define.js';
import './contact-list/define.js';
import './meeting-calendar/define.js';
