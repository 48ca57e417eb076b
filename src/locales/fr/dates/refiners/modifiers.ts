/**
 * Words around an expression that change its extent or its mod:
 * - "début", "fin", "mi-", "milieu", "courant" before a month, a year or a
 *   relative period: inside the span, mod START / END / MID ("fin mars",
 *   "la fin du mois de mars", "mi-juillet", "la fin de l'année");
 * - "environ" before a time: inside, APPROX; "vers", "aux alentours de",
 *   "autour de" are prepositions: outside the span, but the mod is APPROX.
 */
import type { DateCandidate, DateRefiner } from '../../../../dates/date-locale.js';
import { fuzzyMod } from '../parsers/fuzzy.js';
import { deferred, inLatinDomain, latinTwinIf } from '../../../../text/unicode-domain.js';

const PREFIX = deferred(String.raw`(?:(?<![\p{L}])(?:la|le|l['’])[\s\u00a0]*)?(?:tout[\s\u00a0]+)?(début|debut|fin|milieu|mi|courant)(?:-|[\s\u00a0]+(?:du|des|de[\s\u00a0]+la|de[\s\u00a0]+l['’]|d['’]|de)[\s\u00a0]*|[\s\u00a0]+)$`, 'iu');

function takesPrefix(c: DateCandidate): boolean {
  const e = c.expr;
  if (c.mod) return false;
  if (e.kind === 'calendar') return e.day === undefined && e.weekday === undefined && e.time === undefined && e.part === undefined && e.easter === undefined && (e.month !== undefined || e.year !== undefined);
  if (e.kind === 'relative') return e.unit !== 'day' && e.weekday === undefined && e.edge === undefined;
  return e.kind === 'season' || e.kind === 'quarter' || e.kind === 'half' || (e.kind === 'literal' && /^\d+$/.test(e.value));
}

export const modifiers: DateRefiner = {
  name: 'modifiers',
  refine(candidates, text) {
    // (asked once: every piece of a text in the Latin domain is in it, and runs PREFIX's twin)
    let latin: boolean | undefined;
    return candidates.map((c) => {
      const prefixed = takesPrefix(c);
      const isTime = c.expr.kind === 'calendar' && c.expr.time !== undefined;
      if (!prefixed && !(isTime && !c.mod)) return c;
      const head = text.slice(Math.max(0, c.from - 30), c.from);
      if (prefixed) {
        const m = latinTwinIf(PREFIX, (latin ??= inLatinDomain(text))).exec(head);
        if (m) {
          const word = m[1]!.toLowerCase();
          const mod = word === 'courant' ? null : fuzzyMod(word === 'mi' ? 'milieu' : word);
          return { ...c, from: c.from - m[0].length, weak: false, ...(mod ? { mod } : {}), by: `${c.by}+prefix` };
        }
      }
      if (isTime && !c.mod) {
        const env = /environ[\s\u00a0]+$/iu.exec(head);
        if (env) return { ...c, from: c.from - env[0].length, mod: 'APPROX' as const };
        if (/(?:vers|alentours[\s\u00a0]+de|autour[\s\u00a0]+de|aux[\s\u00a0]+environs[\s\u00a0]+de)[\s\u00a0]+$/iu.test(head)) return { ...c, mod: 'APPROX' as const };
      }
      return c;
    });
  },
};
