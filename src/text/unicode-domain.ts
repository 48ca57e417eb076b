/**
 * Cheaper twins of the stages' Unicode patterns for texts written in the Latin alphabet.
 *
 * V8 compiles each `\p{L}` of a `u` pattern into a test over the property's ~800 ranges (more
 * with `i`), once per occurrence: a few hundred occurrences were a large part of a cold start.
 * Most texts only hold characters of a small "domain" (U+0000-U+02FF: ASCII, Latin-1, Latin
 * Extended, spacing modifiers; the General Punctuation and Currency blocks: ’ « – … €; and the
 * minus sign U+2212, which news writes in temperatures and scores: one such text made every
 * stage compile the original patterns, some 40 ms on the bench's first pass). On
 * such a text a property escape only ever meets domain characters, so it can be replaced by the
 * explicit list of the domain characters it matches (computed here from the same `\p{…}` with
 * the same flags, so it follows the running engine's Unicode data): every match, group and index
 * is the same. A text holding any other character (Greek, Cyrillic, a combining accent, an emoji)
 * runs the original pattern.
 */

/** Any character outside the domain (a lone surrogate half too: astral characters are outside). */
const OUTSIDE = /[^\u0000-\u02ff\u2000-\u206f\u20a0-\u20cf\u2212]/;

/** Whether every character of `text` is in the domain, where `latinTwin` patterns are exact. */
export function inLatinDomain(text: string): boolean {
  return !OUTSIDE.test(text);
}

/** The domain's code units, as ranges (`inLatinDomain` is true of a text of these alone). */
export const DOMAIN_RANGES: readonly (readonly [number, number])[] = [
  [0x0000, 0x02ff],
  [0x2000, 0x206f],
  [0x20a0, 0x20cf],
  [0x2212, 0x2212],
];

const hex = (c: number) => `\\u${c.toString(16).padStart(4, '0')}`;

/** Every domain character once, in order; one code unit each (the domain has no surrogates). */
const DOMAIN_CHARS = DOMAIN_RANGES.map(([from, to]) => String.fromCharCode(...Array.from({ length: to - from + 1 }, (_, k) => from + k))).join('');

/** One past the domain's last code unit: a table indexed by code unit, of this length, covers the domain. */
export const DOMAIN_END = DOMAIN_RANGES[DOMAIN_RANGES.length - 1]![1] + 1;

/** Per code unit below DOMAIN_END: 1 for a domain character (DOMAIN_RANGES), else 0. */
const DOMAIN_MEMBERS: Uint8Array = (() => {
  const table = new Uint8Array(DOMAIN_END);
  for (const [from, to] of DOMAIN_RANGES) table.fill(1, from, to + 1);
  return table;
})();

/** Whether code unit (or code point) `c` is a domain character (DOMAIN_RANGES). */
export const inDomain = (c: number): boolean => c < DOMAIN_END && DOMAIN_MEMBERS[c] === 1;

/** Per code unit below DOMAIN_END: 1 for a domain character that is a letter (`\p{L}`), else 0 (one native scan). */
export const DOMAIN_LETTERS: Uint8Array = (() => {
  const table = new Uint8Array(DOMAIN_END);
  for (const m of DOMAIN_CHARS.matchAll(/\p{L}/gu)) table[m[0].charCodeAt(0)] = 1;
  return table;
})();

// `\p{Name}` with or without `i`: the class body listing the domain characters it matches
const bodies = new Map<string, string>();
function domainBody(property: string, ignoreCase: boolean): string {
  const key = `${ignoreCase ? 'i' : ''}${property}`;
  let body = bodies.get(key);
  if (body === undefined) {
    // one native scan over the domain rather than a test per character: this runs on a cold start
    const parts: string[] = [];
    let start = -1;
    let last = -2;
    const close = () => {
      if (start >= 0) parts.push(start === last ? hex(start) : `${hex(start)}-${hex(last)}`);
    };
    for (const m of DOMAIN_CHARS.matchAll(new RegExp(`\\p{${property}}`, ignoreCase ? 'giu' : 'gu'))) {
      const c = m[0].charCodeAt(0);
      if (c !== last + 1) {
        close();
        start = c;
      }
      last = c;
    }
    close();
    body = parts.join('');
    bodies.set(key, body);
  }
  return body;
}

/** What `latinSource` rewrites or must step over: a property escape, any other escape, a class bracket. */
const TOKEN = /\\p\{([^}]*)(\}?)|\\[\s\S]|[[\]]/g;

/**
 * The source of `pattern` with each `\p{…}` replaced by the explicit domain characters it
 * matches (inside a class: its members; outside: a class of them), or null when there is
 * nothing to replace or the pattern is one this does not rewrite (`\P{…}`, the `v` flag).
 */
export function latinSource(source: string, flags: string): string | null {
  if (!flags.includes('u') || flags.includes('v') || !source.includes('\\p{') || source.includes('\\P{')) return null;
  const ignoreCase = flags.includes('i');
  let inClass = false;
  let unclosed = false;
  // a replace whose callback runs only on escapes and brackets: a cold start rewrites ~130 patterns of a few kB
  const out = source.replace(TOKEN, (token: string, property: string | undefined, closed: string | undefined) => {
    if (property !== undefined) {
      if (!closed) unclosed = true;
      const body = domainBody(property, ignoreCase);
      // an empty class body would be `[]` (never matches) inside a class that has nothing else
      return inClass ? body : body === '' ? '[]' : `[${body}]`;
    }
    if (token === '[') inClass = true;
    else if (token === ']') inClass = false;
    return token;
  });
  return unclosed ? null : out;
}

// ---------------------------------------------------------------------------------------------------------------------
// Case-insensitive twins without `i`. Under `iu`, V8 builds each literal letter's and each class's case equivalents
// with ICU when it compiles a pattern: on the stages' large `iu` patterns that was most of their compilation (a date
// pattern of 5 kB: 2.8 ms with `i`, 0.7 ms without). On a text all in the domain, a pattern's letters need only their
// equivalents inside the domain, written out ("é" as [éÉ]), and the pattern then runs without `i`: same matches.


/**
 * The domain's case classes under `iu` (code points equivalent under simple case folding, which `iu` compares): each
 * domain code point with others mapped to its class, all of them in order (itself included). Made from the engine:
 * the links of each character to its one-character upper and lower case, kept when the engine's `iu` matches them.
 */
let caseClasses: Map<number, number[]> | undefined;

/** The domain characters `iu` matches for domain character `c`: its case class, or `c` alone. */
export function domainCaseClass(c: number): readonly number[] {
  return caseClassOf(c) ?? [c];
}

function caseClassOf(c: number): readonly number[] | undefined {
  if (!caseClasses) {
    // (a back-reference under `iu` matches the same character up to case folding, as the spec defines it)
    const same = /^([\s\S])\1$/iu;
    const parent = new Map<number, number>();
    const find = (x: number): number => {
      let r = x;
      while (parent.has(r)) r = parent.get(r)!;
      return r;
    };
    // (only letters have a case in the domain: a test recomputes the classes over all its characters)
    for (let x = 0; x < DOMAIN_END; x++) {
      if (!DOMAIN_LETTERS[x]) continue;
      const ch = String.fromCharCode(x);
      for (const other of [ch.toLowerCase(), ch.toUpperCase()]) {
        const y = other.length === 1 ? other.charCodeAt(0) : -1;
        if (y < 0 || y === x || !inDomain(y) || !same.test(ch + other)) continue;
        const [rx, ry] = [find(x), find(y)];
        if (rx !== ry) parent.set(Math.max(rx, ry), Math.min(rx, ry));
      }
    }
    const members = new Map<number, number[]>();
    for (const x of parent.keys()) {
      const r = find(x);
      if (!members.has(r)) members.set(r, [r]);
      members.get(r)!.push(x);
    }
    caseClasses = new Map();
    for (const list of members.values()) {
      list.sort((a, b) => a - b);
      for (const x of list) caseClasses.set(x, list);
    }
  }
  return caseClasses.get(c);
}

/** Whether a character outside the domain has a case (may be equivalent under `iu` to some domain character: K, the Kelvin sign, to k). */
const hasCase = (c: number): boolean => /[\p{CWCF}\p{CWCM}]/u.test(String.fromCodePoint(c));

const HEX4 = /^[0-9a-fA-F]{4}$/;
const HEX2 = /^[0-9a-fA-F]{2}$/;
/** caselessSource's atoms of the domain's letters that have case equivalents, by code point. */
const caseAtoms = new Map<number, string>();

/** A class body listing `codes` (sorted, without repeats) as ranges of consecutive code points, escaped. */
function classBody(codes: readonly number[]): string {
  let body = '';
  for (let k = 0; k < codes.length; k++) {
    const start = codes[k]!;
    while (k + 1 < codes.length && codes[k + 1] === codes[k]! + 1) k++;
    const end = codes[k]!;
    body += end === start ? hex(start) : end === start + 1 ? hex(start) + hex(end) : `${hex(start)}-${hex(end)}`;
  }
  return body;
}

/** caselessClass's answers by class source: the patterns repeat a few classes (a letter class) hundreds of times. */
const caselessClasses = new Map<string, string | null>();

/** The character an escape at `at` stands for and the escape's length; -2 for an escape not rewritten (\\w, \\b, \\p…). */
function escapedAt(source: string, at: number): [code: number, length: number] {
  const d = source[at + 1];
  if (d === 'u') return HEX4.test(source.slice(at + 2, at + 6)) ? [parseInt(source.slice(at + 2, at + 6), 16), 6] : [-2, 0];
  if (d === 'x') return HEX2.test(source.slice(at + 2, at + 4)) ? [parseInt(source.slice(at + 2, at + 4), 16), 4] : [-2, 0];
  const control = d === undefined ? -1 : 'tnvfr'.indexOf(d);
  if (control >= 0) return [[9, 10, 11, 12, 13][control]!, 2];
  if (d === '0' && !/[0-9]/.test(source[at + 2] ?? '')) return [0, 2];
  // (an identity escape, of a syntax character under `u`)
  if (d !== undefined && /[\^$\\.*+?()[\]{}|/-]/.test(d)) return [d.charCodeAt(0), 2];
  return [-2, 0];
}

/**
 * A class's source (brackets included) read as its items: ranges of code points (a character alone: a range of one) and
 * the escapes \\d, \\D, \\s, \\S as they are written; null when it holds what this does not read (\\w, \\b, \\p…).
 */
function readClass(text: string): { negated: boolean; items: (readonly [number, number] | string)[] } | null {
  let j = 1;
  const negated = text[j] === '^';
  if (negated) j++;
  const items: (readonly [number, number] | string)[] = [];
  let prev = -1;
  let range = false;
  const last = text.length - 1;
  while (j < last) {
    let code: number;
    if (text[j] === '\\') {
      const d = text[j + 1];
      if (d === 'd' || d === 'D' || d === 's' || d === 'S') {
        if (range) return null;
        items.push(`\\${d}`);
        prev = -1;
        j += 2;
        continue;
      }
      let length: number;
      [code, length] = escapedAt(text, j);
      if (code < 0) return null;
      j += length;
    } else if (text[j] === '-' && prev >= 0 && j + 1 < last) {
      range = true;
      j++;
      continue;
    } else {
      code = text.codePointAt(j)!;
      j += code > 0xffff ? 2 : 1;
    }
    if (range) {
      if (prev > code) return null;
      // (the range's first character, read alone just before, becomes its start)
      items[items.length - 1] = [prev, code];
      prev = -1;
      range = false;
    } else {
      items.push([code, code]);
      prev = code;
    }
  }
  return range ? null : { negated, items };
}

/**
 * A class (its source, brackets included) with its explicit characters closed under case in the domain (\\d, \\s and
 * their complements are caseless and stay); null when it holds what this does not rewrite.
 */
function caselessClass(text: string): string | null {
  const read = readClass(text);
  if (!read) return null;
  const codes: number[] = [];
  let kept = '';
  for (const item of read.items) {
    if (typeof item === 'string') {
      kept += item;
      continue;
    }
    const [from, code] = item;
    // (a wide range outside the domain is not looked through character by character)
    if (code - from > 0x400 && !inDomain(code)) return null;
    for (let x = from; x <= code; x++) {
      if (!inDomain(x)) {
        if (hasCase(x)) return null;
        continue;
      }
      codes.push(x);
      const cls = caseClassOf(x);
      if (cls) for (const y of cls) codes.push(y);
    }
  }
  const body = kept + classBody([...new Set(codes)].sort((a, b) => a - b));
  return body === '' ? (read.negated ? '[^]' : '[]') : `[${read.negated ? '^' : ''}${body}]`;
}

/**
 * What caselessSource rewrites or must step over: an escape (`\\u{` apart: not rewritten), a class, a named group's
 * opening (its name is no pattern), a run of characters that stand for themselves.
 */
const CASELESS_TOKEN = /\\u\{|\\u[0-9a-fA-F]{4}|\\x[0-9a-fA-F]{2}|\\[^]|\[(?:\\[^]|[^\]\\])*\]|\(\?<(?![=!])[^>]*>|[^\\[\](){}^$.*+?|]+/g;
/** Escapes kept as they are: caseless classes, controls, identity escapes of syntax characters. */
const KEPT_ESCAPE = /^\\[dDsStnvfr0^$\\.*+?()[\]{}|/-]$/;
/** caselessSource's runs of characters with their case equivalents written out, by run. */
const caselessRuns = new Map<string, string | null>();

/** A run of characters that stand for themselves, each letter with case equivalents in the domain as their class. */
function caselessRun(run: string): string | null {
  let out = '';
  for (const ch of run) {
    const c = ch.codePointAt(0)!;
    const a = caseAtom(c);
    if (a === null) return null;
    out += a ?? ch;
  }
  return out;
}

/** A character's class of case equivalents in the domain (undefined: it has none); null when outside the domain with a case. */
function caseAtom(c: number): string | null | undefined {
  if (!inDomain(c)) return hasCase(c) ? null : undefined;
  const cls = caseClassOf(c);
  if (!cls) return undefined;
  let a = caseAtoms.get(c);
  if (a === undefined) caseAtoms.set(c, (a = `[${cls.map((x) => String.fromCharCode(x)).join('')}]`));
  return a;
}

/**
 * `source` (a pattern with the `u` flag, meant to run with `i`) rewritten to match without `i` the same texts of the
 * domain: each letter and each class with the case equivalents of its characters in the domain. Null for what this
 * does not rewrite (word boundaries and classes, back-references, property escapes, characters outside the domain
 * that have a case).
 */
export function caselessSource(source: string): string | null {
  let failed = false;
  const out = source.replace(CASELESS_TOKEN, (token: string) => {
    if (failed) return token;
    let rewritten: string | null | undefined;
    if (token[0] === '\\') {
      if (KEPT_ESCAPE.test(token)) return token;
      const [code] = escapedAt(token, 0);
      rewritten = code < 0 ? null : (caseAtom(code) ?? token);
    } else if (token[0] === '[') {
      rewritten = caselessClasses.get(token);
      if (rewritten === undefined) caselessClasses.set(token, (rewritten = caselessClass(token)));
    } else if (token[0] === '(') return token;
    else {
      rewritten = caselessRuns.get(token);
      if (rewritten === undefined) caselessRuns.set(token, (rewritten = caselessRun(token)));
    }
    if (rewritten === null) failed = true;
    return rewritten ?? token;
  });
  return failed ? null : out;
}

/**
 * latinPattern's answers by flags and source. The CLI's script bundle (src/build/bundle.mjs) starts it with those of a
 * build-time run (latinPatternsMade), for the one V8 that runs that script: rewriting a cold start's ~130 patterns
 * was some 5 % of it.
 */
const madeTwins = new Map<string, readonly [source: string, flags: string] | null>();

/** latinPattern's answers so far, as madeTwins holds them (for the build). */
export function latinPatternsMade(): [string, readonly [string, string] | null][] {
  return [...madeTwins];
}

/**
 * The twin of a pattern for texts all in the domain, or null when it has none: `latinSource`'s, and without `i` when
 * `caselessSource` rewrites it (then the flags are the pattern's but `i`).
 */
export function latinPattern(source: string, flags: string): { readonly source: string; readonly flags: string } | null {
  const key = `${flags}/${source}`;
  let twin = madeTwins.get(key);
  if (twin === undefined) madeTwins.set(key, (twin = makeLatinPattern(source, flags)));
  return twin === null ? null : { source: twin[0], flags: twin[1] };
}

function makeLatinPattern(source: string, flags: string): readonly [source: string, flags: string] | null {
  const explicit = latinSource(source, flags) ?? source;
  if (flags.includes('i') && flags.includes('u')) {
    const caseless = caselessSource(explicit);
    if (caseless !== null) return [caseless, flags.replace('i', '')];
  }
  return explicit === source ? null : [explicit, flags];
}

/**
 * A pattern whose regex is built on its first use that needs it, not where it is declared. V8 parses a
 * pattern when it is constructed, and a `\p{…}` under `i` costs a test over a Unicode property's ranges:
 * the locales declare some hundred and fifty such patterns at start-up, and on a text in the Latin domain
 * only their twins (built from `source` and `flags`) ever run. It is a RegExp (same `source`, `flags`,
 * `lastIndex`): `exec` and `test` run the regex built on the first call, and so do the string methods
 * (`match`, `replace`, `search` call `exec`; `split` and `matchAll` are handed to it).
 */
export class DeferredRegExp extends RegExp {
  private built: RegExp | undefined;
  readonly #source: string;

  constructor(source: string, flags: string) {
    // an empty pattern of the same flags: the flags and their getters are the real ones at no parsing cost
    super('', flags);
    this.#source = source;
  }

  override get source(): string {
    return this.#source;
  }

  /** The regex itself, built on the first call (its `lastIndex` is its own: `exec` hands this one's over). */
  get regex(): RegExp {
    return (this.built ??= new RegExp(this.#source, this.flags));
  }

  override exec(text: string): RegExpExecArray | null {
    const regex = this.regex;
    regex.lastIndex = this.lastIndex;
    const m = regex.exec(text);
    this.lastIndex = regex.lastIndex;
    return m;
  }

  override test(text: string): boolean {
    return this.exec(text) !== null;
  }

  // (both build their own regex from the species constructor and the source slot, which here is empty)
  override [Symbol.split](text: string, limit?: number): string[] {
    return this.regex[Symbol.split](text, limit);
  }

  override [Symbol.matchAll](text: string): RegExpStringIterator<RegExpMatchArray> {
    const regex = this.regex;
    const kept = regex.lastIndex;
    regex.lastIndex = this.lastIndex;
    const it = regex[Symbol.matchAll](text);
    regex.lastIndex = kept;
    return it;
  }
}

/** `new RegExp(source, flags)`, built on its first use (see DeferredRegExp). */
export function deferred(source: string, flags: string): RegExp {
  return new DeferredRegExp(source, flags);
}

/** The regex that runs for `pattern`: the one a deferred pattern builds, else `pattern` itself. */
function running(pattern: RegExp): RegExp {
  return pattern instanceof DeferredRegExp ? pattern.regex : pattern;
}

const twins = new WeakMap<RegExp, RegExp | null>();

/**
 * The pattern to run over `text`: `pattern` itself, or, when `text` is all in the domain, its
 * twin without property escapes (built once per pattern; same flags, so the same matches).
 */
export function latinTwin(pattern: RegExp, text: string): RegExp {
  const twin = latinTwinIf(pattern, true);
  // (no twin: `twin` is the running regex; a deferred pattern with a twin builds its own regex only off the domain)
  return twins.get(pattern) && !inLatinDomain(text) ? running(pattern) : twin;
}

/**
 * The pattern to run over a text already known to be all in the domain (`latin`) or not: `pattern`'s
 * twin, or `pattern` itself. For the many short strings of one checked text (its tokens, its words).
 */
export function latinTwinIf(pattern: RegExp, latin: boolean): RegExp {
  if (!latin) return running(pattern);
  const twin = twins.get(pattern);
  // (the twin made on a pattern's first call, out of line: TurboFan inlines this function into the stages' loops, and
  // the making, run once a pattern, would be compiled into each of them)
  return (twin === undefined ? makeTwin(pattern) : twin) ?? running(pattern);
}
function makeTwin(pattern: RegExp): RegExp | null {
  const latin = latinPattern(pattern.source, pattern.flags);
  const twin = latin === null ? null : new RegExp(latin.source, latin.flags);
  twins.set(pattern, twin);
  return twin;
}

/** `pattern.test(text)` through its twin when `text` allows (`lastIndex` kept on `pattern`). */
export function latinTest(pattern: RegExp, text: string): boolean {
  return latinExec(pattern, text) !== null;
}

/** `pattern.exec(text)` through its twin when `text` allows (`lastIndex` kept on `pattern`). */
export function latinExec(pattern: RegExp, text: string): RegExpExecArray | null {
  const twin = latinTwin(pattern, text);
  if (twin === pattern || !(pattern.global || pattern.sticky)) return twin.exec(text);
  twin.lastIndex = pattern.lastIndex;
  const m = twin.exec(text);
  pattern.lastIndex = twin.lastIndex;
  return m;
}

// ---------------------------------------------------------------------------------------------------------------------
// Narrow twins. V8 tests a character class of more than 16 ranges through a call per character (a binary search over
// a range array: RegExpMacroAssembler::IsCharacterInRangeArray), smaller ones inline. The Latin twins of `\p{Ll}` and
// `\p{Lu}` hold hundreds of ranges, because Latin Extended alternates capitals and small letters (U+0100 Ā, U+0101
// ā, …), and a pattern that reads words letter by letter through them (the tense cues: `[\p{Ll}]{2,}` + an ending)
// made that call for every letter of a sentence. Most texts of the domain hold no other letter of U+0100-U+02FF than
// those Windows-1252 also encodes (œ Œ š Š ž Ž Ÿ ƒ): on such a text a class can leave the others out, and the twin of
// `\p{Ll}` is then eight ranges (a-z, µ, ß-ö, ø-ÿ, œ, š, ž, ƒ).

/** Œ œ Š š Ÿ Ž ž ƒ ˆ ˜: what Windows-1252's bytes 0x8C, 0x9C, 0x8A, 0x9A, 0x9F, 0x8E, 0x9E, 0x83, 0x88, 0x98 stand for. */
const WINDOWS_1252_LATIN_EXTRAS = [0x152, 0x153, 0x160, 0x161, 0x178, 0x17d, 0x17e, 0x192, 0x2c6, 0x2dc];

/** The narrow domain, as ranges and as a test for a character outside it; made on first use. */
let narrowDomain: { readonly ranges: readonly (readonly [number, number])[]; readonly outside: RegExp } | undefined;
function narrowOf(): NonNullable<typeof narrowDomain> {
  if (narrowDomain) return narrowDomain;
  // the domain's characters that Windows-1252 encodes: Latin-1, and those of its bytes 0x80-0x9F above it, in U+0100-U+02FF
  // (the others, ’ € …, are in the punctuation blocks); Node's TextDecoder reads that encoding as Latin-1, hence the list
  const codes = new Set<number>(WINDOWS_1252_LATIN_EXTRAS);
  for (let c = 0; c <= 0xff; c++) codes.add(c);
  for (const [from, to] of DOMAIN_RANGES) if (from > 0xff) for (let c = from; c <= to; c++) codes.add(c);
  const sorted = [...codes].sort((a, b) => a - b);
  const ranges: [number, number][] = [];
  for (const c of sorted) {
    const last = ranges[ranges.length - 1];
    if (last && last[1] === c - 1) last[1] = c;
    else ranges.push([c, c]);
  }
  const body = ranges.map(([a, b]) => (a === b ? hex(a) : `${hex(a)}-${hex(b)}`)).join('');
  return (narrowDomain = { ranges, outside: new RegExp(`[^${body}]`) });
}

/** Whether every character of `text` is in the narrow domain, where `narrowTwin` patterns are exact. */
export function inNarrowDomain(text: string): boolean {
  return !narrowOf().outside.test(text);
}

/**
 * A class (its source, brackets included) cut to the narrow domain: the class itself when it holds nothing outside
 * it, or what this does not read (\\d, \\s, \\w, \\b, \\p… inside it); on a text of the narrow domain it matches the
 * same characters, negated or not (every character the engine meets is in the domain).
 */
function narrowClass(text: string): string {
  const read = readClass(text);
  if (!read || read.items.some((item) => typeof item === 'string')) return text;
  const ranges = read.items as readonly (readonly [number, number])[];
  const negated = read.negated;
  const kept: [number, number][] = [];
  let outside = false;
  for (const [from, to] of ranges) {
    for (const [lo, hi] of narrowOf().ranges) {
      const a = Math.max(from, lo);
      const b = Math.min(to, hi);
      if (a <= b) kept.push([a, b]);
    }
    if (!narrowOf().ranges.some(([lo, hi]) => from >= lo && to <= hi)) outside = true;
  }
  if (!outside) return text;
  kept.sort((x, y) => x[0] - y[0]);
  let body = '';
  for (let k = 0; k < kept.length; k++) {
    const start = kept[k]![0];
    let end = kept[k]![1];
    while (k + 1 < kept.length && kept[k + 1]![0] <= end + 1) end = Math.max(end, kept[++k]![1]);
    body += end === start ? hex(start) : `${hex(start)}-${hex(end)}`;
  }
  return body === '' ? (negated ? '[^]' : '[]') : `[${negated ? '^' : ''}${body}]`;
}

/** What narrowSource steps over or rewrites: an escape, a class. */
const NARROW_TOKEN = /\\[^]|\[(?:\\[^]|[^\]\\])*\]/g;

/** narrowClass's answers by class source: a pattern repeats a few classes (a letter class) dozens of times. */
const narrowClasses = new Map<string, string>();

/** `source` (without property escapes) with each class cut to the narrow domain (narrowClass). */
export function narrowSource(source: string): string {
  return source.replace(NARROW_TOKEN, (token: string) => {
    if (token[0] !== '[') return token;
    let cut = narrowClasses.get(token);
    if (cut === undefined) narrowClasses.set(token, (cut = narrowClass(token)));
    return cut;
  });
}

const narrowTwins = new WeakMap<RegExp, RegExp>();

/**
 * The pattern to run over a text of the narrow domain (inNarrowDomain): `pattern`'s Latin twin with each class cut to
 * that domain (built once per pattern), or the Latin twin itself when it keeps `i` or a property escape (under `i`, a
 * class also matches the case equivalents of its characters, which may lie outside: not cut).
 */
export function narrowTwin(pattern: RegExp): RegExp {
  let twin = narrowTwins.get(pattern);
  if (twin === undefined) {
    const latin = latinTwinIf(pattern, true);
    const cut = latin.flags.includes('i') || latin.source.includes('\\p{') || latin.source.includes('\\P{') ? latin.source : narrowSource(latin.source);
    twin = cut === latin.source ? latin : new RegExp(cut, latin.flags);
    narrowTwins.set(pattern, twin);
  }
  return twin;
}
