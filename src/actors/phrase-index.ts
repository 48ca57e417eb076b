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
import { firstTokenText, tokenTexts, type Token } from './tokens.js';

interface Node<T> {
  /** (a pending node's is NO_NEXT, until it is settled: it has no children before) */
  next: Map<string, Node<T>>;
  value?: T;
  /** On a first token not yet looked up: the phrases it opens, to put into the trie on that look-up (then undefined). */
  pending?: Pending<T>[];
}

/** A phrase not yet in the trie: its text (NFC) and how to make its value. */
interface Pending<T> {
  readonly text: string;
  readonly make: () => T;
}

/** Key of one token: as written except for the apostrophe, so "la Manche" is not "La Manche". */
const tokenKey = (text: string): string => (text.includes('’') ? text.replace(/’/g, "'") : text);

/** The children of every first token's node before it is settled (none, and none added: a settled node gets its own map). */
const NO_NEXT = new Map<string, never>();

export class PhraseIndex<T> {
  /**
   * The trie. A first token's node is made when a phrase it opens is added, holding that phrase pending until a look-up
   * first reaches it: a token that opens no phrase is answered with one map look-up.
   */
  private readonly root: Node<T> = { next: new Map() };

  constructor(private readonly elisions: ReadonlySet<string>) {}

  /** Adds a phrase; the first value added for a phrase wins. */
  add(phrase: string, value: T): void {
    this.addLazy(phrase, () => value);
  }

  /**
   * Adds a phrase whose value is made only when a look-up first reaches it
   * (`make` may be called for several phrases: it should return one value for
   * one entity). As with `add`, the first phrase added wins.
   */
  addLazy(phrase: string, make: () => T): void {
    const text = phrase.normalize('NFC');
    const first = firstTokenText(text, this.elisions);
    if (first === null) return; // no token: nothing to look up
    const key = tokenKey(first);
    const node = this.root.next.get(key);
    if (node === undefined) this.root.next.set(key, { next: NO_NEXT, value: undefined, pending: [{ text, make }] });
    else if (node.pending !== undefined) node.pending.push({ text, make });
    // a first token already looked up has its phrases in the trie: this one joins them now, as settling it would
    else this.insert({ text, make });
  }

  /** Longest phrase starting at tokens[from]: its value and the index after its last token. */
  longest(tokens: readonly Token[], from: number): { value: T; end: number } | null {
    // (an empty index, as the user gazetteer mostly is: no look-up at each token)
    if (this.root.next.size === 0) return null;
    let node: Node<T> | undefined = this.root;
    let best: { value: T; end: number } | null = null;
    for (let i = from; i < tokens.length; i++) {
      // tokens of a phrase are adjacent or separated by spaces only
      node = node.next.get(tokenKey(tokens[i]!.text));
      if (!node) break;
      if (node.pending !== undefined) this.settle(node);
      if (node.value !== undefined) best = { value: node.value, end: i + 1 };
    }
    return best;
  }

  /** Puts the pending phrases of a first token's node into the trie, in the order they were added. */
  private settle(node: Node<T>): void {
    const bucket = node.pending!;
    node.pending = undefined;
    node.next = new Map();
    for (const phrase of bucket) this.insert(phrase);
  }

  /** Puts one phrase into the trie (the first value of a phrase wins). */
  private insert({ text, make }: Pending<T>): void {
    let node = this.root;
    for (const token of tokenTexts(text, this.elisions)) {
      const k = tokenKey(token);
      let child = node.next.get(k);
      if (!child) node.next.set(k, (child = { next: new Map(), value: undefined, pending: undefined }));
      node = child;
    }
    if (node.value === undefined) node.value = make();
  }
}
