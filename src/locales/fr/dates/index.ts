/** The French date locale: parsers, refiners (see ./configuration.ts), tense cues and intervals. */
import type { DateLocale } from '../../../dates/date-locale.js';
import { parsers, refiners } from './configuration.js';
import { intervals } from './intervals.js';
import { tenses } from './tense.js';

export const dateLocale: DateLocale = { parsers, refiners, tenses, intervals };
