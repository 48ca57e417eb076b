/**
 * Every candidate has one shape (hidden class): the fields of `CandidateScan.candidate`, in its order, the optional ones
 * too, and `copyCandidate` writes a copy in that order. A copy made by an object spread, or a field added later, gives the
 * code that reads candidates another shape, and TurboFan's code for it is thrown away when it first meets one. Checked
 * on the keys (their order makes the shape) of every candidate, and of each fallback, that the scan finds in sentences
 * where the rules copy candidates (lists, fallbacks, coordinated bodies, a place after a noun).
 */
import { describe, expect, test } from 'vitest';
import { copyCandidate } from '../../src/actors/candidate.js';
import { buildLexicons } from '../../src/actors/lexicons.js';
import { scanUnit, type Candidate } from '../../src/actors/recognise.js';
import { actorLocale } from '../../src/locales/fr/actors/index.js';
import { unitsOf } from './units.js';

const lexicons = buildLexicons(actorLocale, []);

describe('the shape of the actors candidates', () => {
  test('every candidate, fallback and copy has the same keys in the same order', () => {
    const sentences = [
      'Les deux enfants, Paul et Charlotte, ont été retrouvés à Lyon.',
      'Sandoz et Viatris ont annoncé une fusion.',
      'Le ministre Jean Dupont a rencontré Marie Durand, Pierre Martin et Sophie Bernard.',
      'Le Hamas a revendiqué l’attaque. Hamas a nié.',
      'La province d’Al Haouz et la ville de Kelowna ont été touchées.',
      'Les troupes pro-Assad sont entrées dans al-Bab, vers al-Bab.',
      'La société easyJet et la marque Orange ont signé avec la Commission nationale de l’informatique et des libertés (Cnil).',
      'M. de Villepin a parlé avec le général de Gaulle.',
    ];
    const all: Candidate[] = [];
    for (const unit of unitsOf(sentences.join('\n\n'))) {
      for (const c of scanUnit(unit, actorLocale, lexicons)) {
        all.push(c);
        if (c.fallback) all.push(c.fallback);
      }
    }
    expect(all.length).toBeGreaterThanOrEqual(sentences.length);
    const keys = Object.keys(all[0]!);
    for (const c of all) {
      expect(Object.keys(c)).toEqual(keys);
      expect(Object.keys(copyCandidate(c, { type: 'place', listedWith: c }))).toEqual(keys);
    }
  });
});
