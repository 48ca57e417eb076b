import { describe, expect, it } from 'vitest';
import { isSpaceCode } from '../../src/text/white-space.js';

describe('isSpaceCode', () => {
  it('answers as the `\\s` of the patterns for every code unit', () => {
    const differ: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (isSpaceCode(c) !== /\s/.test(String.fromCharCode(c))) differ.push(c);
    expect(differ).toEqual([]);
  });

  it('trims as `trim` does', () => {
    const text = '\u00a0\u2009 Le 3 avril\u202f\t\n';
    let from = 0;
    let to = text.length;
    while (from < to && isSpaceCode(text.charCodeAt(from))) from++;
    while (to > from && isSpaceCode(text.charCodeAt(to - 1))) to--;
    expect(text.slice(from, to)).toBe(text.trim());
  });
});
