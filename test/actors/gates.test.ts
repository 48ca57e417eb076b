/**
 * The rules' cheap tests ahead of a pattern answer as the pattern would: `withoutElision` as `replace(/'$/, '')`, and
 * `isPlaceShaped`'s hyphen test lets through every word one of its patterns matches (each pattern holds a "-"). Checked
 * over every word of the locale's lists and phrases, as written, in lower case and capitalised, with and without an
 * elision's apostrophe, and joined by a hyphen.
 */
import { describe, expect, test } from 'vitest';
import { isPlaceShaped, PLACE_SHAPES } from '../../src/actors/candidate.js';
import { withoutElision } from '../../src/actors/tokens.js';
import { actorLocale as locale } from '../../src/locales/fr/actors/index.js';
import { latinTest } from '../../src/text/unicode-domain.js';

/** Every string the locale holds in a set or as a map's key, its words, and their variants. */
function localeWords(): string[] {
  const words = new Set<string>();
  for (const value of Object.values(locale)) {
    if (!(value instanceof Set || value instanceof Map)) continue;
    for (const key of value.keys()) {
      if (typeof key !== 'string') continue;
      for (const word of [key, ...key.split(' ')]) {
        const capitalised = word.charAt(0).toUpperCase() + word.slice(1);
        for (const w of [word, word.toLowerCase(), capitalised, `${word}'`, `${word}’`, `${capitalised}-${capitalised}`]) words.add(w);
      }
    }
  }
  return [...words];
}

describe('the rules\' gates ahead of patterns', () => {
  const words = localeWords();

  test('the locale gives words to check', () => {
    expect(words.length).toBeGreaterThan(5000);
  });

  test('withoutElision is replace(/\'$/, \'\')', () => {
    for (const w of [...words, "'", "''", "d''", '']) expect(withoutElision(w)).toBe(w.replace(/'$/, ''));
  });

  test('isPlaceShaped: every pattern holds a hyphen, and the gate changes no answer', () => {
    for (const shape of PLACE_SHAPES) expect(shape.source).toContain('-');
    const examples = ['Champ-de-Mars', 'Mont-Saint-Michel', 'Bengale-Occidental', 'Vieux-Port', 'Marcy-l’Étoile', 'Sud-Kivu', 'Paris', 'Jean-Pierre'];
    for (const w of [...words, ...examples]) expect(isPlaceShaped(w), w).toBe(PLACE_SHAPES.some((shape) => latinTest(shape, w)));
    expect(examples.filter(isPlaceShaped)).toEqual(['Champ-de-Mars', 'Mont-Saint-Michel', 'Bengale-Occidental', 'Vieux-Port', 'Marcy-l’Étoile', 'Sud-Kivu']);
  });
});
