/**
 * Persons and roles on unseen text (issue 12, eleventh session): false persons and missed ones. Each case is a
 * sentence of the kind, written for this test.
 */
import { expect, test } from 'vitest';
import { mentionsOf, personRoles } from './helpers.js';

test.each([
  ['Un Iliouchine Il-76 de la compagnie Norvak a disparu des radars.', ['misc:Iliouchine Il-76', 'organization:Norvak']],
  ['Ce Soukhoï Su-27 volait à basse altitude au-dessus de la mer.', ['misc:Soukhoï Su-27']],
  ['Les pilotes du Mil Mi-8 ont pu se poser en urgence.', ['misc:Mil Mi-8']],
])('a maker and a model code of a capital, small letters, a hyphen and digits name a product, no person: %s', (text, expected) => {
  expect(mentionsOf(text)).toEqual(expected);
});

test.each([
  // guards: a person's name with a hyphenated surname, and a plain model code, are read as before
  ['Le pilote Jean-Marc Ba-Diop a témoigné hier.', ['person:Jean-Marc Ba-Diop']],
  ['Un Airbus A320 a atterri à Lyon.', ['misc:Airbus A320', 'place:Lyon']],
])('guard: %s', (text, expected) => {
  expect(mentionsOf(text)).toEqual(expected);
});

test.each([
  ["Le navire a sombré dans l'Océan Indien au large de Madagascar.", ['place:Océan Indien', 'place:Madagascar']],
  ["Les débris sont tombés dans l'Océan Pacifique dimanche.", ['place:Océan Pacifique']],
  ["La traversée de l'Océan Atlantique a duré dix jours.", ['place:Océan Atlantique']],
])('a feature noun that is also a given name, after an article, opens a place, no person: %s', (text, expected) => {
  expect(mentionsOf(text)).toEqual(expected);
});

test.each([
  // guard: the same given name without an article, inside a sentence, still opens a person's name
  ['Hier, Océan Kervadec, 12 ans, a gagné le concours de dessin.', ['person:Océan Kervadec']],
])('guard: %s', (text, expected) => {
  expect(mentionsOf(text)).toEqual(expected);
});

test.each([
  ['Le commandant Léo Vardin succède à Marc Ostrel. Le chef sortant a quitté ses fonctions dimanche.', ['Léo Vardin: commandant', 'Marc Ostrel: chef sortant']],
  ['Les critiques visent Paul Kerjean. Selon la presse, le candidat écologiste a renoncé à son meeting.', ['Paul Kerjean: candidat écologiste']],
  ["L'enquête vise désormais Anne Morvil. La candidate « Horizons Nouveaux » à la mairie dément tout.", ['Anne Morvil: candidate']],
  ['Un rapport inquiète les proches de Jon Varga, qui doute de la loyauté du président élu malgache.', ['Jon Varga: président élu']],
])('a role with an adjective or a label and no name goes to the one person without a role named just before: %s', (text, expected) => {
  expect(personRoles(text)).toEqual(expected);
});

test.each([
  // guards: two people without a role, a bare role noun, a role held over something, another sex, a holder of that noun
  ['Paul Kerjean a rencontré Jon Varga. Le candidat écologiste a ensuite parlé.', ['Paul Kerjean: ', 'Jon Varga: ']],
  ['Paul Kerjean a été blessé. Le président a demandé une enquête.', ['Paul Kerjean: ']],
  ['Paul Kerjean a été blessé. Le maire adjoint de la commune a demandé une enquête.', ['Paul Kerjean: ']],
  ['Paul Kerjean a été blessé. La candidate écologiste a demandé une enquête.', ['Paul Kerjean: ']],
  ['Le candidat Marc Ostrel a croisé Paul Kerjean. Le candidat écologiste a ensuite parlé.', ['Marc Ostrel: candidat', 'Paul Kerjean: ']],
  // "le" after a subject pronoun is a pronoun, and the noun a verb
  ['Jean Kermel a été nommé. Il le juge démissionnaire depuis hier.', ['Jean Kermel: ']],
])('guard: %s', (text, expected) => {
  expect(personRoles(text)).toEqual(expected);
});

test.each([
  ['Le groupe a joué Last Dance hier soir devant la foule.', []],
  ['La course de Two Rivers a été annulée faute de neige.', []],
  ['Sur scène, le duo a repris From Dusk en ouverture.', []],
  ['Des données fournies par les instruments Vega et KTCA ( Kerala Telescope Compact Array ), une équipe a conclu.', []],
])('an English preposition or number word, or four capitalised words without a given name, make no person: %s', (text, expected) => {
  expect(mentionsOf(text).filter((m) => m.startsWith('person'))).toEqual(expected);
});

test.each([
  // guards: a role before the words still names a person; a given name among four words still opens a person's name
  ['Le youtubeur From Dusk répond en vidéo.', ['person:From Dusk']],
  ['Hier, Jean-Pierre Kalo Bilie Mba a été élu.', ['person:Jean-Pierre Kalo Bilie Mba']],
  // an acronym spelled out in parentheses after it stays a body
  ['La société Vortan, comme ARBL (Autoroutes Rhin Brenne Loire) avant elle, enverra la facture.', ['organization:Vortan', 'organization:ARBL', 'organization:Autoroutes Rhin Brenne Loire']],
])('guard: %s', (text, expected) => {
  expect(mentionsOf(text)).toEqual(expected);
});

test.each([
  ['Le groupe Vantor rachète la 21st Century Lumen pour deux milliards.', ['organization:Vantor', 'organization:21st Century Lumen']],
  ['Les actionnaires de la 3rd Harbor Lumen recevront des actions.', ['organization:3rd Harbor Lumen']],
])('an English ordinal in figures opens a company name, no person: %s', (text, expected) => {
  expect(mentionsOf(text)).toEqual(expected);
});

test.each([
  ['Le footballeur Diego Varela est arrivé à Paris.\n\nHier, Varela et Bastok étaient ensemble au stade.', ['person:Diego Varela', 'place:Paris', 'person:Varela', 'person:Bastok']],
  // guards: without a person of that surname, or listed with a body, the pair stays two bodies
  ['Hier, Varela et Bastok étaient ensemble au stade.', ['organization:Varela', 'organization:Bastok']],
  ['Le laboratoire Norvex a été racheté. Hier, Norvex et Bastok ont signé un accord.', ['organization:Norvex', 'organization:Norvex', 'organization:Bastok']],
])('two lone words listed together are people when the text names a person by one of them: %s', (text, expected) => {
  expect(mentionsOf(text)).toEqual(expected);
});

test('guard: a lone word before a comma and a pair of people is no person', () => {
  expect(mentionsOf('La triathlète Lena Kardal est en forme.\n\nTriathlon : championnat du monde de Zentraxa, Kardal et Ruvik gardent leur couronne').filter((m) => m.includes('Zentraxa'))).not.toContain('person:Zentraxa');
});

test.each([
  ['Selon Lise Varn, directrice du bureau Asie de la FIRD, la situation empire.', ['person:Lise Varn', 'place:Asie', 'organization:FIRD']],
  ['Le cyclone menace toute la côte Pacifique des États-Unis.', ['place:Pacifique', 'place:États-Unis']],
])('an acronym after "de", or "du"/"des" and a place after a given name, are no surname: %s', (text, expected) => {
  expect(mentionsOf(text)).toEqual(expected);
});

test.each([
  // guards: a particle and a surname, a particle and a place after a surname
  ['Le poète Joachim du Bellay est né en Anjou.', ['person:Joachim du Bellay', 'place:Anjou']],
  ['La chanteuse Alice des Ormeaux a chanté hier.', ['person:Alice des Ormeaux']],
])('guard: %s', (text, expected) => {
  expect(mentionsOf(text)).toEqual(expected);
});

test.each([
  ['Le commissaire divisionnaire Noël Vardin a été blessé hier.', ['Noël Vardin: commissaire divisionnaire']],
  ['La préfète Avril Kermel a réuni les élus.', ['Avril Kermel: préfète']],
])('right after a role, a given name that is also a stopword or a month opens the name: %s', (text, expected) => {
  expect(personRoles(text)).toEqual(expected);
});

test.each([
  // guards: without a role, the feast and the month are no given name
  ['Le marché de Noël Vardin a ouvert ses portes.', []],
  ['En Avril Kermel a déménagé.', []],
])('guard: %s', (text, expected) => {
  expect(personRoles(text)).toEqual(expected);
});

test.each([
  ['Le président Donald Varn a prêté serment. Des manifestations anti-Varn ont eu lieu.', ['person:Donald Varn', 'person:Varn']],
  ['Le groupe EI recule face aux forces anti-EI depuis mars.', ['organization:EI', 'organization:EI']],
  // guard: a name the text gives nothing else
  ['Les troupes pro-Varn avancent vers le nord.', []],
])('after a stance prefix and its hyphen, a name the text gives is a mention: %s', (text, expected) => {
  expect(mentionsOf(text)).toEqual(expected);
});

test.each([
  ['Paul Vardin, président du club, a porté plainte. Il avait écrit : « L’escroc Vardin ment. »', ['person:Paul Vardin', 'person:Vardin']],
  // guard: a capital after the apostrophe still opens a name
  ['Le groupe L’Oréal a annoncé des résultats.', ['organization:L’Oréal']],
])('an elided article before a lower-case word opens no name: %s', (text, expected) => {
  expect(mentionsOf(text)).toEqual(expected);
});
