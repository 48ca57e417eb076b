import { describe, expect, it } from 'vitest';
import { dayNumber, easterSunday, formatDay, formatWeek, isoWeekday, isoWeekMonday } from '../../src/dates/calendar.js';

describe('calendar', () => {
  it.each([
    ['2024-04-05', 5],
    ['2013-02-12', 2],
    ['2024-03-31', 7],
  ])('%s is ISO weekday %i', (day, weekday) => {
    const [y, m, d] = day.split('-').map(Number) as [number, number, number];
    expect(isoWeekday(dayNumber(y, m, d))).toBe(weekday);
  });

  it.each([
    ['2024-04-05', '2024-W14'],
    ['2021-01-03', '2020-W53'],
    ['2024-12-30', '2025-W01'],
  ])('%s is in ISO week %s', (day, week) => {
    const [y, m, d] = day.split('-').map(Number) as [number, number, number];
    expect(formatWeek(dayNumber(y, m, d))).toBe(week);
  });

  it.each([
    [2024, '2024-03-31'],
    [2013, '2013-03-31'],
    [2025, '2025-04-20'],
  ])('Easter %i is %s', (year, day) => {
    expect(formatDay(easterSunday(year))).toBe(day);
  });
  it.each([
    [2024, 12, '2024-03-18'],
    [2020, 53, '2020-12-28'],
    [2027, 1, '2027-01-04'],
  ])('ISO week %i-W%i starts on Monday %s, the inverse of formatWeek', (year, week, monday) => {
    expect(formatDay(isoWeekMonday(year, week))).toBe(monday);
    expect(formatWeek(isoWeekMonday(year, week))).toBe(`${year}-W${String(week).padStart(2, '0')}`);
  });
});
