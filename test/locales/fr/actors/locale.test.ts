import { expect, test } from 'vitest';
import { fr } from '../../../../src/locales/fr/index.js';

const locale = fr.actors;

test.each([
  ['Emmanuel', true],
  ['Jean-Noël', true],
  ['Sergueï', true],
  ['Marine', true],
  ['Bien', false],
  ['Lors', false],
  ['Avril', false],
  ['Paris', false],
])('first name %s: %s', (word, expected) => {
  expect(locale.isFirstName(word)).toBe(expected);
});

test.each([
  ['russe', 'RU'],
  ['français', 'FR'],
  ['ukrainienne', 'UA'],
  ['allemands', 'DE'],
])('demonym %s → %s', (form, code) => {
  expect(locale.demonyms.get(form)).toBe(code);
});

test('places carry French exonyms and other forms', () => {
  const byName = new Map([...locale.places].map((p) => [p.name, p]));
  expect(byName.get('Moscou')).toMatchObject({ kind: 'city', country: 'RU' });
  expect(byName.get('Londres')?.aliases).toContain('London');
  expect(byName.get('Kiev')?.aliases).toContain('Kyiv');
  expect(byName.get('Le Caire')?.aliases).toContain('Caire');
  expect(byName.get('Russie')).toMatchObject({ kind: 'country', country: 'RU' });
  expect(byName.get('Allemagne')).toMatchObject({ kind: 'country', country: 'DE' });
});

test('word lists are lower case and trimmed', () => {
  for (const set of [locale.honorifics, locale.roleNouns, locale.organizationHeads, locale.stopwords, locale.speechVerbs, locale.portfolios]) {
    for (const word of set) expect(word).toBe(word.trim().toLowerCase());
  }
});

test('organisations with acronyms', () => {
  const onu = locale.organizations.find((o) => o.aliases.includes('ONU'));
  expect(onu?.name).toBe('Organisation des Nations unies');
});
