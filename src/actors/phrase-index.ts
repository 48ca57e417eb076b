/**
 * A trie of token sequences for lexicon look-ups (places, organisations, the
 * user gazetteer): the longest entry starting at a token in O(longest entry).
 */
import { tokenTexts, type Token } from './tokens.js';

interface Node<T> {
  readonly next: Map<string, Node<T>>;
  value?: T;
}

/** Key of one token: as written except for the apostrophe, so "la Manche" is not "La Manche". */
const tokenKey = (text: string): string => text.replace(/’/g, "'");

export class PhraseIndex<T> {
  private readonly root: Node<T> = { next: new Map() };

  constructor(private readonly elisions: ReadonlySet<string>) {}

  /** Adds a phrase; the first value added for a phrase wins. */
  add(phrase: string, value: T): void {
    let node = this.root;
    for (const text of tokenTexts(phrase.normalize('NFC'), this.elisions)) {
      const key = tokenKey(text);
      let child = node.next.get(key);
      if (!child) node.next.set(key, (child = { next: new Map() }));
      node = child;
    }
    if (node !== this.root && node.value === undefined) node.value = value;
  }

  /** Longest phrase starting at tokens[from]: its value and the index after its last token. */
  longest(tokens: readonly Token[], from: number): { value: T; end: number } | null {
    let node: Node<T> | undefined = this.root;
    let best: { value: T; end: number } | null = null;
    for (let i = from; i < tokens.length; i++) {
      // tokens of a phrase are adjacent or separated by spaces only
      node = node.next.get(tokenKey(tokens[i]!.text));
      if (!node) break;
      if (node.value !== undefined) best = { value: node.value, end: i + 1 };
    }
    return best;
  }
}
