/** front-matter-date: a front matter `date` that is not a date, so the article has no reference date. */
import { extractionRule } from './from-extraction.js';

export const frontMatterDate = extractionRule('front-matter-date', 'The front matter date is a date (YYYY-MM-DD)');
