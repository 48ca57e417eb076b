/**
 * Organisations and places as news annotators mark them: the rules that decide where such a name starts and ends,
 * and which names are events rather than bodies or places. Our own sentences, of the kinds real news writes.
 */
import { describe, expect, test } from 'vitest';
import { actorsOf, mentionsOf } from './helpers.js';

describe('a competition named after the place that holds it is an event, and that place no place mention', () => {
  test.each([
    ['Elle a couru aux Jeux olympiques de Lisbonne en 2032.', 'misc:Jeux olympiques de Lisbonne'],
    ['Les Jeux olympiques de Lisbonne 2032 ouvrent demain.', 'misc:Jeux olympiques de Lisbonne 2032'],
    ['Il a brillé aux championnats d’Europe de natation.', 'misc:championnats d’Europe'],
    ['Il a remporté le tournoi de Vienne.', 'misc:tournoi de Vienne'],
  ])('%s', (text, expected) => {
    const mentions = mentionsOf(text);
    expect(mentions).toContain(expected);
    expect(mentions.filter((m) => m.startsWith('place:'))).toEqual([]);
  });

  test('not a person after the competition ("les Jeux olympiques du Belge Marc Dubois")', () => {
    expect(mentionsOf('Ce sont les premiers Jeux olympiques du Belge Marc Dubois.')).toContain('person:Marc Dubois');
  });

  test('a champion is no competition ("La championne du monde vit à Lyon")', () => {
    expect(mentionsOf('La championne du monde vit à Lyon.')).toEqual(['place:Lyon']);
  });
});

describe('a name written with the year of its edition is an event', () => {
  test.each([
    ['La Silver Blade 2019 a réuni vingt patineurs.', 'misc:Silver Blade 2019'],
    ['Résultats de Patinage Nordique 2021 à Oslo.', 'misc:Patinage Nordique 2021'],
  ])('%s', (text, expected) => {
    const mentions = mentionsOf(text);
    expect(mentions).toContain(expected);
    expect(mentions.filter((m) => m.startsWith('organization:') || m.startsWith('person:'))).toEqual([]);
  });

  test('the name without its year, later, is the same event', () => {
    const { actors } = actorsOf('La Silver Blade 2019 a réuni vingt patineurs. La Silver Blade se tient chaque automne.');
    const event = actors.find((a) => a.type === 'misc');
    expect(event?.kind).toBe('event');
    expect(event?.mentions.map((m) => m.text)).toEqual(['Silver Blade 2019', 'Silver Blade']);
    expect(actors.filter((a) => a.type === 'person')).toEqual([]);
  });

  test('not a month and a year ("Mars 2016")', () => {
    expect(mentionsOf('Mars 2016 a été pluvieux à Brest.').filter((m) => m.startsWith('misc:'))).toEqual([]);
  });
});

describe('a lake, a river, a massif or a plain: the name alone is the place', () => {
  test.each([
    ['Les rives du lac de Vassivière sont fermées.', 'place:Vassivière'],
    ['Le fleuve Mékong a débordé.', 'place:Mékong'],
    ['Un incendie ravage le massif des Maures.', 'place:Maures'],
    ['La rivière Vézère est en crue.', 'place:Vézère'],
  ])('%s', (text, expected) => {
    expect(mentionsOf(text)).toEqual([expected]);
  });

  test('seas, gulfs and islands keep their head ("mer de Chine", "golfe du Mexique")', () => {
    expect(mentionsOf('Des navires croisent dans le golfe du Mexique.')).toEqual(['place:golfe du Mexique']);
  });
});

describe('organisation names whole', () => {
  test.each([
    // English link words inside a quoted name
    ['Un porte-parole du Bureau of Land Management a démenti.', 'organization:Bureau of Land Management'],
    ['Selon la National Academy of Sciences, le climat change.', 'organization:National Academy of Sciences'],
    // "et" and a noun agreeing with the one before it, closing the name
    ['La Direction des examens et concours a publié les résultats.', 'organization:Direction des examens et concours'],
    ['La Fondation Patrimoine et Mémoire aide les communes.', 'organization:Fondation Patrimoine et Mémoire'],
    // a capitalised adjective before a known body, or an adjective head before a lower-case one
    ['Il a rejoint le Nouveau Parti anticapitaliste en mai.', 'organization:Nouveau Parti anticapitaliste'],
    ['Le vote de la Grande Assemblée nationale est attendu.', 'organization:Grande Assemblée nationale'],
    ['Selon le Haut conseil de la santé publique, le risque baisse.', 'organization:Haut conseil de la santé publique'],
  ])('%s', (text, expected) => {
    expect(mentionsOf(text)).toEqual([expected]);
  });

  test.each([
    ['La Direction des examens et annonce les résultats.', 'organization:Direction des examens'],
    ['La Fondation Lumière et Paul Martin ont signé.', 'organization:Fondation Lumière'],
  ])('"et" opens no name part when the word after it cannot close one: %s', (text, expected) => {
    expect(mentionsOf(text)[0]).toBe(expected);
  });

  test('an unknown name after the adjective is read as before ("à Grand Rapids")', () => {
    expect(mentionsOf('Le candidat était à Grand Rapids hier.')).toEqual(['place:Grand Rapids']);
  });

  test('an unknown name after the adjective and a place cue is a place ("près du Grand Bornand")', () => {
    expect(mentionsOf('Ils sont bloqués près du Grand Carrousel.')).toEqual(['place:Grand Carrousel']);
    expect(mentionsOf('Ils remontent vers les Grands Moulins, près des Grands Quais.')).toContain('place:Grands Quais');
  });
});

describe('places named after a road head or a place cue', () => {
  test.each([
    ['Les camions ont pris l’autoroute A6 vers le sud.', ['place:A6']],
    ['Le séisme a frappé au sud-est de Korvanec, à 12 kilomètres de Drenbali.', ['place:Korvanec', 'place:Drenbali']],
    ['Le feu a pris à la hauteur de Plomarec.', ['place:Plomarec']],
    ['Les combats ont repris dans l’enclave de Zarvak.', ['place:Zarvak']],
  ])('%s', (text, expected) => {
    expect(mentionsOf(text)).toEqual(expected);
  });

  test('a people after a place cue is no place ("au sud des Syriens")', () => {
    expect(mentionsOf('Les positions au sud des Syriens sont vides.')).toEqual([]);
  });
});

describe('a movement named by a plural noun and a colour', () => {
  test('one member of it ("un Bonnet rouge", "X, Bonnet rouge de Brest") is neither the movement nor a person', () => {
    expect(mentionsOf('Les Bonnets rouges bloquent la route. Un Bonnet rouge de 40 ans a été blessé.')).toEqual(['organization:Bonnets rouges']);
    expect(mentionsOf('Yann Le Goff, Bonnet rouge de Brest, a parlé.')).toEqual(['person:Yann Le Goff', 'place:Brest']);
  });

  test('a body named by a noun and a colour adjective stays one ("la Maison blanche")', () => {
    expect(mentionsOf('Le porte-parole de la Maison blanche a démenti.')).toEqual(['organization:Maison blanche']);
  });
});

describe('a body named after a noun that introduces it', () => {
  test.each([
    ['L’étude paraît dans la revue britannique Lancetta.', ['organization:Lancetta']],
    ['D’après le média Kivuinfo, le bilan s’alourdit.', ['organization:Kivuinfo']],
    ['Le site internet Ventilo a publié la liste.', ['organization:Ventilo']],
    ['La voiture sort du manufacturier suisse Brasmot.', ['organization:Brasmot']],
    ['L’agence immobilière Pierrefond et le magasin Sportello ont été pillés.', ['organization:Pierrefond', 'organization:Sportello']],
  ])('%s', (text, expected) => {
    expect(mentionsOf(text)).toEqual(expected);
  });

  test('a nationality in lower case used as a noun, then one name, is a company ("le japonais Tokomi")', () => {
    const { actors } = actorsOf('Le site appartient au japonais Tokomi depuis 2010.');
    expect(actors.map((a) => [a.type, a.name])).toEqual([['organization', 'Tokomi']]);
  });

  test('not a feminine nationality ("l’italienne Rossi"), nor a person the text names ("le russe Ivanov")', () => {
    expect(mentionsOf('Elle a battu l’italienne Rossi en finale.')).toEqual([]);
    expect(mentionsOf('Piotr Ivanov a gagné. Il a battu le russe Ivanov.')).toEqual(['person:Piotr Ivanov', 'person:Ivanov']);
  });
});

describe('city districts by number, and street heads that name no street', () => {
  test.each([
    ['Le commissariat du 12e arrondissement de Lyon a été visé.', ['place:12e arrondissement de Lyon']],
    ['Une école du 5 e arrondissement a fermé.', ['place:5 e arrondissement']],
    ['Les lignes des 3e, 4e et 11e arrondissements sont coupées.', ['place:3e', 'place:4e', 'place:11e arrondissements']],
    ['Le commissariat du XIVe arrondissement a rouvert, comme ceux des IV e et XX e arrondissements.', ['place:XIVe arrondissement', 'place:IV e', 'place:XX e arrondissements']],
    ['Ils bloquent le rond-point de Kervilan depuis l’aube.', ['place:Kervilan']],
    ['Des barricades ont été dressées sur la chaussée des Champs-Élysées.', ['place:Champs-Élysées']],
  ])('%s', (text, expected) => {
    expect(mentionsOf(text)).toEqual(expected);
  });

  test('a century in Roman numerals is no district ("au XVIIIe siècle")', () => {
    expect(mentionsOf('Au XVIIIe siècle, le quartier était un marais.')).toEqual([]);
  });

  test('a ranking is no district ("les 2e et 3e places")', () => {
    expect(mentionsOf('Elles prennent les 2e et 3e places.')).toEqual([]);
  });

  test('a street keeps its head ("rue de Rivoli", "place de la Nation")', () => {
    expect(mentionsOf('Ils sont passés rue de Vaugirard puis place de la Nation.')).toEqual(['place:rue de Vaugirard', 'place:place de la Nation']);
  });
});

describe('a maker and a model code name a product, not the maker', () => {
  test.each([
    ['Un Fokker F27 de la compagnie s’est posé en urgence.', 'misc:Fokker F27'],
    ['Les Canadair CL-415 restent au sol.', 'misc:Canadair CL-415'],
    ['Trois Boeing 737-800 ont été livrés.', 'misc:Boeing 737-800'],
    ['Il conduisait une Renault 405 grise.', 'misc:Renault 405'],
  ])('%s', (text, expected) => {
    const mentions = mentionsOf(text);
    expect(mentions).toContain(expected);
    expect(mentions.filter((m) => m.startsWith('organization:'))).toEqual([]);
  });

  test('not a channel and its number ("France 24"), nor a road ("la RN 205")', () => {
    expect(mentionsOf('Il l’a dit sur France 24.')).toEqual(['organization:France 24']);
    expect(mentionsOf('La RN 205 est coupée.')).toEqual(['place:RN 205']);
  });
});

describe('websites and media named with a web domain or a news word', () => {
  test('"Lemag.info", "Le Courrier.fr", "Bretagne-actu"', () => {
    expect(mentionsOf('Selon Lemag.info, Le Courrier.fr et Bretagne-actu, le maire démissionne.')).toEqual([
      'organization:Lemag.info',
      'organization:Le Courrier.fr',
      'organization:Bretagne-actu',
    ]);
  });

  test('not a hyphenated town ("Saint-Jean-de-Luz")', () => {
    expect(mentionsOf('Il vit à Saint-Jean-de-Luz depuis 2010.')).toEqual(['place:Saint-Jean-de-Luz']);
  });
});

describe('a body named by a common noun and its town: one organisation, the town no place mention of its own (conventions §4)', () => {
  test.each([
    ['Le parquet de Quimper a ouvert une enquête.', ['organization:parquet de Quimper']],
    ['La préfecture de la Mayenne a interdit le rassemblement.', ['organization:préfecture de la Mayenne']],
  ])('%s', (text, expected) => {
    expect(mentionsOf(text)).toEqual(expected);
  });
});

describe('a role held over a place, then "de": the name after it is that place', () => {
  test.each([
    ['Le maire de Montgaric a pris la parole.', ['place:Montgaric']],
    ['L’évêque de Sarvenne célèbre la messe.', ['place:Sarvenne']],
    ['Le conseiller municipal de Bréhaval démissionne.', ['place:Bréhaval']],
  ])('%s', (text, expected) => {
    expect(mentionsOf(text)).toEqual(expected);
  });

  test('a place noun inside a role’s complement still names a place ("un officier de police de la ville de X")', () => {
    expect(mentionsOf('Un officier de police de la ville de Zarbouk a témoigné.')).toEqual(['place:Zarbouk']);
  });

  test('not a person named after the role without "de" ("le maire Jean Dupont")', () => {
    expect(mentionsOf('Le maire Jean Dupont a parlé.')).toEqual(['person:Jean Dupont']);
  });
});

describe('a compass point with a complement is a part of another place, no region of its own', () => {
  test.each([
    ['Les pluies ont touché le Nord de la Hongrie.', ['place:Hongrie']],
    ['Les combats ont repris dans l’Est du pays.', []],
  ])('%s', (text, expected) => {
    expect(mentionsOf(text)).toEqual(expected);
  });

  test('alone after an article, still a region ("le Nord a voté")', () => {
    expect(mentionsOf('Dans le Nord, les écoles ferment.')).toEqual(['place:Nord']);
  });
});

describe('lone unknown names listed after a noun for towns or a verb of conquest are places', () => {
  test.each([
    ['Les habitants de deux localités assiégées, Kérvalo et Mardunek, ont été évacués.', ['place:Kérvalo', 'place:Mardunek']],
    ['Les milices ont repris Zarbeth et Qoubsil après des semaines de combats.', ['place:Zarbeth', 'place:Qoubsil']],
  ])('%s', (text, expected) => {
    expect(mentionsOf(text)).toEqual(expected);
  });

  test('not companies listed after another verb ("les actions de Sandvel et Ortexa")', () => {
    expect(mentionsOf('Les actions de Sandvel et Ortexa ont bondi.')).toEqual(['organization:Sandvel', 'organization:Ortexa']);
  });
});

test('a name shaped like a place’s, in a role’s complement, is a place ("le Premier ministre de Tasmarie-Occidentale")', () => {
  expect(mentionsOf('Le Premier ministre de Tasmarie-Occidentale a signé.')).toEqual(['place:Tasmarie-Occidentale']);
  expect(mentionsOf('La maire de Saint-Herbelin-du-Lac a signé.')).toEqual(['place:Saint-Herbelin-du-Lac']);
});

test('French exonyms of towns the data files name otherwise are places ("Venise", "Abou Dhabi")', () => {
  expect(mentionsOf('Le sommet se tiendra à Venise puis à Abou Dhabi.')).toEqual(['place:Venise', 'place:Abou Dhabi']);
});

describe('a sports title names its place ("championne d’Europe"), unlike a minister’s portfolio ("ministre de l’Europe")', () => {
  test.each([
    ['La championne d’Europe a gagné.', ['place:Europe']],
    ['Il fut champion du monde et d’Europe.', ['place:Europe']],
    ['Le ministre de l’Europe a parlé.', []],
  ])('%s', (text, expected) => {
    expect(mentionsOf(text)).toEqual(expected);
  });
});

describe('a given name, then a word that ends places’ names, is a place ("Alice Springs")', () => {
  test.each([
    ['La fusée partira depuis Rosalind Springs, dans le désert.', ['place:Rosalind Springs']],
    ['Ils ont défilé devant le Franklin Memorial.', ['place:Franklin Memorial']],
  ])('%s', (text, expected) => {
    expect(mentionsOf(text)).toEqual(expected);
  });

  test('unless a word bears it as a surname ("Michael Bay") or a speech verb makes a person of it', () => {
    expect(mentionsOf('Michael Bay prépare un film.')).toEqual(['person:Michael Bay']);
    expect(mentionsOf('Jack Street a déclaré qu’il viendrait.')).toEqual(['person:Jack Street']);
  });
});

describe('a French department’s number in parentheses after a name locates a town', () => {
  test.each([
    ['Des blindés sont partis de Satourel (78) ce matin.', ['place:Satourel']],
    ['Le rassemblement a eu lieu à Olmesca (2B).', ['place:Olmesca']],
  ])('%s', (text, expected) => {
    expect(mentionsOf(text)).toEqual(expected);
  });

  test('not a day with a number, nor a person with a role', () => {
    expect(mentionsOf('Arrivé depuis le lundi (12), il reste.')).toEqual([]);
    expect(mentionsOf('Le sénateur Paul Girard (56) a voté.')).toEqual(['person:Paul Girard']);
  });
});

test('the regions of France before 2016 are places ("Midi-Pyrénées", "le Limousin")', () => {
  expect(mentionsOf('Il a grandi en Midi-Pyrénées puis dans le Limousin.')).toEqual(['place:Midi-Pyrénées', 'place:Limousin']);
  expect(mentionsOf('Le Limousin a voté, comme la Franche-Comté.')).toEqual(['place:Limousin', 'place:Franche-Comté']);
});

test('a space station is a product, not a place ("la station spatiale chinoise X"), unlike a ski resort', () => {
  expect(mentionsOf('La station spatiale chinoise Tiangong-8 sera désorbitée.')).toEqual(['misc:Tiangong-8']);
  expect(mentionsOf('La station de Valmorel a fermé.')).toEqual(['place:Valmorel']);
});

test('a common noun that holds a place’s name mentions no place ("des cochons d’Inde")', () => {
  expect(mentionsOf('Des cochons d’Inde et des choux de Bruxelles ont été volés à Lyon.')).toEqual(['place:Lyon']);
});

test('a country’s name that is also its people’s, counted, is no place ("trois Français et un Suisse")', () => {
  expect(mentionsOf('Trois Français et un Suisse étaient à bord. Il vit en Suisse.')).toEqual(['place:Suisse']);
});

test('natural regions, ranges, rivers and islands are places ("le Sahara", "l’Himalaya", "la Crète")', () => {
  expect(mentionsOf('Le Sahara et l’Himalaya attirent des randonneurs, comme la Crète.')).toEqual(['place:Sahara', 'place:Himalaya', 'place:Crète']);
});

describe('where someone comes from: the name after "originaire de", "en provenance de", "évacués de" is a place', () => {
  test.each([
    ['Le suspect, originaire de Kervignol, a été arrêté.', ['place:Kervignol']],
    ['Un vol en provenance de Morvalec a atterri.', ['place:Morvalec']],
    ['Les habitants évacués de Trézaval sont rentrés.', ['place:Trézaval']],
  ])('%s', (text, expected) => {
    expect(mentionsOf(text)).toEqual(expected);
  });

  test('not people after "des" ("venus des Gilets jaunes")', () => {
    expect(mentionsOf('Des renforts venus des Gilets jaunes ont afflué.').filter((m) => m.startsWith('place:'))).toEqual([]);
  });
});
