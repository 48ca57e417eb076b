/** Present, past and future as a whole: "actuellement", "désormais", "maintenant", "récemment", "à l'avenir" ("l'avenir"). */
import type { DateParser } from '../../../../dates/date-locale.js';
import { REFERENCE_WORDS, alternation, lookup } from '../constants.js';
import { B, before, re, whole } from './kit.js';

export const referenceParser: DateParser = {
  name: 'reference',
  pattern: re(`${B}(${alternation(Object.keys(REFERENCE_WORDS))})(?![\\p{L}\\p{N}-])`),
  extract(m, text) {
    const value = lookup(REFERENCE_WORDS, m[1]!);
    if (!value) return null;
    // "en maintenant la pression": the participle of "maintenir"
    if (/^maintenant$/i.test(m[1]!) && /(?:^|\s)en\s*$/i.test(before(text, m.index, 4))) return null;
    // "le passé", "le futur" as nouns of a sentence about tenses are rare in news; "au passé" / "du futur" are grammar
    if (/^(le passé|le futur)$/i.test(m[1]!) && /(?:^|\s)(?:du|au)\s*$/i.test(before(text, m.index, 4))) return null;
    // "un mois auparavant": the signal after a duration (duration.ts), not a reference of its own
    if (/^auparavant$/i.test(m[1]!) && AFTER_UNIT.test(before(text, m.index, 16))) return null;
    return whole(m, { kind: 'literal', type: 'DATE', value }, 'reference');
  },
};

const AFTER_UNIT = /(?:ans?|mois|semaines?|jours?|heures?|minutes?|années?|demie?|décennies?|siècles?)[\s\u00a0]+$/iu;

/** "pour l'instant", "pour le moment", "pour l'heure": now ("pour" is the preposition, outside). */
export const forNowParser: DateParser = {
  name: 'for-now',
  pattern: re(`(?<=(?:^|[\\s(«"])pour[\\s\\u00a0]+)(?:l['’][\\s\\u00a0]*instant|le[\\s\\u00a0]+moment|l['’][\\s\\u00a0]*heure)(?![\\p{L}\\p{N}-])`),
  extract(m) {
    return whole(m, { kind: 'literal', type: 'DATE', value: 'PRESENT_REF' }, 'for-now');
  },
};
