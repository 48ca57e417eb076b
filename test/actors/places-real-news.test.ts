/**
 * Places as news writes them, where the name after an article would otherwise read as a body's: names whose first or
 * last word says "place", and the like. Our own sentences, of the kinds real news writes.
 */
import { describe, expect, test } from 'vitest';
import { mentionsOf } from './helpers.js';

describe('after an article, a name opened by a place’s word or a street’s head, closed by a place’s last word, or narrowed by a side, is a place', () => {
  test.each([
    ['Les coureurs ont franchi le Col de la Brèche sous la pluie.', 'place:Col de la Brèche'],
    ['Une stèle a été érigée sur l’Île de Morvan.', 'place:Île de Morvan'],
    ['Les manifestants ont bloqué le Pont du Garon toute la nuit.', 'place:Pont du Garon'],
    ['Les randonneurs ont traversé la Kelso Gorge avant la nuit.', 'place:Kelso Gorge'],
    ['Ce matin, le Volcan de Tarel est entré en éruption.', 'place:Volcan de Tarel'],
    ['Les pluies ont touché le Morvanak occidental.', 'place:Morvanak occidental'],
    ['Les pluies ont touché le Morvanak du Sud.', 'place:Morvanak du Sud'],
  ])('%s', (text, expected) => {
    expect(mentionsOf(text)).toContain(expected);
  });

  test('not a body’s name after its article ("la Banque de Savoie")', () => {
    expect(mentionsOf('Il a rejoint la Banque de Savoie en mars.')).not.toContain('place:Banque de Savoie');
  });
});

describe('a name read as a body from its article alone, listed with a place, is a place', () => {
  test('"la Vornaie, l’Astrelle, Grenoble et la Tarvanie"', () => {
    const mentions = mentionsOf('Les secteurs les plus touchés sont la Vornaie, l’Astrelle, Grenoble et la Tarvanie.');
    expect(mentions).toEqual(['place:Vornaie', 'place:Astrelle', 'place:Grenoble', 'place:Tarvanie']);
  });

  test('not when the name goes on past the list ("la Fnord de la gare")', () => {
    expect(mentionsOf('Une vitrine a été brisée rue Royale, la Fnord de la gare a fermé.')).not.toContain('place:Fnord');
  });

  test('a run of capitalised words without a given name, joined to a place by "et", is a place ("Grenoble et Morvel Tarane")', () => {
    expect(mentionsOf('Le convoi s’est replié vers Grenoble et Morvel Tarane.')).toEqual(['place:Grenoble', 'place:Morvel Tarane']);
    expect(mentionsOf('Ils ont quitté Grenoble et Anne Roux les a rejoints.')).toContain('person:Anne Roux');
  });

  test('alone, the name after its article stays a body ("la Vornaie a annoncé")', () => {
    expect(mentionsOf('Hier, la Vornaie a annoncé des licenciements.')).toEqual(['organization:Vornaie']);
  });
});

describe('after "à", a name is a place, even inside a role’s complement or before a speech verb', () => {
  test('"le président en visite à Kervignol a déclaré"', () => {
    expect(mentionsOf('Le président en visite à Kervignol a déclaré que tout allait bien.')).toContain('place:Kervignol');
  });

  test('not after an honorific ("a écrit à M. Kervignol")', () => {
    expect(mentionsOf('Il a écrit à M. Kervignol la semaine dernière.')).not.toContain('place:Kervignol');
  });
});

describe('a town whose name opens on a capitalised article, where the text says where', () => {
  test.each([
    ['Un barrage a été levé à La Vardière ce matin.', 'place:La Vardière'],
    ['Le blocage de La Morinière (Finistère) a duré deux jours.', 'place:La Morinière'],
    ['L’étape relie Limoges et Le Brusquet.', 'place:Le Brusquet'],
  ])('%s', (text, expected) => {
    expect(mentionsOf(text)).toContain(expected);
  });

  test('not a title after "dans" ("dans Les Fruits amers")', () => {
    expect(mentionsOf('Elle a joué dans Les Fruits amers.').filter((m) => m.startsWith('place:'))).toEqual([]);
  });
});

describe('a compass point alone after an article: "le Nord" names a region, "l’Est", "l’Ouest", "le Sud" a direction or a bloc', () => {
  test.each([
    ['Le cortège est parti vers l’Est en fin de journée.'],
    ['Il prône de meilleures relations avec l’Ouest.'],
    ['Les orages seront forts dans l’Ouest et le Sud-Est.'],
  ])('%s', (text) => {
    expect(mentionsOf(text)).toEqual([]);
  });

  test('"le Nord" is a region, and a compass point in parentheses still locates a town', () => {
    expect(mentionsOf('Dans le Nord, les écoles ferment.')).toEqual(['place:Nord']);
    expect(mentionsOf('Des orages ont frappé Marseille (Sud) hier.')).toContain('place:Sud');
  });
});

describe('natural features: a desert named by its country’s adjective, a volcano by its name', () => {
  test.each([
    ['La colonne a reculé dans le désert libyen.', ['place:désert libyen']],
    ['La lave coule sur le flanc du volcan Karang Tiro.', ['place:Karang Tiro']],
  ])('%s', (text, expected) => {
    expect(mentionsOf(text)).toEqual(expected);
  });

  test('not a desert without the adjective ("dans le désert")', () => {
    expect(mentionsOf('Ils ont marché trois jours dans le désert.')).toEqual([]);
  });
});

describe('a state’s noun, its adjectives and a country’s name are the country’s full name', () => {
  test.each([
    ['Le président de la République du Chili a démissionné.', 'place:République du Chili'],
    ['La république islamique d’Iran a protesté.', 'place:république islamique d’Iran'],
    ['Il a été reçu par le royaume du Maroc.', 'place:royaume du Maroc'],
  ])('%s', (text, expected) => {
    expect(mentionsOf(text)).toContain(expected);
  });

  test('not before a longer name ("la République de Côte d’Ivoire" is left to the lexicon)', () => {
    expect(mentionsOf('La République de Guinée équatoriale a voté.').filter((m) => m === 'place:République de Guinée')).toEqual([]);
  });
});

describe('more places the context gives', () => {
  test('a place noun with a country’s adjective, then "de" ("la province afghane de Korvat")', () => {
    expect(mentionsOf('L’attaque a eu lieu dans la province afghane de Korvat.')).toContain('place:Korvat');
  });

  test('a name alone in parentheses right after a place ("l’A63 (Morlanne)")', () => {
    expect(mentionsOf('Les péages de l’A63 (Morlanne) et de l’A64 (Trébas) sont filtrés.')).toEqual(['place:A63', 'place:Morlanne', 'place:A64', 'place:Trébas']);
  });

  test('not after a person ("Paul Roux (Vidal)")', () => {
    expect(mentionsOf('Le maire Paul Roux (Vidal) a parlé.').filter((m) => m.startsWith('place:'))).toEqual([]);
  });
});

describe('the edge, foot or top of something named: the name is a place ("au bord de la Vesle", "au sommet de l’Arpette")', () => {
  test.each([
    ['Il courait au bord de la Vesle ce matin.', 'place:Vesle'],
    ['Le coureur a basculé au sommet de l’Arpette en tête.', 'place:Arpette'],
  ])('%s', (text, expected) => {
    expect(mentionsOf(text)).toContain(expected);
  });

  test('not aboard a vehicle ("à bord du Solar Wind")', () => {
    expect(mentionsOf('Il a volé à bord du Solar Wind pendant trois jours.').filter((m) => m.startsWith('place:'))).toEqual([]);
  });
});

describe('a name joined to its particle ("al-Karim") is a mention, wherever it stands, of what the text names so', () => {
  test('a place named after "vers" is the same place after a verb', () => {
    expect(mentionsOf('Les troupes avancent vers al-Karim. Elles veulent prendre al-Karim avant l’hiver.')).toEqual(['place:al-Karim', 'place:al-Karim']);
  });

  test('alone, without such a mention, nothing', () => {
    expect(mentionsOf('Elles veulent prendre al-Karim avant l’hiver.')).toEqual([]);
  });
});

describe('a territory’s capitalised noun, then "de" and a name: the name alone is the place', () => {
  test.each([
    ['Le juge fédéral de l’État de Kerala a tranché.', ['place:Kerala']],
    ['Il est né dans la Province de Gitavo.', ['place:Gitavo']],
    ['Une prison dans chacun des 27 États du Brésil sera rénovée.', ['place:Brésil']],
  ])('%s', (text, expected) => {
    expect(mentionsOf(text)).toEqual(expected);
  });

  test('not "l’État de droit", nor a body ("l’État islamique")', () => {
    expect(mentionsOf('Ils défendent l’État de droit.').filter((m) => m.startsWith('place:'))).toEqual([]);
    expect(mentionsOf('Les combattants de l’État islamique ont reculé.').filter((m) => m.startsWith('place:'))).toEqual([]);
  });
});

describe('what an army takes is a place ("prendre X", "ont repris X")', () => {
  test.each([
    ['Les rebelles espèrent prendre Talkeda avant l’été.', 'place:Talkeda'],
    ['L’armée a échoué à reprendre Morzat, puis a reculé.', 'place:Morzat'],
  ])('%s', (text, expected) => {
    expect(mentionsOf(text)).toContain(expected);
  });

  test('a list after the verb stays one list of places ("ont repris Talkeda et Morzat")', () => {
    expect(mentionsOf('Les troupes ont repris Talkeda et Morzat.')).toEqual(['place:Talkeda', 'place:Morzat']);
  });
});

test('a factory’s place comes after "de" ("l’usine de Kervignol"), not its company’s name right after the noun ("l’usine Plastimor")', () => {
  expect(mentionsOf('L’usine de Kervignol va fermer.')).toEqual(['place:Kervignol']);
  expect(mentionsOf('L’usine Plastimor va fermer.').filter((m) => m.startsWith('place:'))).toEqual([]);
});

describe('no place: a common noun with a capital, a division or a level after "en"', () => {
  test.each([
    ['Ils manifestent à Paris et en Province samedi.', ['place:Paris']],
    ['C’est un jour triste dans l’Histoire.', []],
    ['Le club a été promu en Honneur 2 cette saison.', []],
  ])('%s', (text, expected) => {
    expect(mentionsOf(text)).toEqual(expected);
  });
});

test('a given name that a big city bears, then a surname that a town bears, is a person where a cue says so ("Sofia Lyon et Igor Petrov")', () => {
  expect(mentionsOf('L’épreuve a été remportée par Sofia Lyon et Igor Petrov.')).toEqual(['person:Sofia Lyon', 'person:Igor Petrov']);
});
