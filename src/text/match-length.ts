/**
 * The fewest code units a match of a pattern can span, read off its source: a text shorter than that holds no match,
 * and the pattern need not run over it.
 *
 * Why it pays: V8 compiles a pattern once per string representation, for Latin-1 texts and for two-byte ones. The units
 * of a news article are slices of a two-byte document (it holds a "’" somewhere), so the stages' pieces of them are
 * two-byte too, but for the empty string and the strings of one or two characters, which V8 keeps as Latin-1 strings
 * whatever they came from. A large pattern asked once about an empty piece (the text before a date at a sentence's
 * start) was compiled a second time for that alone: some twenty patterns of the events stage, 30 kB of source.
 */

/** The answers by pattern (its source and flags do not change). */
const lengths = new WeakMap<RegExp, number>();

/**
 * A lower bound of the length of every match of `pattern` (in UTF-16 code units): no match is shorter. 0 when the
 * pattern may match the empty string or when its source holds what this does not read (it then never says too much).
 */
export function minMatchLength(pattern: RegExp): number {
  let n = lengths.get(pattern);
  if (n === undefined) {
    n = pattern.flags.includes('v') ? 0 : sourceMinLength(pattern.source);
    lengths.set(pattern, n);
  }
  return n;
}

/** Whether `pattern` may match somewhere in `text`, as far as its length tells: false only when `text` is too short. */
export function mayMatchLength(pattern: RegExp, text: string): boolean {
  return text.length >= minMatchLength(pattern);
}

/** Thrown inside the reader on what it does not read: the answer is then 0. */
const UNREAD = new Error('unread');

/** A quantifier's braces: `{n}`, `{n,}`, `{n,m}`. */
const BRACES = /\{(\d+)(?:,\d*)?\}/y;

/** The fewest code units of a match of `source` (a regular expression's source, no `v` flag); 0 when unsure. */
export function sourceMinLength(source: string): number {
  let at = 0;
  // an alternation up to a `)` or the end: the least of its branches
  const alternation = (): number => {
    let least = Infinity;
    for (;;) {
      const n = branch();
      least = Math.min(least, n);
      if (source[at] !== '|') return least;
      at++;
    }
  };
  // a sequence of terms up to a `|`, a `)` or the end: the sum of theirs
  const branch = (): number => {
    let sum = 0;
    while (at < source.length && source[at] !== '|' && source[at] !== ')') sum += term();
    return sum;
  };
  // an atom and its quantifier (`*` and `?` allow none of it, `{n,…}` n of it), lazy or not
  const term = (): number => {
    const n = atom();
    const q = source[at];
    let times = 1;
    let quantified = true;
    if (q === '*' || q === '?') times = 0;
    else if (q !== '+') {
      BRACES.lastIndex = at;
      const m = q === '{' ? BRACES.exec(source) : null;
      if (m) times = Number(m[1]);
      quantified = m !== null;
      if (m) at += m[0].length - 1;
    }
    if (quantified) {
      at++;
      if (source[at] === '?') at++;
    }
    return times === 0 || n === 0 ? 0 : Math.min(n * times, 1e9);
  };
  const atom = (): number => {
    const c = source[at]!;
    if (c === '^' || c === '$') {
      at++;
      return 0;
    }
    if (c === '\\') return escape();
    if (c === '[') {
      // a class: one character whatever it holds (`[]` matches none: one is still a bound)
      at++;
      if (source[at] === '^') at++;
      while (at < source.length && source[at] !== ']') at += source[at] === '\\' ? 2 : 1;
      if (at >= source.length) throw UNREAD;
      at++;
      return 1;
    }
    if (c === '(') {
      at++;
      let zeroWidth = false;
      if (source[at] === '?') {
        const kind = source.slice(at, at + 3);
        if (kind.startsWith('?:')) at += 2;
        else if (kind.startsWith('?=') || kind.startsWith('?!')) {
          zeroWidth = true;
          at += 2;
        } else if (kind === '?<=' || kind === '?<!') {
          zeroWidth = true;
          at += 3;
        } else if (kind.startsWith('?<')) {
          const close = source.indexOf('>', at);
          if (close < 0) throw UNREAD;
          at = close + 1;
        } else throw UNREAD;
      }
      const n = alternation();
      if (source[at] !== ')') throw UNREAD;
      at++;
      return zeroWidth ? 0 : n;
    }
    if (c === ')' || c === '|') throw UNREAD;
    at++;
    return 1;
  };
  const escape = (): number => {
    const d = source[at + 1];
    if (d === undefined) throw UNREAD;
    // word boundaries; back-references (which may be empty), numbered or named
    if (d === 'b' || d === 'B' || (d >= '1' && d <= '9') || d === 'k') {
      at += 2;
      if (d === 'k' && source[at] === '<') {
        const close = source.indexOf('>', at);
        if (close < 0) throw UNREAD;
        at = close + 1;
      }
      while (d >= '1' && d <= '9' && source[at]! >= '0' && source[at]! <= '9') at++;
      return 0;
    }
    if ((d === 'p' || d === 'P' || d === 'u') && source[at + 2] === '{') {
      const close = source.indexOf('}', at);
      if (close < 0) throw UNREAD;
      at = close + 1;
      return 1;
    }
    // (a legacy octal escape, "\\012" without `u`: one character written with several digits)
    if (d === '0' && /[0-9]/.test(source[at + 2] ?? '')) throw UNREAD;
    if (d === 'u' && /^[0-9a-fA-F]{4}$/.test(source.slice(at + 2, at + 6))) at += 6;
    else if (d === 'x' && /^[0-9a-fA-F]{2}$/.test(source.slice(at + 2, at + 4))) at += 4;
    else if (d === 'c' && /^[A-Za-z]$/.test(source[at + 2] ?? '')) at += 3;
    else at += 2;
    return 1;
  };
  try {
    const n = alternation();
    // (a `)` with no `(`: not read)
    return at === source.length ? n : 0;
  } catch (e) {
    if (e === UNREAD) return 0;
    throw e;
  }
}
