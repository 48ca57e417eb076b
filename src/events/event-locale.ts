/** What the events stage needs from a locale (trigger words, anaphora cues). */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface EventLocale {}
