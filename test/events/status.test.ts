import { describe, expect, it } from 'vitest';
import { sideOf } from '../../src/events/status.js';

describe('sideOf: a value against the reference day, at the value grain', () => {
  it('compares days, months and years at their own grain', () => {
    expect(sideOf('2024-04-03', '2024-04-05')).toBe(-1);
    expect(sideOf('2024-04-05T18:00', '2024-04-05')).toBe(0);
    expect(sideOf('2024-04', '2024-04-05')).toBe(0);
    expect(sideOf('2024-05', '2024-04-05')).toBe(1);
    expect(sideOf('2025', '2024-04-05')).toBe(1);
  });

  it('reads weeks and seasons by their year only, an interval by its start, and knows nothing without a reference', () => {
    expect(sideOf('2024-W20', '2024-04-05')).toBe(0);
    expect(sideOf('2023-SU', '2024-04-05')).toBe(-1);
    expect(sideOf('1981/1986', '2024-04-05')).toBe(-1);
    expect(sideOf('2024-05-01', null)).toBe(0);
    expect(sideOf('PRESENT_REF', '2024-04-05')).toBe(0);
  });

  it('answers as the pattern reading of a value does, on odd values too', () => {
    // the former reading: a year, maybe "-MM", maybe "-DD" by pattern; weeks and seasons by their year
    const byPattern = (value: string, reference: string): number => {
      const start = value.split('/')[0]!;
      const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(start);
      if (!m) return 0;
      const [y, mo, d] = [m[1]!, m[2], m[3]];
      const grain = /^\d{4}-(?:W|SU|SP|FA|WI|Q|H)/.test(start) ? 1 : d ? 3 : mo ? 2 : 1;
      const mine = grain === 1 ? y : grain === 2 ? `${y}-${mo}` : `${y}-${mo}-${d}`;
      const theirs = reference.slice(0, 10).split('-').slice(0, grain).join('-');
      return mine < theirs ? -1 : mine > theirs ? 1 : 0;
    };
    const pieces = ['', '2024', '2023', '2025', '-', '-04', '-4', '-05', '-03', '-W20', '-SU', '-Q2', '-H1', '-WI', '-1x', 'T10:00', '/2026', '-05-', 'x', '٢٠٢٤'];
    const values = new Set<string>(['PRESENT_REF', 'XXXX-04-05', '202', 'P3D']);
    for (const a of pieces) for (const b of pieces) for (const c of pieces) values.add(a + b + c);
    for (const reference of ['2024-04-05', '2024-04-05T10:00', '2023-12']) {
      for (const value of values) expect(sideOf(value, reference), `${value} against ${reference}`).toBe(byPattern(value, reference));
    }
  });
});
