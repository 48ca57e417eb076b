/** date-year-unresolved: a date whose year neither the text nor a reference date gives ("le 3 avril"). */
import { extractionRule } from './from-extraction.js';

export const dateYearUnresolved = extractionRule('date-year-unresolved', 'Every date can be placed in a year');
