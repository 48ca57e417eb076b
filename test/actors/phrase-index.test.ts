/**
 * The lexicon trie files phrases by their first token and builds that part of
 * the trie on the first look-up: it must answer as a trie built upfront would.
 */
import { describe, expect, test } from 'vitest';
import { PhraseIndex } from '../../src/actors/phrase-index.js';
import { tokenize } from '../../src/actors/tokens.js';
import { actorLocale } from '../../src/locales/fr/actors/index.js';

const elisions = actorLocale.elisions;
const at = (index: PhraseIndex<string>, text: string, from = 0) => index.longest(tokenize(text, elisions), from);

describe('PhraseIndex', () => {
  test('the longest phrase starting at a token', () => {
    const index = new PhraseIndex<string>(elisions);
    index.add('Paris', 'city');
    index.add('Paris Saint-Germain', 'club');
    expect(at(index, 'Paris Saint-Germain a gagné')).toEqual({ value: 'club', end: 2 });
    expect(at(index, 'Paris a gagné')).toEqual({ value: 'city', end: 1 });
    expect(at(index, 'à Paris', 1)).toEqual({ value: 'city', end: 2 });
    expect(at(index, 'Lyon')).toBeNull();
  });

  test('the first value added for a phrase wins, also when added after a look-up', () => {
    const index = new PhraseIndex<string>(elisions);
    index.add('Nice', 'first');
    expect(at(index, 'Nice')?.value).toBe('first');
    index.add('Nice', 'second');
    index.add('Nice Côte', 'longer');
    expect(at(index, 'Nice')?.value).toBe('first');
    expect(at(index, 'Nice Côte')).toEqual({ value: 'longer', end: 2 });
  });

  test('a phrase with an elided first token, a curly apostrophe in the text', () => {
    const index = new PhraseIndex<string>(elisions);
    index.add("L'Haÿ-les-Roses", 'commune');
    expect(at(index, 'L’Haÿ-les-Roses')).toEqual({ value: 'commune', end: 2 });
  });

  test('a lazy value is made only when a look-up reaches its phrase', () => {
    const index = new PhraseIndex<string>(elisions);
    const made: string[] = [];
    const lazy = (name: string) => () => (made.push(name), name);
    index.addLazy('Londres', lazy('Londres'));
    index.addLazy('Berlin', lazy('Berlin'));
    index.addLazy('Berlin', lazy('Berlin bis'));
    expect(made).toEqual([]);
    expect(at(index, 'Berlin')?.value).toBe('Berlin');
    expect(at(index, 'Berlin')?.value).toBe('Berlin');
    expect(made).toEqual(['Berlin']);
  });
});
