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

const DOMAIN_RANGES: readonly (readonly [number, number])[] = [
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
  return twin !== running(pattern) && inLatinDomain(text) ? twin : running(pattern);
}

/**
 * The pattern to run over a text already known to be all in the domain (`latin`) or not: `pattern`'s
 * twin, or `pattern` itself. For the many short strings of one checked text (its tokens, its words).
 */
export function latinTwinIf(pattern: RegExp, latin: boolean): RegExp {
  if (!latin) return running(pattern);
  let twin = twins.get(pattern);
  if (twin === undefined) {
    const source = latinSource(pattern.source, pattern.flags);
    twin = source === null ? null : new RegExp(source, pattern.flags);
    twins.set(pattern, twin);
  }
  return twin ?? running(pattern);
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
