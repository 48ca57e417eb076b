import type { Locale } from './locale.js';
import { fr } from './fr/index.js';
import { SUPPORTED_LANGUAGES, type LanguageCode } from './languages.js';

// one locale for each code of ./languages.ts: the type fails to compile when they differ
const LOCALES: Readonly<Record<LanguageCode, Locale>> = { fr };

export { SUPPORTED_LANGUAGES };

/** The locale for a language code ("fr", "fr-FR"), or undefined when unsupported. */
export function getLocale(code: string): Locale | undefined {
  return (LOCALES as Readonly<Record<string, Locale>>)[code.toLowerCase().split(/[-_]/)[0] ?? ''];
}

export type { Locale };
