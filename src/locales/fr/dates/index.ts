/** The French date locale: parsers, refiners (see ./configuration.ts) and tense cues. */
import type { DateLocale } from '../../../dates/date-locale.js';
import { parsers, refiners } from './configuration.js';
import { tenses } from './tense.js';

export const dateLocale: DateLocale = { parsers, refiners, tenses };
