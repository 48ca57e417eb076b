import type { Article } from '../../types.js';

/** One article as JSON: pretty (2 spaces) or compact on one line (JSON Lines); `extractor` goes after `schemaVersion`. */
export function formatJson(article: Article, options: { compact: boolean; extractor?: Article['extractor'] }): string {
  const { schemaVersion, ...rest } = article;
  const record: Article = options.extractor ? { schemaVersion, extractor: options.extractor, ...rest } : article;
  return options.compact ? `${JSON.stringify(record)}\n` : `${JSON.stringify(record, null, 2)}\n`;
}
