/** Present, past and future as a whole: "actuellement", "désormais", "maintenant", "récemment", "à l'avenir" ("l'avenir"). */
import type { DateParser } from '../../../../dates/date-locale.js';
import { REFERENCE_WORDS, RELATIVE_UNITS, alternation, lookup, wordsPrefilter } from '../constants.js';
import { B, before, isCapital, re, whole } from './kit.js';
import { deferred, latinExec, latinTest } from '../../../../text/unicode-domain.js';

export const referenceParser: DateParser = {
  name: 'reference',
  prefilter: wordsPrefilter(Object.keys(REFERENCE_WORDS)),
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
  // (the words after "pour" too: "pour la", "pour les" are in one sentence in twenty)
  prefilter: /pour[\s\u00a0]+l(?:['’][\s\u00a0]*(?:instant|heure)|e[\s\u00a0]+moment)/iu,
  pattern: re(`(?<=(?:^|[\\s(«"])pour[\\s\\u00a0]+)(?:l['’][\\s\\u00a0]*instant|le[\\s\\u00a0]+moment|l['’][\\s\\u00a0]*heure)(?![\\p{L}\\p{N}-])`),
  extract(m) {
    return whole(m, { kind: 'literal', type: 'DATE', value: 'PRESENT_REF' }, 'for-now');
  },
};

/** Determiners before an adjective that comes before its noun ("l'actuel maire", "la future loi", "les prochaines élections"). */
const DET_BEFORE = /(?:^|[\s(«"'’])(?:l['’]|le|la|les|du|des|au|aux|un|une|son|sa|ses|leur|leurs|notre|nos|votre|vos|ce|cet|cette|ces|mon|ma|mes)[\s\u00a0]*$/iu;
/** A noun right before an adjective that follows it ("le vote précédent", "la situation actuelle"). */
// (the three deferred and run through their twins: a Latin text compiles no `\p{…}`; text/unicode-domain)
const NOUN_BEFORE = deferred(String.raw`(?:^|[\s(«"'’])(?!(?:sans|un|une|le|la|les|du|des|ce|cet|cette|ces|aucun|aucune|de|et|ou|est|sont|était)[\s\u00a0]+$)\p{Ll}{3,}[\s\u00a0]+$`, 'u');
/** A calendar period right after "prochain". */
const PERIOD_AFTER = deferred(String.raw`^[\s\u00a0]+(semaine|week-end|mois|année|an|trimestre|semestre|décennie|siècle)(?![\p{L}\p{N}-])`, 'iu');
/** A noun (or a quoted one) right after it. */
const NOUN_AFTER = deferred(String.raw`^[\s\u00a0]+(?:«[\s\u00a0]*)?\p{Ll}{2,}`, 'u');

/**
 * Temporal adjectives (French TimeML): "l'actuel maire", "la situation actuelle" (PRESENT_REF); "le vote précédent",
 * "la précédente législature" (PAST_REF); "la future loi", "les prochaines élections" (FUTURE_REF); "une virée
 * nocturne" (the night, TNI). Only the adjective is the expression.
 */
export const temporalAdjectiveParser: DateParser = {
  name: 'temporal-adjective',
  prefilter: /actuel|précédent|futur|prochain|nocturne/iu,
  pattern: re(`${B}(actuel(?:le)?s?|précédente?s?|future?s?|prochaine?s?|nocturnes?)(?![\\p{L}\\p{N}-])`),
  extract(m, text) {
    const word = m[1]!.toLowerCase();
    const head = before(text, m.index, 30);
    const tail = text.slice(m.index + m[0].length, m.index + m[0].length + 30);
    const atStart = text.slice(0, m.index).trim() === '';
    // (", actuel directeur": an apposition opens like a determiner; "un précédent" is the noun)
    const opens = DET_BEFORE.test(head) || atStart || /,[\s\u00a0]*$/u.test(head);
    const beforeNoun = opens && latinTest(NOUN_AFTER, tail) && !(/^précédent/.test(word) && /(?:^|\s)une?[\s\u00a0]*$/iu.test(head));
    const afterNoun = latinTest(NOUN_BEFORE, head);
    if (/^nocturne/.test(word)) return afterNoun && !isCapital(text, m.index) ? whole(m, { kind: 'literal', type: 'TIME', value: 'TNI' }, 'temporal-adjective') : null;
    if (/^actuel/.test(word)) return beforeNoun || afterNoun ? whole(m, { kind: 'literal', type: 'DATE', value: 'PRESENT_REF' }, 'temporal-adjective') : null;
    if (/^précédent/.test(word)) return beforeNoun || afterNoun ? whole(m, { kind: 'literal', type: 'DATE', value: 'PAST_REF' }, 'temporal-adjective') : null;
    // "le futur" alone is the noun (REFERENCE_WORDS); "prochain" after its noun is a shift ("lundi prochain", other parsers)
    if (/^futur/.test(word)) return beforeNoun || (afterNoun && /e/.test(word)) ? whole(m, { kind: 'literal', type: 'DATE', value: 'FUTURE_REF' }, 'temporal-adjective') : null;
    if (!beforeNoun) return null;
    // "le prochain trimestre", "la prochaine semaine": the next period
    const period = /^prochaine?$/.test(word) ? latinExec(PERIOD_AFTER, tail) : null;
    const unit = period ? lookup(RELATIVE_UNITS, period[1]!) : undefined;
    // (the article inside the expression; "du", "au" are prepositions, outside)
    const det = unit ? /(?:(?:^|[^\p{L}])(?:le|la)[\s\u00a0]+|l['’][\s\u00a0]*|(?<=(?:^|[^\p{L}])(?:du|au)[\s\u00a0]+))$/iu.exec(head) : null;
    if (unit && det) return { from: m.index - det[0].replace(/^[^\p{L}]/u, '').length, to: m.index + m[0].length + period![0].length, by: 'temporal-adjective', expr: { kind: 'relative', unit, offset: 1, base: 'ref' } };
    return whole(m, { kind: 'literal', type: 'DATE', value: 'FUTURE_REF' }, 'temporal-adjective');
  },
};
