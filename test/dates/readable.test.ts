import { describe, expect, it } from 'vitest';
import { hasCapitalPair, readable } from '../../src/dates/find-candidates.js';
import { DOMAIN_RANGES } from '../../src/text/unicode-domain.js';

// readable() first asks whether a text holds two capitals in a row, from a table for the first code units and the
// pattern past it: both must answer as the pattern does.
describe('hasCapitalPair', () => {
  const pattern = /\p{Lu}{2}/u;
  it('answers as /\\p{Lu}{2}/u on every pair of characters below U+0300, every other one of the Latin domain, and some beyond', () => {
    const chars = Array.from({ length: 0x300 }, (_, c) => String.fromCharCode(c));
    chars.push('Ω', 'ω', 'Ж', 'ж', 'Ⱥ', 'ⱥ', '\u{10400}', '\u{10428}', '\ud801', '€', '’');
    // (the domain's punctuation, currency signs and minus, which the table passes over, and letters just outside it: ℂ, Ω, ⁿ)
    for (const [from, to] of DOMAIN_RANGES) for (let c = Math.max(from, 0x300); c <= to; c++) chars.push(String.fromCharCode(c));
    chars.push('\u2102', '\u2126', '\u207f', '\u2070', '\u20d0', '\u2213');
    // (every character next to an upper-case and a lower-case letter of each range, rather than all pairs)
    const partners = ['A', 'a', 'É', 'é', 'Ł', 'ł', 'Ω', 'ω', '\u{10400}', ' '];
    for (const c of chars) {
      for (const p of partners) {
        for (const text of [c + p, p + c, `x ${c}${p} y`, `${p}${c}`.repeat(3)]) expect(hasCapitalPair(text), JSON.stringify(text)).toBe(pattern.test(text));
      }
    }
  });

  it('leaves a text without two capitals in a row as it is, and reads a shouted run', () => {
    const quiet = 'Le 3 mai, À Paris, Œuvre et cœur.';
    expect(readable(quiet)).toBe(quiet);
    expect(readable('ÉTÉ CHAUD, DANS DEUX ANS')).toBe('été chaud, dans deux ans');
  });

  it('reads shouted runs the same on texts of the narrow domain (its twins) and beside a letter outside it (the Latin twins)', () => {
    // (the same sentences with "Ł" added at the end: the Latin twins run; the runs read before it must not change)
    const texts = ['ÉTÉ CHAUD, DANS DEUX ANS', 'LE CŒUR ET L’ŒUVRE : DANS 3 MOIS', 'Un titre ÀÉ ÇA 12 ÔÛ et la suite', 'FIN 2024 - DÉBUT 2025 ŠKODA', 'UE, PS ET LR', 'A B CD EF'];
    for (const text of texts) {
      const latin = readable(`${text} Ł`);
      expect(readable(text), text).toBe(latin.slice(0, text.length));
    }
    expect(readable('LE CŒUR ET L’ŒUVRE : DANS 3 MOIS')).toBe('le cœur et L’ŒUVRE : dans 3 mois');
  });
});
