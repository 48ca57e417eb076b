/** github: workflow commands that GitHub Actions shows as annotations on the pull request. */
import type { FileResult } from '../types.js';

// https://docs.github.com/actions/reference/workflow-commands-for-github-actions
const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** One `::warning file=…,line=…,col=…,endLine=…,endColumn=…,title=<rule>::<message>` line per finding. */
export function formatGithub(results: readonly FileResult[]): string {
  let out = '';
  for (const result of results) {
    for (const d of result.diagnostics) {
      const command = d.severity === 'error' ? 'error' : d.severity === 'warning' ? 'warning' : 'notice';
      const properties = [`file=${escapeProperty(result.file)}`];
      if (d.span) {
        properties.push(
          `line=${d.span.start.line}`,
          `col=${d.span.start.column}`,
          `endLine=${d.span.end.line}`,
          `endColumn=${d.span.end.column}`,
        );
      }
      properties.push(`title=${escapeProperty(d.ruleId)}`);
      out += `::${command} ${properties.join(',')}::${escapeData(d.message)}\n`;
    }
  }
  return out;
}
