/**
 * Splits a sentence into word and punctuation tokens for the name
 * recognisers. Offsets are UTF-16 code units into the sentence text. An
 * elided article or preposition ("d’", "l’") becomes its own token so that it
 * never ends up inside a name, except a capitalised one inside a sentence
 * ("L’Oréal", "D’Alembert") which belongs to the name.
 */
import { isNfc } from '../text/normalize.js';
import { DOMAIN_END, inLatinDomain, latinTwinIf, deferred } from '../text/unicode-domain.js';
import { isSpaceCode } from '../text/white-space.js';

export interface Token {
  readonly text: string;
  /** Lower case, curly apostrophes made straight. */
  readonly lower: string;
  readonly start: number;
  readonly end: number;
  readonly word: boolean;
  /** Starts with an upper-case letter (or a digit inside a capitalised name such as "G7"). */
  readonly cap: boolean;
  /** Two or more letters, all upper case ("ONU", "EI"). */
  readonly allCaps: boolean;
}

const WORD = deferred(String.raw`[\p{L}\p{M}\p{N}]+(?:[-‐'’.][\p{L}\p{M}\p{N}]+)*`, 'uy');
/**
 * `String.prototype.charCodeAt`, called on the texts through `call`: the tokenizer reads sentences and lexicon phrases
 * in many string representations, and `text.charCodeAt` looked the method up through a megamorphic property read at
 * each character (a third of the tokenizer's instructions).
 */
const charCodeAt = String.prototype.charCodeAt;
const UPPER = /^\p{Lu}/u;
const NOT_LETTER = deferred(String.raw`[^\p{L}]`, 'gu');
/** An apostrophe and a space (sticky: tested at an index). */
const SPACED = /['’]\s/uy;

/**
 * A token's lower case without the apostrophe of its elision ("d'" → "d", "l'" → "l"): `lower.replace(/'$/, '')` without
 * running a pattern (the rules ask it of the words around most capitals). A token's lower case holds no curly apostrophe.
 */
export function withoutElision(lower: string): string {
  return lower.endsWith("'") ? lower.slice(0, -1) : lower;
}

/** Normalises a word for look-ups: NFC, lower case, straight apostrophe. */
export function lowerWord(text: string): string {
  return lowerNfcWord(isNfc(text) ? text : text.normalize('NFC'));
}

/** `lowerWord` of a word already in NFC. */
function lowerNfcWord(nfc: string): string {
  const lower = nfc.toLowerCase();
  return lower.includes('’') ? lower.replace(/’/g, "'") : lower;
}

/**
 * `lowerNfcWord` of a word of a Latin-domain text: the word itself when none of its characters changes in lower case
 * (most words of a text; read off a table, without the case conversion, which is slow on a text that holds a character
 * past U+00FF such as "’"), else the conversion.
 */
function latinLowerWord(word: string): string {
  for (let k = 0, n = word.length; k < n; k++) {
    const code = charCodeAt.call(word, k);
    if (code >= CASE_END || (FIRST_CASE[code]! & LOWER_CHANGES) !== 0) return lowerNfcWord(word);
  }
  return word;
}

/** The patterns of `makeToken` for one sentence: their Latin twins when the sentence is in the Latin domain (text/unicode-domain). */
interface TokenPatterns {
  readonly notLetter: RegExp;
  readonly upper: RegExp;
  /**
   * The sentence is in the Latin domain: its tokens are NFC (`isNfc` allows every domain character but U+2000 and U+2001,
   * spaces, which no token holds).
   */
  readonly latin: boolean;
}

function makeToken(text: string, start: number, word: boolean, patterns: TokenPatterns): Token {
  // (the first character answers most words' case without a pattern: an ASCII capital or not, an ASCII lower-case letter)
  const first = charCodeAt.call(text, 0);
  return {
    text,
    lower: patterns.latin ? latinLowerWord(text) : lowerWord(text),
    start,
    end: start + text.length,
    word,
    cap: word && (first < 0x80 ? first >= 0x41 && first <= 0x5a : first < CASE_END ? (FIRST_CASE[first]! & UPPER_FIRST) !== 0 : patterns.upper.test(text)),
    // (a first letter that upper case changes, "à", "été", keeps the word out of capitals)
    allCaps: word && !(first >= 0x61 && first <= 0x7a) && !(first < CASE_END && (FIRST_CASE[first]! & LOWER_FIRST) !== 0) && isAllCaps(text, patterns),
  };
}

/**
 * Whether a text opens on a character that makes its token capitalised (`cap`) whatever the sentence: an ASCII capital
 * or a Latin one below U+0300 (false for any other, even a capital past U+0300: a look-up may only skip on true).
 */
export function opensOnLatinCapital(text: string): boolean {
  const first = charCodeAt.call(text, 0);
  return first < 0x80 ? first >= 0x41 && first <= 0x5a : first < CASE_END && (FIRST_CASE[first]! & UPPER_FIRST) !== 0;
}

/** Two or more letters, all upper case. */
function isAllCaps(text: string, patterns: TokenPatterns): boolean {
  // an ASCII lower-case letter stays lower case: most words are answered without taking the letters out
  if (ASCII_LOWER.test(text)) return false;
  const letters = text.replace(patterns.notLetter, '');
  return letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}
const ASCII_LOWER = /[a-z]/;

/**
 * What a word token is by its text alone (its lower case, its capitals), kept per word by a caller that meets the same
 * words again and again, with a slot for the caller's own answer about the word.
 */
export interface WordRecord {
  readonly lower: string;
  readonly cap: boolean;
  readonly allCaps: boolean;
  /** The caller's answer about the word (./word-classes.ts: its classes); `UNANSWERED` until it works it out. */
  answer: number;
}
/** `WordRecord.answer` not worked out yet. */
export const UNANSWERED = -1;
/** How many words a `tokenize` memo keeps at most: past that, a long corpus's new words are worked out at each occurrence. */
const WORDS_MAX = 1 << 17;

/**
 * Tokenises `text`; `elisions` are the lower-case letters that elide before an apostrophe ("d", "l"). With `words`, a
 * memo by text: a word of a Latin-domain text (NFC, as a word's lower case assumes) is read from its record when the
 * memo holds one, and recorded otherwise; `records` gets each token's record (undefined for punctuation and for the
 * words of a text outside the domain).
 */
export function tokenize(text: string, elisions: ReadonlySet<string>, words?: Map<string, WordRecord>, records?: (WordRecord | undefined)[]): Token[] {
  const tokens: Token[] = [];
  const latin = inLatinDomain(text);
  const patterns = { notLetter: latinTwinIf(NOT_LETTER, latin), upper: latinTwinIf(UPPER, latin), latin };
  const memo = latin ? words : undefined;
  scanTokens(
    text,
    elisions,
    (t, start, word) => {
      if (!word || memo === undefined) {
        tokens.push(makeToken(t, start, word, patterns));
        records?.push(undefined);
        return;
      }
      // (a word met before: no lower case, no capitals worked out again; one look-up, whose hash the later look-ups of
      // the same text reuse)
      const known = memo.get(t);
      if (known !== undefined) {
        tokens.push({ text: t, lower: known.lower, start, end: start + t.length, word: true, cap: known.cap, allCaps: known.allCaps });
        records?.push(known);
        return;
      }
      const token = makeToken(t, start, true, patterns);
      const record = recordWord(memo, token);
      tokens.push(token);
      records?.push(record);
    },
    latin,
  );
  return tokens;
}

/**
 * Records a word token met for the first time in a `tokenize` memo; returns its record. (A function apart: the
 * optimising compiler inlines the tokenizer's callback into its scan, where it carries the look-up of a word met
 * before alone.)
 */
function recordWord(memo: Map<string, WordRecord>, token: Token): WordRecord {
  const record: WordRecord = { lower: token.lower, cap: token.cap, allCaps: token.allCaps, answer: UNANSWERED };
  if (memo.size < WORDS_MAX) memo.set(token.text, record);
  return record;
}

/** The texts of `tokenize(text, elisions)`, without building the tokens (lexicon look-up keys). */
export function tokenTexts(text: string, elisions: ReadonlySet<string>): string[] {
  const texts: string[] = [];
  scanTokens(text, elisions, (t) => {
    texts.push(t);
  });
  return texts;
}

/** The text of the first token of `tokenize(text, elisions)` (what a lexicon indexes a phrase by), or null for none. */
export function firstTokenText(text: string, elisions: ReadonlySet<string>): string | null {
  let first: string | null = null;
  scanTokens(text, elisions, (t) => {
    first = t;
    return STOP;
  });
  return first;
}

/** What an `emit` returns to end the scan early. */
const STOP = true;

/**
 * The tokenizer proper: calls `emit` with each token's text, start and whether it is a word, in order;
 * stops after a call that returns STOP.
 */
function scanTokens(text: string, elisions: ReadonlySet<string>, emit: (text: string, start: number, word: boolean) => typeof STOP | void, latin = inLatinDomain(text)): void {
  // no word token emitted yet (a capitalised elision at the start of a text stays elided)
  let noWordYet = true;
  let i = 0;
  // (the length read once: the texts come in many string representations, and a property read that has seen them all
  // is a slow, megamorphic one, per token)
  const n = text.length;
  while (i < n) {
    const code = charCodeAt.call(text, i);
    // (between "!" and U+009F no white space: most characters answered without the call)
    if (code === 0x20 || ((code < 0x21 || code > 0x9f) && isSpaceCode(code))) {
      i++;
      continue;
    }
    const wordEnd = latin ? latinWordEnd(text, i, n) : patternWordEnd(text, i);
    // (a word of a Latin text without an apostrophe, as latinWordEnd saw it, has none to look for)
    const apostrophes = !latin || latinApostrophe;
    if (wordEnd < 0) {
      if (emit(String.fromCharCode(code), i, false) === STOP) return;
      i++;
      continue;
    }
    let word = text.slice(i, wordEnd);
    // "M." keeps no dot: the dot of an abbreviation is punctuation; inner dots ("É.-U.") stay.
    let start = i;
    i = wordEnd;
    for (;;) {
      const apostrophe = apostrophes ? firstApostrophe(word) : -1;
      if (apostrophe <= 0) break;
      const head = word.slice(0, apostrophe);
      const elided = elisions.has(head.toLowerCase()) && (head === head.toLowerCase() || noWordYet);
      if (!elided || apostrophe + 1 >= word.length) break;
      if (emit(word.slice(0, apostrophe + 1), start, true) === STOP) return;
      noWordYet = false;
      start += apostrophe + 1;
      word = word.slice(apostrophe + 1);
    }
    // "d' Idleb", "l’ armée": an elision set apart from its word by a space is still the elided article
    // (past the end, no read: an out-of-bounds `charCodeAt` threw the tokenizer's optimised code away on the first
    // text that ends on a word, a heading's, and it was compiled again)
    const after = i < n ? charCodeAt.call(text, i) : -1;
    SPACED.lastIndex = i;
    if ((after === 0x27 || after === 0x2019) && SPACED.test(text) && elisions.has(word.toLowerCase()) && (word === word.toLowerCase() || noWordYet)) {
      word += text[i];
      i++;
    }
    if (emit(word, start, true) === STOP) return;
    noWordYet = false;
  }
}

/** The end of the WORD match at `i` of `text`, -1 when none (sticky `test` and its lastIndex: no match array). */
function patternWordEnd(text: string, i: number): number {
  // (the regex WORD builds on first use, run as it is: a deferred pattern's own `test` hands `lastIndex` over at each call)
  const word = latinTwinIf(WORD, false);
  word.lastIndex = i;
  return word.test(text) ? word.lastIndex : -1;
}

/** Per code unit of the Latin domain (text/unicode-domain): 1 for a character of WORD's class `[\p{L}\p{M}\p{N}]`. */
const WORD_CHAR: Uint8Array = (() => {
  const table = new Uint8Array(DOMAIN_END);
  const inClass = /[\p{L}\p{M}\p{N}]/u;
  for (let c = 0; c < DOMAIN_END; c++) if (inClass.test(String.fromCharCode(c))) table[c] = 1;
  return table;
})();
/**
 * For the code units below CASE_END (Latin letters and accents, the most frequent first characters past ASCII), what
 * `makeToken` asks about a word's first character, read off a table instead of a pattern: UPPER_FIRST, `\p{Lu}` (what
 * `UPPER` tests, through its Latin twin: no other pattern to compile); LOWER_FIRST, a word character that `toUpperCase`
 * changes (below U+0300 only letters are), which makes `isAllCaps` false.
 */
const CASE_END = 0x300;
const UPPER_FIRST = 1;
const LOWER_FIRST = 2;
/**
 * Also, for `latinLowerWord`, a character that `toLowerCase` changes (ASCII too; a string whose characters it leaves
 * each as they are, it leaves as it is: the one mapping that reads the characters around, final sigma, is past the
 * table), or the curly apostrophe that `lowerNfcWord` makes straight (past the table too).
 */
const LOWER_CHANGES = 4;
const FIRST_CASE: Uint8Array = (() => {
  const table = new Uint8Array(CASE_END);
  const upper = latinTwinIf(UPPER, true);
  for (let c = 0; c < CASE_END; c++) {
    const ch = String.fromCharCode(c);
    if (ch.toLowerCase() !== ch) table[c] = table[c]! | LOWER_CHANGES;
    if (c < 0x80) continue;
    if (upper.test(ch)) table[c] = table[c]! | UPPER_FIRST;
    if (WORD_CHAR[c] === 1 && ch.toUpperCase() !== ch) table[c] = table[c]! | LOWER_FIRST;
  }
  return table;
})();
/** WORD's separators inside a word: - ‐ ' ’ . */
const isWordJoiner = (code: number): boolean => code === 0x2d || code === 0x2010 || code === 0x27 || code === 0x2019 || code === 0x2e;

/**
 * `patternWordEnd` for a text all in the Latin domain, read off a table: a run of word characters, then, as long as a
 * separator is followed by a word character, the separator and the run after it (the pattern's greedy match). `n`: the
 * text's length.
 */
function latinWordEnd(text: string, i: number, n: number): number {
  latinApostrophe = false;
  // (the table read inline, not through a function: a call per character was much of the tokenizer's time; a code
  // unit past the table reads undefined, no word character)
  if (WORD_CHAR[charCodeAt.call(text, i)] !== 1) return -1;
  let j = i + 1;
  for (;;) {
    while (j < n && WORD_CHAR[charCodeAt.call(text, j)] === 1) j++;
    if (j + 1 >= n || WORD_CHAR[charCodeAt.call(text, j + 1)] !== 1) return j;
    const joiner = charCodeAt.call(text, j);
    if (joiner === 0x27 || joiner === 0x2019) latinApostrophe = true;
    else if (!isWordJoiner(joiner)) return j;
    j += 2;
  }
}
/** Whether the word the last `latinWordEnd` call found holds an apostrophe (' or ’; only a joiner can be one). */
let latinApostrophe = false;

/** Index of the first ' or ’ of `word`, -1 when none. */
function firstApostrophe(word: string): number {
  const straight = word.indexOf("'");
  const curly = word.indexOf('’');
  return straight < 0 ? curly : curly < 0 ? straight : Math.min(straight, curly);
}
