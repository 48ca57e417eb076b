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
  ['Le club est remonté a la place de Montclar au classement.', 'place:place de Montclar'],
])('not "à la place de X" (instead of X): %s', (text, unexpected) => {
  expect(mentionsOf(text)).not.toContain(unexpected);
});

test.each([
  ['Un attentat visait le pont du Valdor, dans la vieille ville.', 'place:Valdor'],
  ['La police a bloqué les manifestants sur le pont de Kermelin hier.', 'place:Kermelin'],
  ['La bombe a explosé près du parc Ozalan en fin d’après-midi.', 'place:Ozalan'],
])('in lower case, a bridge or a park is named by its name alone: %s', (text, expected) => {
  const mentions = mentionsOf(text);
  expect(mentions).toContain(expected);
  expect(mentions.filter((m) => /^place:(pont|parc) /.test(m))).toEqual([]);
});

test('a bridge with a name of its own, without "de", stays whole ("le pont Valmorin")', () => {
  expect(mentionsOf('Les touristes ont traversé le pont Valmorin à pied.')).toContain('place:pont Valmorin');
});

test.each([
  ['La circulation est filtrée au péage de Pont de Vérac depuis ce matin.', 'place:Pont de Vérac'],
  ['Le match se jouera au Parc des Arènes samedi.', 'place:Parc des Arènes'],
])('a capitalised "Pont" or "Parc" still opens the name: %s', (text, expected) => {
  expect(mentionsOf(text)).toContain(expected);
});

test.each([
  ['Un coup de grisou a tué dix mineurs dans une mine de Vorelskaïa, au nord du pays.', 'place:Vorelskaïa'],
  ['L’armée progresse vers la base aérienne de Karoum depuis lundi.', 'place:Karoum'],
  ['Deux frégates ont quitté la base navale de Kervaran hier soir.', 'place:Kervaran'],
  ['Les soldats sont rentrés à la base militaire de Mourvillers.', 'place:Mourvillers'],
])('a mine, an air, naval or military base names its place after "de": %s', (text, expected) => {
  expect(mentionsOf(text)).toContain(expected);
});

test.each([
  ['Le juge a tranché sur la base de Tellier et Morvan, deux experts.', 'place:Tellier'],
])('not a base without its adjective ("sur la base de"): %s', (text, unexpected) => {
  expect(mentionsOf(text)).not.toContain(unexpected);
});

test.each([
  ['Le Belge Tom Verlinden, champion d’Europe 2011, a fini deuxième.', 'place:Europe'],
  ['Elle est devenue championne de France 2015 du contre-la-montre.', 'place:France'],
])('the place of a sports title stays a place with the year it was won: %s', (text, expected) => {
  const mentions = mentionsOf(text);
  expect(mentions).toContain(expected);
  expect(mentions.filter((m) => m.startsWith('misc:'))).toEqual([]);
});

test.each([
  ['Il a été champion du monde d’Ironman 2014 à Kona.', 'misc:Ironman 2014'],
  ['La Golden Spin 2018 s’ouvre demain à Zagreb.', 'misc:Golden Spin 2018'],
])('a competition’s name with its year is still an event: %s', (text, expected) => {
  expect(mentionsOf(text)).toContain(expected);
});
