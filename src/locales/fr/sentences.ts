import type { SentenceRules } from '../../text/sentences.js';

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
  openers: '«"“‘(\'[',
  closers: '»"”’)]\'',
};
