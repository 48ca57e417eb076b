import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dates, unitsOf } from './helpers.js';

const words = ['le', '3', 'avril', '2024', 'à', '18h', 'hier', 'soir', 'la', 'veille', 'depuis', 'mars', 'Mai', 'fin', 'du', 'mois', 'de', 'il', 'y', 'a', 'deux', 'ans', 'lundi', 'prochain', 'a', 'lancé', ',', '.', 'semaine', 'dernière', 'Noël', '/', 'http://x.fr/3-avril', 'années', '80', 'une', 'heure', 'les', 'derniers', 'prochaines', 'minutes', 'dans', 'jours', 'passées'];

describe('properties of the dates stage', () => {
  it('never throws, keeps spans inside the text, in order, without overlaps', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 40 }), fc.constantFrom('2024-04-05', null), (tokens, ref) => {
        const sentence = tokens.join(' ');
        const { source } = unitsOf([sentence]);
        const found = dates(sentence, ref).dates;
        let last = -1;
        for (const [i, d] of found.entries()) {
          // an implicit end of a duration: no text, no span, right after its duration (or the other end)
          if (d.implicit) {
            expect([d.text, d.span]).toEqual(['', null]);
            expect(found.slice(Math.max(0, i - 2), i).some((x) => x.id === d.anchor && x.type === 'DURATION')).toBe(true);
            continue;
          }
          expect(source.slice(d.span.start.offset, d.span.end.offset)).toBe(d.text);
          expect(d.span.start.offset).toBeGreaterThanOrEqual(last);
          expect(d.text.length).toBeGreaterThan(0);
          last = d.span.end.offset;
        }
      }),
      { numRuns: 300 },
    );
  });
});
