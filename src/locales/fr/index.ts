import type { Locale } from '../locale.js';
import { sentenceRules } from './sentences.js';
import { dateLocale } from './dates/index.js';
import { actorLocale } from './actors/index.js';
import { eventLocale } from './events/index.js';

/** French. */
export const fr: Locale = {
  code: 'fr',
  sentences: sentenceRules,
  dates: dateLocale,
  actors: actorLocale,
  events: eventLocale,
};
