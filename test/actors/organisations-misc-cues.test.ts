/** Issue 12 (organisations): names that are no body, read from the words around them. */
import { expect, test } from 'vitest';
import { mentionsOf } from './helpers.js';

test.each([
  ['Le pays a testé un engin balistique lancé depuis un navire (EBLN) au large des côtes.', []],
  ['Les chimistes ont nommé ce composé un acide gras ramifié (AGR).\n\nPlus tard, l’AGR a été retrouvé dans des sols.', []],
  ['Une étude sur les supernovae super-lumineuses (SLSN) paraît.', []],
  ['Les entreprises de TRF (transport routier frigorifique) ont manifesté.', []],
])('an acronym spelled out by a lower-case term names no body, nor do its other mentions: %s', (text, expected) => {
  expect(mentionsOf(text)).toEqual(expected);
});

test.each([
  // guards: a body's noun in the term, a capitalised name in it, a known name
  ['Le mouvement rebelle (FPLK) a revendiqué l’attaque.', 'organization:FPLK'],
  ['Le Haut Conseil des cultures régionales (HCR) a rendu son avis.', 'organization:HCR'],
  ['Selon le syndicat des pilotes de ligne (SPDL), la grève continue.', 'organization:SPDL'],
  ['Le groupe a rejoint la Banque mondiale (BM) en mai.', 'organization:BM'],
])('an acronym after a body or a capitalised name still names it: %s', (text, expected) => {
  expect(mentionsOf(text)).toContain(expected);
});

test.each([
  ['Les télescopes spatiaux Kestrel et Orbix ont observé la galaxie.', ['misc:Kestrel', 'misc:Orbix']],
  ['Les instruments Norvak, Pelix et Tarmo ont mesuré le signal.', ['misc:Norvak', 'misc:Pelix', 'misc:Tarmo']],
  ['Le constructeur livrera les premiers moteurs Vantor à l’avionneur.', ['misc:Vantor']],
  ['Il filmait avec une caméra Zelko fixée au casque.', ['misc:Zelko']],
])('after a product’s noun, singular or plural, each listed name is a product: %s', (text, expected) => {
  expect(mentionsOf(text)).toEqual(expected);
});

test.each([
  ['Les instruments Norvak et Pelix, selon Marc Dubois, ont mesuré le signal.', ['misc:Norvak', 'misc:Pelix', 'person:Marc Dubois']],
  ['Le télescope Kestrel et Marc Dubois ont été primés.', ['misc:Kestrel', 'person:Marc Dubois']],
  ['Le fabricant de satellites Orbalis va embaucher.', ['organization:Orbalis']],
])('the list after a product’s noun ends where its names end: %s', (text, expected) => {
  expect(mentionsOf(text)).toEqual(expected);
});

test.each([
  ['Les internautes ont lancé le mot-dièse #SoutienAuxSoignants sur le réseau.', []],
  ['Votez #AvecMarcel, écrit-il.', []],
])('a hashtag names no body: %s', (text, expected) => {
  expect(mentionsOf(text)).toEqual(expected);
});

test.each([
  ['Des milliers de fidèles sont venus aux Journées mondiales de la famille à Porto.', 'misc:Journées mondiales de la famille'],
  ['La Journée nationale du sommeil a lieu vendredi.', 'misc:Journée nationale du sommeil'],
  ['À Nantes, la Marche pour la forêt a réuni des milliers de personnes.', 'misc:Marche'],
  ['La Fête des lumières attire les touristes.', 'misc:Fête des lumières'],
])('a day, a march or a festival named with a capital is an event, no body: %s', (text, expected) => {
  const mentions = mentionsOf(text);
  expect(mentions).toContain(expected);
  expect(mentions.filter((m) => m.startsWith('organization:'))).toEqual([]);
});


test('an event spelled out before its acronym stays an event, with the acronym', () => {
  const mentions = mentionsOf('Le pape ira aux Journées mondiales de la famille (JMF) à Porto. Les JMF réunissent des milliers de fidèles.');
  expect(mentions).toEqual(['misc:Journées mondiales de la famille', 'misc:JMF', 'place:Porto', 'misc:JMF']);
});

test.each([
  ['Les Casques bleus de l’ONU quittent le pays.', ['organization:ONU']],
  ['En ville, les Cols blancs ont été les premiers licenciés.', []],
])('a plural noun and a colour naming a kind of people is no movement: %s', (text, expected) => {
  expect(mentionsOf(text)).toEqual(expected);
});

test('a movement named by a plural noun and a colour stays one', () => {
  expect(mentionsOf('Les Bonnets verts ont bloqué la route.')).toEqual(['organization:Bonnets verts']);
});

test('a product’s two-word noun written with its capital opens a product’s name, and its acronym follows it', () => {
  expect(mentionsOf('Le cargo a rejoint la Station spatiale internationale (ISS) hier. L’ISS sera désorbitée en 2030.')).toEqual([
    'misc:Station spatiale internationale',
    'misc:ISS',
    'misc:ISS',
  ]);
});

test.each([
  ['Trois soldats de l’Opération Vigipirate ont été blessés.', ['misc:Opération Vigipirate']],
  ['Le Festival Lumière ouvre ses portes à Lyon.', ['misc:Festival Lumière', 'place:Lyon']],
])('an event’s noun written with its capital, then a name, is an event: %s', (text, expected) => {
  expect(mentionsOf(text)).toEqual(expected);
});

test('an operation "des Nations unies" stays a body', () => {
  expect(mentionsOf('L’Opération des Nations unies au Congo se retire.')).toContain('organization:Opération des Nations unies');
});
