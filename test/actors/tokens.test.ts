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
