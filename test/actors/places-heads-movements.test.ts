/**
 * Places after more place nouns, and movements named in their own language (issue 12, third pass). Each case is a
 * sentence of the kind, written for this test.
 */
import { expect, test } from 'vitest';
import { mentionsOf } from './helpers.js';

test.each([
  ['Ils ont bloqué le centre commercial de la Part-Neuve samedi.', ['place:Part-Neuve']],
  ['La zone commerciale de Kervillac est fermée depuis lundi.', ['place:Kervillac']],
  ['La centrale nucléaire de Brennilis sera démantelée.', ['place:Brennilis']],
  ['Les coureurs sont arrivés au fort de Kervallon.', ['place:Kervallon']],
  ['Le robot explore les pentes du cratère Valdivar.', ['place:Valdivar']],
  ['Vers midi, à côté du métro Rivollet, la police a chargé.', ['place:Rivollet']],
])('a name after a place noun (or a noun and the adjective that makes it one) is a place: %s', (text, expected) => {
  expect(mentionsOf(text)).toEqual(expected);
});

test.each([
  ['Le directeur commercial de Valmonde a parlé.', ['organization:Valmonde']],
  ['Le président de la Banque centrale européenne Marc Vidal a parlé.', ['organization:Banque centrale européenne', 'person:Marc Vidal']],
])('an adjective that names no place leaves the name after it alone: %s', (text, expected) => {
  expect(mentionsOf(text)).toEqual(expected);
});

test.each([
  ['Le chef du groupe a quitté Ahrar al-Kadir en mai.', ['organization:Ahrar al-Kadir']],
  ['Selon Jabhat Fatah al-Rami, l’attaque a échoué.', ['organization:Jabhat Fatah al-Rami']],
  ['Des rebelles, comme Harakat Nour al-Din al-Hamdi, se sont ralliés.', ['group:rebelles', 'organization:Harakat Nour al-Din al-Hamdi']],
])('a name opened by an Arabic noun of movements (front, army, free men) is an organisation, not a person: %s', (text, expected) => {
  expect(mentionsOf(text)).toEqual(expected);
});

test('a person whose name holds "al-" stays a person', () => {
  expect(mentionsOf('Le ministre Bachir al-Hamdi a parlé.')).toEqual(['person:Bachir al-Hamdi']);
});

test.each([
  ['Le TER effectuait la liaison Rennes-Brest ce matin.', ['place:Rennes', 'place:Brest']],
  ["L'axe Madrid-Lisbonne-Porto est rouvert.", ['place:Madrid', 'place:Lisbonne', 'place:Porto']],
  ['Le TER Lyon-Saint-Étienne est en retard.', ['place:Lyon', 'place:Saint-Étienne']],
])('one word of known places joined by hyphens names each place: %s', (text, expected) => {
  expect(mentionsOf(text)).toEqual(expected);
});

test.each([
  ['La liaison Rennes-Kervaloc est lente.', 'place:Rennes'],
  ['Le trafic est coupé entre Lille-Flandres et Lille-Europe.', 'place:Europe'],
])('a hyphenated name not made of known places alone, or listed after a place, is not split: %s', (text, unwanted) => {
  expect(mentionsOf(text)).not.toContain(unwanted);
});
