/**
 * The intervals of one unit: each range the elliptic-ranges refiner marked
 * ("du 13 au 15 juillet", its opener included), and each open interval a
 * preposition makes of a single date: "à partir de midi", "dès lundi",
 * "depuis 2019", "après 14 h" (open end), "jusqu'au 3 mai", "avant lundi", "d'ici vendredi" (open start); and
 * the stretch of a duration over whole units next to the reference, between its implicit ends ("les deux derniers
 * mois", "dans les 15 jours").
 */
import type { DateCandidate, RangeSpec } from '../../../dates/date-locale.js';
import { deferred, inLatinDomain, latinTwin, latinTwinIf } from '../../../text/unicode-domain.js';
import { sortInPlace } from '../../../order.js';
import { canEndRange, openerBefore } from './refiners/ranges.js';

// (deferred: on a Latin text only their twins run, text/unicode-domain)
const OPEN_END = deferred(String.raw`(?:^|[^\p{L}])((?:à|a)[\s\u00a0]+partir[\s\u00a0]+(?:de|du|des|d['’])|à[\s\u00a0]+compter[\s\u00a0]+(?:de|du|des|d['’])|dès|depuis|après)[\s\u00a0]*$`, 'iu');
const OPEN_START = deferred(String.raw`(?:^|[^\p{L}])(jusqu['’](?:à|au|aux|en)|jusque|avant|d['’]ici(?:[\s\u00a0]+(?:à|au))?)[\s\u00a0]*$`, 'iu');
const LEADING_NON_LETTER = deferred(String.raw`^[^\p{L}]`, 'u');
/** "dans les 15 jours": the preposition and the article belong to the interval, as "depuis" to "depuis 2019". */
const WITHIN = deferred(String.raw`(?:^|[^\p{L}])(dans[\s\u00a0]+les)[\s\u00a0]*$`, 'iu');
/** "après 14 h", "avant le 3 mai" bound a time; "deux jours après le 3 mai" counts from it (a duration before the signal). */
const COUNTED_GAP = /^[\s\u00a0]+(?:après|avant)[\s\u00a0]*$/iu;

/** Where the words matched by `pattern` just before `at` start, or -1; `latin`: whether `text` is in the Latin domain. */
function leadFrom(pattern: RegExp, text: string, at: number, latin: boolean): number {
  const head = text.slice(Math.max(0, at - 24), at);
  // (the text's domain asked once for all its candidates: a piece of a text in the domain is in it; text/unicode-domain)
  const m = latinTwinIf(pattern, latin).exec(head);
  return m ? at - head.length + m.index + m[0].length - m[0].replace(latinTwin(LEADING_NON_LETTER, m[0]), '').length : -1;
}

export function intervals(candidates: readonly DateCandidate[], text: string): RangeSpec[] {
  const at = new Set(candidates.map((c) => c.from));
  const paired = new Set<number>();
  const out: RangeSpec[] = [];
  const latin = inLatinDomain(text);
  for (const c of candidates) {
    if (c.rangeFrom === undefined || !at.has(c.rangeFrom)) continue;
    out.push({ from: openerBefore(text, c.rangeFrom)?.from ?? c.rangeFrom, to: c.to, start: c.rangeFrom, end: c.from });
    paired.add(c.rangeFrom).add(c.from);
  }
  candidates.forEach((c, i) => {
    if (paired.has(c.from) || !canEndRange(c)) return;
    const prev = candidates[i - 1];
    if (prev && prev.expr.kind === 'duration' && prev.to <= c.from && COUNTED_GAP.test(text.slice(prev.to, c.from))) return;
    const open = leadFrom(OPEN_END, text, c.from, latin);
    if (open >= 0) {
      out.push({ from: open, to: c.to, start: c.from, end: null });
      return;
    }
    const until = leadFrom(OPEN_START, text, c.from, latin);
    if (until >= 0) out.push({ from: until, to: c.to, start: null, end: c.from });
  });
  // a duration over whole units next to the reference ("les deux derniers mois"): between its two implicit ends
  for (const c of candidates) {
    if (c.expr.kind !== 'duration' || !c.expr.spans) continue;
    const within = c.expr.spans.from === 'ref' ? leadFrom(WITHIN, text, c.from, latin) : -1;
    out.push({ from: within >= 0 ? within : c.from, to: c.to, start: c.from, end: c.from, implicit: true });
  }
  return sortInPlace(out, (a, b) => a.from - b.from);
}
