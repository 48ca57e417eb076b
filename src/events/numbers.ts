/** Counts a clause reports (dead, wounded, amounts), read with the locale's number rules. */
import { latinTest } from '../text/unicode-domain.js';
import { anyWordPattern } from '../text/word-patterns.js';
import { eachMatch } from './each-match.js';
import { sortInPlace } from '../order.js';
import { foldCase } from './triggers.js';
import type { EventLocale, NumberRule } from './event-locale.js';

export interface EventNumber {
  value: number;
  what: string;
  text: string;
}

const SCALES: Readonly<Record<string, number>> = { million: 1e6, millions: 1e6, m: 1e6, milliard: 1e9, milliards: 1e9, md: 1e9, mds: 1e9 };

/** Parses "144", "1 500", "1,5", "deux"; NaN when it is not a number. */
export function parseNumber(text: string, locale: EventLocale): number {
  const t = text.trim().toLowerCase();
  const word = locale.numberWords.get(t);
  if (word !== undefined) return word;
  const digits = t.replace(/[\s\u00a0\u202f]/g, '');
  // "1.500" and "1 500" group thousands; "1,5" is a decimal
  const normalised = /^\d{1,3}(\.\d{3})+$/.test(digits) ? digits.replace(/\./g, '') : digits.replace(',', '.');
  return Number(normalised);
}

/** A word (a whole run of letters) that is one of the number words, built once per map. */
const numberWordPatterns = new WeakMap<ReadonlyMap<string, number>, RegExp>();
function numberWordPattern(words: ReadonlyMap<string, number>): RegExp {
  let pattern = numberWordPatterns.get(words);
  if (pattern === undefined) {
    const letters = [...words.keys()].filter((w) => /^\p{L}+$/u.test(w));
    // (no word at all: a pattern that never matches)
    pattern = new RegExp(letters.length > 0 ? `(?<!\\p{L})(?:${letters.join('|')})(?!\\p{L})` : '[]', 'u');
    numberWordPatterns.set(words, pattern);
  }
  return pattern;
}

/** A pattern matching any of the rules' words as `includes` finds them (case-sensitive, anywhere), built once per rule list. */
const ruleWordsPatterns = new WeakMap<readonly NumberRule[], RegExp>();
function ruleWordsPattern(rules: readonly NumberRule[]): RegExp {
  let pattern = ruleWordsPatterns.get(rules);
  if (pattern === undefined) {
    // (an empty word is in every text, and its rule is never skipped; no flag: the words' code units one by one, as
    // `includes` reads them)
    pattern = anyWordPattern(rules.flatMap((r) => r.words ?? []));
    ruleWordsPatterns.set(rules, pattern);
  }
  return pattern;
}

/** Numbers of `text` that the rules recognise, in text order, overlaps dropped; `from`/`to` index `text`. */
export function findNumbers(text: string, locale: EventLocale): Array<EventNumber & { from: number; to: number }> {
  const found: Array<EventNumber & { from: number; to: number }> = [];
  const lower = text.toLowerCase();
  // most clauses hold no number at all
  if (!/\d/.test(text) && !latinTest(numberWordPattern(locale.numberWords), lower)) return found;
  // as the `i` patterns read it
  const folded = foldCase(lower);
  // (one scan for the words of all the rules first: most clauses hold none of them)
  const anyWord = ruleWordsPattern(locale.numberRules).test(folded);
  for (const rule of locale.numberRules) {
    // a rule whose every match holds one of its words cannot match a text holding none
    if (rule.words && (!anyWord || !rule.words.some((w) => folded.includes(w)))) continue;
    eachMatch(rule.pattern, text, (m) => {
      const from = m.index ?? 0;
      const to = from + m[0].length;
      if (found.some((f) => f.from < to && from < f.to)) return;
      let value = parseNumber(m.groups?.['n'] ?? '', locale);
      const scale = m.groups?.['scale'];
      if (scale) value *= SCALES[scale.toLowerCase()] ?? 1;
      if (!Number.isFinite(value)) return;
      const trimmed = m[0].trimEnd();
      found.push({ value, what: rule.what, text: trimmed, from, to: from + trimmed.length });
    });
  }
  return sortInPlace(found, (a, b) => a.from - b.from);
}
