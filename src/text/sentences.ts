/**
 * Splits a paragraph into sentences. Intl.Segmenter splits after "M." in
 * "M. Macron" and inside "av. J.-C.", so this is a small rule-based splitter
 * whose abbreviations come from the locale.
 */
import { sliceMapped, trimMapped, type MappedText } from './mapped-text.js';
import { isSpaceCode } from './white-space.js';
import { deferred, latinTwinIf } from './unicode-domain.js';

/** What a locale tells the sentence splitter. */
export interface SentenceRules {
  /** Words that take a full stop and never end a sentence ("M", "Mme", "Dr"), compared case-sensitively, without the dot. */
  readonly titles: ReadonlySet<string>;
  /** Abbreviations that rarely end a sentence ("av", "p", "ex", "cf", "J.-C"), compared in lower case, without the final dot. */
  readonly abbreviations: ReadonlySet<string>;
  /** Abbreviations that are also common words ("sept."): not an end when a number follows ("14 - 20 sept. 2014"). */
  readonly beforeNumber: ReadonlySet<string>;
  /**
   * Tested on the text from the start of the word before a full stop: when it matches, that stop does not end the
   * sentence (French: a weekday abbreviation before a date, "ven. 15 mars", "lun. 18/03").
   */
  readonly joinsNext?: RegExp;
  /** Characters that open a quotation or a parenthesis and may start a sentence. */
  readonly openers: string;
  /** Characters that close a quotation or a parenthesis and may follow the end of a sentence. */
  readonly closers: string;
}

const TERMINATORS = '.!?…';

/** The characters splitSentences stops at: TERMINATORS and the guillemets « », whose depth it counts. */
const STOPS = /[.!?…«»]/g;

/** Index of the first of STOPS at or after `from` in `text`, -1 when none. */
function nextStop(stops: RegExp, text: string, from: number): number {
  stops.lastIndex = from;
  const m = stops.exec(text);
  return m === null ? -1 : m.index;
}

/** Whether a code unit is one of TERMINATORS. */
function isTerminator(code: number): boolean {
  return code === 0x2e || code === 0x21 || code === 0x3f || code === 0x2026;
}

/**
 * The longest sentence kept whole, in UTF-16 code units. The longest sentences of the news corpora the project is
 * tuned on are about 700 characters; a longer "sentence" is a run-on (a list, a table read as text, a paste without
 * full stops). It is cut into clauses at its semicolons and line breaks, then, for a piece still too long, at the
 * last comma or space before the limit. Every later stage reads a sentence at a time, and each event copies its sentence into the
 * output, so this bound keeps both the time and the output linear in the size of the input.
 */
export const MAX_SENTENCE = 1000;

/** Splits mapped text into trimmed sentences (each still mapped to the source). */
export function splitSentences(mapped: MappedText, rules: SentenceRules): MappedText[] {
  const { text } = mapped;
  const out: MappedText[] = [];
  let start = 0;
  let quoteDepth = 0;
  // the run of terminators ("?!", "...") and the closers after it, found once per run: every terminator of the run
  // shares them, so a run of thousands of "?" is read in linear time
  let j = 0;
  let k = 0;
  let closingQuotes = 0;
  // (the engine finds the next terminator or guillemet: this reads every character of the document)
  const stops = STOPS;
  for (let i = nextStop(stops, text, 0); i >= 0; i = nextStop(stops, text, i + 1)) {
    const code = text.charCodeAt(i);
    if (code === 0xab) quoteDepth++; // «
    else if (code === 0xbb) quoteDepth = Math.max(0, quoteDepth - 1); // »
    if (!isTerminator(code)) continue;
    const c = text[i]!;
    if (i >= j) {
      j = i + 1;
      while (j < text.length && TERMINATORS.includes(text[j]!)) j++;
      k = j;
      closingQuotes = 0;
      while (k < text.length && (rules.closers.includes(text[k]!) || isSpaceCode(text.charCodeAt(k)))) {
        if (text[k] === '»') closingQuotes++;
        k++;
      }
    }
    quoteDepth = Math.max(0, quoteDepth - closingQuotes);
    // the end of the sentence is after the closers, before the white space
    let end = k;
    while (end > j && isSpaceCode(text.charCodeAt(end - 1))) end--;
    if (k >= text.length) break;
    if (!isSpaceCode(text.charCodeAt(k - 1)) && k === j) continue; // "3.5", "U.S.A"
    if (!startsSentence(text, k, rules)) continue;
    if (c === '.' && j === i + 1 && isAbbreviation(text, i, rules)) continue;
    if (c === '.' && /\d/.test(text[k]!) && rules.beforeNumber.has(wordBefore(text, i).toLowerCase())) continue;
    if (c === '.' && rules.joinsNext && rules.joinsNext.test(text.slice(i - wordBefore(text, i).length, k + 40))) continue;
    // inside « … », a terminator directly followed by more quoted text is not the end of the quoting sentence
    if (quoteDepth > 0 && !rules.closers.includes(text[end - 1]!)) {
      // keep long quotations splittable: only hold back when the quote closes soon after
      if (text.slice(k, k + 60).includes('»')) continue;
    }
    pushTrimmed(out, mapped, start, end);
    start = k;
    i = k - 1;
  }
  pushTrimmed(out, mapped, start, text.length);
  return out;
}

function pushTrimmed(out: MappedText[], mapped: MappedText, from: number, to: number): void {
  const piece = trimMapped(sliceMapped(mapped, from, to));
  if (piece.text.length === 0) return;
  if (piece.text.length <= MAX_SENTENCE) out.push(piece);
  else for (const [a, b] of runOnPieces(piece.text)) pushTrimmed(out, piece, a, b);
}

/**
 * Cuts a run-on sentence into [from, to) ranges of at most MAX_SENTENCE: at every semicolon and line break (a table
 * read as text, a list pasted as one paragraph), then at a comma or a space.
 */
function runOnPieces(text: string): Array<[number, number]> {
  const pieces: Array<[number, number]> = [];
  let start = 0;
  const semicolon = /;(?=\s)|\n/g;
  for (let m = semicolon.exec(text); m; m = semicolon.exec(text)) {
    cutToLength(text, start, m.index + 1, pieces);
    start = m.index + 1;
  }
  cutToLength(text, start, text.length, pieces);
  return pieces;
}

/** Pushes [from, to) in pieces of at most MAX_SENTENCE, each cut after the last comma, else space, before the limit. */
function cutToLength(text: string, from: number, to: number, pieces: Array<[number, number]>): void {
  while (to - from > MAX_SENTENCE) {
    const limit = from + MAX_SENTENCE;
    let space = -1;
    let cut = -1;
    for (let i = limit; i > from + 1; i--) {
      if (!/\s/.test(text[i]!)) continue;
      if (text[i - 1] === ',') {
        cut = i;
        break;
      }
      if (space < 0) space = i;
    }
    if (cut < 0) cut = space > 0 ? space : limit;
    // never between the two halves of a surrogate pair
    if (/[\ud800-\udbff]/.test(text[cut - 1]!)) cut--;
    pieces.push([from, cut]);
    from = cut;
  }
  if (to > from) pieces.push([from, to]);
}
/** True when position `k` (after white space) can begin a new sentence. */
function startsSentence(text: string, k: number, rules: SentenceRules): boolean {
  const next = text[k]!;
  if (rules.openers.includes(next) || next === '—' || next === '–' || next === '-') return true;
  if (/\d/.test(next)) return true;
  return next !== next.toLowerCase() && next === next.toUpperCase();
}

/** Whether the code unit at `i` is a letter, a dot or a hyphen (`[\p{L}.\-]`): ASCII answered without the pattern. */
function isWordBeforeChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x2e || c === 0x2d;
  // (the regex the deferred pattern builds on first use, run as it is)
  return latinTwinIf(WORD_BEFORE_CHAR, false).test(text[i]!);
}
const WORD_BEFORE_CHAR = deferred(String.raw`[\p{L}.\-]`, 'u');

/** The word (letters, dots, hyphens) that ends just before `dot`. */
function wordBefore(text: string, dot: number): string {
  let s = dot;
  while (s > 0 && isWordBeforeChar(text, s - 1)) s--;
  return text.slice(s, dot);
}

/** True when the full stop at `dot` closes a title, an initial or an abbreviation. */
function isAbbreviation(text: string, dot: number, rules: SentenceRules): boolean {
  const word = wordBefore(text, dot);
  if (word.length === 0) return false;
  if (rules.titles.has(word)) return true;
  // initials: "J. F. Kennedy", "J.D. Vance", "J.-F. Copé"
  if (/^(?:\p{Lu}\.-?)*\p{Lu}$/u.test(word)) return true;
  // dotted forms: "J.-C", "p.ex", "U.S"
  const lower = word.toLowerCase();
  if (rules.abbreviations.has(lower)) return true;
  const last = lower.split('.').pop() ?? lower;
  return rules.abbreviations.has(last) && word.includes('.');
}
