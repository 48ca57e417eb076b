/** What the dates stage needs from a locale (parsers, refiners, word lists). */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface DateLocale {}
