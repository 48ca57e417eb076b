/**
 * A day of the month alone: "le 16" ("le 16 à 18h"), "du 13" ("du 13 au 18").
 * Weak: a refiner keeps it only when a time or a range gives it a context.
 */
import type { DateParser } from '../../../../dates/date-locale.js';
import { deferred, latinTest } from '../../../../text/unicode-domain.js';
import { TENS, UNITS, parseNumber, wordsPrefilter } from '../constants.js';
import { B, DAY, S, before, dayValue, re, whole, OS } from './kit.js';

const TEMPORAL_LEAD = deferred(String.raw`(?:^|\s)(?:dès|depuis|avant|après|d['’]ici|au\s+plus\s+tard|à\s+partir\s+du)\s*$`, 'iu');
const VERB_LEAD = deferred(String.raw`\p{L}{2,}(?:é|ée|és|ées|u|ue|us|ues|i|ie|is|it|ert|ort|ra|ront|lieu)\s+$`, 'iu');
const CALLING_LEAD = deferred(String.raw`(?:appel|compos|joint|contact)\p{L}*\s+$`, 'iu');
// "le 12 à 14", "le 12-14" (not "le 12 à 14 h"); "le 12e" (a rank)
const SCORE_AFTER = deferred(String.raw`^\s*(?:à|-|–)\s*\d+(?!\s*(?:h|heures?)(?!\p{L}))`, 'u');
const RANK = deferred(String.raw`\d\s*(?:e|è|ème|eme)$`, 'iu');

/** Whether the words before "le 12" make it a date: a temporal preposition, or a verb that is not one of calling. */
function datedLead(lead: string): boolean {
  return latinTest(TEMPORAL_LEAD, lead) || (latinTest(VERB_LEAD, lead) && !latinTest(CALLING_LEAD, lead));
}

export const dayOnlyParser: DateParser = {
  name: 'day-only',
  // every match holds a day: digits, "premier", a number in words ("un", "une" only before a hyphen: "un-12 mai" is the
  // one place they can stand as a day)
  prefilter: wordsPrefilter(['premier', ...Object.keys(TENS), ...Object.keys(UNITS).filter((w) => !/^(?:une?|zéro|zero)$/.test(w))], ['\\d', 'une?-']),
  // ("13-15 juillet": a hyphen before the second day of a range)
  // (not the second number of "20/09", "3.5")
  pattern: re(`${B}(?<!\\d[/.-])(le${S})?(${DAY})(?![\\p{L}\\p{N}/:]|-(?![0-3]?\\d${S}\\p{L})|[.,]\\p{N}|${S}\\d{3}(?!\\p{N})|${OS}(?:h|heures?|%))`),
  extract(m, text) {
    const day = dayValue(m[2]!, parseNumber);
    if (!(day >= 1 && day <= 31) || !Number.isInteger(day)) return null;
    // (without "le" it is weak whatever its context: nothing more is asked, most matches end here)
    if (!m[1]) return whole(m, { kind: 'calendar', day }, 'day-only', null, true);
    // "le 15" standing alone (a heading, a reply) is a date
    const alone = text.trim().replace(/[.!?]$/, '') === m[0];
    // so is "le 12" after a temporal preposition ("dès le 12", "jusqu'au 12") or right after a verb ("voté le 12",
    // "se réunira le 12"), but not after a verb of calling ("a appelé le 15": the emergency number)
    // ("a été le premier à …": a number in words after a verb is rarely a date; "arrivé le 12e" is a rank)
    const dated = !alone && /^\d/.test(m[2]!) && !latinTest(SCORE_AFTER, text.slice(m.index + m[0].length)) && !latinTest(RANK, m[2]!) && datedLead(before(text, m.index, 30));
    return whole(m, { kind: 'calendar', day }, 'day-only', null, !alone && !dated);
  },
};
