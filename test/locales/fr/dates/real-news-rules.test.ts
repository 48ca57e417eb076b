/**
 * General rules found by measuring on real, linguist-annotated news (issue 11). The sentences are our own, of the same
 * kinds as the cases the corpora showed; each block names the rule.
 */
import { describe } from 'vitest';
import { table } from './table.js';

describe('ages are not dates (ref 2024-04-05)', () => {
  table('2024-04-05', [
    ['Marc Lefort, 47 ans, a été blessé hier.', ['hier=2024-04-04']],
    ['Une cycliste de 63 ans a été renversée.', []],
    ['Un ouvrier du bâtiment de 29 ans est mort.', []],
    ['Un jeune Italien de 17 ans a disparu.', []],
    ['La victime, âgée de 71 ans, habitait seule.', []],
    ['Un atelier pour les 8-14 ans et les moins de 6 ans.', []],
    ['Le stage accueille les enfants de 3 à 10 ans.', []],
    ['Sophie Durand (38 ans) a porté plainte.', []],
    ['Il a fêté ses 90 ans en famille.', []],
    // a count of years that fills something stays a duration
    ['Il a écopé de 4 ans de prison.', ['4 ans=P4Y']],
    ['Un mandat de six ans commence.', ['six ans=P6Y']],
    ['Il habite Lille depuis 12 ans, dit-il.', ['12 ans=P12Y']],
  ]);
});

describe('two-digit years, midnight, capitals (ref 1999-06-10)', () => {
  table('1999-06-10', [
    // a two-digit year is in the reference's century unless that puts it more than ten years ahead
    ['Le chantier a commencé en avril 96.', ['avril 96=1996-04']],
    ['La loi de janvier 2003 remplace celle de mars 05.', ['janvier 2003=2003-01', 'mars 05=2005-03']],
    // "00 h 20" in the evening is just after midnight, not 12:20
    ['Le film passe ce soir à 00 h 20.', ['ce soir=1999-06-10TEV', '00 h 20=1999-06-10T00:20']],
    // a run of words in capitals reads like lower case
    ['DUPONT SUSPENDU DEUX MATCHS ET SIX SEMAINES.', ['SIX SEMAINES=P6W']],
    ['FERMETURE DU PONT JUSQU\'AU 20 JUILLET', ['20 JUILLET=1999-07-20']],
  ]);
});
