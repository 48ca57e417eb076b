/**
 * Places as news writes them (issue 12, tenth session). Each case is a sentence of the kind, written for this test.
 */
import { expect, test } from 'vitest';
import { mentionsOf } from './helpers.js';

test.each([
  ['Les randonneurs sont partis en Vallée de Marbeuge samedi.', ['place:Vallée de Marbeuge']],
  ['Le voleur a été arrêté à la station Gare de Trémoulin dimanche.', ['place:Gare de Trémoulin']],
  ['Le camion est bloqué au péage de Pont de Bérac depuis ce matin.', ['place:Pont de Bérac']],
  ['Un chalutier a sombré au large de l’Île de Kervadec hier.', ['place:Île de Kervadec']],
  ['Vers 16h15, Place de la Liberté, des manifestants se rassemblent.', ['place:Place de la Liberté', 'group:manifestants']],
])('a capitalised word that opens places’ names, then "de" and a name, is one place wherever it stands: %s', (text, expected) => {
  expect(mentionsOf(text)).toEqual(expected);
});

test.each([
  ['Ils ont baptisé un rond-point, « Rond-point des Gilets jaunes ».', 'organization:Gilets jaunes'],
  ['Le Quai d’Orsay a réagi dans la soirée.', 'organization:Quai d’Orsay'],
])('not a movement after the word, nor a name the lexicons know: %s', (text, expected) => {
  expect(mentionsOf(text)).toContain(expected);
});
