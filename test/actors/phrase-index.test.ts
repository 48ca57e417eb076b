/**
 * The lexicon trie files phrases by their first token and builds that part of
 * the trie on the first look-up: it must answer as a trie built upfront would.
 */
import { describe, expect, test } from 'vitest';
import { buildLexicons, fileKnownPhrases, keyFinder } from '../../src/actors/lexicons.js';
import { PhraseIndex, type Pending } from '../../src/actors/phrase-index.js';
import { tokenize } from '../../src/actors/tokens.js';
import { placeTable } from '../../src/actors/place-table.js';
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

  test('phrases filed ahead by key: asked once, on the first look-up of their key, before those added since', () => {
    const asked: string[] = [];
    const filed: Record<string, Pending<string>[]> = { Paris: [{ text: 'Paris', make: () => 'city' }], Nice: [{ text: 'Nice', make: () => 'filed' }] };
    const index = new PhraseIndex<string>(elisions, (key) => (asked.push(key), filed[key]));
    index.add('Paris Saint-Germain', 'club');
    index.add('Nice', 'added');
    expect(at(index, 'Paris Saint-Germain a gagné')).toEqual({ value: 'club', end: 2 });
    expect(at(index, 'Paris a gagné')).toEqual({ value: 'city', end: 1 });
    expect(at(index, 'Nice')?.value).toBe('filed');
    expect(at(index, 'Lyon')).toBeNull();
    expect(asked.filter((key) => key === 'Paris')).toEqual(['Paris']);
  });
  test('a first token found to open nothing is remembered (filed in the trie as opening nothing), and forgotten when a phrase is added under it', () => {
    const asked: string[] = [];
    const index = new PhraseIndex<string>(elisions, (key) => (asked.push(key), undefined));
    expect(at(index, 'Lyon')).toBeNull();
    expect(at(index, 'Lyon')).toBeNull();
    expect(asked).toEqual(['Lyon']);
    index.add('Lyon', 'city');
    expect(at(index, 'Lyon')).toEqual({ value: 'city', end: 1 });
    expect(at(index, 'Lyon Part-Dieu')).toEqual({ value: 'city', end: 1 });
  });

  test('phrases that open on a lower-case word: found after look-ups made the table of such keys, added before or after', () => {
    const index = new PhraseIndex<string>(elisions);
    index.add('mer Noire', 'sea');
    expect(at(index, 'la mer Noire', 1)).toEqual({ value: 'sea', end: 3 });
    expect(at(index, 'la mare Noire', 1)).toBeNull();
    index.add('bande de Gaza', 'strip');
    index.add('eBay', 'company');
    expect(at(index, 'la bande de Gaza', 1)).toEqual({ value: 'strip', end: 4 });
    expect(at(index, 'sur eBay', 1)).toEqual({ value: 'company', end: 2 });
    expect(at(index, 'la mer Noire', 1)).toEqual({ value: 'sea', end: 3 });
  });

  test('a long run of words that open nothing: still found once a phrase opens on one of them', () => {
    const index = new PhraseIndex<string>(elisions, () => undefined);
    for (let n = 0; n < 70_000; n++) expect(index.longest([{ text: `mot${n}`, lower: `mot${n}`, start: 0, end: 1, word: true, cap: false, allCaps: false }], 0)).toBeNull();
    index.add('mot5', 'five');
    expect(at(index, 'mot5')?.value).toBe('five');
    expect(at(index, 'mot69999')).toBeNull();
  });
});

describe('the known index filed ahead (the locale\'s knownPhrases, computed at build time in the bundle)', () => {
  const known = (locale: typeof actorLocale) => buildLexicons(locale, []).known;
  const forms = [...actorLocale.organizations, ...actorLocale.miscNames, ...actorLocale.places].flatMap((e) => [e.name, ...e.aliases]);

  test('the French locale carries it, as fileKnownPhrases makes it from its lexicons', () => {
    expect(actorLocale.knownPhrases).toEqual(fileKnownPhrases(actorLocale));
  });

  test('every phrase of the lexicons looks up as in an index built phrase by phrase', () => {
    const filed = known(actorLocale);
    const unfiled = known({ ...actorLocale, knownPhrases: undefined });
    let found = 0;
    for (const form of forms) {
      for (const text of [form, `${form} et la suite`]) {
        const tokens = tokenize(text, elisions);
        const a = filed.longest(tokens, 0);
        expect(a).toEqual(unfiled.longest(tokens, 0));
        if (a) found++;
      }
    }
    expect(found).toBeGreaterThan(forms.length);
  });

  test('filed for other lexicons (other counts of entries): the index is built phrase by phrase', () => {
    const places = placeTable([...actorLocale.places].slice(1));
    const index = known({ ...actorLocale, places });
    const reference = known({ ...actorLocale, places, knownPhrases: undefined });
    for (const place of [...actorLocale.places].slice(0, 300)) {
      const tokens = tokenize(place.name, elisions);
      expect(index.longest(tokens, 0)).toEqual(reference.longest(tokens, 0));
    }
  });

  test('every phrase of the lexicons that opens on a word without a capital is found, alone and in a sentence', () => {
    const index = known(actorLocale);
    let lower = 0;
    for (const form of forms) {
      const tokens = tokenize(form, elisions);
      if (tokens.length === 0 || tokens[0]!.cap) continue;
      lower++;
      expect(index.longest(tokens, 0), form).not.toBeNull();
      const inSentence = tokenize(`selon la ${form} hier`, elisions);
      expect(index.longest(inSentence, 2), form).not.toBeNull();
    }
    expect(lower).toBeGreaterThan(5);
  });
});

describe('keyFinder', () => {
  test('finds every key, and no other, before and after it makes its map', () => {
    const keys = Array.from({ length: 600 }, (_, k) => `k${String(k).padStart(4, '0')}`).sort();
    const find = keyFinder(keys);
    // past the searches it makes before its map: every key twice, and words that are no key
    for (let round = 0; round < 2; round++) {
      keys.forEach((key, k) => expect(find(key)).toBe(k));
      for (const other of ['', 'k', 'k0600', 'k00000', 'j', 'z']) expect(find(other)).toBe(-1);
    }
  });
});
