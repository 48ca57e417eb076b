import type { Locale } from './locale.js';
import { fr } from './fr/index.js';

const LOCALES: Readonly<Record<string, Locale>> = { fr };

/** Codes of the languages the tool reads. */
export const SUPPORTED_LANGUAGES = Object.keys(LOCALES);

/** The locale for a language code ("fr", "fr-FR"), or undefined when unsupported. */
export function getLocale(code: string): Locale | undefined {
  return LOCALES[code.toLowerCase().split(/[-_]/)[0] ?? ''];
}

export type { Locale };
