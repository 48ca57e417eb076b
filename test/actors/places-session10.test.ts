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

test.each([
  ['Le convoi a quitté Aix en Provence pour Bourg en Bresse.', ['place:Aix en Provence', 'place:Bourg en Bresse']],
  ['Le ministre est arrivé hier en Guinée Bissau.', ['place:Guinée Bissau']],
  ['L’avion a rejoint Port au Prince lundi.', ['place:Port au Prince']],
])('a country’s or a town’s name written without its hyphens is that place: %s', (text, expected) => {
  expect(mentionsOf(text)).toEqual(expected);
});

test('not a saint’s name written so ("Saint Pierre")', () => {
  expect(mentionsOf('Les pèlerins prient Saint Pierre chaque matin.')).not.toContain('place:Saint Pierre');
});

test('lone unknown words listed with a known place, and with no body or person, are places ("en Alsace : X, Y, Strasbourg, Z et W")', () => {
  expect(mentionsOf('Des blocages ont eu lieu en Alsace : Kervinheim, Lauterbois, Strasbourg, Mardeheim et Orvillard.')).toEqual([
    'place:Alsace',
    'place:Kervinheim',
    'place:Lauterbois',
    'place:Strasbourg',
    'place:Mardeheim',
    'place:Orvillard',
  ]);
});

test.each([
  ['Des blocages ont eu lieu : Kervinheim, Lauterbois, Mardeheim et Orvillard.', 'place:Kervinheim'],
  ['Ont été reçus Kervinheim, Lauterbois, Pauline Morel et Lyon.', 'place:Lauterbois'],
])('not a list without a known place, nor one with a person: %s', (text, unexpected) => {
  expect(mentionsOf(text)).not.toContain(unexpected);
});

test.each([
  ['Les skieurs ont rejoint le Grand-Morvan samedi.', ['place:Grand-Morvan']],
  ['Les détenus ont quitté la Petite-Roquette hier.', ['place:Petite-Roquette']],
])('one word shaped like a place’s name with "Grand-", "Petite-" is a place: %s', (text, expected) => {
  expect(mentionsOf(text)).toEqual(expected);
});

test('not a body’s head shaped so ("le Haut-Commissariat")', () => {
  expect(mentionsOf('Il a saisi le Haut-Commissariat aux réfugiés.')).not.toContain('place:Haut-Commissariat');
});

test.each([
  ['Un cargo a sombré en mer Méditerranée hier.', ['place:Méditerranée']],
  ['Les combats se poursuivent dans la vallée de l’Euphrate.', ['place:Euphrate']],
])('"mer", "vallée" stay outside a name the lexicons know as a place: %s', (text, expected) => {
  expect(mentionsOf(text)).toEqual(expected);
});

test.each([
  ['Un pétrolier croise en mer des Sargasses.', ['place:mer des Sargasses']],
  ['Ils skient dans la vallée de Joux.', ['place:vallée de Joux']],
  ['Ils sont entrés dans le lycée de la mer à Kervadec hier.', ['place:Kervadec']],
  ['Il faut donner un cap aux Pays-Bas.', ['place:Pays-Bas']],
])('the feature keeps its head before a name known only as its own, and reaches its name over "de" and an article only: %s', (text, expected) => {
  expect(mentionsOf(text)).toEqual(expected);
});

test('a sea named by a country keeps its head ("la mer du Japon")', () => {
  expect(mentionsOf('Un missile est tombé en mer du Japon.')).toEqual(['place:mer du Japon']);
});

test('a common noun that holds a place’s name right after its noun mentions no place ("des cocktails Molotov")', () => {
  expect(mentionsOf('La police a saisi des cocktails Molotov dans une camionnette.')).toEqual([]);
});

test.each([
  ['Le convoi a quitté Valence d’Albi hier soir.', ['place:Valence d’Albi']],
])('a known town, "d’" and another known place are one town’s name: %s', (text, expected) => {
  expect(mentionsOf(text)).toEqual(expected);
});

test.each([
  ['La France d’Emmanuel Macron avance.', 'person:Emmanuel Macron'],
  ['Il part de Lyon d’abord, puis de Nantes.', 'place:Lyon'],
])('not a country nor a town before a person or a common word: %s', (text, expected) => {
  expect(mentionsOf(text)).toContain(expected);
});

test.each([
  ['Un séisme a frappé les îles Fidji hier.', ['place:Fidji']],
  ['Un séisme a frappé les îles de Fidji hier.', ['place:Fidji']],
])('"îles" stay outside a known place’s name, a country’s too: %s', (text, expected) => {
  expect(mentionsOf(text)).toEqual(expected);
});

test('the islands keep their head before a name unknown alone ("les îles Morvannes")', () => {
  expect(mentionsOf('Un navire a rejoint les îles Morvannes hier.')).toEqual(['place:îles Morvannes']);
});
