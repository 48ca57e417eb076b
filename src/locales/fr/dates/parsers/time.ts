/**
 * Clock times: "18h30", "à 15 heures", "quinze heures", "trois heures et
 * quart", "midi moins le quart", "minuit trois", "6h du soir", "9 heures 30".
 * A number of hours is a time of day only with a cue ("à", "vers", minutes,
 * "du matin"); otherwise it is a duration (see duration.ts).
 */
import type { DateParser } from '../../../../dates/date-locale.js';
import { NUMBER_WORDS, parseNumber } from '../constants.js';
import { latinTest } from '../../../../text/unicode-domain.js';
import { HOURS_OF, TRAVEL } from './duration.js';
import { APOS, B, OS, S, ZONED, before, isCapital, re, whole } from './kit.js';

/** "moins dix", "moins 20": minutes before the hour (up to half past: "moins vingt-cinq"), not a measure ("moins 5 degrés"). */
const MINUS = `moins${S}(?:${NUMBER_WORDS}|[1-3]?\\d)(?![\\p{L}\\p{N}°%]|${OS}(?:°|%|[.,]\\d)|${S}(?:degrés?|points?|pour${S}cent|pourcents?|euros?|dollars?)(?![\\p{L}]))`;
const MINUTES = `(et${S}quart|et${S}demie?|moins${S}(?:le${S})?quart|${MINUS}|trois${S}quarts|${NUMBER_WORDS}|[0-5]\\d)`;
const DAYPART = `(du${S}mat(?:in)?|de${S}l${APOS}après-midi|de${S}l${APOS}aprem|du${S}soir|de${S}la${S}nuit|dans${S}la${S}soirée|dans${S}la${S}matinée|dans${S}l${APOS}après-midi)`;

// Words before a number of hours that make it a time of day.
const TIME_INTRO = new RegExp(`(?<!(?:^|\\s)(?:une?|\\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)\\s+)(?:^|[\\s,(])(?:à|a|vers|dès|des|jusqu${APOS}à|jusqu${APOS}a|avant|après|partir${S}de|environ|alentours${S}de|autour${S}de|entre|et|peu${S}avant|peu${S}après|aux${S}environs${S}de|midi|minuit|-|–)${OS}$`, 'iu');

function minutesOf(word: string | undefined, hour: number): { hour: number; minute: number } {
  if (!word) return { hour, minute: 0 };
  const w = word.toLowerCase();
  if (/quart$/.test(w) && /moins/.test(w)) return { hour: hour - 1, minute: 45 };
  const minus = /^moins\s+(.+)$/u.exec(w);
  if (minus) {
    const n = /^\d+$/.test(minus[1]!) ? Number(minus[1]) : parseNumber(minus[1]!);
    return n >= 1 && n <= 30 ? { hour: hour - 1, minute: 60 - n } : { hour: Number.NaN, minute: 0 };
  }
  if (/trois\s+quarts/.test(w)) return { hour, minute: 45 };
  if (/quart/.test(w)) return { hour, minute: 15 };
  if (/demi/.test(w)) return { hour, minute: 30 };
  return { hour, minute: /^\d+$/.test(w) ? Number(w) : parseNumber(w) };
}

function withDaypart(hour: number, part: string | undefined): number {
  if (!part) return hour;
  const p = part.toLowerCase();
  if (/mat/.test(p)) return hour === 12 ? 0 : hour;
  if (/nuit/.test(p)) return hour >= 6 && hour < 12 ? hour + 12 : hour;
  return hour < 12 ? hour + 12 : hour;
}


export const timeParser: DateParser = {
  name: 'time',
  // each alternative holds a digit then "h" (spaces between or none: "18h30", "8 h"), a digit then ":" then a digit
  // ("14:30"), "heure", "midi" or "minuit" (a digit alone held on half the sentences of news, which then ran the pattern)
  prefilter: /\d[\s\u00a0\u202f]*h|\d:\d|heure|midi|minuit/iu,
  pattern: re(
    `${B}(?:(\\d{1,2})${OS}(h|H)(?:${OS}(\\d{2})|${S}(et${S}quart|et${S}demie?|moins${S}(?:le${S})?quart|${MINUS}))?(?![\\p{L}\\p{N}/])|(\\d{1,2}):(\\d{2})(?![\\p{N}:])|(\\d{1,2}|${NUMBER_WORDS})${S}heures?(?:${S}${MINUTES})?(?![\\p{L}\\p{N}])|(?<!-)(midi|minuit)(?:${S}${MINUTES})?(?![\\p{L}\\p{N}-]))(?:${S}${DAYPART})?`,
  ),
  extract(m, text) {
    let hour: number;
    let minute = 0;
    let cue = false;
    if (m[1]) {
      hour = Number(m[1]);
      minute = m[3] ? Number(m[3]) : 0;
      if (m[4]) ({ hour, minute } = minutesOf(m[4], hour));
      // "en 2h", "pendant 3h", "en 1 h 25", "plus de 2h": durations
      if (/(?:^|\s)(?:en|pendant|durant|plus\s+de|moins\s+de|près\s+de|durée\s+de|dure|duré)\s*$/iu.test(before(text, m.index, 16)) || latinTest(TRAVEL, text.slice(m.index + m[0].length))) {
        const lead = /(?:plus|moins|près)\s+de\s*$/iu.exec(before(text, m.index, 16));
        if (lead) return null;
        return whole(m, { kind: 'duration', value: `PT${hour}H${minute ? `${minute}M` : ''}` }, 'time');
      }
      cue = !/(?:^|\s)depuis\s*$/iu.test(before(text, m.index, 16)) || Boolean(m[3] || m[4]);
    } else if (m[5]) {
      hour = Number(m[5]);
      minute = Number(m[6]);
      cue = true;
    } else if (m[7]) {
      hour = /^\d+$/.test(m[7]) ? Number(m[7]) : parseNumber(m[7]);
      const mm = minutesOf(m[8], hour);
      hour = mm.hour;
      minute = mm.minute;
      if (!m[8] && !m[11] && latinTest(HOURS_OF, text.slice(m.index + m[0].length))) return null;
      cue = Boolean(m[11]) || (TIME_INTRO.test(before(text, m.index)) && !/(?:^|\s)il\s+y\s+a\s*$/i.test(before(text, m.index, 10))) || text.trim() === m[0].trim() || latinTest(ZONED, text.slice(m.index + m[0].length));
      // "de 9 heures à 11 heures"
      if (!cue && /(?:^|\s)de\s*$/i.test(before(text, m.index, 4)) && /^\s*(?:à|a|jusqu)/i.test(text.slice(m.index + m[0].length))) cue = true;
    } else {
      if (isCapital(text, m.index) && text.slice(0, m.index).trim() !== '') return null;
      // "midi" alone is the part of the day (TimeML TMI); "midi et quart", "midi trente" are clock times
      if (/midi/i.test(m[9]!) && !m[10] && !m[11]) return whole(m, { kind: 'calendar', part: 'MI', contextual: true }, 'time');
      hour = /midi/i.test(m[9]!) ? 12 : 0;
      const mm = minutesOf(m[10], hour);
      hour = (mm.hour + 24) % 24;
      minute = mm.minute;
      cue = true;
    }
    if (!cue) return null;
    hour = withDaypart(hour, m[11]);
    if (!(hour >= 0 && hour <= 24 && minute >= 0 && minute < 60)) return null;
    if (hour === 24) hour = 0;
    return whole(m, { kind: 'calendar', time: { hour, minute }, contextual: true }, 'time');
  },
};

/** The second end of "entre 15 et 17 h", "de 3 à 5 heures de l'après-midi": a clock time (what the first end lacks it takes from it). */
const SECOND_CLOCK = new RegExp(`^${S}(?:et|à|a)${S}(\\d{1,2})${OS}(?:h(?![\\p{L}])|h${OS}\\d{2}|heures?${S}${DAYPART})`, 'iu');

/** "entre 15 et 17 h", "de 3 à 5 heures de l'après-midi": the bare number that opens a range of clock times is an hour. */
export const rangeHourParser: DateParser = {
  name: 'range-hour',
  prefilter: /(?:entre|de)[\s\u00a0]+\d/iu,
  pattern: re(`(?<=(?:^|[\\s(])(?:entre|de)${S})(\\d{1,2})(?![\\p{L}\\p{N}])`),
  extract(m, text) {
    const second = SECOND_CLOCK.exec(text.slice(m.index + m[0].length));
    if (!second) return null;
    let hour = Number(m[1]);
    const end = withDaypart(Number(second[1]), second[2]);
    // (the afternoon of the second end is the first's too: "de 3 à 5 heures de l'après-midi")
    if (second[2] && end >= 12 && hour < 12 && hour + 12 <= end) hour += 12;
    if (!(hour >= 0 && hour <= 23) || !(end >= 0 && end <= 24)) return null;
    return whole(m, { kind: 'calendar', time: { hour, minute: 0 }, contextual: true }, 'range-hour');
  },
};
