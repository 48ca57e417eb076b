/** What the remark-lint and markdownlint bridges share: run the rules on a text, extracting only when a content rule is on. */
import { extract } from '../../pipeline.js';
import { emptyArticle } from '../empty-article.js';
import { check } from '../host.js';
import { RULES } from '../registry.js';
import type { Article } from '../../types.js';
import type { Finding, ResolvedConfig } from '../types.js';

/** Options of the extraction, for the content rules. */
export interface ExtractionSettings {
  /** Reference date (YYYY-MM-DD[THH:MM[:SS]]) for the content rules; default: the front matter date. */
  refDate?: string;
  /** Language of the articles; default: the front matter lang, else fr. */
  lang?: string;
}

let last: { key: string; article: Article } | null = null;

/** The extraction of a text, kept for the next call on the same text (markdownlint calls each rule in turn). */
function articleOf(source: string, file: string, settings: ExtractionSettings): Article {
  const key = JSON.stringify([file, settings.refDate ?? null, settings.lang ?? null, source]);
  if (last?.key === key) return last.article;
  const article = extract(source, { file, ...(settings.refDate !== undefined ? { refDate: settings.refDate } : {}), ...(settings.lang !== undefined ? { lang: settings.lang } : {}) });
  last = { key, article };
  return article;
}

/** The findings of the rules the configuration turns on. */
export function runRules(source: string, file: string, config: ResolvedConfig, settings: ExtractionSettings = {}): Finding[] {
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  const needsArticle = RULES.some((rule) => rule.usesExtraction && (config.get(rule.id)?.level ?? rule.defaultLevel) !== 'off');
  const article = needsArticle
    ? articleOf(text, file, settings)
    : emptyArticle(file, settings.refDate !== undefined ? { referenceDate: { value: settings.refDate, source: 'option' } } : {});
  return check(text, article, config);
}
