/** json: an array of { file, diagnostics, errorCount, warningCount }, in input order. */
import type { FileResult } from '../types.js';
import { countFindings } from './counts.js';

/** Formats findings as JSON (pretty-printed, ending with a newline); diagnostics keep the output contract's shape. */
export function formatJson(results: readonly FileResult[]): string {
  const files = results.map((result) => {
    const counts = countFindings([result]);
    return {
      file: result.file,
      diagnostics: result.diagnostics.map(({ ruleId, severity, message, span, related }) => ({ ruleId, severity, message, span, ...(related ? { related } : {}) })),
      errorCount: counts.errors,
      warningCount: counts.warnings,
      fixableCount: result.fixableCount ?? 0,
    };
  });
  return `${JSON.stringify(files, null, 2)}\n`;
}
