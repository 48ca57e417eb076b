/**
 * Patterns made of words given as plain text: the locales' word lists and the stages' prefilters build their
 * alternations from these.
 */

/** `text` with every character that a RegExp reads as syntax escaped: a pattern that matches `text` itself. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A pattern that finds any of `words` anywhere in a text, as `includes` would (a prefilter's test): it always matches
 * when one of the words is empty (an empty word is in every text), and never when there are no words.
 */
export function anyWordPattern(words: readonly string[], flags = ''): RegExp {
  if (words.includes('')) return /(?:)/;
  return new RegExp(words.length > 0 ? words.map(escapeRegExp).join('|') : '[]', flags);
}
