/**
 * Places typed as something else, and names that are no place: road codes written in capitals, exoplanets named by a
 * catalogue's designation, constellations, a known town followed by a word that ends places' names, the Roman number
 * of a text named after a town, a town given with its department's number, a place after "zone" or "lieu-dit". Our own
 * sentences, of the kinds real news writes.
 */
import { describe, expect, test } from 'vitest';
import { mentionsOf } from './helpers.js';

describe('a road code in capitals is a road, not an acronym', () => {
  test.each([
    ['Le tunnel de Kervellec sur la RN125 a été fermé dans la nuit.', 'place:RN125'],
    ['Les autoroutes A4, A43, A41N et A430 sont filtrées par les manifestants.', 'place:A41N'],
    ['La circulation est coupée sur la RD942 depuis le matin.', 'place:RD942'],
  ])('%s', (text, expected) => {
    const mentions = mentionsOf(text);
    expect(mentions).toContain(expected);
    expect(mentions.filter((m) => m.startsWith('organization:'))).toEqual([]);
  });

  test('an acronym in parentheses after its name stays the organisation ("Union des Transporteurs (A4E)")', () => {
    expect(mentionsOf('Le collectif Union des Transporteurs (A4E) prévoit des annulations.')).not.toContain('place:A4E');
  });
});

describe('an exoplanet named by its designation, and a constellation, are astronomical bodies', () => {
  test.each([
    ['Dans la galaxie voisine, KELT-27b tourne très près de son étoile. KELT-27b contient de l’eau.', 'misc:KELT-27b'],
    ['Les astronomes ont étudié TOI 2231 b, une petite planète rocheuse.', 'misc:TOI 2231 b'],
    ['Selon les chercheurs, Kepler-733c serait habitable.', 'misc:Kepler-733c'],
  ])('%s', (text, expected) => {
    const mentions = mentionsOf(text);
    expect(mentions).toContain(expected);
    expect(mentions.filter((m) => m.startsWith('organization:') || m.startsWith('person:'))).toEqual([]);
  });

  test.each([
    ['Le système a été découvert dans la constellation du Toucan par une équipe chilienne.', 'misc:Toucan'],
    ['Cette étoile se trouve dans la constellation de la Vierge, à 700 années-lumière.', 'misc:Vierge'],
  ])('%s', (text, expected) => {
    const mentions = mentionsOf(text);
    expect(mentions).toContain(expected);
    expect(mentions.filter((m) => m.startsWith('organization:'))).toEqual([]);
  });

  test('a number and a letter after an acronym that is followed by a name are not a designation', () => {
    expect(mentionsOf('Le groupe a vendu 1200 b Lyon hier.')).not.toContain('misc:1200 b');
  });
});

describe('a known town, then a word that ends places’ names, is a place, not a body', () => {
  test.each([
    ['Après 180 kilomètres entre Caen et Omaha Beach, les coureurs sont arrivés.', 'place:Omaha Beach'],
    ['La foule s’est rassemblée devant Halifax Memorial samedi.', 'place:Halifax Memorial'],
    ['Une voiture a foncé sur la foule sur Gazette Square à Chicago.', 'place:Gazette Square'],
  ])('%s', (text, expected) => {
    const mentions = mentionsOf(text);
    expect(mentions).toContain(expected);
    expect(mentions.filter((m) => m.startsWith('organization:'))).toEqual([]);
  });

  test('a town and a newspaper’s word stay a title ("New York Times"), a town and a club’s word a club', () => {
    expect(mentionsOf('Selon le New York Times, le maire a démissionné.')).toContain('organization:New York Times');
    expect(mentionsOf('Il supporte Manchester United depuis toujours.')).toContain('organization:Manchester United');
  });
});

describe('a text named after a town and counted by a Roman number: the town is the place', () => {
  test.each([
    ['Depuis les accords de Tbilissi II, la ligne de front est gelée.', 'place:Tbilissi'],
    ['Un accord « Tbilissi III » est évoqué par les diplomates.', 'place:Tbilissi'],
  ])('%s', (text, expected) => {
    const mentions = mentionsOf(text);
    expect(mentions).toContain(expected);
    expect(mentions.filter((m) => m.startsWith('organization:'))).toEqual([]);
  });

  test('a university named by its town and a number stays one body ("Lyon III")', () => {
    expect(mentionsOf('Il enseigne à l’université Jean-Moulin (Lyon III) depuis dix ans.')).toContain('organization:Lyon III');
  });
});

describe('a lone name with a French department’s number in parentheses is a town, even after a role', () => {
  test.each([
    ['Il avait écrit à son homologue d’une commune voisine, Ortalu (2B) à ce sujet.', 'place:Ortalu'],
    ['Le maire a reçu son homologue, Plouvenec (29) à la mairie.', 'place:Plouvenec'],
  ])('%s', (text, expected) => {
    const mentions = mentionsOf(text);
    expect(mentions).toContain(expected);
    expect(mentions.filter((m) => m.startsWith('person:'))).toEqual([]);
  });
});

describe('after "zone de" or "lieu-dit", a name is a place', () => {
  test.each([
    ['Le touriste a été enlevé dans la zone de Bir Kassala, près de la frontière.', 'place:Bir Kassala'],
    ['Le berger a été retrouvé au lieu-dit Kervoalan hier soir.', 'place:Kervoalan'],
  ])('%s', (text, expected) => {
    const mentions = mentionsOf(text);
    expect(mentions).toContain(expected);
    expect(mentions.filter((m) => m.startsWith('person:') || m.startsWith('organization:'))).toEqual([]);
  });
});

describe('a one-word compound that ends on a place’s word ("-Île", "-Port", "-Ville") is a place', () => {
  test.each([
    ['La réduction du score pour la Petite-Ile est venue tard.', 'place:Petite-Ile'],
    ['Le train circule depuis Kervel-Ville jusqu’à la frontière.', 'place:Kervel-Ville'],
    ['Les manifestants ont bloqué le Nouveau-Port hier soir.', 'place:Nouveau-Port'],
  ])('%s', (text, expected) => {
    const mentions = mentionsOf(text);
    expect(mentions).toContain(expected);
    expect(mentions.filter((m) => m.startsWith('organization:'))).toEqual([]);
  });

  test('a name built on a country’s and another word stays a title ("Ouest-France")', () => {
    expect(mentionsOf('Selon Ouest-France, la tempête a fait des dégâts.')).toContain('organization:Ouest-France');
  });
});

describe('a craft named after a place, after its noun, is the craft in every mention', () => {
  test('"la mission Lorient … Lorient a effectué"', () => {
    const mentions = mentionsOf('Espace : Lorient termine son voyage. La mission historique Lorient de l’agence s’est conclue. Lorient a effectué sa dernière manœuvre.');
    expect(mentions.filter((m) => m === 'misc:Lorient')).toHaveLength(3);
    expect(mentions).not.toContain('place:Lorient');
  });

  test('a frigate named after a region ("la frégate Bretagne")', () => {
    expect(mentionsOf('La frégate Bretagne a quitté Brest hier.')).toEqual(['misc:Bretagne', 'place:Brest']);
  });

  test('without the noun, the town stays a place', () => {
    expect(mentionsOf('Le maire de Lorient a inauguré le port. Lorient attend les touristes.')).not.toContain('misc:Lorient');
  });
});

describe('competitions that news writes without a cue are events, not places nor bodies', () => {
  test.each([
    ['Elle a remporté 40 matchs en Grand Chelem cette saison.', 'misc:Grand Chelem'],
    ['Il est devenu champion du monde d’Ironman à Hawaï.', 'misc:Ironman'],
    ['Après sa victoire sur l’Ironman 70.3 de Vichy, il vise Hawaï.', 'misc:Ironman'],
  ])('%s', (text, expected) => {
    const mentions = mentionsOf(text);
    expect(mentions).toContain(expected);
    expect(mentions.filter((m) => m.startsWith('organization:'))).toEqual([]);
    expect(mentions).not.toContain(expected.replace('misc:', 'place:'));
  });

  test('a prenominal adjective before a name the lexicons do not know whole still opens a place ("à Grand Quevilly")', () => {
    expect(mentionsOf('Les militants se sont réunis à Grand Kervel samedi.')).toContain('place:Grand Kervel');
  });
});

describe('a code after a noun for a model is the model, and a sports division is no road', () => {
  test.each([
    ['La compagnie a commandé des avions des familles A320 et A340 pour ses lignes.', ['misc:A320', 'misc:A340']],
    ['Elle exploite des appareils du type A350 sur ses vols longs.', ['misc:A350']],
  ])('%s', (text, expected) => {
    const mentions = mentionsOf(text);
    for (const e of expected) expect(mentions).toContain(e);
    expect(mentions.filter((m) => m.startsWith('place:'))).toEqual([]);
  });

  test('"la D1", "en D2": a division, no place', () => {
    const mentions = mentionsOf('Kervel reste en tête depuis la reprise de la D1, et Brovin a fini en D2.');
    expect(mentions).not.toContain('place:D1');
    expect(mentions).not.toContain('place:D2');
  });

  test('roads keep their reading ("la D900", "l’A64", "les autoroutes A1 et A13")', () => {
    const mentions = mentionsOf('La circulation est coupée sur la D900 et sur l’A64, comme sur les autoroutes A1 et A13.');
    for (const road of ['place:D900', 'place:A64', 'place:A1', 'place:A13']) expect(mentions).toContain(road);
  });
});

describe('after a church’s noun, a saint’s compound is the building, a place, not a person', () => {
  test('"la basilique Sainte-Anne de Quimper" gives two places', () => {
    const mentions = mentionsOf('Les fidèles étaient réunis dans les jardins de la basilique Sainte-Anne de Quimper pour la fête.');
    expect(mentions).toEqual(['place:Sainte-Anne', 'place:Quimper']);
  });

  test('"la chapelle Saint-Yves" (guard)', () => {
    expect(mentionsOf('Le concert a lieu dans la chapelle Saint-Yves ce soir.')).toEqual(['place:Saint-Yves']);
  });

  test('a person named with a particle keeps the person’s reading ("Jean-Marc de Kervel")', () => {
    expect(mentionsOf('Selon Jean-Marc de Kervel, la fête a été belle.')).toContain('person:Jean-Marc de Kervel');
  });
});

describe('a saint’s name with a particle, or a place’s first word before a known place, is a place, not a person', () => {
  test.each([
    ['La ville s’est imposée face à Braga, Santa Rosa da Serra et Guimarães.', 'place:Santa Rosa da Serra'],
    ['Les péages de Nîmes et de Saint-Paul de Varax sont ouverts.', 'place:Saint-Paul de Varax'],
    ['Les débris se sont abîmés dans l’Océan Atlantique dans la nuit.', 'place:Océan Atlantique'],
  ])('%s', (text, expected) => {
    const mentions = mentionsOf(text);
    expect(mentions).toContain(expected);
    expect(mentions.filter((m) => m.startsWith('person:'))).toEqual([]);
  });

  test('people named so keep their reading ("Antoine de Saint-Exupéry", "Saint-John Perse")', () => {
    const mentions = mentionsOf('Selon Antoine de Saint-Exupéry, la terre est belle. Saint-John Perse a écrit ce poème.');
    expect(mentions).toContain('person:Antoine de Saint-Exupéry');
    expect(mentions).toContain('person:Saint-John Perse');
  });
});

describe('"le site de X": the place a company works at; "le site X": a website', () => {
  test('"deux sites … : Kervalo et Brennar. Le site de Kervalo fermera"', () => {
    const mentions = mentionsOf('Le groupe a annoncé que deux sites seront touchés : Kervalo et Brennar. Le site de Kervalo, qui emploie 400 personnes, fermera.');
    expect(mentions.filter((m) => m === 'place:Kervalo')).toHaveLength(2);
  });

  test('"le site Zapnews a publié" stays a body', () => {
    expect(mentionsOf('Le site Zapnews a publié les documents hier.')).not.toContain('place:Zapnews');
  });
});

describe('a place inside a competition’s or an operation’s name is no place mention', () => {
  test('"les Jeux Olympiques de Vancouver" (the adjective with its capital)', () => {
    const mentions = mentionsOf('Elle avait gagné l’argent aux Jeux Olympiques de Vancouver en 2010.');
    expect(mentions).toContain('misc:Jeux Olympiques de Vancouver');
    expect(mentions).not.toContain('place:Vancouver');
  });

  test('"l’opération « Rempart du Tigre »": a quoted name runs to its closing quote', () => {
    const mentions = mentionsOf('L’armée a lancé l’opération « Rempart du Tigre » avant l’aube.');
    expect(mentions).toContain('misc:Rempart du Tigre');
    expect(mentions).not.toContain('place:Tigre');
  });
});

describe('a church written with its capital and a saint’s name, and a place after "lieu dit"', () => {
  test('"l’Église Saint-Yves" is the building, not the Church', () => {
    const mentions = mentionsOf('La messe est célébrée à l’Église Saint-Yves, domaine de la ville.');
    expect(mentions).toContain('place:Saint-Yves');
    expect(mentions.filter((m) => m.startsWith('organization:'))).toEqual([]);
  });

  test('"l’Église catholique" stays the institution', () => {
    expect(mentionsOf('L’Église catholique a publié un communiqué.')).toContain('organization:Église catholique');
  });

  test('"au lieu dit Kervoalan" (without the hyphen)', () => {
    const mentions = mentionsOf('Le corps a été retrouvé au lieu dit Kervoalan.');
    expect(mentions).toEqual(['place:Kervoalan']);
  });
});
