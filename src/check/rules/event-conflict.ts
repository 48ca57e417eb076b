/** event-conflict: one event told twice with facts that disagree (two places for the same attack). */
import { extractionRule } from './from-extraction.js';

export const eventConflict = extractionRule('event-conflict', 'An event told twice is told the same way');
