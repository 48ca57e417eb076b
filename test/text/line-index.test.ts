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

it('a span is the points of its two ends, on one line or across lines, in and out of range', () => {
  for (const source of ['', 'une ligne', 'a\nbb\n\nccc\n', 'x\r\ny\rz\n', '\n\n\n']) {
    const lines = new LineIndex(source);
    for (let start = -2; start <= source.length + 2; start++) {
      for (let end = start - 2; end <= source.length + 2; end++) expect(lines.span(start, end)).toEqual({ start: lines.point(start), end: lines.point(end) });
    }
  }
});
