/**
 * Places missed or cut wrong on real news (issue 12, eleventh session). Each case is a sentence of the kind, written for
 * this test.
 */
import { expect, test } from 'vitest';
import { mentionsOf } from './helpers.js';

test.each([
  ['Un colis suspect a été découvert à la gare de Montclar-Nord dans la matinée.', 'place:gare de Montclar-Nord'],
  ['Les voyageurs ont été évacués à la gare Saint-Émeric vers midi.', 'place:gare Saint-Émeric'],
  ['Les policiers voulaient défiler à la place Vauzelle ce soir.', 'place:place Vauzelle'],
])('after "à la", a street’s or a station’s head still opens its name: %s', (text, expected) => {
  expect(mentionsOf(text)).toContain(expected);
});

test.each([
  ['Il a été élu à la place de Jean Dupont.', 'place:place de Jean Dupont'],
  ['Le club est remonté à la place de Montclar au classement.', 'place:place de Montclar'],
])('not "à la place de X" (instead of X): %s', (text, unexpected) => {
  expect(mentionsOf(text)).not.toContain(unexpected);
});
