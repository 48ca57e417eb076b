import { describe, expect, test } from 'vitest';
import { mentionsOf } from './helpers.js';

// Each case: a short text and the mentions it must yield ("type:text", document order).
const cases: Record<string, ReadonlyArray<readonly [string, readonly string[]]>> = {
  'people: given name + surname': [
    ['Jean-Noël Barrot est arrivé hier.', ['person:Jean-Noël Barrot']],
    ['Le texte est soutenu par Bruno Le Maire et Dominique de Villepin.', ['person:Bruno Le Maire', 'person:Dominique de Villepin']],
    ['Ursula von der Leyen a reçu Mohammed ben Salmane.', ['person:Ursula von der Leyen', 'person:Mohammed ben Salmane']],
    ['Bachar al-Assad n’a pas réagi.', ['person:Bachar al-Assad']],
    ['Il a parlé avec Sergueï Lavrov.', ['person:Sergueï Lavrov']],
    ['Les propos d’Emmanuel Macron ont surpris.', ['person:Emmanuel Macron']],
    ["Les propos d'Emmanuel Macron ont surpris.", ['person:Emmanuel Macron']],
    ['Patrick Martin préside le patronat.', ['person:Patrick Martin']],
  ],
  'people: titles and roles are not part of the name': [
    ['Mme Borne a démissionné.', ['person:Borne']],
    ['M. Dupont-Aignan est candidat.', ['person:Dupont-Aignan']],
    ['Le ministre de l’Intérieur Gérald Darmanin a répondu.', ['person:Gérald Darmanin']],
    ['La porte-parole du gouvernement, Maud Bregeon, a démenti.', ['person:Maud Bregeon']],
    ['Le président ukrainien Volodymyr Zelensky était à Paris.', ['person:Volodymyr Zelensky', 'place:Paris']],
    ['« Nous tiendrons », a déclaré Kyriakos Mitsotakis.', ['person:Kyriakos Mitsotakis']],
  ],
  'people: one actor, bare surnames': [
    ['Gabriel Attal est à Matignon. M. Attal a parlé. Attal a promis.', ['person:Gabriel Attal', 'organization:Matignon', 'person:Attal', 'person:Attal']],
    ['Mme Le Pen a répondu à Marine Le Pen.', ['person:Le Pen', 'person:Marine Le Pen']],
  ],
  'organisations': [
    ['Le ministère de la Défense a publié un communiqué.', ['organization:ministère de la Défense']],
    ['L’Organisation mondiale de la santé (OMS) alerte. L’OMS insiste.', ['organization:Organisation mondiale de la santé', 'organization:OMS', 'organization:OMS']],
    ['La Banque africaine de développement (BAD) prévoit une hausse.', ['organization:Banque africaine de développement', 'organization:BAD']],
    ['Le vote a eu lieu à l’Assemblée nationale.', ['organization:Assemblée nationale']],
    ['Le porte-parole du Hamas a parlé.', ['organization:Hamas']],
    ['Le groupe Vinci a annoncé des résultats.', ['organization:Vinci']],
    ['Le tribunal correctionnel de Nanterre a tranché.', ['organization:tribunal correctionnel de Nanterre']],
    ['Le Paris Saint-Germain a gagné.', ['organization:Paris Saint-Germain']],
    ['La décision de l’Initiative de Lyon pour le climat a été saluée.', ['organization:Initiative de Lyon pour le climat']],
  ],
  'places': [
    ['Les négociations se tiennent à Londres, Pékin et Kyiv.', ['place:Londres', 'place:Pékin', 'place:Kyiv']],
    ['Antony Blinken est attendu au Caire.', ['person:Antony Blinken', 'place:Caire']],
    ['Des navires croisent en mer de Chine.', ['place:mer de Chine']],
    ['La crue touche le Nord.', ['place:Nord']],
    ['Le stade de Wembley est plein.', ['place:Wembley']],
    ['Il réside à Plouzévédé depuis dix ans.', ['place:Plouzévédé']],
  ],
};

// Each case: a text that must yield no mention of the listed kind.
const negatives: ReadonlyArray<readonly [string, string]> = [
  ['Bien que la pluie soit forte, rien ne change.', 'person'],
  ['Lors de la réunion, rien ne fut décidé.', 'person'],
  ['Cette décision est attendue. Elle sera publiée.', 'person'],
  ['Friture sur la ligne.', 'person'],
  ['Mardi, le Premier ministre a parlé.', 'person'],
  ['Le ministre des Armées a parlé.', 'organization'],
  ['Les Russes et les Parisiens ont voté.', 'organization'],
  ['Les chefs d’État africains sont arrivés.', 'organization'],
  ['La question ukrainienne et les alliés occidentaux.', 'place'],
  ['La Palme d’or a été décernée.', 'organization'],
  ['Le PIB a progressé et la TVA baissé.', 'organization'],
];

describe.each(Object.entries(cases))('%s', (_name, table) => {
  test.each(table)('%s', (text, expected) => {
    expect(mentionsOf(text)).toEqual(expected);
  });
});

describe('no false mentions', () => {
  test.each(negatives)('%s (no %s)', (text, type) => {
    expect(mentionsOf(text).filter((m) => m.startsWith(`${type}:`))).toEqual([]);
  });
});

test('a name containing a place is not a mention of the place', () => {
  expect(mentionsOf('Il cite l’Initiative de Genève pour la paix.')).toEqual(['organization:Initiative de Genève pour la paix']);
});

test('a title-case heading counts only names known from the text', () => {
  const text = '## Le Président Reçoit Olaf Scholz À Berlin\n\nLe chancelier Olaf Scholz a reçu mardi le président.\n';
  expect(mentionsOf(text)).toEqual(['person:Olaf Scholz', 'place:Berlin', 'person:Olaf Scholz']);
});

test.each([
  ['Le ministère des Affaires étrangères a convoqué l’ambassadeur.', ['organization:ministère des Affaires étrangères']],
  ['Il a lu « Le Comte de Monte-Cristo » cet été.', []],
  ['Valéry Giscard d’Estaing est mort.', ['person:Valéry Giscard d’Estaing']],
  ['Le milieu N’Golo Kanté est blessé.', ['person:N’Golo Kanté']],
  ['Le président de l’Union chrétienne-démocrate (CDU) a parlé.', ['organization:Union chrétienne-démocrate', 'organization:CDU']],
  ['L’AfD progresse, le MoDem recule.', ['organization:AfD', 'organization:MoDem']],
])('more: %s', (text, expected) => {
  expect(mentionsOf(text)).toEqual(expected);
});

test.each([
  'Le Tour de France partira de Florence.',
  'Le Prix Goncourt a été attribué hier.',
  'Au Moyen Âge, la ville était fortifiée.',
  'La Ve République a été fondée en 1958.',
  'Le Brexit a pesé sur les échanges.',
  'La Coupe du monde aura lieu en 2026.',
])('no person or organisation: %s', (text) => {
  expect(mentionsOf(text).filter((m) => !m.startsWith('place:'))).toEqual([]);
});

test('"ex-" roles', () => {
  expect(mentionsOf('L’ex-président Nicolas Sarkozy a été condamné.')).toEqual(['person:Nicolas Sarkozy']);
});

test.each([
  ['Le RC Lens a battu l’AS Monaco.', ['organization:RC Lens', 'organization:AS Monaco']],
  ['Les équipes d’ArianeGroup sont prêtes, selon Arianespace.', ['organization:ArianeGroup', 'organization:Arianespace']],
  ['Selon Moody’s, la banque reste solide.', ['organization:Moody’s']],
  ['Le sénateur Ron DeSantis a parlé avec John McCain.', ['person:Ron DeSantis', 'person:John McCain']],
  ['Zelensky a parlé. Selon Zelensky, Volodymyr Zelensky est prêt.', ['person:Zelensky', 'person:Zelensky', 'person:Volodymyr Zelensky']],
])('names of companies and clubs: %s', (text, expected) => {
  expect(mentionsOf(text)).toEqual(expected);
});

test.each([
  ['Des assaillants ont ouvert le feu.', ['group:assaillants']],
  ['La Russie soupçonne ses alliés occidentaux et des assaillants.', ['place:Russie', 'group:alliés occidentaux', 'group:assaillants']],
  ['Les manifestants ukrainiens ont défilé.', ['group:manifestants ukrainiens']],
])('groups: %s', (text, expected) => {
  expect(mentionsOf(text)).toEqual(expected);
});

test.each([
  ['Des combats ont eu lieu près de Pokrovsk.', ['place:Pokrovsk']],
  ['Il habite près de Jean Dupont.', ['person:Jean Dupont']],
  ['Le Mont-Saint-Michel attire les foules.', ['place:Mont-Saint-Michel']],
  ['Le match a lieu au Stade de France.', ['organization:Stade de France']],
  ['Les habitants de Mayotte attendent.', ['place:Mayotte']],
])('places from their context: %s', (text, expected) => {
  expect(mentionsOf(text)).toEqual(expected);
});
