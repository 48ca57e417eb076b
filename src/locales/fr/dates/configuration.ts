/**
 * The one place that knows the order of the French date parsers and refiners.
 *
 * Parsers: order only breaks ties between candidates of the same length
 * (drop-overlaps keeps the earlier parser's), so the specific ones come
 * first: full dates before months, anaphora before relative periods,
 * holidays before plain day-month.
 *
 * Refiners, in order:
 * 1. drop-in-urls: nothing inside a URL or a path is a date, whatever matched.
 * 2. drop-overlaps: the longest reading wins ("mardi 9 janvier" over "mardi").
 * 3. modifiers: "fin", "début", "mi-" extend a month, a year or a period
 *    (needs the clean, non-overlapping candidates of step 2).
 * 4. join-date-time: a day and its time in one constituent become one
 *    expression ("mardi soir", "le matin du 20 juin"); in two ("le 2 mars à
 *    5h") the time takes the day; after 3 so that "environ 5h" is whole.
 * 5. elliptic-ranges: marks the two ends of a range ("du 13 au 15 juillet",
 *    "de 9 h 30 à 11 h jeudi") and completes the elliptic one ("13" takes
 *    July, "9 h 30" the Thursday); after 4 so that "samedi 13" is already one
 *    candidate and a time already has its day. ../intervals.ts reads the
 *    ranges back, with the open intervals ("depuis 2019").
 * 6. drop-overlaps again (merges can meet), then drop-weak: bare "la semaine",
 *    "le 16" that nothing built on are not expressions.
 * 7. drop-ages: a person's age is not a date ("Paul Martin, 52 ans", "un
 *    enfant de 9 ans"); after the merges, so that the age still hides the
 *    numbers inside it ("de 2 à 8 ans" is no range of days).
 *    drop-names: a whole expression quoted as a name ("baptisée « 8 mai »");
 *    after the merges, so that it sees the final extent of each expression.
 * 8. bounds: marks a date that a preposition makes a limit ("avant le 10
 *    novembre", "jusqu'au 31 décembre"), which anaphora do not resolve against.
 */
import type { DateParser, DateRefiner } from '../../../dates/date-locale.js';
import { anaphorParser } from './parsers/anaphor.js';
import { dayMonthParser } from './parsers/day-month.js';
import { dayOnlyParser } from './parsers/day-only.js';
import { compoundDurationParser, durationParser, fractionDurationParser, vagueDurationParser } from './parsers/duration.js';
import { fuzzyParser } from './parsers/fuzzy.js';
import { holidayParser, hyphenatedDayParser } from './parsers/holiday.js';
import { monthYearParser } from './parsers/month-year.js';
import { nthParser, periodEdgeParser } from './parsers/nth.js';
import { numericDateParser } from './parsers/numeric-date.js';
import { partOfDayParser } from './parsers/part-of-day.js';
import { quarterCodeParser, quarterParser } from './parsers/quarter.js';
import { forNowParser, referenceParser, temporalAdjectiveParser } from './parsers/reference.js';
import { relativeDayParser } from './parsers/relative-day.js';
import { relativePeriodParser } from './parsers/relative-period.js';
import { seasonPairParser, seasonParser } from './parsers/season.js';
import { frequencyParser, recurringDayParser, setAdjectiveParser, setParser } from './parsers/set.js';
import { rangeHourParser, timeParser } from './parsers/time.js';
import { shiftedWeekdayParser, weekdayParser } from './parsers/weekday.js';
import { centuryParser, decadeParser, shortYearParser, yearParser } from './parsers/year.js';
import { dropAges } from './refiners/drop-ages.js';
import { dropInUrls } from './refiners/drop-in-urls.js';
import { dropNames } from './refiners/drop-names.js';
import { dropOverlapping, dropWeak } from './refiners/drop-overlaps.js';
import { joinDateTime } from './refiners/join-date-time.js';
import { modifiers } from './refiners/modifiers.js';
import { ellipticRanges } from './refiners/ranges.js';
import { bounds } from './refiners/bounds.js';

export const parsers: readonly DateParser[] = [
  anaphorParser,
  nthParser,
  periodEdgeParser,
  holidayParser,
  hyphenatedDayParser,
  numericDateParser,
  dayMonthParser,
  quarterParser,
  quarterCodeParser,
  seasonParser,
  seasonPairParser,
  decadeParser,
  centuryParser,
  setParser,
  recurringDayParser,
  setAdjectiveParser,
  frequencyParser,
  relativeDayParser,
  relativePeriodParser,
  fuzzyParser,
  weekdayParser,
  shiftedWeekdayParser,
  monthYearParser,
  yearParser,
  shortYearParser,
  partOfDayParser,
  timeParser,
  rangeHourParser,
  compoundDurationParser,
  durationParser,
  fractionDurationParser,
  vagueDurationParser,
  referenceParser,
  forNowParser,
  temporalAdjectiveParser,
  dayOnlyParser,
];

export const refiners: readonly DateRefiner[] = [dropInUrls, dropOverlapping, modifiers, joinDateTime, ellipticRanges, dropOverlapping, dropWeak, dropAges, dropNames, bounds];
