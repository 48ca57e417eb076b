import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../src/text/line-index.js';

describe('LineIndex', () => {
  it.each([
    ['abc', 0, { line: 1, column: 1, offset: 0 }],
    ['abc', 3, { line: 1, column: 4, offset: 3 }],
    ['a\nbc', 2, { line: 2, column: 1, offset: 2 }],
    ['a\r\nbc', 3, { line: 2, column: 1, offset: 3 }],
    ['a\r\nbc', 2, { line: 1, column: 3, offset: 2 }],
    ['a\rb', 2, { line: 2, column: 1, offset: 2 }],
    ['a\n\nb', 3, { line: 3, column: 1, offset: 3 }],
    ['ab', 99, { line: 1, column: 3, offset: 2 }],
  ])('%j at %i', (source, offset, point) => {
    expect(new LineIndex(source).point(offset)).toEqual(point);
  });

  it('counts UTF-16 code units, like String.prototype.slice', () => {
    const source = '😀 é\nx';
    expect(new LineIndex(source).point(source.indexOf('x'))).toEqual({ line: 2, column: 1, offset: 5 });
  });
});
