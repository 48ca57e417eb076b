import { describe, expect, it } from 'vitest';
import { LONG_LINE, paragraphBreaks } from '../../src/markdown/paragraph-lines.js';

const long = (text: string) => text + ' la suite du texte'.repeat(Math.ceil(LONG_LINE / 18));

describe('paragraphBreaks: one line per paragraph (CMS exports)', () => {
  it.each([
    ['two long lines ending sentences', [long('Premier') + '.', long('Second') + '.'], [0]],
    ['three long lines', [long('Un') + '.', long('Deux') + ' !', long('Trois') + '.'], [0, 1]],
    ['a sentence ending with a closing quote', [long('Il a dit') + ' « oui ».', long('Puis') + '.'], [0]],
    ['a long line then a short last line', [long('Un') + '.', 'Court.'], [0]],
    ['hard-wrapped prose stays one paragraph', ['Le ministre a parlé devant les députés pendant une heure.', 'Il a ensuite répondu aux questions de la presse.'], []],
    ['a long line that does not end a sentence', [long('Un') + ',', long('deux') + '.'], []],
    ['a single line', [long('Un') + '.'], []],
  ])('%s', (_name, lines, breaks) => {
    expect(paragraphBreaks(lines)).toEqual(breaks);
  });
});
