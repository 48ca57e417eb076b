/** Issue 12, session 11 (organisations): names typed as bodies that are times, letters or competitions. */
import { expect, test } from 'vitest';
import { mentionsOf } from './helpers.js';

test.each([
  ['Ces vers marins vivaient au début du Cambrien, bien avant le Jurassique.', []],
  ['Les outils taillés datent de la fin du Paléolithique supérieur, avant le Néolithique.', []],
  ['Le gisement remonte au Miocène et les dents au Pliocène.', []],
])('a geological or prehistoric period is a time, no actor: %s', (text, expected) => {
  expect(mentionsOf(text)).toEqual(expected);
});

test.each([
  ['La mairie a porté plainte contre X auprès du procureur de Lorient.', ['place:Lorient']],
  ['Les rayons X traversent les tissus mous.', []],
])('a known name of one letter is no name without a word that calls it so: %s', (text, expected) => {
  expect(mentionsOf(text)).toEqual(expected);
});

test.each([
  ['Le ministre l’a annoncé sur X dans la soirée.', 'organization:X'],
  ['Le réseau social X a suspendu le compte.', 'organization:X'],
])('guard: after "sur" or its noun, the one-letter name stays: %s', (text, expected) => {
  expect(mentionsOf(text)).toContain(expected);
});

test.each([
  ['Elle remporte le championnat du monde d’Ironman pour la troisième fois.', 'Ironman'],
  ['Il est devenu champion du monde de Xterra à Maui.', 'Xterra'],
  ['Le multiple champion d’Ironman termine cinquième.', 'Ironman'],
  ['Les championnats d’Europe de Swimrun se tiennent en mai.', 'Swimrun'],
])('after a championship or a sports title and "de", the name is the competition’s (an event), no body: %s', (text, name) => {
  const mentions = mentionsOf(text);
  expect(mentions.some((m) => m.startsWith('misc:') && m.endsWith(name))).toBe(true);
  expect(mentions.filter((m) => m.startsWith('organization:') || m.startsWith('person:'))).toEqual([]);
});

test('the competition stops at the holder named after it', () => {
  expect(mentionsOf('La championne du monde d’Ironman Léa Marchal a dominé la course.')).toEqual(['misc:Ironman', 'person:Léa Marchal']);
});

test.each([
  ['Elle est championne de France depuis deux ans.', ['place:France']],
  ['Il est champion d’Europe avec l’équipe de Norvège.', ['place:Europe', 'place:Norvège']],
])('guard: a title of a known place keeps the place, no event: %s', (text, expected) => {
  expect(mentionsOf(text)).toEqual(expected);
});

test.each([
  ['Au cinéma, elle joue dans Les Jardins secrets, L’Orage du soir et Le Loup aime la pluie.', ['misc:Les Jardins secrets', 'misc:L’Orage du soir', 'misc:Le Loup aime la pluie']],
  ['Réalisateur discret, on lui doit notamment Le Chant des rivières et La Nuit bleue.', ['misc:Le Chant des rivières', 'misc:La Nuit bleue']],
  ['Le premier film projeté sera The Silent Harbour de Paul Vernier.', ['misc:The Silent Harbour', 'person:Paul Vernier']],
  ['Au théâtre, on lui doit notamment Les Heures claires et La Vie rêvée du facteur Marcel P.', ['misc:Les Heures claires', 'misc:La Vie rêvée du facteur', 'person:Marcel P.']],
])('in a sentence about works, a title opening on its article is a work: %s', (text, expected) => {
  expect(mentionsOf(text)).toEqual(expected);
});

test.each([
  // guards: no word of works in the sentence; a known title; a title at the sentence's start
  ['Selon La Gazette du Berry, la grève continue.', 'organization:La Gazette du Berry'],
  ['Le film a été salué par la critique, notamment Le Monde.', 'organization:Le Monde'],
])('a title outside a sentence about works, or known, stays a body: %s', (text, expected) => {
  expect(mentionsOf(text)).toContain(expected);
});

test.each([
  ['L’association Pêcheurs du monde a porté plainte.', 'organization:Pêcheurs du monde'],
  ['Il dirige depuis mai l’Institut du monde nordique.', 'organization:Institut du monde nordique'],
  ['Selon le Comité d’enquête, les débris viennent de l’avion.', 'organization:Comité d’enquête'],
])('a body’s name keeps a complement on a common noun that is also a stopword: %s', (text, expected) => {
  expect(mentionsOf(text)).toContain(expected);
});

test('guard: a text after a body and "de la" is no part of its name', () => {
  expect(mentionsOf('Le passage au Sénat de la loi sera une formalité.')).toContain('organization:Sénat');
});

test.each([
  ['La revue Lettres et Savoirs publie une enquête.', ['organization:Lettres et Savoirs']],
  ['L’organisme Racines et Partages organise la journée.', ['organization:Racines et Partages']],
])('after a singular introducer, two unknown names joined by "et" are one body: %s', (text, expected) => {
  expect(mentionsOf(text)).toEqual(expected);
});

test.each([
  ['Les sociétés Alvarel et Montrose ont fusionné.', ['organization:Alvarel', 'organization:Montrose']],
  ['La société Alvarel et Jean Dupont ont signé un accord.', ['organization:Alvarel', 'person:Jean Dupont']],
])('guard: a plural introducer, or a person after "et", keeps two actors: %s', (text, expected) => {
  expect(mentionsOf(text)).toEqual(expected);
});

test.each([
  ['Jeudi, la candidate s’est défendue lors de « L’Émission spéciale ».', ['misc:L’Émission spéciale']],
  ['Il a manqué 113 GWh au réseau cet hiver.', []],
])('a title named by a work’s noun, and a unit after a number, are no body: %s', (text, expected) => {
  expect(mentionsOf(text)).toEqual(expected);
});

test('guard: a mixed-case acronym without a number before it stays a body', () => {
  expect(mentionsOf('L’AfD a progressé dans les sondages.')).toEqual(['organization:AfD']);
});

test.each([
  ['Il s’agit de l’agent neurotoxique KZ, selon la police.', []],
  ['Grâce à la méthode statistique coréenne ORBIS, l’équipe a publié.', []],
  ['La controverse vise la certification environnementale PFCE depuis mai.', []],
])('an acronym after a common noun and its adjectives qualifies the noun, no body: %s', (text, expected) => {
  expect(mentionsOf(text)).toEqual(expected);
});

test.each([
  ['Le parti nationaliste ZPL a remporté les élections.', ['organization:ZPL']],
  ['La compagnie aérienne nationale TAAG a suspendu ses vols.', ['organization:TAAG']],
])('guard: after a body’s noun and its adjectives, the acronym names the body: %s', (text, expected) => {
  expect(mentionsOf(text)).toEqual(expected);
});

test.each([
  ['Il a cofondé la marque The Blue Face en 1966.', ['organization:The Blue Face']],
  ['Selon The Morning Post, le plan est prêt.', ['organization:The Morning Post']],
])('after an English article, a capitalised French stopword is still the name’s: %s', (text, expected) => {
  expect(mentionsOf(text)).toEqual(expected);
});

test.each([
  ['Elle a été élue à l’Académie belge en 2001.', ['organization:Académie belge']],
  ['Le texte a été rejeté par le Parlement portugais mardi.', ['organization:Parlement portugais']],
])('a body’s head alone after its article keeps its country’s adjective: %s', (text, expected) => {
  expect(mentionsOf(text)).toEqual(expected);
});

test.each([
  ['La réforme est combattue par le Mouvement 7 vallées depuis mai.', ['organization:Mouvement 7 vallées']],
  ['Le club joue en Ligue 2 depuis mai.', ['organization:Ligue 2']],
])('a head, a number and a plural noun right after it make one name: %s', (text, expected) => {
  expect(mentionsOf(text)).toEqual(expected);
});

test.each([
  ['Le roman est sorti aux éditions Verlaque en mai.', ['organization:Verlaque']],
  ['La boutique Ormavel a été pillée samedi.', ['organization:Ormavel']],
  ['L’usine Plastinor fermera ses portes en mars.', ['organization:Plastinor']],
  ['Des vitrines du café Brunello ont été brisées.', ['organization:Brunello']],
])('after a shop’s, a factory’s or a publisher’s noun, the name is a company: %s', (text, expected) => {
  expect(mentionsOf(text)).toEqual(expected);
});

test('guard: a café as a drink or a place names no one', () => {
  expect(mentionsOf('Il boit un café noir puis sort du café avec Marie Dupont.')).toEqual(['person:Marie Dupont']);
});

test.each([
  ['Il a réclamé sur Asie 4, à titre personnel, la démission du ministre.', ['organization:Asie 4']],
  ['Il étudie à Lyon 7 depuis la rentrée.', ['organization:Lyon 7']],
  ['Selon Bretagne 5 Finistère, la grève continue.', ['organization:Bretagne 5 Finistère']],
])('a place’s name and a number glued after it name a channel or a body: %s', (text, expected) => {
  expect(mentionsOf(text)).toEqual(expected);
});

test.each([
  ['Lyon bat Marseille 2 à 1 dimanche.', ['place:Lyon', 'place:Marseille']],
  ['À Nantes 86 personnes ont été évacuées.', ['place:Nantes']],
  ['Kiev hésite à appliquer les accords de Vilnius 2 signés en mai.', ['place:Kiev', 'place:Vilnius']],
])('guard: a count or a score after a place keeps the place: %s', (text, expected) => {
  expect(mentionsOf(text)).toEqual(expected);
});

test.each([
  ['L’attentat a été revendiqué par les Faucons de la justice du Zagros.', ['organization:Faucons de la justice du Zagros']],
  ['La coalition regroupe surtout des Brigades de défense du peuple.', ['organization:Brigades de défense du peuple']],
  ['Les militants des Amis de la forêt ont manifesté.', ['group:militants', 'organization:Amis de la forêt']],
])('a capitalised plural noun after a plural article and its common complements name a group: %s', (text, expected) => {
  expect(mentionsOf(text)).toEqual(expected);
});

test('guard: inhabitants with a complement stay no group', () => {
  expect(mentionsOf('Les Parisiens de la rive gauche ont voté.')).not.toContain('organization:Parisiens de la rive gauche');
});

test('after an introducer, a one-word name keeps "pour" and a known place', () => {
  expect(mentionsOf('Le parti Renouveau pour la Pologne progresse dans les sondages.')).toEqual(['organization:Renouveau pour la Pologne']);
});

test('guard: a place after "pour" and a known company stays a place', () => {
  expect(mentionsOf('Le groupe Vinci a signé un contrat pour la Pologne.')).toContain('place:Pologne');
});
