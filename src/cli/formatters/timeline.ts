import type { Article } from '../../types.js';

/** Placeholder until the events stage lands its view. */
export function formatTimeline(article: Article, _options: { color: boolean }): string {
  return `${article.title ?? article.file}\n`;
}
