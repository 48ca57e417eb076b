import { expect, test } from 'vitest';
import { tokenize } from '../../src/actors/tokens.js';
import { fr } from '../../src/locales/fr/index.js';

const words = (text: string) => tokenize(text, fr.actors.elisions).map((t) => t.text);

test.each([
  ['d’Emmanuel Macron', ['d’', 'Emmanuel', 'Macron']],
  ["l'Ukraine", ["l'", 'Ukraine']],
  ['L’Ukraine résiste', ['L’', 'Ukraine', 'résiste']],
  ['selon L’Équipe', ['selon', 'L’Équipe']],
  ['aujourd’hui', ['aujourd’hui']],
  ['Jean-Noël Barrot', ['Jean-Noël', 'Barrot']],
  ['M. Attal', ['M', '.', 'Attal']],
  ['(ONU)', ['(', 'ONU', ')']],
  // an elision set apart by a space is still one elided token
  ["la province d' Idleb", ['la', 'province', "d'", 'Idleb']],
  ['L’ armée recule', ['L’', 'armée', 'recule']],
  ["il dit « ' » ici", ['il', 'dit', '«', "'", '»', 'ici']],
])('%s', (text, expected) => {
  expect(words(text)).toEqual(expected);
});

test('offsets are UTF-16 offsets into the text', () => {
  const [, name] = tokenize('à Moscou', fr.actors.elisions);
  expect(name).toMatchObject({ text: 'Moscou', start: 2, end: 8, cap: true, allCaps: false });
  expect(tokenize('EI', fr.actors.elisions)[0]!.allCaps).toBe(true);
});

// A text of the Latin domain is cut into words from a table, any other with the pattern: the same tokens either way.
// A Greek letter in guillemets at the end takes a text out of the domain without changing the tokens before it.
test('words are cut the same in and out of the Latin domain', () => {
  const alphabet = ['a', 'É', 'ß', 'ĳ', 'ʼ', 'ˆ', '²', '¼', '7', '-', '‐', "'", '’', '.', ' ', ',', '«', '»', '–', '−', '\u00a0', '_', 'µ', 'ª', 'ǅ'];
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) % alphabet.length;
  for (let n = 0; n < 3000; n++) {
    let text = '';
    const length = 1 + (n % 12);
    for (let k = 0; k < length; k++) text += alphabet[next()];
    const inDomain = tokenize(text, fr.actors.elisions);
    const outside = tokenize(`${text}«Ω»`, fr.actors.elisions).slice(0, inDomain.length);
    expect(inDomain, JSON.stringify(text)).toEqual(outside);
  }
});

// The case of a word's first character past ASCII is read off a table for Latin letters: the same answers as the
// definitions (`cap`: a first letter \p{Lu}; `allCaps`: two letters or more, all upper case), for every character
// below U+0300 that opens a word, alone, before capitals and before lower-case letters.
test('capitals read off the first character\'s table as the definitions read them', () => {
  const isAllCaps = (word: string) => {
    const letters = word.replace(/[^\p{L}]/gu, '');
    return letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
  };
  let checked = 0;
  for (let c = 0x80; c < 0x300; c++) {
    const ch = String.fromCharCode(c);
    if (!/[\p{L}\p{M}\p{N}]/u.test(ch)) continue;
    for (const word of [ch, `${ch}BC`, `${ch}bc`, `${ch}${ch}`]) {
      for (const text of [`un ${word} ici`, `un ${word} ici α`]) {
        const token = tokenize(text, fr.actors.elisions)[1]!;
        expect(token.text).toBe(word);
        expect([word, token.cap, token.allCaps]).toEqual([word, /^\p{Lu}/u.test(word), isAllCaps(word)]);
        checked++;
      }
    }
  }
  expect(checked).toBeGreaterThan(3000);
});

test('a token reads lower case as the conversion would, whatever its characters (the table skips only words it leaves as they are)', () => {
  // every word character of the Latin domain below U+0300, alone, inside a word, and in a text that holds a character
  // past U+00FF ("’"), both with a straight and a curly apostrophe
  const characters: string[] = [];
  for (let c = 0x30; c < 0x300; c++) if (/[\p{L}\p{M}\p{N}]/u.test(String.fromCharCode(c))) characters.push(String.fromCharCode(c));
  for (const c of characters) {
    for (const text of [`a${c}b`, `${c}${c}`, `l’ami a${c}b`, `x${c}’${c}y`, `A${c}-${c}b`]) {
      for (const t of tokenize(text, fr.actors.elisions)) expect(t.lower, `${text} / ${t.text}`).toBe(t.text.normalize('NFC').toLowerCase().replace(/’/g, "'"));
    }
  }
});
