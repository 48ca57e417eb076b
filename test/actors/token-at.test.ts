/**
 * `TokenView.tokenAt` reads no token at a negative index (V8 looks a negative array index up as a property's name, which
 * is slow), and answers as `tokens[k]` does everywhere: undefined before the first token and after the last. `isWord`
 * and `isCap`, which guard their index the same way, answer as the plain read of the token would.
 */
import { describe, expect, test } from 'vitest';
import { PhraseIndex } from '../../src/actors/phrase-index.js';
import { TokenView } from '../../src/actors/token-view.js';
import { actorLocale as locale } from '../../src/locales/fr/actors/index.js';

class Probe extends TokenView {
  at(k: number) {
    return this.tokenAt(k);
  }
  word(k: number) {
    return this.isWord(k);
  }
  capital(k: number) {
    return this.isCap(k);
  }
}

describe('TokenView.tokenAt', () => {
  test('answers as tokens[k] at every index, in range or out', () => {
    for (const text of ['', 'Paris', "L'ONU a dit, selon M. Dupont, que « tout va bien ».", 'le 3 mai, à Saint-Étienne']) {
      const view = new Probe(text, locale, new PhraseIndex<unknown>(locale.elisions));
      const n = view.tokens.length;
      for (let k = -3; k < n + 3; k++) {
        const t = view.tokens[k];
        expect(view.at(k)).toBe(t);
        expect(view.word(k)).toBe(t?.word === true);
        expect(view.capital(k)).toBe(t !== undefined && t.word && t.cap);
      }
    }
  });
});
