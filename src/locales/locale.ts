/**
 * A locale bundles everything language-specific: word lists, patterns,
 * parsers and refiners. The core stages only know these interfaces, so a new
 * language is a new folder under src/locales/ registered in ./index.ts.
 */
import type { SentenceRules } from '../text/sentences.js';
import type { DateLocale } from '../dates/date-locale.js';
import type { ActorLocale } from '../actors/actor-locale.js';
import type { EventLocale } from '../events/event-locale.js';

export interface Locale {
  /** BCP 47 language code ("fr"). */
  readonly code: string;
  readonly sentences: SentenceRules;
  readonly dates: DateLocale;
  readonly actors: ActorLocale;
  readonly events: EventLocale;
}
