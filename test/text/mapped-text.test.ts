import { describe, expect, it } from 'vitest';
import { MappedTextBuilder, OffsetArena, sliceMapped, sourceRange } from '../../src/text/mapped-text.js';

/** The maps of a built text as plain arrays. */
const maps = (m: { starts: Int32Array; ends: Int32Array }) => ({ starts: [...m.starts], ends: [...m.ends] });

describe('MappedTextBuilder', () => {
  it('maps copied text one to one and a replacement to its whole source range', () => {
    const b = new MappedTextBuilder();
    b.appendSource('Le ', 10);
    b.appendReplacement('&', 13, 18);
    b.appendSource('co', 18);
    const m = b.build();
    expect(m.text).toBe('Le &co');
    expect(maps(m)).toEqual({ starts: [10, 11, 12, 13, 18, 19], ends: [11, 12, 13, 18, 19, 20] });
    expect(sourceRange(m, 3, 4)).toEqual([13, 18]);
  });

  it('keeps every text of an arena whole when the texts outgrow its chunks', () => {
    const arena = new OffsetArena(8);
    const built = [];
    // texts shorter and longer than a chunk, one after the other
    for (const [k, length] of [3, 7, 20, 1, 70_000, 5, 0, 2].entries()) {
      const b = new MappedTextBuilder(arena);
      for (let i = 0; i < length; i += 3) b.appendSource('abc'.slice(0, Math.min(3, length - i)), 1000 * k + i);
      built.push({ k, length, m: b.build() });
    }
    for (const { k, length, m } of built) {
      expect(m.text.length).toBe(length);
      expect(m.starts.length).toBe(length);
      for (let i = 0; i < length; i++) {
        expect(m.starts[i]).toBe(1000 * k + i);
        expect(m.ends[i]).toBe(1000 * k + i + 1);
      }
    }
    const slice = sliceMapped(built[2]!.m, 4, 9);
    expect(maps(slice)).toEqual({ starts: [2004, 2005, 2006, 2007, 2008], ends: [2005, 2006, 2007, 2008, 2009] });
  });

  it('builds one text of an arena at a time, and a built text no longer grows', () => {
    const arena = new OffsetArena();
    const first = new MappedTextBuilder(arena);
    first.appendSource('un', 0);
    const second = new MappedTextBuilder(arena);
    expect(() => second.appendSource('deux', 5)).toThrow();
    const built = first.build();
    expect(first.build()).toBe(built);
    expect(() => first.appendSource('!', 2)).toThrow();
    second.appendSource('deux', 5);
    expect(maps(second.build()).starts).toEqual([5, 6, 7, 8]);
    expect(maps(built).starts).toEqual([0, 1]);
  });
});
