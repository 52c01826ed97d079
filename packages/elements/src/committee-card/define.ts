import { GrCommitteeCard } from './committee-card.js';

GrCommitteeCard.define('gr-committee-card');
