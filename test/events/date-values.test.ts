import { describe, expect, it } from 'vitest';
import { compatibleValues, eventValue } from '../../src/events/date-values.js';
import type { DateMention } from '../../src/types.js';

const date = (type: DateMention['type'], value: string, resolved?: string): DateMention => ({
  id: 'd1',
  text: 'x',
  span: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 2, offset: 1 } },
  type,
  value,
  mod: null,
  anchor: null,
  ...(resolved ? { resolved } : {}),
});

describe('eventValue', () => {
  it('dates events with calendar values, the resolved value of a duration, never a bare duration or a set', () => {
    expect(eventValue(date('DATE', '2024-04-03'))).toBe('2024-04-03');
    expect(eventValue(date('DATE', 'XXXX-04-03'))).toBe('XXXX-04-03');
    expect(eventValue(date('TIME', '2024-04-03T18:00'))).toBe('2024-04-03T18:00');
    expect(eventValue(date('DURATION', 'P2Y', '2022'))).toBe('2022');
    expect(eventValue(date('DURATION', 'PT1H'))).toBeNull();
    expect(eventValue(date('SET', 'P1W'))).toBeNull();
    expect(eventValue(date('DATE', 'PRESENT_REF'))).toBeNull();
  });
});

describe('compatibleValues', () => {
  it.each([
    ['2024-03', 'END', '2024-03-22', null, true],
    ['2024-03', 'START', '2024-03-22', null, false],
    ['2024-03-22', null, '2024-03-22T20:00', null, true],
    ['XXXX-03', 'END', 'XXXX-03-22', null, true],
    ['2024-03-22', null, '2024-03-23', null, false],
    ['2022-10', null, '2024-04-03', null, false],
    ['XXXX-XX-08', null, '2004', null, false],
    ['2024', null, '2024-W14', null, true],
  ])('%s %s ~ %s %s: %s', (a, amod, b, bmod, want) => {
    expect(compatibleValues(a, amod, b, bmod)).toBe(want);
  });
});
