import { describe, expect, it } from 'vitest';
import { withCountryMemo } from '../../src/events/country-memo.js';
import type { EventLocale } from '../../src/events/event-locale.js';
import { fr } from '../../src/locales/fr/index.js';

describe('withCountryMemo', () => {
  it('answers as the locale does, asking it once per name', () => {
    const asked: string[] = [];
    const locale: EventLocale = { ...fr.events, isCountry: (name) => (asked.push(name), fr.events.isCountry(name)) };
    const memo = withCountryMemo(locale);
    const names = ['France', 'Allemagne', 'Paris', 'France', 'Côte d’Ivoire', 'Paris', 'Lyon', 'Allemagne'];
    expect(names.map((n) => memo.isCountry(n))).toEqual(names.map((n) => fr.events.isCountry(n)));
    expect(asked).toEqual(['France', 'Allemagne', 'Paris', 'Côte d’Ivoire', 'Lyon']);
    // one derived locale per locale, with everything else the locale's own
    expect(withCountryMemo(locale)).toBe(memo);
    expect(memo.triggers).toBe(locale.triggers);
  });
});
