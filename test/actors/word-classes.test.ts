/**
 * The word classes (src/actors/word-classes.ts) hold exact answers: each membership bit is the set's answer for the
 * word, each shape bit the pattern's, for every word the capital's rules may stand at (all but plain lower-case words);
 * the given name's bit, `isFirstName`'s answer, for every word.
 * Checked over every word of the locale's word lists, in lower case and capitalised, and over shapes of names.
 */
import { describe, expect, test } from 'vitest';
import { buildLexicons } from '../../src/actors/lexicons.js';
import { tokenize, type WordRecord } from '../../src/actors/tokens.js';
import * as wc from '../../src/actors/word-classes.js';
import { actorLocale as locale } from '../../src/locales/fr/actors/index.js';

const known = buildLexicons(locale, []).known;
const sets: [number, (lower: string) => boolean][] = [
  [wc.DEMONYM, (w) => locale.demonyms.has(w)],
  [wc.RELIGIOUS_TITLE, (w) => locale.religiousTitles.has(w)],
  [wc.TERRITORY_HEAD, (w) => locale.territoryHeads.has(w)],
  [wc.DEFINITE_ARTICLE, (w) => locale.definiteArticles.has(w)],
  [wc.PRENOMINAL_ADJECTIVE, (w) => locale.prenominalAdjectives.has(w)],
  [wc.NATURAL_FEATURE, (w) => locale.naturalFeatures.has(w)],
  [wc.ORGANIZATION_NAME_HEAD, (w) => locale.organizationNameHeads.has(w)],
  [wc.NAME_PARTICLE, (w) => locale.nameParticles.has(w)],
  [wc.STREET_HEAD, (w) => locale.streetHeads.has(w)],
  [wc.EVENT_NOUN, (w) => locale.eventNouns.has(w)],
  [wc.DOCUMENT_NOUN, (w) => locale.documentNouns.has(w)],
  [wc.CASE_NOUN, (w) => locale.caseNouns.has(w)],
  [wc.FEMININE_ARTICLE, (w) => locale.feminineArticles.has(w)],
  [wc.CARDINAL_REGION, (w) => locale.cardinalRegions.has(w)],
  [wc.ORGANIZATION_INTRODUCER, (w) => locale.organizationIntroducers.has(w)],
];
const shapes: [number, RegExp][] = [
  [wc.INITIAL_SHAPE, wc.INITIAL],
  [wc.ROAD_SHAPE, wc.ROAD_CODE],
  [wc.PLANET_SHAPE, wc.PLANET_DESIGNATION],
  [wc.ELIDED_ARTICLE_SHAPE, wc.ELIDED_ARTICLE_NAME],
  [wc.POSSESSIVE_SHAPE, wc.ENGLISH_POSSESSIVE],
];

describe('word classes', () => {
  test('every word of the locale, in lower case and capitalised: its bits are the sets\' and the patterns\' answers', () => {
    const words = new Set<string>(['J.', 'J.D', 'A64', 'RN125', 'I-95', 'Kepler-452b', 'L’Oréal', "L'Équipe", 'Moody’s', "McDonald's", 'al-Assad', 'easyJet']);
    // (given names: the locale's, simple and compound, and a compound with a part that is none)
    for (const name of ['Jean', 'Marie', 'Jean-Pierre', 'Anne-Marie', 'Marie-Dupontel', 'jean', 'Noël', 'Florence', 'Virginie']) words.add(name);
    for (const value of Object.values(locale)) {
      if (!(value instanceof Set || value instanceof Map)) continue;
      for (const key of value.keys()) if (typeof key === 'string' && !/[\s\n]/.test(key)) words.add(key).add(key.charAt(0).toUpperCase() + key.slice(1));
    }
    let checked = 0;
    const wrong: string[] = [];
    for (const word of words) {
      const tokens = tokenize(word, locale.elisions);
      const out = new Int32Array(tokens.length);
      wc.classifyTokens(tokens, locale, known, out);
      tokens.forEach((t, k) => {
        if (!t.word) return;
        const bits = out[k]!;
        if ((t.lower === 'de' || locale.nameParticles.has(t.lower.replace(/'$/, ''))) && (bits & wc.PARTICLE) === 0) wrong.push(`${t.text}: particle`);
        if (((bits & wc.GIVEN_NAME) !== 0) !== locale.isFirstName(t.text)) wrong.push(`${t.text}: given name`);
        if ((bits & wc.PLAIN_LOWER) !== 0) return;
        for (const [bit, has] of sets) if (((bits & bit) !== 0) !== has(t.lower)) wrong.push(`${t.text}: ${bit}`);
        for (const [bit, shape] of shapes) if (((bits & bit) !== 0) !== shape.test(t.text)) wrong.push(`${t.text}: ${bit}`);
        checked++;
      });
    }
    expect(wrong).toEqual([]);
    expect(checked).toBeGreaterThan(2000);
  }, 60_000);

  test('a word met before is read from its record: the same tokens and bits as without the memo', () => {
    const texts = [
      'Hier, le ministre de l’Intérieur a rencontré Marie Dupont à Lyon avec easyJet et al-Bab.',
      "L'ONU et l’OTAN : Jean-Pierre Raffarin, M. de Villepin, l’abbé Pierre et Sœur Emmanuelle (ÉTATS-UNIS).",
      // (outside the Latin domain, and a word not in NFC: no record)
      'Vladimir Poutine (Владимир Путин) au Café de Flore, à Cafe\u0301 et à ΑΘΗΝΑ.',
    ];
    // every word of the locale's lists, in lower case and capitalised, in sentences of twenty
    const words: string[] = [];
    for (const value of Object.values(locale)) {
      if (!(value instanceof Set || value instanceof Map)) continue;
      for (const key of value.keys()) if (typeof key === 'string') words.push(key, key.charAt(0).toUpperCase() + key.slice(1));
    }
    for (let k = 0; k < words.length; k += 20) texts.push(words.slice(k, k + 20).join(' '));
    const memo = wc.wordMemo(locale, known);
    for (let pass = 0; pass < 2; pass++) {
      for (const text of texts) {
        const records: (WordRecord | undefined)[] = [];
        const tokens = tokenize(text, locale.elisions, memo, records);
        expect(tokens).toEqual(tokenize(text, locale.elisions));
        const read = new Int32Array(tokens.length);
        const worked = new Int32Array(tokens.length);
        expect(wc.classifyTokens(tokens, locale, known, read, records)).toBe(wc.classifyTokens(tokens, locale, known, worked));
        expect([...read]).toEqual([...worked]);
      }
    }
    expect(memo.size).toBeGreaterThan(1000);
  }, 60_000);

  test('most words of a sentence are plain, names and particles are not', () => {
    const tokens = tokenize('Hier, le ministre de la Défense a rencontré Marie Dupont à Lyon avec easyJet et al-Bab.', locale.elisions);
    const out = new Int32Array(tokens.length);
    const all = wc.classifyTokens(tokens, locale, known, out);
    const bitsOf = (text: string) => out[tokens.findIndex((t) => t.text === text)]!;
    for (const w of ['rencontré', 'avec', 'a']) expect(bitsOf(w) & wc.PLAIN_LOWER).not.toBe(0);
    for (const w of ['easyJet', 'al-Bab', 'Marie']) expect(bitsOf(w) & wc.PLAIN_LOWER).toBe(0);
    expect(bitsOf('Marie') & wc.GIVEN_NAME).not.toBe(0);
    for (const w of ['Dupont', 'Lyon', 'rencontré']) expect(bitsOf(w) & wc.GIVEN_NAME).toBe(0);
    expect(bitsOf('de') & wc.PARTICLE).not.toBe(0);
    expect(bitsOf('ministre') & wc.ROLE_HEAD).not.toBe(0);
    expect(all & wc.ROLE_HEAD).not.toBe(0);
  });
});
