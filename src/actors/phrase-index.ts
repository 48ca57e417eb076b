/**
 * A trie of token sequences for lexicon look-ups (places, organisations, the
 * user gazetteer): the longest entry starting at a token in O(longest entry).
 *
 * Built lazily, for the start-up time: the locale's lexicon holds some ten
 * thousand phrases and an article looks up only a few hundred first tokens.
 * `add` only files a phrase under its first token; the phrases of one first
 * token are tokenised into the trie, and their values made, on the first
 * look-up of that token. Look-ups give the same answers as a trie built upfront.
 */
import { firstTokenText, opensOnLatinCapital, tokenTexts, type Token } from './tokens.js';

interface Node<T> {
  readonly next: Map<string, Node<T>>;
  value?: T;
}

/** A phrase not yet in the trie: its text (as added) and how to make its value. */
export interface Pending<T> {
  readonly text: string;
  readonly make: () => T;
}

/** Key of one token: as written except for the apostrophe, so "la Manche" is not "La Manche". */
const tokenKey = (text: string): string => (text.includes('’') ? text.replace(/’/g, "'") : text);

/**
 * The key a phrase is filed under in an index with these elisions: its first token's (NFC; null when it has none).
 * Plain data of the phrase: a locale may compute its lexicons' keys at build time (lexicons.ts, knownPhraseKeys).
 */
export function phraseKey(phrase: string, elisions: ReadonlySet<string>): string | null {
  const first = firstTokenText(phrase.normalize('NFC'), elisions);
  return first === null ? null : tokenKey(first);
}

/**
 * The trie's node for a first token found to open no phrase: most words of a text open none, and asking the filed
 * phrases again (a search among some ten thousand keys) at each of their occurrences cost more than the rest of the
 * look-up; filed under the key in the root, the word is answered by the one look-up a known first token takes. Shared,
 * never written to (`addLazy` takes it out before it files a phrase under the key).
 */
const OPENS_NOTHING: Node<never> = { next: new Map() };
/** How many keys an index files as OPENS_NOTHING at most: past that, a long corpus's new words are searched each time. */
const ABSENT_MAX = 1 << 16;

/** `PhraseIndex.lowerKeys` covers the first characters below this one. */
const LOWER_KEYS_END = 0x300;
const lengthBit = (length: number): number => 1 << (length < 31 ? length : 31);
/** Files a key in a `lowerKeys` table, unless it opens on a Latin capital (a key past the table needs no bit). */
function noteLowerKey(table: Uint32Array, key: string): void {
  const first = key.charCodeAt(0);
  if (first < LOWER_KEYS_END && !opensOnLatinCapital(key)) table[first] = table[first]! | lengthBit(key.length);
}

export class PhraseIndex<T> {
  private readonly root: Node<T> = { next: new Map() };
  /** Phrases not yet in the trie, by the key of their first token, in the order they were added. */
  private readonly pending = new Map<string, Pending<T>[]>();
  /** How many keys of the root are OPENS_NOTHING. */
  private absent = 0;
  /** Nothing filed ahead nor ever added (the user gazetteer, mostly): every look-up answers null at once. */
  private empty: boolean;
  /**
   * The first-token keys that do not open on a Latin capital (`opensOnLatinCapital`), by first character below U+0300:
   * a bit per length (1 to 30, then 31 for longer). A lexicon's keys are nearly all capitalised ("Paris", "La"; a dozen
   * of the French locale's ten thousand are not: "mer", "golfe", "iPhone"), so that a lower-case word of the text is
   * answered from its first character and length, with no look-up of a string never hashed yet. Made on the first
   * look-up of a word that is not capitalised (undefined before), kept up to date by `addLazy` after.
   */
  private lowerKeys: Uint32Array | undefined;

  /**
   * `filed`: phrases added ahead, by key (a locale's lexicon filed at build time), asked for a key on its first look-up,
   * before the phrases `add` filed under it.
   */
  constructor(
    private readonly elisions: ReadonlySet<string>,
    private readonly filed?: (key: string) => readonly Pending<T>[] | undefined,
    /** Every key `filed` answers for (it must answer for no other). */
    private readonly filedKeys?: () => Iterable<string>,
  ) {
    this.empty = filed === undefined;
  }

  /** Adds a phrase; the first value added for a phrase wins. */
  add(phrase: string, value: T): void {
    this.addLazy(phrase, () => value);
  }

  /**
   * Adds a phrase whose value is made only when a look-up first reaches it
   * (`make` may be called for several phrases: it should return one value for
   * one entity). As with `add`, the first phrase added wins.
   */
  addLazy(text: string, make: () => T): void {
    const key = phraseKey(text, this.elisions);
    if (key === null) return; // no token: nothing to look up
    this.empty = false;
    if (this.lowerKeys) noteLowerKey(this.lowerKeys, key);
    const node = this.root.next.get(key);
    if (node === OPENS_NOTHING) {
      this.root.next.delete(key);
      this.absent--;
    } else if (node !== undefined) {
      // a first token already looked up has its phrases in the trie: this one joins them now, as settling it would
      this.insert({ text, make });
      return;
    }
    const bucket = this.pending.get(key);
    if (bucket) bucket.push({ text, make });
    else this.pending.set(key, [{ text, make }]);
  }

  /** Longest phrase starting at tokens[from]: its value and the index after its last token. */
  longest(tokens: readonly Token[], from: number): { value: T; end: number } | null {
    // (an empty index, as the user gazetteer mostly is: no look-up at each token)
    if (this.empty) return null;
    const first = tokens[from];
    if (first === undefined) return null;
    if (!first.cap && !this.mayBeLowerKey(first.text)) return null;
    // tokens of a phrase are adjacent or separated by spaces only
    const key = tokenKey(first.text);
    let node: Node<T> | undefined = this.root.next.get(key);
    // (a first token in the trie has no pending phrases left: settled, or added since by `insert`)
    if (node === undefined) {
      node = this.firstLookUp(key);
      if (node === undefined) return null;
    } else if (node === OPENS_NOTHING) return null;
    let best: { value: T; end: number } | null = node.value !== undefined ? { value: node.value, end: from + 1 } : null;
    for (let i = from + 1; i < tokens.length; i++) {
      node = node.next.get(tokenKey(tokens[i]!.text));
      if (!node) break;
      if (node.value !== undefined) best = { value: node.value, end: i + 1 };
    }
    return best;
  }

  /**
   * The root's node for a key looked up for the first time: its phrases settled into the trie, or undefined when none
   * opens on it (the key then filed as OPENS_NOTHING). A method apart: `longest`, which the optimising compiler inlines
   * into its callers, carries the look-up of a key met before alone.
   */
  private firstLookUp(key: string): Node<T> | undefined {
    if (!this.settle(key)) {
      if (this.absent < ABSENT_MAX) {
        this.root.next.set(key, OPENS_NOTHING);
        this.absent++;
      }
      return undefined;
    }
    return this.root.next.get(key)!;
  }

  /** Nothing filed nor added: `longest` answers null everywhere. */
  isEmpty(): boolean {
    return this.empty;
  }

  /**
   * Whether a phrase may open on `text`, a word that is not capitalised: false when `longest` answers null at such a word
   * without a look-up (the answer may change only when a phrase is added).
   */
  mayOpenOnLowerCase(text: string): boolean {
    return !this.empty && this.mayBeLowerKey(text);
  }

  /** Whether a key may be `text` (a word that is not capitalised), by `lowerKeys`. */
  private mayBeLowerKey(text: string): boolean {
    const first = text.charCodeAt(0);
    if (first >= LOWER_KEYS_END) return true;
    const table = this.lowerKeys ?? this.makeLowerKeys();
    // (keys unknown: no table)
    return table === undefined || (table[first]! & lengthBit(text.length)) !== 0;
  }

  /** Makes `lowerKeys` (undefined when the filed keys are not known); a method apart from the look-ups, as `firstLookUp`. */
  private makeLowerKeys(): Uint32Array | undefined {
    if (this.filed !== undefined && this.filedKeys === undefined) return undefined;
    const table = new Uint32Array(LOWER_KEYS_END);
    if (this.filedKeys) for (const key of this.filedKeys()) noteLowerKey(table, key);
    for (const key of this.pending.keys()) noteLowerKey(table, key);
    for (const [key, node] of this.root.next) if (node !== OPENS_NOTHING) noteLowerKey(table, key);
    this.lowerKeys = table;
    return table;
  }

  /** Puts the phrases filed or pending under `key` into the trie, in the order they were added; false when none. */
  private settle(key: string): boolean {
    const filed = this.filed?.(key);
    const bucket = this.pending.get(key);
    if (!filed?.length && !bucket) return false;
    if (filed) for (const phrase of filed) this.insert(phrase);
    if (bucket) {
      this.pending.delete(key);
      for (const phrase of bucket) this.insert(phrase);
    }
    return true;
  }

  /** Puts one phrase into the trie (the first value of a phrase wins). */
  private insert({ text, make }: Pending<T>): void {
    let node = this.root;
    for (const token of tokenTexts(text.normalize('NFC'), this.elisions)) {
      const k = tokenKey(token);
      let child = node.next.get(k);
      if (!child) node.next.set(k, (child = { next: new Map() }));
      node = child;
    }
    if (node.value === undefined) node.value = make();
  }
}
