/**
 * Runs of capitalised words with no given name that news writes for organisations, not people (issue 12, third
 * pass): each case is a sentence of the kind, written for this test.
 */
import { expect, test } from 'vitest';
import { actorsOf, mentionsOf } from './helpers.js';

test.each([
  ['Le rachat de Velmor Pictures a été annoncé hier.', 'organization:Velmor Pictures'],
  ["L'action de Kessel Electric a chuté de 4 %.", 'organization:Kessel Electric'],
  ['Les journalistes de Bravon Presse ont voté la grève.', 'organization:Bravon Presse'],
  ["D'après Nakamori Shimbun, le ministre démissionnera.", 'organization:Nakamori Shimbun'],
  ['Les serveurs de Darrow Interactive sont en panne.', 'organization:Darrow Interactive'],
])('a last word that names companies or media makes the run an organisation: %s', (text, expected) => {
  expect(mentionsOf(text)).toContain(expected);
});

test('a given name before such a word still makes a person', () => {
  expect(mentionsOf('Le chanteur Marc Gazette a sorti un disque.')).toContain('person:Marc Gazette');
});

test.each([
  ['Le groupe Norlys et Vesta Kolmar ont signé un accord.', 'organization:Vesta Kolmar'],
  ['Le contrat lie Ardent Dynamo ou Norlys Group.', 'organization:Ardent Dynamo'],
])('a run without a given name joined by "et" or "ou" to an organisation is one too: %s', (text, expected) => {
  expect(mentionsOf(text)).toContain(expected);
});

test.each([
  // a comma is no list mark here: a headline's name after a competition
  ['Triathlon : la société Norlys, Ilke Vandamme gagne encore.', 'person:Ilke Vandamme'],
  // a given name in the run keeps the person
  ['Le groupe Norlys et Paul Kolmar ont signé un accord.', 'person:Paul Kolmar'],
])('not after a comma, nor with a given name: %s', (text, expected) => {
  expect(mentionsOf(text)).toContain(expected);
});

test.each([
  ['Le gouverneur de Floride Jim Barkley a signé le décret.', ['place:Floride', 'person:Jim Barkley']],
  ['Le maire de Saint-Malo Claude Vernet a inauguré le port.', ['place:Saint-Malo', 'person:Claude Vernet']],
  ['Le président de la région Haute-Vallée Anne Morvan a parlé.', ['place:Haute-Vallée', 'person:Anne Morvan']],
])('a place, then a given name and a surname, are the place and the person: %s', (text, expected) => {
  expect(mentionsOf(text)).toEqual(expected);
});

test('the person split from the place keeps the role held over the place', () => {
  const person = actorsOf('Le gouverneur de Floride Jim Barkley a signé le décret.').actors.find((a) => a.type === 'person');
  expect(person?.roles).toEqual(['gouverneur de Floride']);
});

test('a place that is also a given name opens the name', () => {
  expect(mentionsOf('Selon Mary Lou Barkley, la loi passera.')).toEqual(['person:Mary Lou Barkley']);
});

test.each([
  ['Vers midi, sur Kanal24, le ministre a répondu.', ['organization:Kanal24']],
  ['Il était invité hier sur Radio7 pour parler du budget.', ['organization:Radio7']],
])('a capitalised word with a number glued to it is a channel: %s', (text, expected) => {
  expect(mentionsOf(text)).toEqual(expected);
});

test.each([
  ['La permanence du député LaRIP a été taguée.', 'organization:LaRIP'],
  ['Selon la sénatrice DeFOR, le texte passera.', 'organization:DeFOR'],
])('a prefix before two capitals or more makes an acronym-like name, not a surname: %s', (text, expected) => {
  expect(mentionsOf(text)).toContain(expected);
});

test.each([
  ['Le logiciel sert à des entreprises telles que Nestor, Vesta Kolmar et Brenn.', ['organization:Nestor', 'organization:Vesta Kolmar', 'organization:Brenn']],
  ['Ils combattent des groupes armés comme Jund al-Nour ou Liwa al-Tahrir.', ['organization:Jund al-Nour', 'organization:Liwa al-Tahrir']],
])('names listed after a plural noun for organisations are organisations: %s', (text, expected) => {
  expect(mentionsOf(text)).toEqual(expected);
});

test('a given name in such a list still makes a person', () => {
  expect(mentionsOf('Des partis comme celui de Marine Vernet ont voté.')).toContain('person:Marine Vernet');
});

test("a place noun's name keeps the given names of the person it is named after", () => {
  expect(mentionsOf("L'avion a atterri à l'aéroport José María Cordova hier.")).toEqual(['place:José María Cordova']);
});

test.each([
  ['Les médias à Vallonges, Brisac et Mortelune ont souffert.', 'organization:Brisac'],
  ['Il enquête sur des sociétés liées à Vernet.', 'organization:Vernet'],
])('not after a preposition that opens no examples: %s', (text, unexpected) => {
  expect(mentionsOf(text)).not.toContain(unexpected);
});

test('a role written with a capital before the name it gives is no organisation', () => {
  expect(mentionsOf("C'est l'arrestation du Colonel Désiré Vernet qui a tout changé.")).toEqual(['person:Désiré Vernet']);
});

test('one capital letter alone names no body', () => {
  expect(mentionsOf('Les rayons Q traversent la matière.')).toEqual([]);
});

test.each([
  ["L'amende vient de l'Autorité des marchés boursiers, selon la presse.", 'organization:Autorité des marchés boursiers'],
  ["Selon l'Union nationale des transporteurs routiers, la grève continue.", 'organization:Union nationale des transporteurs routiers'],
  ['Le Syndicat des industries pétrolières a protesté.', 'organization:Syndicat des industries pétrolières'],
])('an adjective of trade after the complement stays in the name: %s', (text, expected) => {
  expect(mentionsOf(text)).toContain(expected);
});

test.each([
  ['Paul Vernet, Chester Morvan et Anne Roux ont chanté hier.', 'person:Chester Morvan'],
  ['On a entendu Chester Morvan et Anne Roux hier soir.', 'person:Chester Morvan'],
])("a town's name and one more word, listed with people, name a person: %s", (text, expected) => {
  expect(mentionsOf(text)).toContain(expected);
});

test("a town's name and one more word alone still name a body", () => {
  expect(mentionsOf('Il a rejoint Chester Morvan hier.')).not.toContain('person:Chester Morvan');
});

test.each([
  ["Elle a gagné l'Ironman Danemark à Copenhague.", 'misc:Ironman Danemark'],
  ['Triathlon : Ironman Portugal, le titre pour Paul Vernet.', 'misc:Ironman Portugal'],
  ['Le Marathon Lisbonne 2019 a réuni dix mille coureurs.', 'misc:Marathon Lisbonne 2019'],
])("a contest's capitalised word right before a known place names the event: %s", (text, expected) => {
  expect(mentionsOf(text)).toContain(expected);
});

test('major competitions are events, not bodies', () => {
  expect(mentionsOf('Le club est qualifié pour la Ligue des champions et pour la Ligue Europa.')).toEqual(['misc:Ligue des champions', 'misc:Ligue Europa']);
});

test.each([
  ['Le rachat coûte 1,68 milliard de dollars US.'],
  ['Le baril est monté à 68,65 $US mardi.'],
  ['Cela représente 70 millions de US$ chacun.'],
])("a country's code beside a currency names no actor: %s", (text) => {
  expect(mentionsOf(text)).toEqual([]);
});

test.each([
  ['La compagnie perd de l’argent : Air Valmonde supprime des vols.', 'organization:Air Valmonde'],
  ['Le Sporting Ravello a battu le Dynamo Kolmar.', 'organization:Dynamo Kolmar'],
])('a first word that opens names of airlines and clubs makes the run a body: %s', (text, expected) => {
  expect(mentionsOf(text)).toContain(expected);
});

test.each([
  ['Le groupe a chanté I Want Your Money devant la foule.'],
  ['La bombe surnommée Father of Big Blasts a été larguée.'],
])('an English phrase is no person: %s', (text) => {
  expect(mentionsOf(text).filter((m) => m.startsWith('person:'))).toEqual([]);
});

test('an English link word inside a run without a given name makes a body', () => {
  expect(mentionsOf('Le cabinet a racheté Darrow Kemp and Bailey hier.')).toContain('organization:Darrow Kemp and Bailey');
});
