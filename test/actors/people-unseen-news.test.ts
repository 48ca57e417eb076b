/**
 * Person and role rules for news the project never saw (issue 12, second pass): each case is a sentence of the kind,
 * written for this test.
 */
import { expect, test } from 'vitest';
import { actorsOf, mentionsOf, personRoles } from './helpers.js';

const roles = personRoles;

test.each([
  ['Le décret fut signé par le général de Montclar en 1961.', ['person:de Montclar']],
  ['Elle a rencontré la comtesse de Valbrune au château.', ['person:de Valbrune']],
  ['Le maréchal de Ferrières commandait la place.', ['person:de Ferrières']],
  ['Le capitaine de Marseille a marqué deux buts.', ['place:Marseille']],
  ['Le directeur de Valmonde a démissionné.', ['organization:Valmonde']],
])('after a military or noble title and its article, "de" opens a surname: %s', (text, expected) => {
  expect(mentionsOf(text)).toEqual(expected);
});

test('the title before "de" and the surname is the person\'s role', () => {
  expect(roles('Le décret fut signé par le général de Montclar en 1961.')).toEqual(['de Montclar: général']);
});

test.each([
  ['Un conseiller du président américain Tom Barkley a démissionné.', ['Tom Barkley: président']],
  ["L'avocat de la suspecte Julie Marchand a fait appel.", ['Julie Marchand: suspecte']],
  ["Le chef de cabinet de l'adjoint au maire Paul Vernet est parti.", ['Paul Vernet: maire']],
  ['Le ministre de la Défense Paul Vernet est arrivé.', ['Paul Vernet: ministre de la Défense']],
])('a role inside the complement of another role is the role of the name that follows: %s', (text, expected) => {
  expect(roles(text)).toEqual(expected);
});

test('a body\'s capitalised head in a role complement stops before the name the role gives', () => {
  expect(mentionsOf('Le président de la Délégation Jean-Luc Morvan a parlé.')).toEqual(['organization:Délégation', 'person:Jean-Luc Morvan']);
});

test('a role complement that points back ("de ce dernier") runs to the comma before the name', () => {
  expect(roles("Elle fut payée par l'avocat de ce dernier, Marc Hervé, jusqu'en mai.")).toEqual(['Marc Hervé: avocat de ce dernier']);
});

test.each([
  ['Il rejoint Tomas Lindgren, également triple vainqueur de la course, au palmarès.', ['Tomas Lindgren: triple vainqueur de la course']],
  ['Il a croisé Ana Ferreira, aussi ancienne ministre de la Santé, à Lisbonne.', ['Ana Ferreira: ancienne ministre de la Santé']],
])('a role in apposition may follow an adverb and a multiplier: %s', (text, expected) => {
  expect(roles(text)).toEqual(expected);
});

test('a full name that opens one longer name is that person without a second surname', () => {
  const { actors } = actorsOf('Lucía Ortega Ruiz a gagné. Plus tard, Lucía Ortega a remercié Pablo Ortega.');
  expect(actors.filter((a) => a.type === 'person').map((a) => [a.name, a.aliases])).toEqual([
    ['Lucía Ortega Ruiz', ['Lucía Ortega']],
    ['Pablo Ortega', []],
  ]);
});

test.each([
  ["Elle a été battue par la Hongroise Varkonyi en demi-finale.", ['person:Varkonyi']],
  ["Il a cédé face à l'Espagnol Ortuño au dernier tour.", ['person:Ortuño']],
  ['Elle devance la Néerlandaise Femke van Dalen.', ['person:Femke van Dalen']],
  ['Il précède le Belge Lucas Petit au sprint.', ['person:Lucas Petit']],
  ['La Suisse Romande vote dimanche.', ['organization:Suisse Romande']],
])('a nationality after an article, then a surname alone or a full name, is a person: %s', (text, expected) => {
  expect(mentionsOf(text).filter((m) => !m.startsWith('place:'))).toEqual(expected);
});

test('bare surnames listed after a plural relational noun are people with that role', () => {
  expect(roles('Il a gagné le relais avec ses coéquipiers Dorsey, Banton et Whyte.')).toEqual(['Dorsey: coéquipiers', 'Banton: coéquipiers', 'Whyte: coéquipiers']);
});

test('a surname that news writes alone for one well-known person is a person, not after a definite article', async () => {
  const { actorLocale } = await import('../../src/locales/fr/actors/index.js');
  const learned = (await import('../../src/locales/fr/data/learned-surnames.json', { with: { type: 'json' } })).default as string[];
  const name = learned.find((n) => actorLocale.isKnownSurname(n))!;
  expect(name).toBeDefined();
  expect(mentionsOf(`Le portrait a été peint par ${name} vers 1960.`)).toEqual([`person:${name}`]);
  expect(mentionsOf(`Le portrait appartenait aux ${name}.`)).not.toContain(`person:${name}`);
});

test.each([
  ['Favorite de la course, Lise Marchal a dominé la partie vélo.', ['Lise Marchal: Favorite de la course']],
  ['Elle a distancé sa première poursuivante, la Suissesse Anna Roth, au kilomètre 60.', ['Anna Roth: première poursuivante']],
  ['Le dernier grand patron du groupe, Pierre Vasseur, a été condamné.', ['Pierre Vasseur: dernier grand patron du groupe']],
])('a role, a comma and the name: opening a sentence, before a nationality, after "dernier grand": %s', (text, expected) => {
  expect(roles(text)).toEqual(expected);
});

test('an adverbial phrase between the copula and the role ("était en effet le favori")', () => {
  expect(roles('Hier, Julien Morel était en effet le favori du scrutin.')).toEqual(['Julien Morel: favori du scrutin']);
});

test('a role after a name and a comma that the name after it holds is no apposition of the first name', () => {
  expect(roles("Selon Marc Dupin, le ministre de l'Intérieur Paul Roux a menti.")).toEqual(['Marc Dupin: ', "Paul Roux: ministre de l'Intérieur"]);
});

test.each([
  ["Le club a annoncé l'arrivée de Karim Benali comme directeur sportif.", ['Karim Benali: directeur sportif']],
  ['Il a présenté Nadia Ferhat, en tant que présidente du jury.', ['Nadia Ferhat: présidente du jury']],
  ['Il a choisi Paul Roux comme chaque année.', ['Paul Roux: ']],
])('"comme", "en tant que" before a role after a name: %s', (text, expected) => {
  expect(roles(text)).toEqual(expected);
});

test('a participle of appointment opening the sentence, a role, a month and a comma, then the name', () => {
  expect(roles('Nommée porte-parole du gouvernement en mai, Sophie Garnier a démissionné.')).toEqual(['Sophie Garnier: porte-parole du gouvernement']);
});

test.each([
  ["L'affaire Barlier a éclaté en 2012.", ['person:Barlier']],
  ['Le procès Kervella s’ouvre lundi.', ['person:Kervella']],
  ['On rappelle l’affaire Dupré de Sainval.', ['person:Dupré de Sainval']],
])('a case written in lower case is named after a person: %s', (text, expected) => {
  expect(mentionsOf(text)).toEqual(expected);
});

test.each([
  ['— Mélanie, témoin de la scène', ['Mélanie: témoin de la scène']],
  ['Dupontel, réalisateur du film, était présent.', ['Dupontel: réalisateur du film']],
])('a lone word opening a sentence, with a role in apposition, is a person: %s', (text, expected) => {
  expect(roles(text)).toEqual(expected);
});

test.each([
  ['Après la mort de leur fille de 19 ans, Pauline, elle a arrêté.', ['person:Pauline']],
  ['Elle a vu son frère, Paris est loin.', ['place:Paris']],
])('a given name after a kinship noun and a comma (an age between) is a person: %s', (text, expected) => {
  expect(mentionsOf(text)).toEqual(expected);
});

test.each([
  ['Selon Sky News, les tirs ont débuté.', ['organization:Sky News']],
  ['Selon Paul Martin, rien ne bouge.', ['person:Paul Martin']],
])('without a cue, a given name and a surname that is an organisation\'s word name no person: %s', (text, expected) => {
  expect(mentionsOf(text)).toEqual(expected);
});

test.each([
  ['Un fidèle de Marsh a parlé.', ['person:Marsh']],
  ['Le successeur de Vernier est arrivé.', ['person:Vernier']],
  ['Le président de Valmonde a parlé.', ['organization:Valmonde']],
  ['C’est la génération Karnovic qui a perdu.', ['person:Karnovic']],
])('a lone name after a relation between people, or the generation it leads, is a person: %s', (text, expected) => {
  expect(mentionsOf(text)).toEqual(expected);
});

test.each([
  ['Le président de la Banque centrale européenne Vardelli a parlé.', ['Vardelli: président de la Banque centrale européenne']],
  ['Selon le président russe Vladimir Morozov, rien.', ['Vladimir Morozov: président']],
])('a lone surname after a known body in a role complement is the role holder: %s', (text, expected) => {
  expect(roles(text)).toEqual(expected);
});

test.each([
  ['Lundi, Jérémy, un jeune policier de 26 ans, a été blessé.', ['person:Jérémy']],
  ['À Florence, un jeune homme de 20 ans a été arrêté.', ['place:Florence']],
])('a lone given name with an apposition that gives an age is a person: %s', (text, expected) => {
  expect(mentionsOf(text)).toEqual(expected);
});

test.each([
  ["Elle a dû s'opposer à Jon Varga, un sénateur indépendant.", ['person:Jon Varga']],
  ['Il habite à Port Vila, capitale du Vanuatu.', ['place:Port Vila', 'place:Vanuatu']],
])('after "à", a name with a role in apposition is a person, not a place: %s', (text, expected) => {
  expect(mentionsOf(text)).toEqual(expected);
});

test.each([
  ['Les députés approuvent la destitution de Dilna Varosa', ['person:Dilna Varosa']],
  ['Pérou : les sénateurs du Pérou rejettent la candidature de Dilna Varosa', ['place:Pérou', 'place:Pérou', 'person:Dilna Varosa']],
])('a verb in the third person plural ends a plural role and its complement: %s', (text, expected) => {
  expect(mentionsOf(text)).toEqual(expected);
});

test('a plural role before a verb gives no role to the names after the verb', () => {
  expect(roles('Les élus votent pour Dilna Varosa.')).toEqual(['Dilna Varosa: ']);
});
