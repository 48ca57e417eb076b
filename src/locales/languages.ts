/** Codes of the languages the tool reads: on their own, so that the CLI's help loads no locale. */
export const LANGUAGE_CODES = ['fr'] as const;

export type LanguageCode = (typeof LANGUAGE_CODES)[number];

/** Codes of the languages the tool reads. */
export const SUPPORTED_LANGUAGES: readonly string[] = LANGUAGE_CODES;
