import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HOLIDAYS, wordsPrefilter } from '../../src/locales/fr/dates/constants.js';
import { holidayParser } from '../../src/locales/fr/dates/parsers/holiday.js';
import { parsers } from '../../src/locales/fr/dates/configuration.js';
import fc from 'fast-check';
import { ODD_CASE, findCandidates, parsersToRun, requiresDigit, splitPrefilter } from '../../src/dates/find-candidates.js';
import { dateLocale } from '../../src/locales/fr/dates/index.js';

// A parser's prefilter lets findCandidates skip its pattern on a text: it must hold wherever the parser finds something, or
// the parser would lose what it finds. Checked on every Markdown fixture, line by line, and on sentences written to
// stand at the edges of the prefilters (short words at the end of a pattern, numbers in words, upper case).
const EDGES = [
  "Le contrat court jusqu'au un-12 mai, puis une-3 juin.",
  'Il y a deux ans, puis dans trois ans. Voilà un an.',
  "L'an dernier, l'an 2020, cet an-ci, en l'an 1999.",
  'Les résultats du T2 2024 et du S1 2023 sont attendus au Q3 2025.',
  "Pour l'instant, pour le moment, pour l’heure, rien.",
  'À NOËL, LE JOUR DE L’AN, la Saint-Sylvestre et le lundi de Pentecôte.',
  'Le XXe siècle, le troisième millénaire, un hebdomadaire, une revue bimensuelle.',
  'Ces derniers temps, de nos jours, sous peu, à présent, ces jours-ci.',
  'Le vingt et unième jour, le premier, le quatre-vingt-dix, le dix-sept, le 1 er mai.',
  'Une heure et demie, trois quarts d’heure, 45 min, une décennie, des siècles.',
  'DANS DEUX ANS, LA SEMAINE PROCHAINE, LE MOIS DERNIER.',
  "La première semaine d'octobre, le dernier WEEK-END de septembre, le 2e weekend de mai, la deuxième quinzaine d’avril, le premier lundi du mois de novembre, le dernier jour de février.",
  'Rendez-vous à 18h30, à 8 H, à 9\u00a0h\u202f15, à 14:30, à midi, vers MINUIT, à quinze heures.',
  'Deux fois par semaine, CHAQUE ANNÉE, par\u00a0mois, trois fois chaque jour, quotidiennement.',
  // (one edge a sentence: a prefilter holds on a sentence when any of its alternatives does)
  ...["L'été dernier", 'cet ÉTÉ', 'ce été', 'en été', 'l’été 2021', "l'été de 2019", 'l’Été d’2018', 'au plein été', "jusqu'à été 2020", 'leété'],
  ...['Ces dernières années', 'les trois derniers mois', 'les prochaines\u00a0semaines', 'ces DERNIERS JOURS', 'les jours à venir'],
  ...['Il y a un an', "plus d'un an", 'd’un an', 'depuis deux\u00a0ans', '45 min', 'dans 3\u202fans', 'des plans'],
  ...["L'an dernier", 'cet an-ci', 'l’an passé', 'LE AN prochain', 'la an prochain', 'cetan prochain', 'lean prochain', 'laan prochain', 'du an 2000'],
  ...['Le jour de lʼan', 'le Nouvel-An', 'la FÊTE NATIONALE', 'le vendredi\u00a0saint', 'la Saint-Jean', 'Mardi gras', 'la fete de la musique'],
  ...["Pour l'instant", 'pour le\u00a0moment', 'POUR L’HEURE'],
];

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? markdownFiles(join(dir, e.name)) : e.name.endsWith('.md') ? [join(dir, e.name)] : []));
}

const texts = [...EDGES, ...markdownFiles('fixtures').flatMap((f) => readFileSync(f, 'utf8').split(/\n+/))];

describe('date parser prefilters', () => {
  it.each(parsers.filter((p) => p.prefilter).map((p) => [p.name, p] as const))('%s: the prefilter holds wherever the parser finds something', (_, parser) => {
    const pattern = new RegExp(parser.pattern.source, parser.pattern.flags);
    for (const text of texts) {
      let found = false;
      for (const m of text.matchAll(pattern)) if (parser.extract(m, text)) found = true;
      if (found) expect(parser.prefilter!.test(text), text).toBe(true);
    }
  });

  it.each(parsers.filter((p) => !p.pattern.hasIndices).map((p) => [p.name, p] as const))('%s: without the indices flag, the parser finds what it finds with it', (_, parser) => {
    // (kit's re() leaves the flag out: a parser that reads m.indices must be built with indexed())
    const plain = new RegExp(parser.pattern.source, parser.pattern.flags);
    const withIndices = new RegExp(parser.pattern.source, `d${parser.pattern.flags}`);
    for (const text of texts) {
      const got = [...text.matchAll(plain)].map((m) => parser.extract(m, text));
      const want = [...text.matchAll(withIndices)].map((m) => parser.extract(m, text));
      expect(got, text).toEqual(want);
    }
  });

  it('the edge sentences are matched by the parsers they were written for', () => {
    const matches = (name: string, text: string) => {
      const p = parsers.find((x) => x.name === name)!;
      return new RegExp(p.pattern.source, p.pattern.flags).test(text);
    };
    expect(matches('day-only', 'jusqu’au un-12 mai')).toBe(true);
    expect(matches('duration', 'Il y a deux ans.')).toBe(true);
    expect(matches('relative-period', "L'an dernier")).toBe(true);
    expect(matches('quarter-code', 'au T2 2024')).toBe(true);
    expect(matches('for-now', "Pour l'instant")).toBe(true);
    expect(matches('holiday', 'À NOËL')).toBe(true);
    expect(matches('nth', 'le dernier WEEK-END de septembre')).toBe(true);
    expect(matches('time', 'à 9\u00a0h\u202f15')).toBe(true);
    expect(matches('frequency', 'par\u00a0mois')).toBe(true);
  });

  it('the holidays prefilter holds on every name of a holiday, however written', () => {
    for (const name of HOLIDAYS.flatMap((h) => h.names)) {
      for (const written of [name, name.toUpperCase(), name.replace(/-/g, ' '), name.replace(/ /g, '\u00a0'), name.replace(/['’]/g, 'ʼ')]) expect(holidayParser.prefilter!.test(written), written).toBe(true);
    }
  });

  it('wordsPrefilter looks for the longest piece of each word, whatever its case', () => {
    const re = wordsPrefilter(["jour de l'an", 'saint-sylvestre', 'noël'], ['an(?![a-z])']);
    expect(re.source).toBe('sylvestre|jour|noël|an(?![a-z])');
    expect(re.test('LA SAINT-SYLVESTRE')).toBe(true);
    expect(re.test('la Noël')).toBe(true);
    expect(re.test('un grand moment')).toBe(false);
    expect(() => wordsPrefilter(['’'])).toThrow();
  });

  it('splitPrefilter puts apart the plain lower-case words of a prefilter with the flags iu', () => {
    const split = (re: RegExp) => {
      const { words, rest } = splitPrefilter(re);
      return [words, rest?.source ?? null, rest?.flags ?? null];
    };
    expect(split(/quart|demi-|jour-là|l’an/iu)).toEqual([['quart', 'demi-', 'jour-là', 'l’an'], null, null]);
    expect(split(/\d|heure|(?:en|dès)[\s|]+\d|an(?![a-z|])|midi/iu)).toEqual([['heure', 'midi'], '\\d|(?:en|dès)[\\s|]+\\d|an(?![a-z|])', 'iu']);
    expect(split(/quart|demi/u)).toEqual([null, 'quart|demi', 'u']);
    expect(split(/Quart|\d/iu)).toEqual([null, 'Quart|\\d', 'iu']);
    expect(split(/(a)b|\1/iu)).toEqual([null, '(a)b|\\1', 'iu']);
  });

  it('finds what the parsers find with no prefilter at all, in any text (ſ, Greek, upper case, the fixtures)', () => {
    const bare = { ...dateLocale, parsers: dateLocale.parsers.map((p) => ({ ...p, prefilter: undefined })) };
    const odd = ['Il eſt arrivé il y a deux ſemaines, le 3 mars.', 'Ο Γιάννης ήρθε il y a deux semaines, le 3 mars.', 'DEPUIS DEUX SEMAINES, À NOËL ET EN JANVIER.'];
    for (const text of [...odd, ...EDGES, ...texts.slice(0, 3000)]) {
      expect(findCandidates(text, dateLocale), text).toEqual(findCandidates(text, bare));
    }
  });

  it('asks every prefilter as the prefilter itself would answer, the words found in one scan', () => {
    const own = ['Une longue journée.', 'La JOURNÉE fut calme.', 'Toutes les semaines', 'tous', 'Il eſt venu chaque ſemaine.', 'rien à signaler', 'Le 3 DÉCEMBRE, le \u212Aelvin', 'UNE SEMAINE', 'Deux ſiècles'];
    for (const text of [...own, ...EDGES, ...texts.slice(0, 2000)]) {
      expect(parsersToRun(text, dateLocale), text).toEqual(dateLocale.parsers.map((p) => !p.prefilter || p.prefilter.test(text)));
    }
  });

  it('requiresDigit says that every match holds a digit only when the syntax makes it so', () => {
    for (const source of ['\\d', '(?:1er|\\d{1,2})-', '[1-4]{2}', 'x[0-9]+', '(?:en|dès)\\s+\\d\\d', '(\\d)\\1', '(?<n>\\d)a', '(?:a|b)\\d']) expect(requiresDigit(source), source).toBe(true);
    for (const source of ['a', 'a\\d?', '\\d*', '\\d{0,2}x', 'a|\\d', '(?=\\d)x', '(?<=\\d)x', '[^0-9]', '[\\d\\s]', '\\u0031', '(?:\\d)*', '\\d|une?-', 'heure[\\s\\S]*min']) expect(requiresDigit(source), source).toBe(false);
  });

  // the digit gate: a prefilter that requiresDigit marks does not run on a text without a digit; it must never match one
  const needDigit = [...new Set(parsers.map((p) => p.prefilter).filter((r): r is RegExp => r !== undefined))].flatMap((r) => {
    const { words, rest } = splitPrefilter(r);
    const asked = words !== null ? rest : r;
    return asked !== null && requiresDigit(asked.source) ? [asked] : [];
  });

  it(`the ${needDigit.length} prefilters gated on a digit match no text without one`, () => {
    expect(needDigit.length).toBeGreaterThan(4);
    const pieces = ['le', 'er', '1er'.slice(1), 'en', 'dès', 'depuis', 'entre', 'de', 't', 'q', 's', 'T', '-', '/', '.', ' ', '\u00a0', '\u202f', 'un', 'deux', 'mai', 'an', 'h', 'quinze', '²', '½', '٣', '𝟙'];
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 3 })), { maxLength: 40 }), (parts) => {
        const text = parts.join('').replace(/[0-9]/g, '');
        for (const r of needDigit) expect(r.test(text), `${r} on ${JSON.stringify(text)}`).toBe(false);
      }),
      { numRuns: 300 },
    );
    for (const text of texts) if (!/\d/.test(text)) for (const r of needDigit) expect(r.test(text), text).toBe(false);
  });

  // the one scan of the words runs without the `u` flag on a text with no ODD_CASE character: the `i` flag must then
  // match each letter or digit of the Latin domain (but "ſ") as it does with `u`
  it('ODD_CASE lists the characters that i matches otherwise with u than without, against a Latin letter or digit', () => {
    const cased: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const y = String.fromCharCode(c);
      if (y.toLowerCase() !== y || y.toUpperCase() !== y) cased.push(y);
    }
    const odd = new Set<string>();
    for (const [a, b] of [
      [0, 0x2ff],
      [0x2000, 0x206f],
      [0x20a0, 0x20cf],
    ] as const) {
      for (let c = a; c <= b; c++) {
        const x = String.fromCharCode(c);
        if (x === '\u017f' || !/[\p{L}\p{N}]/u.test(x)) continue;
        const withU = new RegExp(`^[${x.replace(/[\\\]^-]/g, '\\$&')}]$`, 'iu');
        const without = new RegExp(withU.source, 'i');
        for (const y of cased) if (withU.test(y) !== without.test(y)) odd.add(y);
      }
    }
    expect([...odd].sort()).toEqual(['\u017f', '\u1e9e', '\u212a', '\u212b']);
    for (const y of odd) expect(ODD_CASE.test(y)).toBe(true);
  });
});
