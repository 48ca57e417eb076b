/** The Article the structure rules run on when no extraction is needed. */
import { SCHEMA_VERSION } from '../schema-version.js';
import type { Article } from '../types.js';

/** An Article with no sections, actors, dates or diagnostics: all the structure rules need. */
export function emptyArticle(file: string, extra: Partial<Article> = {}): Article {
  return {
    schemaVersion: SCHEMA_VERSION,
    file,
    lang: 'fr',
    referenceDate: { value: null, source: 'none' },
    title: null,
    sections: [],
    actors: [],
    dates: [],
    intervals: [],
    events: [],
    diagnostics: [],
    ...extra,
  };
}
