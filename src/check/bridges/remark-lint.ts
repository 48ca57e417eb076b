/**
 * `extract-news/remark-lint`: the rules of `extract check` as a unified
 * (remark-lint) plugin. Each finding is a VFileMessage with `ruleId`,
 * `source: 'extract-news'`, `url` (the rule's page) and `fatal` for errors,
 * so remark-cli, its reporters and editor integrations show them.
 *
 *     // .remarkrc.json
 *     { "plugins": [["extract-news/remark-lint", { "rules": { "person-without-role": "warn" } }]] }
 */
import type { Root } from 'mdast';
import type { Transformer } from 'unified';
import { resolveConfig } from '../config.js';
import { ruleDocsUrl } from '../docs-url.js';
import { runRules, type ExtractionSettings } from './run-rules.js';

/** The plugin's options: rule settings as in `.extractrc`'s "rules", and the extraction's options. */
export interface RemarkExtractNewsOptions extends ExtractionSettings {
  rules?: Record<string, unknown>;
}

/** The unified plugin. */
export default function remarkExtractNews(options: RemarkExtractNewsOptions | null | undefined = {}): Transformer<Root, Root> {
  const config = resolveConfig([{ source: 'extract-news/remark-lint options', data: { rules: options?.rules ?? {} } }]);
  const settings: ExtractionSettings = { ...(options?.refDate !== undefined ? { refDate: options.refDate } : {}), ...(options?.lang !== undefined ? { lang: options.lang } : {}) };
  return (_tree, file) => {
    if (!config.ok) {
      const message = file.message(config.message, { ruleId: 'config', source: 'extract-news' });
      message.fatal = true;
      return;
    }
    let findings;
    try {
      findings = runRules(String(file.value), file.path || '-', config.config, settings);
    } catch (error) {
      const message = file.message(error instanceof Error ? error.message : String(error), { ruleId: 'extract', source: 'extract-news' });
      message.fatal = true;
      return;
    }
    for (const finding of findings) {
      const message = file.message(finding.message, { ruleId: finding.ruleId, source: 'extract-news', ...(finding.span ? { place: finding.span } : {}) });
      message.url = ruleDocsUrl(finding.ruleId);
      message.fatal = finding.severity === 'error';
    }
  };
}
