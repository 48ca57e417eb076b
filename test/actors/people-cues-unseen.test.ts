/**
 * People whose names the lexicons do not settle (issue 12, third pass): given names that are also a people's or a
 * place's name, surnames known by their ending only, what befalls a person as a cue. Each case is a sentence of the
 * kind, written for this test.
 */
import { expect, test } from 'vitest';
import { actorsOf, mentionsOf } from './helpers.js';

/** "type:name [roles]" of every actor, in order. */
const actors = (text: string) => actorsOf(text).actors.map((a) => `${a.type}:${a.name}${a.roles.length ? ` [${a.roles.join('; ')}]` : ''}`);

test.each([
  ['La ministre Marie Lenoir a présenté le budget.', ['person:Marie Lenoir [ministre]']],
  ['Le député Germain Lacroix a voté contre le texte.', ['person:Germain Lacroix [député]']],
  ['Le secrétaire général Alain Morvan a démissionné.', ['person:Alain Morvan [secrétaire général]']],
])('a given name that is also a people\'s name, after a role, opens the name: %s', (text, expected) => {
  expect(actors(text)).toEqual(expected);
});

test('a nationality written with a capital after a role stays out of the name', () => {
  expect(actors('Le président Chinois Wen Daolin est arrivé.')).toEqual(['person:Wen Daolin [président Chinois]']);
});

test.each([
  ['La compétition a été remportée par Milan Petrović et son partenaire.', ['person:Milan Petrović']],
  ['Le titre a été remporté par Sofia Kravtsova devant la favorite.', ['person:Sofia Kravtsova']],
  ['La course a été gagnée par Florence Popescu au sprint.', ['person:Florence Popescu']],
])('a given name that a city bears, then a surname known by its ending, is a person: %s', (text, expected) => {
  expect(mentionsOf(text)).toEqual(expected);
});

test.each([
  ['Le titre a été remporté par Sofia Marchal devant la favorite.', ['organization:Sofia Marchal']],
  ['Il a lu Paris Match dans le train.', ['organization:Paris Match']],
])('without a cue, a city and another name word stay one organisation: %s', (text, expected) => {
  expect(mentionsOf(text)).toEqual(expected);
});

test.each([
  ['Les obsèques de France Delorme auront lieu jeudi.', ['person:France Delorme']],
  ['On a appris le décès de Florence Marchal hier soir.', ['person:Florence Marchal']],
  ["L'assassinat de Paris Walby a choqué le quartier.", ['person:Paris Walby']],
])('a name after what befalls a person ("le décès de", "les obsèques de") is a person: %s', (text, expected) => {
  expect(mentionsOf(text)).toEqual(expected);
});

test('a name read as an organisation from its shape is the person the text names so with a role', () => {
  const text = 'Le groupe jouera avec Sofia Walby au Zénith. Sofia Walby, la chanteuse du groupe, a confirmé la date.';
  expect(actors(text)).toEqual(['person:Sofia Walby [chanteuse du groupe]', 'organization:Zénith']);
  expect(mentionsOf(text)).toEqual(['person:Sofia Walby', 'organization:Zénith', 'person:Sofia Walby']);
});

test('an organisation whose name a person shares without a given name stays an organisation', () => {
  const text = 'Quatre députés de la France Debout sont venus. À midi, les trois députés de la France Debout, Eric Valbon, Mathilde Ronsin et Alexis Corvière sont arrivés.';
  expect(mentionsOf(text).filter((m) => m.endsWith('France Debout'))[0]).toBe('organization:France Debout');
});

test.each([
  ['Il succède à Park Min-jae, emprisonnée depuis mars.', ['person:Park Min-jae']],
  ['Elle a succédé à Kwame Mensah en 2019.', ['person:Kwame Mensah']],
])('after "succéder à", a name is whom one succeeds, not where: %s', (text, expected) => {
  expect(mentionsOf(text)).toEqual(expected);
});

test('after "à" elsewhere, an unknown two-word name is still a place', () => {
  expect(mentionsOf('Il est parti à Kervillac Plage en mai.')).toEqual(['place:Kervillac Plage']);
});

test.each([
  ['Trente hommes participent au programme court.', []],
  ['Trente hommes participent. Il vit à Trente depuis 2010.', ['place:Trente']],
])('a number opening a sentence before a lower-case word names no place of that name: %s', (text, expected) => {
  expect(mentionsOf(text)).toEqual(expected);
});

test.each([
  ['Le navigateur Paul Le Bihan a franchi la ligne en tête.', ['person:Paul Le Bihan [navigateur]']],
  ['Le navigateur Firefox est le plus utilisé.', ['misc:Firefox']],
  ['La sonde Marie Curie a décollé.', ['misc:Marie Curie']],
])('a product\'s noun that is also a role ("navigateur") gives a person\'s role before a full name: %s', (text, expected) => {
  expect(actors(text)).toEqual(expected);
});
