import { describe, expect, it } from 'vitest';
import { EMPTY_NARRATIVE, parseReference, pointedDate, resolveExpr, weekdayNear } from '../../src/dates/resolve.js';
import type { DateExpr, Direction } from '../../src/dates/date-locale.js';
import { dayNumber, formatDay } from '../../src/dates/calendar.js';

const at = (ref: string | null, expr: DateExpr, direction: Direction = 'nearest') =>
  resolveExpr(expr, { ref: parseReference(ref), narrative: EMPTY_NARRATIVE, direction });

describe('resolveExpr', () => {
  it.each<[string, DateExpr, Direction, string]>([
    ['2024-04-05', { kind: 'calendar', month: 4, day: 3 }, 'nearest', '2024-04-03'],
    ['2024-04-05', { kind: 'calendar', month: 4, day: 3 }, 'future', '2025-04-03'],
    ['2024-04-05', { kind: 'calendar', month: 12, day: 25 }, 'past', '2023-12-25'],
    ['2024-04-05', { kind: 'calendar', month: 3 }, 'nearest', '2024-03'],
    ['2024-04-05', { kind: 'calendar', weekday: 4 }, 'past', '2024-04-04'],
    ['2024-04-05', { kind: 'calendar', weekday: 4 }, 'future', '2024-04-11'],
    ['2013-02-12T04:30', { kind: 'calendar', time: { hour: 3, minute: 0 } }, 'future', '2013-02-13T03:00'],
    ['2013-02-12', { kind: 'calendar', weekday: 4, day: 15 }, 'future', '2013-08-15'],
    ['2024-04-05', { kind: 'relative', unit: 'day', offset: -1, base: 'ref', part: 'EV' }, 'nearest', '2024-04-04TEV'],
    ['2024-04-05', { kind: 'relative', unit: 'week', offset: -1, base: 'ref' }, 'nearest', '2024-W13'],
    ['2024-04-05', { kind: 'relative', unit: 'year', offset: -1, base: 'ref' }, 'nearest', '2023'],
    ['2024-04-05', { kind: 'relative', unit: 'century', offset: -1, base: 'ref' }, 'nearest', '19'],
    ['1999-12-31', { kind: 'relative', unit: 'century', offset: 0, base: 'ref' }, 'nearest', '19'],
    ['2024-04-05', { kind: 'relative', unit: 'millennium', offset: 0, base: 'ref' }, 'nearest', '2'],
    ['2024-04-05', { kind: 'relative', unit: 'year', offset: 0, base: 'ref', edge: 'last', loose: true }, 'nearest', '2024-12-31'],
    ['2024-04-05', { kind: 'relative', unit: 'year', offset: 0, base: 'ref', edge: 'last', loose: true }, 'past', '2023-12-31'],
    ['2024-04-05', { kind: 'relative', unit: 'year', offset: 0, base: 'ref', edge: 'last' }, 'past', '2024-12-31'],
    ['2024-04-05', { kind: 'relative', unit: 'month', offset: 0, base: 'ref', edge: 'first', loose: true }, 'future', '2024-05-01'],
    ['2024-02-10', { kind: 'relative', unit: 'month', offset: 0, base: 'ref', edge: 'last' }, 'nearest', '2024-02-29'],
    ['2024-04-05', { kind: 'quarter', index: 2 }, 'nearest', '2024-Q2'],
    ['2024-04-05', { kind: 'season', season: 'SU', offset: 0 }, 'nearest', '2024-SU'],
    ['2014-01-01', { kind: 'nth', unit: 'week', n: 1, month: 10, year: 2014 }, 'nearest', '2014-W41'],
    ['2024-04-05', { kind: 'calendar', easter: 0 }, 'past', '2024-03-31'],
  ])('ref %s: %j (%s) -> %s', (ref, expr, direction, value) => {
    expect(at(ref, expr, direction).value).toBe(value);
  });

  it('keeps X and says so without a reference date', () => {
    const r = at(null, { kind: 'calendar', month: 4, day: 3 });
    expect(r.value).toBe('XXXX-04-03');
    expect(r.unresolved).toBe(true);
    expect(at(null, { kind: 'relative', unit: 'century', offset: -1, base: 'ref' }).value).toBe('XX');
    expect(at(null, { kind: 'relative', unit: 'year', offset: 0, base: 'ref', edge: 'last' }).value).toBe('XXXX-12-31');
  });

  it('marks the year as inferred', () => {
    expect(at('2024-04-05', { kind: 'calendar', month: 4, day: 3 }).inferred).toEqual(['year']);
    expect(at('2024-04-05', { kind: 'calendar', month: 10, year: 2022 }).inferred).toEqual([]);
  });

  it('resolves an anaphor against the narrative', () => {
    const r = resolveExpr({ kind: 'anaphor', grain: 'day' }, { ref: null, direction: 'nearest', narrative: { lastDay: { id: 'd5', value: '2024-03-22', year: 2024, month: 3, day: 22 }, lastMonth: null, lastYear: null } });
    expect(r).toMatchObject({ value: '2024-03-22', anchor: 'd5' });
  });
});

describe('pointedDate', () => {
  it.each<[string, -1 | 1, string, string]>([
    ['P2Y', -1, '2024-04-05', '2022'],
    ['P3W', 1, '2024-04-05', '2024-04-26'],
    ['P2M', 1, '2013-02-12', '2013-04-12'],
    ['P2M', -1, '2013-02-12', '2012-12'],
    ['P1M', 1, '2024-01-31', '2024-02-29'],
    ['P1Y', 1, '2024-04-05', '2025-04'],
    ['P3D', 1, '2024-04-05', '2024-04-08'],
    ['P3D', 1, '2024-04-05T09:40', '2024-04-08T09'],
    ['P3D', -1, '2024-04-05T09:40', '2024-04-02'],
    ['PT2H', -1, '2013-02-12T04:30', '2013-02-12T02:30'],
  ])('%s %i from %s -> %s', (duration, direction, ref, value) => {
    expect(pointedDate(duration, direction, parseReference(ref)!)).toBe(value);
  });
});

describe('weekdayNear', () => {
  it('finds the nearest Monday from a Tuesday', () => {
    const tuesday = dayNumber(2013, 2, 12);
    expect(formatDay(weekdayNear(tuesday, 1, 'nearest'))).toBe('2013-02-11');
    expect(formatDay(weekdayNear(tuesday, 1, 'future'))).toBe('2013-02-18');
    expect(formatDay(weekdayNear(tuesday, 2, 'past'))).toBe('2013-02-12');
  });
});
