/** Person rules measured on real news (issue 12): each case is a sentence of the kind, written for this test. */
import { expect, test } from 'vitest';
import { mentionsOf } from './helpers.js';

const people = (text: string) => mentionsOf(text).filter((m) => m.startsWith('person:'));

test.each([
  ['Le prix revient à Paul K. Wendler pour ses travaux.', ['person:Paul K. Wendler']],
  ['Le prix revient à Paul M. Wendler pour ses travaux.', ['person:Paul M. Wendler']],
  ['Une voyageuse, Kayleen T. Morrow, a filmé la scène.', ['person:Kayleen T. Morrow']],
])('a middle initial stays in the name, "M." too after a given name: %s', (text, expected) => {
  expect(people(text)).toEqual(expected);
});

test.each([
  ['Il a ensuite accusé sa sœur Odile de mentir.', ['person:Odile']],
  ['Elle est venue avec leur fils Tanguy et son mari.', ['person:Tanguy']],
  ['Il a été rejoint par son frère Charlotte.', ['person:Charlotte']],
  ['La sœur de Nantes a parlé.', ['place:Nantes']],
])('after a possessive and a kinship noun, a capitalised word is a person: %s', (text, expected) => {
  expect(mentionsOf(text)).toEqual(expected);
});

test.each([
  ['Le jeune Mathis, 14 ans, a été blessé.', ['person:Mathis']],
  ['Ses enfants Charlotte, 12 ans, et Hugo, 9 ans, étaient absents.', ['person:Charlotte', 'person:Hugo']],
  ['À Charlotte, 300 personnes ont manifesté.', ['place:Charlotte']],
])('a lone given name with an age in apposition is a person: %s', (text, expected) => {
  expect(mentionsOf(text)).toEqual(expected);
});

test.each([
  ['La permanence du député LREM Julien Marchal a été taguée.', ['organization:LREM', 'person:Julien Marchal']],
  ['Il a écrit au président de la région Occitanie Marc Dupin.', ['place:Occitanie', 'person:Marc Dupin']],
])('an acronym or a known name between a role and a given name belongs to the role: %s', (text, expected) => {
  expect(mentionsOf(text)).toEqual(expected);
});

test.each([
  ['Le producteur Jean Valmont est mort.', ['person:Jean Valmont']],
  ["L'animateur de radio Pierre Dorval a pris sa retraite.", ['person:Pierre Dorval']],
  ['Le producteur Danone a relevé ses prix.', ['organization:Danone']],
])('a role that is also a company noun, then a given name and a surname, names a person: %s', (text, expected) => {
  expect(mentionsOf(text)).toEqual(expected);
});

test.each([
  ["Il est membre du comité de la campagne de Marine Dufresne depuis mai.", ["person:Marine Dufresne"]],
  ['Il est devenu ministre de la Marine en mai.', []],
])('a given name after a bare "de" in a role complement is no portfolio: %s', (text, expected) => {
  expect(mentionsOf(text)).toEqual(expected);
});

test.each([
  ['Le jeune Mathis, âgé de 14 ans, a été blessé.', ['person:Mathis']],
  ["Selon l'Institut C.D. Rowe, non.", []],
])('an age written "âgé de" is an age too; an institute before initials is no given name: %s', (text, expected) => {
  expect(people(text)).toEqual(expected);
});

test.each([
  ['Paul Marsh du Parti social a gagné.', ['person:Paul Marsh', 'organization:Parti social']],
  ['Les violations par Mme Kwan de la Constitution ont choqué.', ['person:Kwan', 'misc:Constitution']],
  ['Il a rencontré Dominique de Villepin hier.', ['person:Dominique de Villepin']],
])('"de" before a body or a common noun does not lengthen a surname: %s', (text, expected) => {
  expect(mentionsOf(text)).toEqual(expected);
});

test.each([
  ['Elle a battu la Russe Sofia Marenko en finale.', ['person:Sofia Marenko']],
  ['Il vit à Sofia Nord depuis mai.', ['place:Sofia Nord']],
  ["Milan Kovar a déclaré qu'il partait.", ['person:Milan Kovar']],
  ['La finale a été gagnée par Sofia Orlova et Igor Pavlov.', ['person:Sofia Orlova', 'person:Igor Pavlov']],
  ['Il a lu Paris Match hier.', ['organization:Paris Match']],
])('a given name a big city bears, before an unknown surname, names a person where something says so: %s', (text, expected) => {
  expect(mentionsOf(text)).toEqual(expected);
});

test.each([
  ['Le prix va aux Britanniques Marsh, Lenoir et Vidal. Paul Marsh, Anne Lenoir et Marc Vidal sont honorés.', ['person:Marsh', 'person:Lenoir', 'person:Vidal', 'person:Paul Marsh', 'person:Anne Lenoir', 'person:Marc Vidal']],
  ['Le Néerlandais Joost Van Dam prend la 11e place.', ['person:Joost Van Dam']],
  ['Il devance le Français Paul Le Gall de peu.', ['person:Paul Le Gall']],
])('a nationality before names stays out, a surname keeps its particle: %s', (text, expected) => {
  expect(people(text)).toEqual(expected);
});

test.each([
  ['Le président Chinois Wen Daolin a été réélu.', ['person:Wen Daolin']],
])('a nationality written with a capital between a role and the name stays out of the name: %s', (text, expected) => {
  expect(people(text)).toEqual(expected);
});

test('a given name a big city bears does not take a roman number for a surname', () => {
  expect(people('Il a rejoint Paris II en mai.')).toEqual([]);
});

test.each([
  ["Le projet de l'administration Marsh inquiète les banques.", ['person:Marsh']],
  ['Le chômage a monté pendant le quinquennat Vidal.', ['person:Vidal']],
  ['Le gouvernement Lenoir a démissionné. Paul Lenoir reste en poste.', ['person:Lenoir', 'person:Paul Lenoir']],
  ['Le gouvernement de Monaco a réagi.', ['place:Monaco']],
])('a lone name after a leader\'s time in office is the leader: %s', (text, expected) => {
  expect(mentionsOf(text)).toEqual(expected);
});

test.each([
  ['Pascal Marsh est mort. La famille Marsh attend. Le domicile des Marsh a été fouillé. Marsh était connu.', ['person:Pascal Marsh', 'person:Marsh']],
  ['Alain Kerbrat a gagné devant les frères Kerbrat.', ['person:Alain Kerbrat']],
])('a surname that stands for a family is no mention of the person: %s', (text, expected) => {
  expect(people(text)).toEqual(expected);
});

test.each([
  ['Paul Vidal a été nommé à la place de Tom Kerbrat.', ['person:Paul Vidal', 'person:Tom Kerbrat']],
  ['La forme dont fait état Tom Kerbrat lui permet de revenir.', ['person:Tom Kerbrat']],
  ['Il habite place Victor Hugo.', ['place:place Victor Hugo']],
])('a place noun inside a fixed phrase ("à la place de", "fait état de") names no place: %s', (text, expected) => {
  expect(mentionsOf(text)).toEqual(expected);
});

test('after an honorific, a name that a place bears is a person', () => {
  expect(mentionsOf('Après avoir consulté ses médecins, Mme Lyon a décidé de partir.')).toEqual(['person:Lyon']);
});

test.each([
  ['Le jeune homme, Malo R., a été arrêté.', ['person:Malo R.']],
  ['Vers minuit, Malo R., 20 ans, a été arrêté.', ['person:Malo R.']],
])('a given name and the initial of a surname kept private are a name: %s', (text, expected) => {
  expect(people(text)).toEqual(expected);
});

test('a lone given name joined by "et" to a full name is a person too', () => {
  expect(people('Hier, Gilles et Sandrine Kerbrat ont porté plainte.')).toEqual(['person:Gilles', 'person:Sandrine Kerbrat']);
});

test.each([
  ['Les inscrits à Bureau Emploi ont reculé. Le marché de l’emploi reste faible.', ['organization:Bureau Emploi']],
  ['Hier, Tariq Zoulal a parlé à la presse.', ['person:Tariq Zoulal']],
])('a name without a given name, made of words the text also writes in lower case, is no person: %s', (text, expected) => {
  expect(mentionsOf(text)).toEqual(expected);
});

test.each([
  ['Dans le dernier tour Paul Kerbrat attaque.', ['person:Paul Kerbrat']],
  ['Il monte dans la tour Montparnasse.', ['place:tour Montparnasse']],
])('the masculine "tour" is a lap, not a tower before a name: %s', (text, expected) => {
  expect(mentionsOf(text)).toEqual(expected);
});

test('a name after "émission" is a work, and so is the same name written alone', () => {
  expect(mentionsOf("Il passe dans l'émission Zone Rouge. Zone Rouge a attiré du monde.")).toEqual(['misc:Zone Rouge', 'misc:Zone Rouge']);
});

test.each([
  ['La course est partie de Tanana Lodge hier.', ['place:Tanana Lodge']],
  ['Le cortège a remonté Glenmore Avenue sous les huées.', ['place:Glenmore Avenue']],
  ['Le départ est donné sur la plage de Fort Kervelec.', ['place:Fort Kervelec']],
  ['Terence Hill a joué dans le film.', ['person:Terence Hill']],
])('a place\'s first or last word makes a run of capitalised words a place, not a person: %s', (text, expected) => {
  expect(mentionsOf(text)).toEqual(expected);
});

test.each([
  ['Pour la journaliste Lise Orange, non. Orange a publié ses comptes.', ['person:Lise Orange', 'organization:Orange']],
  ['La suite de la saga Tom Marsh de J. K. Vidal est sortie.', ['person:Tom Marsh', 'person:J. K. Vidal']],
  ['Hier, Kauê da Silveira a gagné le concours.', ['person:Kauê da Silveira']],
])('surnames: a company name after a role and a given name, no initial after "de", a foreign particle: %s', (text, expected) => {
  expect(mentionsOf(text).filter((m) => !m.startsWith('misc:'))).toEqual(expected);
});

test('a one-word name written after an organisation noun is the organisation, even where a speech verb follows it elsewhere', () => {
  const text = 'Le siège de Zorvax a été perquisitionné. Zorvax a confirmé les faits. Le groupe automobile Zorvax a expliqué la suite.';
  expect(mentionsOf(text)).toEqual(['organization:Zorvax', 'organization:Zorvax', 'organization:Zorvax']);
});

test('a party acronym after a role is no surname', () => {
  expect(people('La permanence du député LaREM de la Somme a été taguée.')).toEqual([]);
});

test.each([
  ['Il fut ministre sous le règne de Bongaro.', ['person:Bongaro']],
  ['Avant le début du mandat de Vidal, rien.', ['person:Vidal']],
  ['La présidence de la République a réagi.', []],
])('after a leader\'s time in office and "de", a lone name is the leader: %s', (text, expected) => {
  expect(mentionsOf(text)).toEqual(expected);
});

test.each([
  ['Hier, Chester Marsh, chanteur du groupe, a été retrouvé mort.', ['person:Chester Marsh']],
  ['Il a lu Chester Journal hier.', ['organization:Chester Journal']],
])('a town\'s name and one more word, then a role in apposition, name a person: %s', (text, expected) => {
  expect(mentionsOf(text)).toEqual(expected);
});

test('a movement noun and its colour listed after a person are no person ("X, Gilet jaune du Cantal")', () => {
  expect(people("Hier, Paul Girard, Gilet jaune du Cantal, a parlé.")).toEqual(['person:Paul Girard']);
});

test.each([
  ['Il fut ministre de de Gaulle puis de Lenoir.', ['person:de Gaulle', 'person:Lenoir']],
  ['Il a travaillé avec Paul Girard et avec Lenoir.', ['person:Paul Girard', 'person:Lenoir']],
])('a lone name listed with a person, the preposition said again, is a person: %s', (text, expected) => {
  expect(people(text)).toEqual(expected);
});

test.each([
  ['Les buteurs : Lenoir (5/7), Dufresnoy (2/3) et Kerbrat (4/4).', ['person:Lenoir', 'person:Dufresnoy', 'person:Kerbrat']],
  ['Pour les Bleus : Vannier (3 buts), Kerbrat (2 buts).', ['person:Vannier', 'person:Kerbrat']],
  ['Les communes de Lorient (57 000) et Vannes (53 000).', []],
])('a lone name with a player\'s score in parentheses is a person, as in a team sheet: %s', (text, expected) => {
  expect(people(text)).toEqual(expected);
});

test('the capitalised noun of a case stays out of the name ("Affaire X : …")', () => {
  expect(people('Affaire Kerbrat : des restes humains retrouvés.\n\nPaul Kerbrat est suspect.')).toEqual(['person:Kerbrat', 'person:Paul Kerbrat']);
});

test.each([
  ["Le jeu de l'équipe Bruno Kerbrat a déçu.", ['person:Bruno Kerbrat']],
  ["L'équipe Zorvax a gagné l'étape.", []],
])('a full name after a team noun is the leader the team is named after: %s', (text, expected) => {
  expect(people(text)).toEqual(expected);
});

test('a nickname in quotes between the given name and the surname stays in the name', () => {
  expect(people('Javier Pastore et Marcos "Chino" Vidal sont là.')).toEqual(['person:Javier Pastore', 'person:Marcos "Chino" Vidal']);
});

test('a word that opens a quotation is no name of the list after it ("« Merci, X, … »")', () => {
  expect(people('On pouvait lire : « Merci, Paul Girard, à jamais ».')).toEqual(['person:Paul Girard']);
});

test.each([
  ['Le tireur est un homme de 39 ans, Zorvan Ali Durmaz, qui a crié.', ['person:Zorvan Ali Durmaz']],
  ['Selon la source, Nantes Ali Durmaz a fui.', ['person:Ali Durmaz']],
])('an unknown word after a comma, right before a given name and a surname, is a first given name: %s', (text, expected) => {
  expect(people(text)).toEqual(expected);
});

test.each([
  ['Les porte-parole sont Paul Girard (Occitanie), Zélie Kervadec (Bretagne) et Marc Aubert (Normandie).', ['person:Paul Girard', 'person:Zélie Kervadec', 'person:Marc Aubert']],
  ['Les villes de Vannes (Morbihan), Lorient (Morbihan) et Brest.', []],
])('a name with a region in parentheses, listed after a person, is a person: %s', (text, expected) => {
  expect(people(text)).toEqual(expected);
});

test('a lone given name joined by "et" to a full name whose surname is a given name too', () => {
  expect(people('Hier, Gilles et Sandrine Roy ont porté plainte.')).toEqual(['person:Gilles', 'person:Sandrine Roy']);
});

test.each([
  ["Des hommages ont été rendus à l'abbé Gaston.", ['person:abbé Gaston']],
  ['Sœur Odile est venue hier.', ['person:Sœur Odile']],
  ['Il a vu sa sœur Odile hier.', ['person:Odile']],
])('a religious title and a lone given name are one name: %s', (text, expected) => {
  expect(people(text)).toEqual(expected);
});

test('a generation suffix stays in the name ("X Y sr.")', () => {
  expect(people('Hier, Adrien Kerbrat sr. était devenu professionnel.')).toEqual(['person:Adrien Kerbrat sr.']);
});

test('an unknown word after a speech verb, right before a given name and a surname, is a first given name', () => {
  expect(people('« Tout est détruit » a déclaré Zorvan Jean Baptiste hier.')).toEqual(['person:Zorvan Jean Baptiste']);
});
