import type { Article } from '../../types.js';

/** One article as JSON: pretty (2 spaces) or compact on one line (JSON Lines). */
export function formatJson(article: Article, options: { compact: boolean }): string {
  return options.compact ? `${JSON.stringify(article)}\n` : `${JSON.stringify(article, null, 2)}\n`;
}
