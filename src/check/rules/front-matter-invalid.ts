/** front-matter-invalid: front matter that is not a YAML mapping, which the extraction ignores. */
import { extractionRule } from './from-extraction.js';

export const frontMatterInvalid = extractionRule('front-matter-invalid', 'Front matter is a valid YAML mapping');
