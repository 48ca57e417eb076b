/**
 * Persons and roles on text the lexicons do not know (issue 12, tenth session): each case is a sentence of the kind,
 * written for this test.
 */
import { expect, test } from 'vitest';
import { actorsOf, mentionsOf, personRoles } from './helpers.js';

const roles = personRoles;

test.each([
  ["L'ancien maire de Toronto Zeb Kardal est mort hier.", ['Zeb Kardal: ancien maire de Toronto']],
  ['La ministre de la Culture et des Sports Mirla Tadevi a demandé une enquête.', ['Mirla Tadevi: ministre de la Culture et des Sports']],
  ['Le gouverneur de Bavière Ulf Garrigan a parlé.', ['Ulf Garrigan: gouverneur de Bavière']],
])('after a role whose complement ends on a known name or a portfolio, two unknown words are its holder: %s', (text, expected) => {
  expect(roles(text)).toEqual(expected);
});

test.each([
  ["L'ancien maire de Toronto Zeb Kardal est mort hier.", ['place:Toronto', 'person:Zeb Kardal']],
  // guards: a place and other name words still name a body; three unknown words are no given name and surname
  ['Il écoute France Bleu Provence chaque matin.', ['organization:France Bleu Provence']],
])('the place in the complement stays a place and the holder a person: %s', (text, expected) => {
  expect(mentionsOf(text)).toEqual(expected);
});

test('three unknown words after the complement are no given name and surname', () => {
  expect(roles('Le directeur de Toronto Kardal Zebulon Films a parlé.')).toEqual([]);
});

test.each([
  ['Championnat de Suisse : Vardalek remporte la finale, Ostrelin creuse l’écart', ['person:Vardalek', 'person:Ostrelin']],
  ['Tour de Romandie : De Kessel remporte la 4e étape, Ostrelin garde son maillot', ['person:De Kessel', 'person:Ostrelin']],
  ['Au sprint final, Vardalek s’impose devant le peloton.', ['person:Vardalek']],
  ['Après trois sets, Vardalek bat le tenant du titre.', ['person:Vardalek']],
])('a lone unknown name right before a verb of a feat is a contestant: %s', (text, expected) => {
  expect(mentionsOf(text).filter((m) => m.startsWith('person'))).toEqual(expected);
});

test.each([
  // guards: a known place or body keeps its type; the verb must follow the name; "impose" needs its pronoun
  ['En finale, la France remporte le titre.', ['place:France']],
  ['Au sprint, Vardalek impose sa loi.', []],
  ['La victoire que remporte Vardalek surprend.', []],
])('no person without the verb right after a lone name: %s', (text, expected) => {
  expect(mentionsOf(text)).toEqual(expected);
});

test.each([
  ['Favorite de la course chez les femmes, Lise Marchal a gagné.', ['Lise Marchal: Favorite de la course']],
  ['La Suédoise lauréate de la course, Anna Velt, a battu le record.', ['Anna Velt: Suédoise lauréate de la course']],
  ['Le Français vainqueur du rallye, Paul Girard, a été fêté.', ['Paul Girard: Français vainqueur du rallye']],
  ['Directeur du musée depuis 2010, Paul Girard a démissionné.', ['Paul Girard: Directeur du musée']],
])('a role before a comma and the name, after a people\'s noun or before a short adjunct: %s', (text, expected) => {
  expect(roles(text)).toEqual(expected);
});

test.each([
  ['Zeb Kardal, élu maire de Lyon en 2014, a parlé.', ['Zeb Kardal: maire de Lyon']],
  ['Zeb Kardal, directeur du musée depuis 2010, a parlé.', ['Zeb Kardal: directeur du musée']],
])('a year after "en" or "depuis" is no part of a role: %s', (text, expected) => {
  expect(roles(text)).toEqual(expected);
});

test.each([
  ['La patineuse russe Anna Velt a gagné.', ['Anna Velt: patineuse']],
  ['Le youtubeur Zebulor a publié une vidéo.', ['Zebulor: youtubeur']],
  ['Le rappeur Kardalo sort un album.', ['Kardalo: rappeur']],
])('a sport or a trade before a name is its role and makes an unknown name a person: %s', (text, expected) => {
  expect(roles(text)).toEqual(expected);
});

test('a role noun that is also an adjective stays out of the list ("un barrage policier bloque … Notre-Dame")', () => {
  expect(roles('Un barrage policier bloque l’accès à la cathédrale Notre-Dame.')).toEqual([]);
});

test.each([
  ['Lise Marchal et Zeb Kardal, deux chercheurs de l’université, ont parlé.', ['Lise Marchal: chercheurs de l’université', 'Zeb Kardal: chercheurs de l’université']],
  ['Anna Velt, Lise Marchal et Zeb Kardal, trois fondateurs du collectif, ont parlé.', ['Anna Velt: fondateurs du collectif', 'Lise Marchal: fondateurs du collectif', 'Zeb Kardal: fondateurs du collectif']],
  // guards: a singular role in apposition is the last name's only; a plural noun after "les" may open the next clause
  ['Entre Vielmont et Zarbec, les coureurs du Tour ont souffert.', []],
  ['Lise Marchal et Zeb Kardal, directeur du musée, ont parlé.', ['Lise Marchal: ', 'Zeb Kardal: directeur du musée']],
])('a plural role in apposition after a list of names is each one\'s: %s', (text, expected) => {
  expect(roles(text)).toEqual(expected);
});

test.each([
  ['Zeb Kardal, nommé directeur en mai, a parlé.', ['Zeb Kardal: directeur']],
  ['Zeb Kardal, 52 ans, chauffeur de taxi, a été blessé.', ['Zeb Kardal: chauffeur de taxi']],
  ['Zeb Kardal, un agriculteur de 52 ans, a été blessé.', ['Zeb Kardal: agriculteur']],
  ['Zeb Kardal, élu écologiste et neveu du maire, a parlé.', ['Zeb Kardal: élu écologiste et neveu du maire']],
  ['Zeb Kardal, chef adjoint au commissariat âgé de 42 ans, a parlé.', ['Zeb Kardal: chef adjoint au commissariat']],
])('a role in apposition after a participle of appointment (not one that is the role), a trade, an age after the role: %s', (text, expected) => {
  expect(roles(text)).toEqual(expected);
});

test.each([
  ["Son mandat de Premier ministre s'est achevé en 2014.", []],
  ['Son mandat de Secrétaire général a duré six ans.', []],
])('a capitalised role after a term of office names nobody: %s', (text, expected) => {
  expect(mentionsOf(text).filter((m) => m.startsWith('person'))).toEqual(expected);
});

test.each([
  ['Un homme prénommé Zebulor a été arrêté.', ['person:Zebulor']],
  ['Hier, Kardalo (45 ans) a été arrêté.', ['person:Kardalo']],
  ['Hier, Kardalo, 45 ans, a été arrêté.', ['person:Kardalo']],
  ['Le couple Kardalo a été reçu hier.', ['person:Kardalo']],
  ["France : décès de l'homme de radio Jean-Christophe Vardel", ['place:France', 'person:Jean-Christophe Vardel']],
  // guards: "dénommée" names places too; a number in parentheses is no age
  ['Le forage a eu lieu dans une zone dénommée Zarbec Lake.', []],
  ['Hier, Kardalo (45) a été arrêté.', []],
])('a person named by a cue of its own kind (a given name, an age, a couple, a trade in a phrase): %s', (text, expected) => {
  expect(mentionsOf(text).filter((m) => expected.length > 0 || m.startsWith('person'))).toEqual(expected);
});

test.each([
  ['Kardalo et Zeb Marchal se sont rencontrés à Berlin.', ['person:Kardalo', 'person:Zeb Marchal', 'place:Berlin']],
  // guard: a word opening the sentence before a comma stays out of the list
  ['Merci, Zeb Marchal.', ['person:Zeb Marchal']],
])('a lone name opening the sentence, joined by "et" to a person, is a person: %s', (text, expected) => {
  expect(mentionsOf(text)).toEqual(expected);
});

test.each([
  ['Le Ministère de la Culture Marc Vardel a visité Lyon.', ['organization:Ministère de la Culture', 'person:Marc Vardel', 'place:Lyon']],
  ['Le Parti radical de Lise Vardel a gagné.', ['organization:Parti radical', 'person:Lise Vardel']],
  // guard: a complement of two capitalised words without a given name stays in the body's name
  ['La Banque de Zorbex Industries a fermé.', ['organization:Banque de Zorbex Industries']],
])('a given name and a surname after a body\'s complement are a person\'s, not the body\'s: %s', (text, expected) => {
  expect(mentionsOf(text)).toEqual(expected);
});

test('a surname that opens on a capitalised particle is the person named in full ("Van der Berghe" after "Ursula van der Berghe")', () => {
  const people = actorsOf('Ursula van der Velt a parlé lundi. Van der Velt a ajouté que tout allait bien.').actors.filter((a) => a.type === 'person');
  expect(people.map((a) => [a.name, a.mentions.length])).toEqual([['Ursula van der Velt', 2]]);
});

test.each([
  ['Zeb Kardal, 22 ans, étudiant en droit, a été blessé.', ['Zeb Kardal: étudiant en droit']],
  ['Zeb Kardal est étudiant en droit.', ['Zeb Kardal: étudiant en droit']],
  ['Les deux enfants, Zeb et Lise, respectivement 21 et 18 ans, étudiants, ont disparu.', ['Zeb: étudiants; enfants', 'Lise: étudiants; enfants']],
  // guard: such a noun before a name gives no role ("un barrage policier … Notre-Dame")
  ['Le syndicat étudiant a reçu Zeb Kardal hier.', ['Zeb Kardal: ']],
])('a status that is an adjective too is a role in apposition or as predicate only: %s', (text, expected) => {
  expect(roles(text)).toEqual(expected);
});

test.each([
  ['Après la victoire de Lyon Marseille, le chanteur français, hier.', ['person:Lyon Marseille']],
  // guards: two places listed, or after "à", stay places
  ['Entre Lyon, Marseille, la capitale du sud, et Paris.', ['place:Lyon', 'place:Marseille', 'place:Paris']],
  ['Il est né à Lyon Marseille, le chanteur français.', ['place:Lyon', 'place:Marseille']],
])('two one-word places\' names and a role in apposition name a person: %s', (text, expected) => {
  expect(mentionsOf(text)).toEqual(expected);
});
