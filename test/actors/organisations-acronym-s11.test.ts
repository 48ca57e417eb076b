/** Issue 12, session 11 (organisations, second pass): a body spelled out before its acronym in parentheses, whole. */
import { expect, test } from 'vitest';
import { mentionsOf } from './helpers.js';

test.each([
  [
    'Les relevés de l’Institut régional pour la surveillance de la qualité de l’air et des rivières (IRSQAR) sont publiés.',
    'Institut régional pour la surveillance de la qualité de l’air et des rivières',
  ],
  ['La Ligue nationale de lutte contre les maladies rares (LNLMR) a lancé un appel aux dons.', 'Ligue nationale de lutte contre les maladies rares'],
  ['Les gendarmes du peloton de surveillance et d’intervention (PSI) sont arrivés sur place.', 'peloton de surveillance et d’intervention'],
])('the words whose initials spell the acronym after them are one body, however long, "contre" giving no letter: %s', (text, name) => {
  const mentions = mentionsOf(text);
  expect(mentions).toContain(`organization:${name}`);
  expect(mentions.filter((m) => m.startsWith('organization:'))).toHaveLength(2);
});

test.each([
  ['Il roule en vélo à assistance électrique (VAE) depuis deux ans.', []],
  ['Le patient souffre d’une maladie contre laquelle aucun traitement (ACT) n’existe.', []],
])('guard: a common term before its acronym names no body: %s', (text, expected) => {
  expect(mentionsOf(text).filter((m) => m.startsWith('organization:'))).toEqual(expected);
});
