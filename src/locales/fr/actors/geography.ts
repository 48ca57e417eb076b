/**
 * Places that the data files do not cover: continents, seas, historical and
 * disputed regions, regions of other countries that French news names often.
 * General geography; [name, aliases, ISO country or ''].
 */
import type { PlaceEntry } from '../../../actors/actor-locale.js';

const LIST: ReadonlyArray<readonly [string, readonly string[], string]> = [
  ['Europe', [], ''], ['Afrique', [], ''], ['Asie', [], ''], ['Amérique', [], ''], ['Océanie', [], ''],
  ['Amérique latine', [], ''], ['Amérique du Nord', [], ''], ['Amérique du Sud', [], ''], ['Amérique centrale', [], ''],
  ['Afrique du Nord', [], ''], ['Afrique de l’Ouest', [], ''], ['Afrique subsaharienne', [], ''],
  ['Europe de l’Est', [], ''], ['Asie centrale', [], ''], ['Asie du Sud-Est', [], ''],
  ['Occident', [], ''], ['Orient', [], ''], ['Extrême-Orient', [], ''], ['Moyen-Orient', [], ''], ['Proche-Orient', [], ''], ['Maghreb', [], ''], ['Sahel', [], ''], ['Balkans', [], ''],
  ['Caucase', [], ''], ['Scandinavie', [], ''], ['Arctique', [], ''], ['Antarctique', [], ''],
  ['Méditerranée', [], ''], ['Atlantique', [], ''], ['Pacifique', [], ''], ['mer Noire', [], ''], ['mer Rouge', [], ''],
  ['mer Baltique', [], ''], ['mer de Chine méridionale', [], ''], ['golfe Persique', [], ''], ['Manche', [], ''],
  ['Crimée', [], 'UA'], ['Donbass', ['Donbas'], 'UA'], ['Donetsk', [], 'UA'], ['Louhansk', ['Lougansk'], 'UA'],
  ['Kherson', [], 'UA'], ['Zaporijia', ['Zaporijjia'], 'UA'], ['Kharkiv', ['Kharkov'], 'UA'], 
  ['Bakhmout', [], 'UA'], ['Marioupol', [], 'UA'], ['Odessa', [], 'UA'],
  ['Cisjordanie', [], 'PS'], ['Gaza', ['bande de Gaza'], 'PS'], ['Jérusalem', [], ''], ['Golan', [], ''],
  ['Kurdistan', [], ''], ['Tibet', [], 'CN'], ['Xinjiang', [], 'CN'], ['Taïwan', ['Taiwan'], 'TW'], ['Hong Kong', [], 'HK'],
  ['Sibérie', [], 'RU'], ['Tchétchénie', [], 'RU'], ['Haut-Karabakh', [], ''], ['Transnistrie', [], ''],
  ['Union soviétique', ['URSS'], ''], ['Yougoslavie', [], ''], ['Tchécoslovaquie', [], ''], ['Allemagne de l’Est', ['RDA'], ''],
  ['Wall Street', [], 'US'], ['Silicon Valley', [], 'US'], ['Kosovo', [], 'XK'], ['Darfour', [], 'SD'], ['Cachemire', [], ''],
  ['Californie', [], 'US'], ['Texas', [], 'US'], ['Floride', [], 'US'], ['New York', [], 'US'], ['Washington', [], 'US'],
  ['Pennsylvanie', [], 'US'], ['Ohio', [], 'US'], ['Virginie', [], 'US'], ['Caroline du Nord', [], 'US'], ['Caroline du Sud', [], 'US'],
  ['Géorgie du Sud', [], ''], ['Nevada', [], 'US'], ['Iowa', [], 'US'], ['Minnesota', [], 'US'], ['Illinois', [], 'US'], ['Alabama', [], 'US'],
  ['Louisiane', [], 'US'], ['Oregon', [], 'US'], ['Colorado', [], 'US'], ['Utah', [], 'US'], ['Alaska', [], 'US'], ['Hawaï', [], 'US'],
  ['Massachusetts', [], 'US'], ['New Jersey', [], 'US'], ['Tennessee', [], 'US'], ['Kentucky', [], 'US'], ['Missouri', [], 'US'],
  ['Maryland', [], 'US'], ['Indiana', [], 'US'], ['Montana', [], 'US'], ['Oklahoma', [], 'US'], ['Kansas', [], 'US'], ['Nebraska', [], 'US'],
  ['Mississippi', [], 'US'], ['Arkansas', [], 'US'], ['Connecticut', [], 'US'], ['Vermont', [], 'US'], ['Idaho', [], 'US'], ['Wyoming', [], 'US'], ['Géorgie', [], 'GE'], ['Arizona', [], 'US'], ['Michigan', [], 'US'], ['Wisconsin', [], 'US'],
  ['Québec', [], 'CA'], ['Ontario', [], 'CA'], ['Colombie-Britannique', [], 'CA'], ['Alberta', [], 'CA'], ['Manitoba', [], 'CA'],
  ['Saskatchewan', [], 'CA'], ['Nouvelle-Écosse', [], 'CA'], ['Nouveau-Brunswick', [], 'CA'], ['Terre-Neuve', [], 'CA'], ['Yukon', [], 'CA'],
  ['Nunavut', [], 'CA'], ['Territoires du Nord-Ouest', [], 'CA'], ['Nouvelle-Galles du Sud', [], 'AU'], ['Queensland', [], 'AU'],
  ['Tasmanie', [], 'AU'], ['Pendjab', [], ''], ['Bengale', [], ''], ['Bengale-Occidental', [], 'IN'],
  ['Atlas', [], 'MA'], ['Rif', [], 'MA'], ['Sahara occidental', [], 'EH'], ['Kabylie', [], 'DZ'], ['Sinaï', [], 'EG'], ['Néguev', [], 'IL'], ['Écosse', [], 'GB'], ['Angleterre', [], 'GB'], ['Pays de Galles', [], 'GB'],
  ['Irlande du Nord', [], 'GB'], ['Catalogne', [], 'ES'], ['Andalousie', [], 'ES'], ['Pays basque', [], ''],
  ['Bavière', [], 'DE'], ['Flandre', ['Flandres'], 'BE'], ['Wallonie', [], 'BE'], ['Sicile', [], 'IT'], ['Sardaigne', [], 'IT'],
  ['Lombardie', [], 'IT'], ['Toscane', [], 'IT'],
  // the regions of France before 2016, still named in the news
  ['Rhône-Alpes', [], 'FR'], ['Champagne-Ardenne', [], 'FR'], ['Nord-Pas-de-Calais', [], 'FR'], ['Languedoc-Roussillon', [], 'FR'],
  ['Midi-Pyrénées', [], 'FR'], ['Poitou-Charentes', [], 'FR'], ['Basse-Normandie', [], 'FR'], ['Haute-Normandie', [], 'FR'],
  ['Franche-Comté', [], 'FR'], ['Limousin', [], 'FR'], ['Auvergne', [], 'FR'], ['Bourgogne', [], 'FR'], ['Poitou', [], 'FR'],
  ['Alsace', [], 'FR'], ['Lorraine', [], 'FR'], ['Provence', [], 'FR'], ['Côte d’Azur', [], 'FR'], ['Champagne', [], 'FR'],
  ['Picardie', [], 'FR'], ['Aquitaine', [], 'FR'], ['Languedoc', [], 'FR'], ['Midi', [], 'FR'], ['Nouvelle-Calédonie', [], 'NC'],
  ['Polynésie française', [], 'PF'], ['Alpes', [], ''], ['Pyrénées', [], ''], ['Seine', [], 'FR'], ['Rhin', [], ''],
  ['Loire', [], 'FR'], ['Rhône', [], 'FR'], ['Garonne', [], 'FR'], ['Danube', [], ''], ['Nil', [], ''], ['Dniepr', [], 'UA'],
  // rivers, straits and seas
  ['Euphrate', [], ''], ['Volga', [], 'RU'], ['Gange', [], ''], ['Indus', [], ''], ['Mékong', [], ''], ['Yangtsé', [], 'CN'],
  ['Amazone', [], ''], ['Zambèze', [], ''], ['Tamise', [], 'GB'], ['Escaut', [], ''], ['Oder', [], ''], ['Elbe', [], ''],
  ['Tage', [], ''], ['Èbre', [], 'ES'], ['Pô', [], 'IT'], ['Jourdain', [], ''], ['Oronte', [], ''], ['Limpopo', [], ''],
  ['Orénoque', [], ''], ['Sambre', [], ''], ['Dardanelles', [], 'TR'], ['Adriatique', [], ''], ['Caspienne', ['mer Caspienne'], ''],
  ['mer Égée', ['Égée'], ''], ['Baltique', [], ''],
  // mountains, deserts and natural regions
  ['Sahara', [], ''], ['Gobi', [], ''], ['Himalaya', [], ''], ['Andes', [], ''], ['Rocheuses', [], ''], ['Oural', [], 'RU'],
  ['Carpates', [], ''], ['Apennins', [], 'IT'], ['Massif central', [], 'FR'], ['Kilimandjaro', [], 'TZ'], ['Everest', [], ''],
  ['Mont-Blanc', [], ''], ['Cervin', [], ''], ['Etna', [], 'IT'], ['Vésuve', [], 'IT'], ['Amazonie', [], ''], ['Patagonie', [], ''],
  ['Laponie', [], ''], ['Camargue', [], 'FR'], ['Cévennes', [], 'FR'], ['Sologne', [], 'FR'], ['Beauce', [], 'FR'],
  ['Gascogne', [], 'FR'], ['Béarn', [], 'FR'], ['Riviera', [], ''],
  // islands and archipelagos
  ['Crète', [], 'GR'], ['Baléares', [], 'ES'], ['Canaries', [], 'ES'], ['Açores', [], 'PT'], ['Madère', [], 'PT'],
  ['Antilles', [], ''], ['Polynésie', [], ''], ['Mélanésie', [], ''], ['Célèbes', [], 'ID'], ['Mindanao', [], 'PH'],
  ['Hokkaido', [], 'JP'], ['Kyushu', [], 'JP'], ['Labrador', [], 'CA'],
  // historical and present regions of other countries
  ['Bosnie', [], 'BA'], ['Dalmatie', [], 'HR'], ['Transylvanie', [], 'RO'], ['Anatolie', [], 'TR'], ['Mésopotamie', [], ''],
  ['Judée', [], ''], ['Hedjaz', [], 'SA'], ['Mandchourie', [], 'CN'], ['Sichuan', [], 'CN'], ['Yunnan', [], 'CN'],
  ['Ombrie', [], 'IT'], ['Piémont', [], 'IT'], ['Vénétie', [], 'IT'], ['Calabre', [], 'IT'], ['Pouilles', [], 'IT'],
  ['Galice', [], 'ES'], ['Asturies', [], 'ES'], ['Castille', [], 'ES'], ['Estrémadure', [], 'ES'], ['Rhénanie', [], 'DE'],
  ['Westphalie', [], 'DE'], ['Brandebourg', [], 'DE'], ['Silésie', [], ''], ['Poméranie', [], ''], ['Bohême', [], 'CZ'],
  ['Moravie', [], 'CZ'], ['Zélande', [], 'NL'], ['Frise', [], ''], ['Cornouailles', [], 'GB'], ['Ulster', [], 'GB'], ['Connemara', [], 'IE'],
];

export const geography: PlaceEntry[] = LIST.map(([name, aliases, country]) => ({ name, aliases, kind: 'other', country: country || null }));

/**
 * French names of towns and cities that the data files give only under another name, or not at all (a town below their
 * threshold): the exonyms French news writes ("Venise", "Alexandrie", "Abou Dhabi"). General knowledge; [name, ISO country].
 */
const EXONYMS: ReadonlyArray<readonly [string, string]> = [
  ['Alexandrie', 'EG'], ['Assouan', 'EG'], ['Charm el-Cheikh', 'EG'], ['Abou Dhabi', 'AE'], ['Charjah', 'AE'], ['Djeddah', 'SA'],
  ['Venise', 'IT'], ['Sienne', 'IT'], ['Cordoue', 'ES'], ['Salamanque', 'ES'], ['Tolède', 'ES'], ['Ségovie', 'ES'],
  ['Malines', 'BE'], ['Mons', 'BE'], ['Courtrai', 'BE'], ['Ostende', 'BE'], ['Francfort', 'DE'], ['Dantzig', 'PL'],
  ['Sotchi', 'RU'], ['Iekaterinbourg', 'RU'], ['Lucerne', 'CH'], ['Douvres', 'GB'], ['Cantorbéry', 'GB'],
  ['Bassorah', 'IQ'], ['Kirkouk', 'IQ'], ['Falloujah', 'IQ'], ['Tikrit', 'IQ'], ['Hama', 'SY'], ['Raqqa', 'SY'], ['Racca', 'SY'],
  ['Idleb', 'SY'], ['Palmyre', 'SY'], ['Bethléem', 'PS'], ['Ramallah', 'PS'], ['Naplouse', 'PS'], ['Machhad', 'IR'],
  ['Hérat', 'AF'], ['Tombouctou', 'ML'], ['Kidal', 'ML'],
];

export const cityExonyms: PlaceEntry[] = EXONYMS.map(([name, country]) => ({ name, aliases: [], kind: 'city', country }));

/** Other names of countries that French news writes, by ISO code: acronyms ("RDC", "USA"). */
/** Short or older names French news gives big cities, by the lexicon's name: "Rio", "Saïgon". */
export const cityAliases: Readonly<Record<string, readonly string[]>> = {
  'Rio de Janeiro': ['Rio'], 'Hô-Chi-Minh-Ville': ['Saïgon', 'Hô Chi Minh-Ville', 'Ho Chi Minh-Ville'],
};

export const countryAliases: Readonly<Record<string, readonly string[]>> = {
  CD: ['RDC', 'RD Congo'], CF: ['RCA'], US: ['USA'], GB: ['UK'], AE: ['EAU'], ZA: ['RSA'],
  // the names in use before a recent renaming
  MK: ['Macédoine', 'ARYM'],
};
