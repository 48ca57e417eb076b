import { latinExec, latinTwin, latinTwinIf } from '../text/unicode-domain.js';
import { mayMatchLength } from '../text/match-length.js';

/**
 * Whether `text` is too short for any match of `pattern`, asked of texts of one or two characters only: V8 keeps those
 * (and the empty string) as Latin-1 strings whatever they were cut from, and a pattern run over one is compiled again
 * for that representation (the stages' other texts are two-byte); a question about the length answers most of them.
 */
function tooShort(pattern: RegExp, text: string): boolean {
  return text.length <= 2 && !mayMatchLength(pattern, text);
}

/**
 * `for (const m of text.matchAll(pattern))` without its per-call copy of the
 * regex and its iterator: the same matches, in the same order, for a global
 * pattern whose `lastIndex` is 0 between uses (patterns used only this way). `state` is handed to `f` with each
 * match: a callback declared once at module level, rather than a closure made on each call, keeps its optimised code
 * across full garbage collections.
 */
export function eachMatch<S>(given: RegExp, text: string, f: (m: RegExpExecArray, state: S) => void, latin?: boolean, state?: S): void {
  // (its twin without `\p{…}` when the text allows: cheaper to compile, the same matches; `latin`: what
  // `inLatinDomain(text)` says, when the caller runs many patterns over one text and has asked it once)
  const pattern = latin === undefined ? latinTwin(given, text) : latinTwinIf(given, latin);
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    // an empty match: step over one character (one code point with the u flag), as matchAll does
    if (m[0].length === 0) pattern.lastIndex = advance(text, pattern.lastIndex, pattern.unicode || pattern.flags.includes('v'));
    f(m, state!);
  }
  pattern.lastIndex = 0;
}

/**
 * The first match of a global `given` in `text`, as `[...text.matchAll(given)][0]` gives it, without looking for the others;
 * `latin`: what `inLatinDomain(text)` says, when known (`text` a piece of a text already asked).
 */
export function firstMatch(given: RegExp, text: string, latin?: boolean): RegExpExecArray | null {
  if (tooShort(given, text)) return null;
  const pattern = latin === undefined ? latinTwin(given, text) : latinTwinIf(given, latin);
  pattern.lastIndex = 0;
  const m = pattern.exec(text);
  pattern.lastIndex = 0;
  return m;
}

/**
 * `latinExec(pattern, piece)` for a piece of a text whose `inLatinDomain` answer is `latin` (every piece of a text
 * in the domain is in it): the same match, the domain not asked again.
 */
export function pieceExec(pattern: RegExp, piece: string, latin: boolean): RegExpExecArray | null {
  // (a global or sticky pattern's `lastIndex` is its caller's: it runs whatever the length)
  if (!pattern.global && !pattern.sticky && tooShort(pattern, piece)) return null;
  return pattern.global || pattern.sticky || !latin ? latinExec(pattern, piece) : latinTwinIf(pattern, true).exec(piece);
}

function advance(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const c = text.charCodeAt(index);
  if (c < 0xd800 || c > 0xdbff) return index + 1;
  const d = text.charCodeAt(index + 1);
  return d >= 0xdc00 && d <= 0xdfff ? index + 2 : index + 1;
}
