/**
 * Ages are not temporal expressions (the French TimeBank annotates none: "Paul
 * Martin, 52 ans", "un enfant de 9 ans", "les 4-12 ans"): a count of years is
 * dropped when its context makes it a person's age:
 * - "âgé de 52 ans", "à l'âge de 9 ans" (not "ses 80 ans": a festival's as well as a person's);
 * - after a person ("un enfant de 9 ans", "un chauffeur de bus de 38 ans", "un jeune Britannique de 15 ans");
 * - in apposition to a name ("Paul Martin, 52 ans, …", "Paul Martin (52 ans)");
 * - an age bracket ("les 4-12 ans", "les moins de 25 ans").
 * A count of years that fills something stays a duration: "une peine de 2 ans de prison", "un mandat de cinq ans".
 */
import type { DateCandidate, DateRefiner } from '../../../../dates/date-locale.js';
import { PERSON_NOUNS, alternation } from '../constants.js';
import { deferred, inLatinDomain, inNarrowDomain, latinTwinIf, narrowTwin } from '../../../../text/unicode-domain.js';

const PERSON = `(?:${alternation(PERSON_NOUNS)})(?:s|x)?`;
// (deferred, and run through its twins: a text of the Latin domain compiles no `\p{…}`, one of the narrow domain tests its
// letter classes inline; text/unicode-domain)
const AGE_BEFORE = deferred(
  [
    // "âgé de", "âgée d'environ", "à l'âge de"
    `(?:âgée?s?|agée?s?)[\\s\\u00a0]+(?:de|d['’])[\\s\\u00a0]*$`,
    `l['’]âge[\\s\\u00a0]+de[\\s\\u00a0]*$`,
    // "les 4-12 ans", "des 0-6 ans", "les moins de 25 ans"
    `(?:^|[\\s(])(?:les|des|aux)[\\s\\u00a0]+(?:\\d{1,2}[\\s\\u00a0]*[-–/][\\s\\u00a0]*|(?:moins|plus)[\\s\\u00a0]+de[\\s\\u00a0]+)$`,
    // "un enfant de 9 ans", "un chauffeur de bus de 38 ans", "un jeune Britannique de 15 ans"
    `(?:^|[^\\p{L}])(?:${PERSON}|\\p{Lu}[\\p{Ll}'’-]+)(?:[\\s\\u00a0]+(?:de|du|d['’])[\\s\\u00a0]*\\p{L}+)?[\\s\\u00a0]+(?:de|d['’])[\\s\\u00a0]*$`,
  ].join('|'),
  'u',
);
/** The pattern to run over a piece of a text whose domain is known (twins are exact on their domain). */
const twinOf = (pattern: RegExp, latin: boolean, narrow: boolean): RegExp => (narrow ? narrowTwin(pattern) : latinTwinIf(pattern, latin));
/** "Paul Martin, 52 ans, a…": a name, a comma, the age, and the sentence going on (or ending). */
const NAME_COMMA = deferred(String.raw`\p{Lu}[\p{L}'’-]*[\s\u00a0]*,[\s\u00a0]*$`, 'u');
/** "2 ans de prison", "dix ans d'exil": what fills the years. */
const FILLED = deferred(String.raw`^[\s\u00a0]*(?:de|d['’])[\s\u00a0]*\p{L}`, 'u');
const APPOSITION_END = /^[\s\u00a0]*(?:[,.;:)]|et[\s\u00a0]|$)/u;

function isYears(c: DateCandidate): boolean {
  return c.expr.kind === 'duration' && c.expr.direction === undefined && /^P\d+(?:[.,]\d+)?Y$/.test(c.expr.value);
}

/** True when the count of years at c is a person's age. */
export function isAge(c: DateCandidate, text: string): boolean {
  if (!isYears(c)) return false;
  const head = text.slice(Math.max(0, c.from - 60), c.from);
  const tail = text.slice(c.to, c.to + 12);
  // (the domain of the text asked once: its pieces are in it)
  const latin = inLatinDomain(text);
  const narrow = latin && inNarrowDomain(text);
  if (twinOf(FILLED, latin, narrow).test(tail)) return false; // "2 ans de prison", "dix ans d'exil"
  if (twinOf(AGE_BEFORE, latin, narrow).test(head)) return true;
  // "les moins de 25 ans" (the modifier is inside the duration)
  if (/(?:^|[\s(])(?:les|des|aux)[\s\u00a0]+$/u.test(head) && /^(?:moins|plus)[\s\u00a0]/iu.test(text.slice(c.from, c.to))) return true;
  if (/\([\s\u00a0]*$/u.test(head) && /^[\s\u00a0]*\)/u.test(tail)) return true; // "Paul Martin (52 ans)"
  return twinOf(NAME_COMMA, latin, narrow).test(head) && APPOSITION_END.test(tail);
}

export const dropAges: DateRefiner = {
  name: 'drop-ages',
  refine: (candidates, text) => candidates.filter((c) => !isAge(c, text)),
};
