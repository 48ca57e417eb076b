/**
 * What the dates stage needs from a locale, and the language-independent
 * shape of what a locale's parsers find. A parser says what the text states
 * (a `DateExpr`); the core (./resolve.ts) turns that into a TIMEX3 value
 * against the reference date, the narrative and the tense of the clause.
 */

/** TimeML parts of the day: morning, midday, afternoon, evening, night, daytime. */
export type PartOfDay = 'MO' | 'MI' | 'AF' | 'EV' | 'NI' | 'DT';

/** TIMEX3 `mod` values. */
export type TimexMod =
  | 'START'
  | 'MID'
  | 'END'
  | 'APPROX'
  | 'BEFORE'
  | 'AFTER'
  | 'ON_OR_BEFORE'
  | 'ON_OR_AFTER'
  | 'LESS_THAN'
  | 'MORE_THAN'
  | 'EQUAL_OR_LESS'
  | 'EQUAL_OR_MORE';

/** A clock time as stated (hour already on the 24-hour clock). */
export interface ClockTime {
  readonly hour: number;
  readonly minute?: number;
  readonly second?: number;
}

/** Calendar units a relative expression counts in. */
export type CalendarUnit = 'day' | 'week' | 'weekend' | 'month' | 'quarter' | 'half' | 'year' | 'decade' | 'century' | 'millennium' | 'hour' | 'minute';

/** Units a duration can count whole units of from the reference ("les trois dernières minutes"): the calendar's and the clock's. */
export type SpanUnit = Exclude<CalendarUnit, 'weekend'> | 'second';

/**
 * A duration that stretches over whole units next to the reference: the `count` units before the current one
 * (`past`: "les deux derniers mois"), the ones after it (`next`: "les trois prochaines minutes"), or from the
 * reference itself on (`ref`: "dans les 15 jours"). Its two ends are dates the text leaves implicit.
 */
export interface SpannedUnits {
  readonly unit: SpanUnit;
  readonly count: number;
  readonly from: 'past' | 'next' | 'ref';
}

/** Which way an expression that leaves the year (or week, or day) open should be read. */
export type Direction = 'past' | 'future' | 'nearest';

/**
 * What an expression states, independent of the language.
 * - calendar: fields of the calendar, some left open ("le 3 avril": month and day; "jeudi": weekday).
 * - relative: an offset from the reference date (base 'ref', "hier") or from the date the
 *   narrative last set (base 'anchor', "la veille"); with `weekday`, that day of the week found.
 * - nth: the n-th (or last, n = -1) week / weekend / day of a month ("la première semaine d'octobre").
 * - season, quarter, half: a named part of a year.
 * - literal: a value that needs no resolution ("PRESENT_REF", "198" for "les années 80").
 * - duration: a TIMEX3 duration value ("PT1H"); `direction` when it points at a date ("il y a", "dans").
 * - set: a recurring time ("tous les lundis").
 * - anaphor: the date the narrative last set, at a grain ("ce jour-là").
 */
export type DateExpr =
  | {
      readonly kind: 'calendar';
      readonly year?: number;
      /** True when the year was written with two digits ("74"). */
      readonly shortYear?: boolean;
      readonly month?: number;
      readonly day?: number;
      /** ISO day of the week, 1 = Monday. */
      readonly weekday?: number;
      /** Days after Easter Sunday (a movable feast) instead of month and day. */
      readonly easter?: number;
      readonly time?: ClockTime;
      readonly part?: PartOfDay;
      /** Forced reading of an open year or week ("mars dernier", "lundi prochain"). */
      readonly direction?: 'past' | 'future';
      /** A time or part of the day with no day of its own that takes the day the paragraph last set ("Le 3 avril … vers 18 heures"). */
      readonly contextual?: boolean;
      /** With a weekday alone: a habit when the clause tells of no past or future ("le musée ferme le lundi"). */
      readonly habitual?: boolean;
      /** With a weekday: today when today is that day, whatever the tense ("ce mercredi" written on a Wednesday). */
      readonly current?: boolean;
      /** A time of day is stated apart with this day ("vendredi" in "vendredi à 8 h 45"): the day is read as that time's day. */
      readonly timed?: boolean;
      /** The week (or weekend) containing the day, rather than the day ("la semaine du 18 février"). */
      readonly around?: 'week' | 'weekend';
    }
  | {
      readonly kind: 'relative';
      readonly unit: CalendarUnit;
      readonly offset: number;
      readonly base: 'ref' | 'anchor';
      readonly weekday?: number;
      readonly time?: ClockTime;
      readonly part?: PartOfDay;
      /** The first or last day of the week, month or year rather than the period ("le dernier jour de l'année"). */
      readonly edge?: 'first' | 'last';
      /** "aujourd'hui" that may mean nowadays: PRESENT_REF when its clause has no past or future tense. */
      readonly nowadays?: boolean;
      /** With `edge` and offset 0, a period named by its article only ("du mois"): the previous or the next one when the tense puts that day on the other side of today. */
      readonly loose?: boolean;
    }
  | { readonly kind: 'nth'; readonly unit: 'week' | 'weekend' | 'day'; readonly n: number; readonly month: number; readonly year?: number; /** With unit 'day': the n-th such weekday of the month. */ readonly weekday?: number }
  | {
      readonly kind: 'season';
      readonly season: 'SP' | 'SU' | 'FA' | 'WI';
      readonly year?: number;
      readonly offset?: number;
      /** "en été" with no article: any year's season (XXXX-SU) when the clause's tense does not place it (a generic statement). */
      readonly generic?: boolean;
    }
  | { readonly kind: 'quarter' | 'half'; readonly index: number; readonly year?: number; readonly offset?: number }
  | { readonly kind: 'literal'; readonly type: 'DATE' | 'TIME'; readonly value: string }
  | {
      readonly kind: 'duration';
      readonly value: string;
      /** Points at a date counted from the reference date: -1 "il y a deux ans", 1 "dans trois semaines". */
      readonly direction?: -1 | 1;
      /** Points at a date counted from the narrative's ("trois ans plus tard"): that step, whose value is the duration's `resolved`. */
      readonly counted?: Extract<DateExpr, { kind: 'relative' }>;
      /** Stretches over whole units before or after the reference: its two ends are implicit dates ("les deux derniers mois"). */
      readonly spans?: SpannedUnits;
    }
  | { readonly kind: 'set'; readonly value: string; readonly quant?: string }
  | { readonly kind: 'anaphor'; readonly grain: 'day' | 'month' | 'year' | 'week' | 'any'; readonly part?: PartOfDay };

/** One temporal expression found in a unit's text. Offsets: UTF-16 code units in the unit text, end exclusive. */
export interface DateCandidate {
  readonly from: number;
  readonly to: number;
  readonly expr: DateExpr;
  readonly mod?: TimexMod | null;
  /** Name of the parser (or refiner) that produced it, for debugging and tests. */
  readonly by: string;
  /** A weak candidate is dropped unless a refiner builds on it ("mois" alone, "année" alone). */
  readonly weak?: boolean;
  /** A limit the text sets rather than a time it tells of ("avant le 10 novembre", "jusqu'au 31 décembre"): anaphora do not resolve against it. */
  readonly bound?: boolean;
  /** Start of the candidate this one takes its day from: a time stated apart from its day ("jeudi à [15 h]"). */
  readonly anchorAt?: number;
  /** Start of the candidate that opens the range this one closes ("du 28 décembre 2023 au [3 janvier]"): it falls on or after it. */
  readonly rangeFrom?: number;
}

/** One regex and one extract function (chrono-node style). */
export interface DateParser {
  readonly name: string;
  /** Must carry the `g` flag; run over a whole unit's text. */
  readonly pattern: RegExp;
  /**
   * Optional cheap test (no `g` flag) that must hold for `pattern` to match anywhere in a text: a necessary
   * condition only, used to skip (and never compile) a large pattern on texts where it cannot match.
   */
  readonly prefilter?: RegExp;
  /** Turns one match into candidates (or none, to reject it). */
  extract(match: RegExpExecArray, text: string): DateCandidate | readonly DateCandidate[] | null;
}

/**
 * Runs after all parsers on one unit's candidates (sorted by position): merges, drops, adjusts. It makes no candidate
 * out of none: a unit where the parsers found nothing runs no refiner.
 */
export interface DateRefiner {
  readonly name: string;
  refine(candidates: DateCandidate[], text: string): DateCandidate[];
}

/**
 * A range or an open interval found in a unit's text: its whole extent (prepositions included, "du 13 au 15 juillet",
 * "depuis 2019") and the start offset of the candidate at each end; null for an open end.
 */
export interface RangeSpec {
  readonly from: number;
  readonly to: number;
  readonly start: number | null;
  readonly end: number | null;
  /**
   * The interval a duration that `spans` units stretches over ("les deux derniers mois", "dans les 15 jours"): `start`
   * and `end` are both its offset, and the interval's ends are its two implicit dates.
   */
  readonly implicit?: boolean;
}

/** Everything language-specific the dates stage uses. */
export interface DateLocale {
  readonly parsers: readonly DateParser[];
  /** In the order they run; the locale's configuration says why. */
  readonly refiners: readonly DateRefiner[];
  /** Reads a unit's text once and returns, for any text[from, to) in it, the tense of its clause: 'past', 'future', or null when the text gives no cue. */
  tenses(text: string): (from: number, to: number) => 'past' | 'future' | null;
  /** The ranges and open intervals among a unit's final candidates; none when absent. */
  readonly intervals?: (candidates: readonly DateCandidate[], text: string) => readonly RangeSpec[];
}
