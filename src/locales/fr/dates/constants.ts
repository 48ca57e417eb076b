/**
 * French word lists for temporal expressions, and the regex fragments built
 * from them. The only place that knows French month names, weekdays, numbers.
 */
import type { PartOfDay } from '../../../dates/date-locale.js';
import { escapeRegExp } from '../../../text/word-patterns.js';

/** Apostrophes as typed in French text: straight, curly, modifier letter. */
export const APOS = "['’ʼ]";
/** Start of a word: not preceded by a letter, digit or hyphen-joined word. */
export const B = '(?<![\\p{L}\\p{N}_])';
/** End of a word. */
export const E = '(?![\\p{L}\\p{N}_])';
/** One or more spaces, including no-break spaces. */
export const S = '[\\s\\u00a0\\u202f]+';
/** Optional spaces. */
export const OS = '[\\s\\u00a0\\u202f]*';

export const MONTHS: Readonly<Record<string, number>> = {
  janvier: 1, janv: 1, jan: 1,
  février: 2, fevrier: 2, févr: 2, fevr: 2, fév: 2, fev: 2,
  mars: 3,
  avril: 4, avr: 4,
  mai: 5,
  juin: 6,
  juillet: 7, juil: 7,
  août: 8, aout: 8,
  septembre: 9, sept: 9, sep: 9,
  octobre: 10, oct: 10,
  novembre: 11, nov: 11,
  décembre: 12, decembre: 12, déc: 12, dec: 12,
};
/** Full month names (abbreviations are only accepted with a day or a year). */
export const MONTH_NAMES = ['janvier', 'février', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'aout', 'septembre', 'octobre', 'novembre', 'décembre', 'decembre'];
export const MONTH_ABBREVIATIONS = ['janv', 'jan', 'févr', 'fevr', 'fév', 'fev', 'avr', 'juil', 'sept', 'sep', 'oct', 'nov', 'déc', 'dec'];

export const WEEKDAYS: Readonly<Record<string, number>> = {
  lundi: 1, mardi: 2, mercredi: 3, jeudi: 4, vendredi: 5, samedi: 6, dimanche: 7,
  lun: 1, mar: 2, mer: 3, jeu: 4, ven: 5, sam: 6, dim: 7,
};
export const WEEKDAY_NAMES = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'];

/** Cardinal numbers 0–19 and tens, in words. */
export const UNITS: Readonly<Record<string, number>> = {
  zéro: 0, zero: 0, un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10,
  onze: 11, douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16,
};
export const TENS: Readonly<Record<string, number>> = {
  vingt: 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60, 'quatre-vingt': 80, 'quatre-vingts': 80,
};
/** Words standing for a count ("une dizaine" is about ten). */
export const ROUND_COUNTS: Readonly<Record<string, number>> = { dizaine: 10, douzaine: 12, quinzaine: 15, vingtaine: 20, trentaine: 30, centaine: 100 };

/** Ordinals as words and abbreviations. */
export const ORDINALS: Readonly<Record<string, number>> = {
  premier: 1, première: 1, premiere: 1, '1er': 1, '1re': 1, '1ère': 1, '1ere': 1,
  deuxième: 2, deuxieme: 2, second: 2, seconde: 2, '2e': 2, '2ème': 2, '2eme': 2, '2nd': 2, '2nde': 2,
  troisième: 3, troisieme: 3, '3e': 3, '3ème': 3, '3eme': 3,
  quatrième: 4, quatrieme: 4, '4e': 4, '4ème': 4, '4eme': 4,
  cinquième: 5, cinquieme: 5, '5e': 5, '5ème': 5,
  dernier: -1, dernière: -1, derniere: -1,
};

export const PARTS_OF_DAY: Readonly<Record<string, PartOfDay>> = {
  matin: 'MO', matinée: 'MO', matinee: 'MO', mat: 'MO', aube: 'MO', 'petit matin': 'MO',
  midi: 'MI',
  'après-midi': 'AF', 'apres-midi': 'AF', aprem: 'AF', 'aprèm': 'AF',
  soir: 'EV', soirée: 'EV', soiree: 'EV',
  nuit: 'NI',
  journée: 'DT', journee: 'DT',
};

export const SEASONS: Readonly<Record<string, 'SP' | 'SU' | 'FA' | 'WI'>> = {
  printemps: 'SP', été: 'SU', ete: 'SU', automne: 'FA', hiver: 'WI',
};

/** Holidays on a fixed day (month, day) or at a distance from Easter Sunday. */
export const HOLIDAYS: ReadonlyArray<{ readonly names: readonly string[]; readonly month?: number; readonly day?: number; readonly easter?: number }> = [
  { names: ['noël', 'noel', 'jour de noël', 'jour de noel', 'la noël', 'la noel'], month: 12, day: 25 },
  { names: ['réveillon de noël', 'réveillon de noel', 'veille de noël', 'veille de noel'], month: 12, day: 24 },
  { names: ['jour de l’an', "jour de l'an", 'nouvel an', 'nouvel-an', 'premier de l’an', "premier de l'an"], month: 1, day: 1 },
  { names: ['saint-sylvestre', 'la saint-sylvestre', 'réveillon du nouvel an', 'réveillon de la saint-sylvestre', 'veille du nouvel an', 'veille du jour de l’an', "veille du jour de l'an"], month: 12, day: 31 },
  { names: ['épiphanie', "l'épiphanie", 'l’épiphanie'], month: 1, day: 6 },
  { names: ['saint-valentin', 'la saint-valentin'], month: 2, day: 14 },
  { names: ['fête du travail', 'fete du travail', 'fête des travailleurs'], month: 5, day: 1 },
  { names: ['fête nationale', 'fete nationale'], month: 7, day: 14 },
  { names: ['assomption', "l'assomption", 'l’assomption'], month: 8, day: 15 },
  { names: ['toussaint', 'la toussaint'], month: 11, day: 1 },
  { names: ['armistice', "l'armistice", 'l’armistice'], month: 11, day: 11 },
  { names: ['halloween'], month: 10, day: 31 },
  { names: ['chandeleur', 'la chandeleur'], month: 2, day: 2 },
  { names: ['la saint-patrick'], month: 3, day: 17 },
  { names: ['fête de la musique', 'fete de la musique'], month: 6, day: 21 },
  // with its article only: "Saint-Jean" alone is as often a place or a church
  { names: ['la saint-jean'], month: 6, day: 24 },
  { names: ['la saint-nicolas'], month: 12, day: 6 },
  { names: ['pâques', 'paques', 'dimanche de pâques', 'dimanche de paques'], easter: 0 },
  { names: ['rameaux', 'les rameaux', 'dimanche des rameaux'], easter: -7 },
  { names: ['lundi de pâques', 'lundi de paques'], easter: 1 },
  { names: ['vendredi saint'], easter: -2 },
  { names: ['ascension', "l'ascension", 'l’ascension', 'jeudi de l’ascension', "jeudi de l'ascension"], easter: 39 },
  { names: ['pentecôte', 'pentecote', 'la pentecôte', 'dimanche de pentecôte', 'dimanche de la pentecôte'], easter: 49 },
  { names: ['lundi de pentecôte', 'lundi de pentecote', 'lundi de la pentecôte', 'lundi de la pentecote'], easter: 50 },
  { names: ['mardi gras'], easter: -47 },
];

/** Duration units: TIMEX3 letter, whether it is a time unit (PT…), and a multiplier (decades count in years). */
export const DURATION_UNITS: Readonly<Record<string, { letter: string; time: boolean; factor: number }>> = {
  seconde: { letter: 'S', time: true, factor: 1 }, secondes: { letter: 'S', time: true, factor: 1 }, s: { letter: 'S', time: true, factor: 1 }, sec: { letter: 'S', time: true, factor: 1 },
  minute: { letter: 'M', time: true, factor: 1 }, minutes: { letter: 'M', time: true, factor: 1 }, min: { letter: 'M', time: true, factor: 1 }, mn: { letter: 'M', time: true, factor: 1 },
  heure: { letter: 'H', time: true, factor: 1 }, heures: { letter: 'H', time: true, factor: 1 },
  jour: { letter: 'D', time: false, factor: 1 }, jours: { letter: 'D', time: false, factor: 1 }, journée: { letter: 'D', time: false, factor: 1 }, journées: { letter: 'D', time: false, factor: 1 },
  nuit: { letter: 'D', time: false, factor: 1 }, nuits: { letter: 'D', time: false, factor: 1 },
  semaine: { letter: 'W', time: false, factor: 1 }, semaines: { letter: 'W', time: false, factor: 1 },
  mois: { letter: 'M', time: false, factor: 1 },
  trimestre: { letter: 'M', time: false, factor: 3 }, trimestres: { letter: 'M', time: false, factor: 3 },
  semestre: { letter: 'M', time: false, factor: 6 }, semestres: { letter: 'M', time: false, factor: 6 },
  an: { letter: 'Y', time: false, factor: 1 }, ans: { letter: 'Y', time: false, factor: 1 }, année: { letter: 'Y', time: false, factor: 1 }, années: { letter: 'Y', time: false, factor: 1 },
  annee: { letter: 'Y', time: false, factor: 1 }, annees: { letter: 'Y', time: false, factor: 1 },
  décennie: { letter: 'Y', time: false, factor: 10 }, décennies: { letter: 'Y', time: false, factor: 10 },
  siècle: { letter: 'Y', time: false, factor: 100 }, siècles: { letter: 'Y', time: false, factor: 100 },
  millénaire: { letter: 'Y', time: false, factor: 1000 }, millénaires: { letter: 'Y', time: false, factor: 1000 },
};

/** Calendar units in relative expressions ("la semaine dernière"), by noun. */
export const RELATIVE_UNITS: Readonly<Record<string, 'day' | 'week' | 'weekend' | 'month' | 'quarter' | 'half' | 'year' | 'decade' | 'century' | 'millennium'>> = {
  jour: 'day', journée: 'day', semaine: 'week', 'week-end': 'weekend', weekend: 'weekend', mois: 'month', trimestre: 'quarter', semestre: 'half',
  an: 'year', année: 'year', annee: 'year', exercice: 'year', décennie: 'decade', decennie: 'decade', siècle: 'century', siecle: 'century', millénaire: 'millennium', millenaire: 'millennium',
};

/** Words after a unit that shift it: "dernier", "prochain"… */
export const SHIFTS: Readonly<Record<string, number>> = {
  dernier: -1, dernière: -1, derniere: -1, passé: -1, passée: -1, passe: -1, précédent: -1, précédente: -1, precedent: -1, precedente: -1,
  "d'avant": -1, 'd’avant': -1,
  prochain: 1, prochaine: 1, suivant: 1, suivante: 1, "d'après": 1, 'd’après': 1, 'qui suit': 1, 'qui vient': 1, 'à venir': 1,
};

/** Expressions that refer to the present, past or future as a whole. */
export const REFERENCE_WORDS: Readonly<Record<string, 'PRESENT_REF' | 'PAST_REF' | 'FUTURE_REF'>> = {
  maintenant: 'PRESENT_REF', actuellement: 'PRESENT_REF', désormais: 'PRESENT_REF', dorénavant: 'PRESENT_REF', 'tout de suite': 'PRESENT_REF',
  'à présent': 'PRESENT_REF', 'l’heure actuelle': 'PRESENT_REF', "l'heure actuelle": 'PRESENT_REF', 'ce moment': 'PRESENT_REF',
  'le moment présent': 'PRESENT_REF', 'de nos jours': 'PRESENT_REF', 'ces jours-ci': 'PRESENT_REF', 'ces temps-ci': 'PRESENT_REF', 'ces derniers temps': 'PAST_REF',
  récemment: 'PAST_REF', nouvellement: 'PAST_REF', dernièrement: 'PAST_REF', autrefois: 'PAST_REF', jadis: 'PAST_REF', naguère: 'PAST_REF', auparavant: 'PAST_REF', 'le passé': 'PAST_REF',
  prochainement: 'FUTURE_REF', 'sous peu': 'FUTURE_REF', 'l’avenir': 'FUTURE_REF', "l'avenir": 'FUTURE_REF', 'le futur': 'FUTURE_REF', bientôt: 'FUTURE_REF',
};

/** Nouns for a person, singular (a plural -s or -x is allowed): "un enfant de 9 ans" tells an age. */
export const PERSON_NOUNS: readonly string[] = [
  'homme', 'femme', 'enfant', 'fille', 'fillette', 'garçon', 'garçonnet', 'adolescent', 'adolescente', 'ado', 'jeune', 'bébé', 'nourrisson',
  'victime', 'conducteur', 'conductrice', 'chauffeur', 'automobiliste', 'motard', 'cycliste', 'piéton', 'piétonne', 'passager', 'passagère',
  'étudiant', 'étudiante', 'élève', 'lycéen', 'lycéenne', 'collégien', 'collégienne', 'écolier', 'écolière', 'retraité', 'retraitée',
  'père', 'mère', 'mari', 'époux', 'épouse', 'compagnon', 'compagne', 'fils', 'frère', 'sœur', 'soeur', 'cousin', 'cousine', 'neveu', 'nièce',
  'oncle', 'tante', 'veuf', 'veuve', 'dame', 'monsieur', 'individu', 'personne', 'suspect', 'suspecte', 'prévenu', 'prévenue', 'détenu',
  'détenue', 'accusé', 'accusée', 'joueur', 'joueuse', 'patient', 'patiente', 'habitant', 'habitante', 'résident', 'résidente',
  'ressortissant', 'ressortissante', 'militant', 'militante', 'soldat', 'policier', 'policière', 'gendarme', 'pompier', 'ouvrier', 'ouvrière',
  'salarié', 'salariée', 'employé', 'employée', 'agriculteur', 'agricultrice', 'commerçant', 'commerçante', 'agresseur', 'tireur', 'forcené',
  'meurtrier', 'auteur', 'autrice', 'candidat', 'candidate', 'sportif', 'sportive', 'athlète', 'pilote', 'skieur', 'skieuse', 'nageur', 'nageuse',
  'cadet', 'cadette', 'aîné', 'aînée', 'benjamin', 'benjamine', 'quinquagénaire', 'quadragénaire', 'trentenaire', 'sexagénaire', 'septuagénaire',
  'octogénaire', 'nonagénaire', 'centenaire', 'garde', 'apprenti', 'apprentie', 'stagiaire', 'chômeur', 'chômeuse', 'migrant', 'migrante', 'réfugié', 'réfugiée',
];

/** Regex alternation of words, longest first, with spaces as flexible spaces and apostrophes as any apostrophe. */
export function alternation(words: Iterable<string>): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map((w) => escapeRegExp(w).replace(/ /g, S).replace(/['’]/g, APOS))
    .join('|');
}

/**
 * A necessary condition (a parser's `prefilter`) of a pattern that must match one of `words` as `alternation` writes
 * them, whatever a parser then does with their spaces, apostrophes and hyphens: the longest piece of each word between
 * those, unanchored, case-insensitive as the parsers are. `extra`: more alternatives, for the words a parser needs
 * written otherwise (a short word that the pattern ends on, with what may not follow it). Skipping the pattern on a
 * text this does not match never changes what the parser finds.
 */
export function wordsPrefilter(words: Iterable<string>, extra: readonly string[] = []): RegExp {
  const pieces = new Set<string>();
  for (const word of words) {
    const piece = word.split(/[\s'’ʼ-]+/).reduce((a, b) => (b.length > a.length ? b : a), '');
    if (piece === '') throw new Error(`no piece to look for in "${word}"`);
    pieces.add(escapeRegExp(piece));
  }
  return new RegExp([...[...pieces].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)), ...extra].join('|'), 'iu');
}

const UNIT_WORDS = alternation(Object.keys(UNITS).filter((w) => w !== 'zéro' && w !== 'zero'));
const TEENS = 'dix-sept|dix-huit|dix-neuf|dix sept|dix huit|dix neuf';
const TENS_WORDS = 'quatre-vingts?|vingt|trente|quarante|cinquante|soixante';
/** A number from 1 to 99 in words ("vingt et un", "quatre-vingt-dix"). */
export const NUMBER_WORDS = `(?:(?:${TENS_WORDS})(?:[- ](?:et[- ])?(?:${TEENS}|${UNIT_WORDS}))?|${TEENS}|${UNIT_WORDS})`;

/** Value of a number in words or digits (1–99; "vingt et un", "21", "30,4"); NaN when not a number. */
export function parseNumber(text: string): number {
  const t = text.toLowerCase().replace(/[\s\u00a0\u202f]+/g, ' ').trim();
  if (/^\d+(?:[.,]\d+)?$/.test(t)) return Number(t.replace(',', '.'));
  const parts = t.split(/[- ]/).filter((p) => p !== 'et');
  let total = 0;
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]!;
    if (p === 'quatre' && (parts[i + 1] === 'vingt' || parts[i + 1] === 'vingts')) {
      total += 80;
      i++;
    } else if (TENS[p] !== undefined) total += TENS[p]!;
    else if (p === 'dix' && i + 1 < parts.length && UNITS[parts[i + 1]!] !== undefined && UNITS[parts[i + 1]!]! < 10) {
      total += 10 + UNITS[parts[i + 1]!]!;
      i++;
    } else if (UNITS[p] !== undefined) total += UNITS[p]!;
    else return Number.NaN;
  }
  return parts.length ? total : Number.NaN;
}

/** Lower-cases and turns every apostrophe into "'", for dictionary look-ups. */
export function normalise(text: string): string {
  return text.toLowerCase().replace(/[’ʼ]/g, "'").replace(/[\s\u00a0\u202f]+/g, ' ').trim();
}

/** Look-up in a word list after normalisation (tries both apostrophe forms). */
export function lookup<T>(table: Readonly<Record<string, T>>, word: string): T | undefined {
  const n = normalise(word);
  return table[n] ?? table[n.replace(/'/g, '’')];
}
