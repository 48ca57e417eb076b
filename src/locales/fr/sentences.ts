import type { SentenceRules } from '../../text/sentences.js';
import { MONTH_ABBREVIATIONS, MONTH_NAMES, OS, S, alternation } from './dates/constants.js';

// "ven. 15 mars", "lun. 18/03", "sam. 16 à 20 h": a weekday abbreviation and a day number, then a month, a clock time or
// the end of a phrase (only then: "la mer. 15 personnes…" ends its sentence)
const WEEKDAY_BEFORE_DATE = new RegExp(
  `^(?:lun|mar|mer|jeu|ven|sam|dim)\\.${S}(?:1er|[0-3]?\\d)(?:${S}(?:${alternation([...MONTH_NAMES, ...MONTH_ABBREVIATIONS])})(?![\\p{L}])|[/.-][01]?\\d(?!\\d)|${OS}(?:[,;:.!?)]|$)|${S}(?:à|dès)${S}\\d)`,
  'iu',
);

/** French honorifics and abbreviations that take a full stop without ending a sentence. */
export const sentenceRules: SentenceRules = {
  titles: new Set(['M', 'MM', 'Mme', 'Mmes', 'Mlle', 'Mlles', 'Mgr', 'Mgrs', 'Dr', 'Drs', 'Pr', 'Me', 'Maître', 'St', 'Ste', 'Gal', 'Gén', 'Col', 'Cdt', 'Lt', 'Sgt']),
  abbreviations: new Set([
    // common words ("mer", "vol", "art", "sept") are left out: they end sentences too
    'av', 'apr', 'j.-c', 'jc', 'p', 'ex', 'p.ex', 'cf', 'env', 'al', 'chap', 'fig', 'éd', 'coll', 'op', 'cit',
    'no', 'tél', 'bd', 'boul', 'ch', 'rte', 'approx', 'c.-à-d', 'c-à-d',
    'janv', 'févr', 'fév', 'avr', 'juil', 'oct', 'nov', 'déc', 'vs',
    'mds', 'md', 'mrd', 'hon', 'dép', 'gouv', 'adm', 'lieut', 'capt', 'dir', 'resp', 'qqn', 'qqch',
  ]),
  beforeNumber: new Set(['sept', 'art', 'vol', 'n', 'p', 'min', 'max']),
  joinsNext: WEEKDAY_BEFORE_DATE,
  openers: '«"“‘(\'[',
  closers: '»"”’)]\'',
};
