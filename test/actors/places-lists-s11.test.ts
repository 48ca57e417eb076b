/** Issue 12, session 11 (places, second pass): unknown places listed with a known place, road codes. */
import { expect, test } from 'vitest';
import { mentionsOf } from './helpers.js';

test.each([
  ['Les orages ont touché la Bervalie, Lyon, la Quenardie, Morvandière et les Pellanches.', ['place:Morvandière', 'place:Pellanches']],
  ['Les pluies ont noyé la Quenardie, Morvandière et Lyon.', ['place:Quenardie', 'place:Morvandière']],
  ['À Rennes, Kerbrinec et Lostivel, les routes sont coupées.', ['place:Kerbrinec', 'place:Lostivel']],
])('a lone unknown word listed with a place, between names read from their article, is a place: %s', (text, expected) => {
  const got = mentionsOf(text);
  for (const e of expected) expect(got).toContain(e);
  expect(got.filter((m) => m.startsWith('organization:'))).toEqual([]);
});

test.each([
  ['« Concrètement, le Maroc a accepté le plan », a dit le ministre.', 'Concrètement'],
  ['En relais mixte Espoirs, l’Espagne remporte le titre.', 'Espoirs'],
])('guard: a word before a comma and an article opens a clause, no list with the place after it: %s', (text, word) => {
  expect(mentionsOf(text).some((m) => m.endsWith(`:${word}`))).toBe(false);
});

test.each([
  ['Le contrat lie Lyon, Renault et Brevalto depuis mars.', 'place:Brevalto'],
])('guard: beside a body named otherwise than by its article, a lone word is not made a place: %s', (text, notExpected) => {
  expect(mentionsOf(text)).not.toContain(notExpected);
});

test.each([
  ['La N12 est coupée dans les deux sens depuis ce matin.', 'place:N12'],
  ['L’A81 reste fermée entre deux échangeurs.', 'place:A81'],
])('a road’s code after the feminine article that opens the sentence is a place: %s', (text, expected) => {
  expect(mentionsOf(text)).toContain(expected);
});

test.each([
  ['Le A350 de la compagnie a atterri sans encombre.', 'place:A350'],
  ['La D2 reprend le championnat en mars.', 'place:D2'],
])('guard: a model after a masculine article, a sports division, are no roads: %s', (text, notExpected) => {
  expect(mentionsOf(text)).not.toContain(notExpected);
});

test.each([
  ['Les gendarmes restent près des Bonnets rouges toute la nuit.', 'Bonnets'],
  ['Le camp de Gilets jaunes a été détruit dans la nuit.', 'Gilets'],
])('a plural noun and a movement’s colour after a place cue name the movement, no place: %s', (text, word) => {
  const got = mentionsOf(text);
  expect(got).not.toContain(`place:${word}`);
  expect(got.some((m) => m.startsWith(`organization:${word} `))).toBe(true);
});

test.each([
  ['Les bouchons s’étendent entre Le Vernoux et Lorient depuis ce matin.', 'place:Le Vernoux'],
])('after "entre", a capitalised article belongs to the town’s name: %s', (text, expected) => {
  expect(mentionsOf(text)).toContain(expected);
});

test.each([
  ['Le débat entre Le Monde et Libération continue.', 'place:Le Monde'],
])('guard: a title the lexicons know stays a title after "entre": %s', (text, notExpected) => {
  expect(mentionsOf(text)).not.toContain(notExpected);
});

test.each([
  ['Les manifestants remontent en direction du Quervenet, où la circulation est coupée.', 'place:Quervenet'],
  ['Le cortège part en direction de la Morlande vers midi.', 'place:Morlande'],
])('after "en direction de" and an article, the name is where one goes: %s', (text, expected) => {
  expect(mentionsOf(text)).toContain(expected);
});

test.each([
  ['La direction du Syndicat a répondu aux salariés.', 'place:Syndicat'],
])('guard: "la direction de" (the management) gives no place: %s', (text, notExpected) => {
  expect(mentionsOf(text)).not.toContain(notExpected);
});

test.each([
  ['Une centaine de manifestants se trouvent entre l’Arc de Valmont et la gare.', ['place:Arc de Valmont']],
  ['Les policiers évacuent l’Arc de Valmont des Bonnets rouges qui refluent.', ['place:Arc de Valmont', 'organization:Bonnets rouges']],
])('"Arc de X" is a landmark, a place; a movement after it is no part of its name: %s', (text, expected) => {
  const got = mentionsOf(text);
  for (const e of expected) expect(got).toContain(e);
});

test.each([
  ['Les facultés sont bloquées à Lyon (Brondelle et Mirvaux) depuis lundi.', ['place:Brondelle', 'place:Mirvaux']],
])('lone unknown words listed in parentheses right after a place are places in it: %s', (text, expected) => {
  const got = mentionsOf(text);
  for (const e of expected) expect(got).toContain(e);
});

test.each([
  ['Le groupe Renault (Brondelle et Mirvaux) recule en Bourse.', 'place:Brondelle'],
])('guard: in parentheses after a body, the list is no place: %s', (text, notExpected) => {
  expect(mentionsOf(text)).not.toContain(notExpected);
});
