import type { Dataset } from './types.js';
import meta from '../data/meta.json';
import organisation from '../data/organisation.json';
import municipalities from '../data/municipalities.json';
import organisations from '../data/organisations.json';
import areas from '../data/areas.json';
import parties from '../data/parties.json';
import people from '../data/people.json';
import networks from '../data/networks.json';
import committees from '../data/committees.json';
import terms from '../data/terms.json';
import openQuestions from '../data/open-questions.json';

/**
 * The raw source files assembled into one object. Validated by the build (scripts/build-files.ts),
 * which fails on any issue, so the published `dataset` is known to be valid.
 */
export const rawDataset = {
  ...meta,
  organisation,
  municipalities,
  organisations,
  areas,
  parties,
  people,
  networks,
  terms,
  committees,
  openQuestions,
} as unknown as Dataset;
