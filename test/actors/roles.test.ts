import { expect, test } from 'vitest';
import { actorsOf } from './helpers.js';

const rolesOf = (text: string): Record<string, string[]> =>
  Object.fromEntries(actorsOf(text).actors.filter((a) => a.type === 'person').map((a) => [a.name, a.roles]));

test.each([
  ['Claire Vasseur est la nouvelle directrice de l’observatoire régional.', 'Claire Vasseur', 'nouvelle directrice de l’observatoire régional'],
  ['Marc Lebrun, qui était directeur sportif du club, a quitté la ville.', 'Marc Lebrun', 'directeur sportif du club'],
  ['Paul Girardin a été nommé entraîneur des gardiens.', 'Paul Girardin', 'entraîneur des gardiens'],
  ['Sophie Marchal est désormais la candidate de son parti.', 'Sophie Marchal', 'candidate de son parti'],
  ['Julien Perrot, 52 ans, ingénieur à la centrale de Tricastin, a témoigné.', 'Julien Perrot', 'ingénieur à la centrale de Tricastin'],
  ['Le Ministre des Finances Karl Wendt était présent.', 'Karl Wendt', 'Ministre des Finances'],
  ['Le vice-ministre italien des Transports, Paolo Ricci, a démenti.', 'Paolo Ricci', 'vice-ministre italien des Transports'],
  ['On attendait le Suisse champion du monde de Vétathlon et double vainqueur de la course Marco Keller au départ.', 'Marco Keller', 'double vainqueur de la course'],
])('a role as predicate, apposition or title: %s', (text, name, role) => {
  expect(rolesOf(text)[name]).toContain(role);
});

test('a plural role before a list of names is the role of each', () => {
  const roles = rolesOf('Le texte a été salué par plusieurs élus locaux, comme Louise Aubert (PS), Hugo Lambert et Nadia Ferhat.');
  expect(roles['Louise Aubert']).toContain('élus locaux');
  expect(roles['Hugo Lambert']).toContain('élus locaux');
  expect(roles['Nadia Ferhat']).toContain('élus locaux');
});

test('a first name that also names a town is a person in a list after a plural role', () => {
  const roles = rolesOf('Les deux enfants, Mathis et Charlotte, ont été reçus.');
  expect(Object.keys(roles)).toEqual(['Mathis', 'Charlotte']);
  // outside such a list it stays the town
  expect(actorsOf('Le groupe a joué à Charlotte et à Atlanta.').actors.map((a) => [a.name, a.type])).toContainEqual(['Charlotte', 'place']);
});

test('a role in apposition between dashes: "X - employé de … -"', () => {
  expect(rolesOf('Le père, Marc Rivière - employé de la société Cartonex - a été entendu.')['Marc Rivière']).toContain('employé de la société Cartonex');
});

test('bare surnames listed after a plural role are people', () => {
  const roles = rolesOf('Les sculpteurs Rodin, Maillol et Bourdelle sont exposés.');
  expect(Object.keys(roles)).toEqual(['Rodin', 'Maillol', 'Bourdelle']);
});

test('no role from a verb that only looks like a predicate', () => {
  expect(rolesOf('Claire Vasseur est arrivée hier à Lyon.')['Claire Vasseur']).toEqual([]);
});

test('"Mr" is an honorific: one person with the full name', () => {
  const people = actorsOf('Joey Tarantini a parlé. Mr Tarantini a ensuite refusé. Tarantini est parti.').actors.filter((a) => a.type === 'person');
  expect(people.map((a) => a.name)).toEqual(['Joey Tarantini']);
  expect(people[0]!.mentions).toHaveLength(3);
});

test('a role before a comma after "du": "du suppléant de ce dernier, X"', () => {
  expect(rolesOf('Le contrat du suppléant du député, Paul Gaillard, a pris fin.')['Paul Gaillard']).toContain('suppléant du député');
});

test('a bare surname takes a predicate role when the text names the person in full', () => {
  expect(rolesOf('Marc Vidal a gagné. Vidal était pourtant le favori du scrutin.')['Marc Vidal']).toContain('favori du scrutin');
});
