/** stylish: findings grouped by file, one aligned line each (line:column, severity, message, rule), then a summary. */
import type { FileResult } from '../types.js';
import { countFindings, plural } from './counts.js';

type Style = (text: string) => string;

/** The styles stylish uses: a chalk instance fits (typed here so that the published types need neither chalk nor @types/node). */
export interface StylishColors {
  underline: Style;
  dim: Style;
  red: Style & { bold: Style };
  yellow: Style & { bold: Style };
  blue: Style;
}

export interface StylishOptions {
  /** Colours the output when given (the caller decides from the terminal and NO_COLOR). */
  chalk?: StylishColors;
}

/** Formats findings for a person at a terminal; "" when there are none. */
export function formatStylish(results: readonly FileResult[], options: StylishOptions = {}): string {
  const c = options.chalk;
  const paint = (style: ((s: string) => string) | undefined, s: string) => (style ? style(s) : s);
  let out = '';
  for (const result of results) {
    if (result.diagnostics.length === 0) continue;
    const rows = result.diagnostics.map((d) => [
      d.span ? `${d.span.start.line}:${d.span.start.column}` : '0:0',
      d.severity,
      d.message,
      d.ruleId,
    ]);
    const widths = [0, 1, 2].map((i) => Math.max(...rows.map((row) => [...row[i]!].length)));
    out += `${paint(c?.underline, result.file)}\n`;
    for (const [place, severity, message, ruleId] of rows) {
      const pad = (s: string, i: number) => s + ' '.repeat(widths[i]! - [...s].length);
      const severityStyle = severity === 'error' ? c?.red : severity === 'warning' ? c?.yellow : c?.blue;
      out += `  ${paint(c?.dim, pad(place!, 0))}  ${paint(severityStyle, pad(severity!, 1))}  ${pad(message!, 2)}  ${paint(c?.dim, ruleId!)}\n`;
    }
    out += '\n';
  }
  const counts = countFindings(results);
  const total = counts.errors + counts.warnings + counts.infos;
  if (total === 0) return out;
  const summary = `✖ ${plural(total, 'problem')} (${plural(counts.errors, 'error')}, ${plural(counts.warnings, 'warning')})`;
  out += `${paint(counts.errors > 0 ? c?.red.bold : c?.yellow.bold, summary)}\n`;
  if (counts.fixable > 0) out += `  ${plural(counts.fixable, 'problem')} potentially fixable with the \`--fix\` option.\n`;
  return out;
}
