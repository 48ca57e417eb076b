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
});
