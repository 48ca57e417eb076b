import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { fr } from '../../../../src/locales/fr/index.js';

type Countries = typeof import('i18n-iso-countries');
const require = createRequire(import.meta.url);
const countries = require('i18n-iso-countries/index.js') as Countries;
countries.registerLocale(require('i18n-iso-countries/langs/fr.json') as Parameters<Countries['registerLocale']>[0]);

describe('the French isCountry', () => {
  // it answers from one set of folded names: the same answers as the package's two look-ups (with and without accents)
  it('says yes to a name exactly when i18n-iso-countries finds it (or it is a short official name)', () => {
    const all = Object.values(countries.getNames('fr', { select: 'all' })).flat();
    const variants = all.flatMap((n) => [n, n.toUpperCase(), n.toLowerCase(), n.normalize('NFD').replace(/\p{M}/gu, ''), `${n} `, n.replace(/-/g, ' ')]);
    const others = ['Paris', 'Lyon', 'la France', 'Etats-Unis', 'etats unis', 'Cote d’Ivoire', 'Allemagne fédérale', 'Bresil', 'BRÉSIL', 'Pérou', 'perou', '', 'Corée', 'Mer Noire'];
    const packageSays = (n: string) => countries.getAlpha2Code(n, 'fr') !== undefined || countries.getSimpleAlpha2Code(n, 'fr') !== undefined;
    let yes = 0;
    for (const name of [...variants, ...others]) {
      if (packageSays(name)) {
        yes++;
        expect(fr.events.isCountry(name), name).toBe(true);
      }
    }
    expect(yes).toBeGreaterThan(all.length);
    for (const name of ['Paris', 'Lyon', 'la France', 'Mer Noire', '']) expect(fr.events.isCountry(name), name).toBe(false);
    for (const name of ['France', 'FRANCE', 'Bresil', 'perou', 'États-Unis']) expect(fr.events.isCountry(name), name).toBe(true);
  });
});
