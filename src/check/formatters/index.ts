/** The output formats of `extract check`: pure `(results, options) => string` functions. */
import type { StylishColors } from './stylish.js';
import type { FileResult } from '../types.js';
import { RULES } from '../registry.js';
import { ruleDocsUrl } from '../docs-url.js';
import { formatStylish } from './stylish.js';
import { formatJson } from './json.js';
import { formatGithub } from './github.js';
import { formatSarif, type SarifRule } from './sarif.js';
import { formatJunit } from './junit.js';
import type { FormatName } from './names.js';

export { formatStylish, formatJson, formatGithub, formatSarif, formatJunit };
export { countFindings } from './counts.js';

export { FORMATS, isFormatName, type FormatName } from './names.js';

/** The check rules as SARIF describes them (description, docs page, default level). */
export function sarifRules(): SarifRule[] {
  return RULES.map((rule) => ({ id: rule.id, description: rule.description, helpUri: ruleDocsUrl(rule.id), defaultLevel: rule.defaultLevel }));
}

/** Formats results in the named format; `chalk` colours the stylish output only. */
export function formatResults(format: FormatName, results: readonly FileResult[], options: { chalk?: StylishColors; toolVersion?: string } = {}): string {
  switch (format) {
    case 'stylish':
      return formatStylish(results, options.chalk ? { chalk: options.chalk } : {});
    case 'json':
      return formatJson(results);
    case 'github':
      return formatGithub(results);
    case 'sarif':
      return formatSarif(results, { rules: sarifRules(), ...(options.toolVersion ? { toolVersion: options.toolVersion } : {}) });
    case 'junit':
      return formatJunit(results);
  }
}
