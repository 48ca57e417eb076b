import { expect, test } from 'vitest';
import { editDistance, initials, nameKey, slugify, uniqueIds } from '../../src/actors/names.js';

test.each([
  ['Sébastien Lecornu', 'sebastien-lecornu'],
  ['État islamique', 'etat-islamique'],
  ['Initiative d’Istanbul pour la paix', 'initiative-d-istanbul-pour-la-paix'],
  ['Œuvre d’Orient', 'oeuvre-d-orient'],
  ['???', 'actor'],
])('slugify(%s)', (name, slug) => {
  expect(slugify(name)).toBe(slug);
});

test('unique ids keep order', () => {
  expect(uniqueIds(['paris', 'paris', 'lyon', 'paris'])).toEqual(['paris', 'paris-2', 'lyon', 'paris-3']);
});

test('name keys ignore accents, case and apostrophe style', () => {
  expect(nameKey('Choïgou')).toBe(nameKey('CHOIGOU'));
  expect(nameKey('Quai d’Orsay')).toBe(nameKey("quai d'Orsay"));
});

test('initials skip small words', () => {
  const skip = new Set(['de', 'des', 'la', 'l']);
  expect(initials('Organisation des Nations unies', skip)).toBe('ONU');
  expect(initials('État islamique', skip)).toBe('EI');
});

test('edit distance, capped', () => {
  expect(editDistance('sourovikine', 'sourovikin')).toBe(1);
  expect(editDistance('abc', 'abc')).toBe(0);
  expect(editDistance('macron', 'mélenchon', 2)).toBe(3);
});

test('keys and slugs stay the same past the bound of their memo', () => {
  // (more distinct names than the memos keep: each answer is worked out again after the memo starts over)
  const names = Array.from({ length: 5000 }, (_, i) => `Hélène Dupré-${i}`);
  const first = names.map((n) => [nameKey(n), slugify(n)]);
  const again = names.map((n) => [nameKey(n), slugify(n)]);
  expect(again).toEqual(first);
  expect(first[4999]).toEqual(['helene dupre-4999', 'helene-dupre-4999']);
});
