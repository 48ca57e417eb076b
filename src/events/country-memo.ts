/**
 * The events locale with its `isCountry` answers remembered: the stage asks it of the same few place
 * names again and again, and a locale may answer from a slow source (the French locale searches a
 * country list, folding every name, on each question). One derived locale per locale object; the
 * answers depend on the name only, and at most a few thousand are kept.
 */
import type { EventLocale } from './event-locale.js';

const MAX_ANSWERS = 4096;
const derived = new WeakMap<EventLocale, EventLocale>();

export function withCountryMemo(locale: EventLocale): EventLocale {
  let out = derived.get(locale);
  if (out === undefined) {
    const answers = new Map<string, boolean>();
    out = {
      ...locale,
      isCountry: (name) => {
        let answer = answers.get(name);
        if (answer === undefined) {
          if (answers.size >= MAX_ANSWERS) answers.clear();
          answer = locale.isCountry(name);
          answers.set(name, answer);
        }
        return answer;
      },
    };
    derived.set(locale, out);
  }
  return out;
}
