/**
 * Days counted from today ("hier", "demain", "aujourd'hui", "avant-hier") or
 * from the narrative ("la veille", "le lendemain", "le surlendemain",
 * "le jour précédent"), with an optional part of the day ("hier soir",
 * "la veille au soir", "demain après-midi"), "tôt"/"tard" after it making it START/END ("hier soir tard").
 */
import type { DateParser, PartOfDay } from '../../../../dates/date-locale.js';
import { PARTS_OF_DAY, lookup } from '../constants.js';
import { APOS, B, S, before, re, whole, OS } from './kit.js';
import { deferred, latinTest } from '../../../../text/unicode-domain.js';

const DAYS: ReadonlyArray<[RegExp, number, 'ref' | 'anchor']> = [
  [/^avant[- ]hier$/i, -2, 'ref'],
  [/^hier$/i, -1, 'ref'],
  [/^aujourd/i, 0, 'ref'],
  [/^ce jour$/i, 0, 'ref'],
  [/^apr[eè]s[- ]demain$/i, 2, 'ref'],
  [/^demain$/i, 1, 'ref'],
  [/avant-veille$/i, -2, 'anchor'],
  [/veille$/i, -1, 'anchor'],
  [/surlendemain$/i, 2, 'anchor'],
  [/lendemain$/i, 1, 'anchor'],
  [/(?:d.avant|précédent|precedent)$/i, -1, 'anchor'],
  [/(?:suivant|d.après)$/i, 1, 'anchor'],
];

const PART = `(matin|soir|après-midi|apres-midi|midi|nuit|soirée|matinée)`;
/** "la veille du scrutin", "le lendemain de sa victoire": the event the day is counted from, in the same noun phrase. */
const EVENT_OF = `(?<=(?:veille|lendemain))${S}(?:(?:du|des)${S}|d${APOS}|de${S}(?:la|l${APOS}|sa|son|ses|leur|leurs|cette|ce|cet)${OS})\\p{Ll}[\\p{L}-]*`;

/** "les jeunes d'aujourd'hui": a noun's complement. */
// (both deferred and run through their twins: a Latin text compiles no `\p{…}`; text/unicode-domain)
const NOWADAYS_BEFORE = deferred(String.raw`\p{Ll}{3,}[\s\u00a0]+d['’]$`, 'u');
/** ", …" then not a pronoun subject ("Aujourd'hui, il fait beau", "Aujourd'hui, c'est…" tell of the day). */
const NOWADAYS_AFTER = deferred(String.raw`^[\s\u00a0]*,(?![\s\u00a0]*(?:(?:il|elle|ils|elles|on|je|nous|vous|ça|cela|ceci)(?![\p{L}])|[jc]['’]))`, 'iu');
/** "Aujourd'hui, …" opening the sentence, ", aujourd'hui, …" set off by commas. */
const SET_OFF = /(?:^|,[\s\u00a0]*|^[\s«"“]*|(?:\.\.\.|…)[\s\u00a0]*)$/u;

export const relativeDayParser: DateParser = {
  name: 'relative-day',
  // every alternative holds "hier", "demain" ("lendemain"), "veille" or "jour" ("aujourd'hui")
  prefilter: /hier|demain|veille|jour/iu,
  pattern: re(
    `${B}(avant[- ]hier|hier|aujourd${APOS}hui|après[- ]demain|apres[- ]demain|demain|(?:la${S}|l${APOS})(?:avant-)?veille|(?:le${S})?(?:sur)?lendemain|(?:le${S})?jour${S}(?:d${APOS}avant|précédent|suivant|d${APOS}après)|ce${S}jour(?![\\p{L}-]))(?:${S}(?:(?:au|dans${S}la|dans${S}l${APOS}|en|le|la|l${APOS})${OS})?${PART}(?:${S}(?:très${S})?(tôt|tard))?|${EVENT_OF})?(?![\\p{L}\\p{N}-])`,
  ),
  extract(m, text) {
    // "du jour au lendemain" is "overnight", not a date
    if (/lendemain/i.test(m[1]!) && /du\s+jour\s+au\s*$/i.test(text.slice(Math.max(0, m.index - 12), m.index))) return null;
    const word = m[1]!.replace(/[’ʼ]/g, "'").replace(/\s+/g, ' ');
    const hit = DAYS.find(([r]) => r.test(word));
    if (!hit) return null;
    const part: PartOfDay | undefined = m[2] ? lookup(PARTS_OF_DAY, m[2]) : undefined;
    // "Aujourd'hui, le bourg compte 300 habitants", "les jeunes d'aujourd'hui": nowadays, when no tense says a day
    const nowadays = hit[1] === 0 && hit[2] === 'ref' && !part && /^aujourd/i.test(word) && (latinTest(NOWADAYS_BEFORE, before(text, m.index, 12)) || (latinTest(NOWADAYS_AFTER, text.slice(m.index + m[0].length)) && SET_OFF.test(before(text, m.index, 6))));
    // "hier soir tard", "demain le matin tôt": the end or the start of that part of the day
    const mod = m[3] ? (/tôt/i.test(m[3]) ? 'START' : 'END') : null;
    return whole(m, { kind: 'relative', unit: 'day', offset: hit[1], base: hit[2], ...(part ? { part } : {}), ...(nowadays ? { nowadays: true } : {}) }, 'relative-day', mod);
  },
};
