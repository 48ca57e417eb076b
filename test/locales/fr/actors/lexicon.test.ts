/**
 * The French actor lexicons (src/locales/fr/actors/lexicon.ts) are plain data: the CLI's bundle holds them computed at
 * build time, as JSON (src/build/bundle.mjs), so JSON must give them back whole.
 */
import { describe, expect, it } from 'vitest';
import { placeTable } from '../../../../src/actors/place-table.js';
import { frActorLexicon } from '../../../../src/locales/fr/actors/lexicon.js';

describe('the French actor lexicons', () => {
  it('come back whole from JSON', () => {
    expect(JSON.parse(JSON.stringify(frActorLexicon))).toStrictEqual(frActorLexicon);
  });

  it('hold places, given names and organisations', () => {
    expect(placeTable(frActorLexicon.placeLines).length).toBeGreaterThan(1000);
    expect(frActorLexicon.firstNames.length).toBeGreaterThan(1000);
    expect(frActorLexicon.organizations.length).toBeGreaterThan(100);
    expect(new Set(frActorLexicon.firstNames).size).toBe(frActorLexicon.firstNames.length);
  });
});
