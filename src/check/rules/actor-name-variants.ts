/** actor-name-variants: one person spelled two ways ("Zelensky" and "Zelenski"). */
import { extractionRule } from './from-extraction.js';

export const actorNameVariants = extractionRule('actor-name-variants', 'A name is spelled the same way throughout');
