/** What the actors stage needs from a locale (lexicons, cue words). */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface ActorLocale {}
