/** The places table (src/actors/place-table.ts): lines give back the same entries, in order, as the list they were written from. */
import { describe, expect, test } from 'vitest';
import type { PlaceEntry } from '../../src/actors/actor-locale.js';
import { placeLines, placeTable } from '../../src/actors/place-table.js';
import { actorLocale } from '../../src/locales/fr/actors/index.js';

const entries: PlaceEntry[] = [
  { name: 'Londres', aliases: ['London'], kind: 'city', country: 'GB', population: 8_800_000 },
  { name: 'Mer Noire', aliases: [], kind: 'other', country: null },
  { name: 'Bretagne', aliases: ['Breizh', 'la Bretagne'], kind: 'region', country: 'FR' },
  { name: 'Russie', aliases: ['Fédération de Russie'], kind: 'country', country: 'RU', population: 0 },
];

describe('placeTable', () => {
  test('of lines: the same entries, numbered as listed, made when read', () => {
    const lines = placeTable(placeLines(entries));
    const list = placeTable(entries);
    expect(lines.length).toBe(4);
    for (let k = 0; k < entries.length; k++) expect(lines.at(k)).toStrictEqual(list.at(k));
    expect(lines.at(4)).toBeUndefined();
    expect(lines.at(-1)).toBeUndefined();
    expect([...lines]).toStrictEqual(entries);
    expect(lines.at(0)).toBe(lines.at(0));
  });

  test('ofKind: the entries of one kind, in order, from lines as from a list', () => {
    const lines = placeTable(placeLines(entries));
    for (const kind of ['country', 'city', 'region', 'other'] as const) {
      expect(lines.ofKind(kind)).toStrictEqual(entries.filter((p) => p.kind === kind));
      expect(placeTable(entries).ofKind(kind)).toStrictEqual(entries.filter((p) => p.kind === kind));
    }
  });

  test('no lines for a place they cannot hold', () => {
    expect(() => placeLines([{ name: 'A\nB', aliases: [], kind: 'city', country: null }])).toThrow(/cannot hold/);
    expect(() => placeLines([{ name: 'A', aliases: ['B\u001fC'], kind: 'city', country: null }])).toThrow(/cannot hold/);
    expect(() => placeLines([{ name: 'A', aliases: [], kind: 'city', country: '' }])).toThrow(/cannot hold/);
    expect(placeTable('').length).toBe(0);
  });

  test('the French places: lines written from them give them back whole', () => {
    const all = [...actorLocale.places];
    expect(all.length).toBeGreaterThan(1000);
    expect([...placeTable(placeLines(all))]).toStrictEqual(all);
    expect(actorLocale.places.ofKind('country').length).toBe(all.filter((p) => p.kind === 'country').length);
  });
});
