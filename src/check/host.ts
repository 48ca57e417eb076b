/**
 * The host: runs the enabled rules on one document and checks what they
 * report, like markdownlint does: a rule that reports a line or a column the
 * document does not have is a bug in the rule, and the host throws.
 */
import type { Root } from 'mdast';
import type { Article, Severity, Span } from '../types.js';
import { LineIndex } from '../text/line-index.js';
import { parseMarkdown } from '../markdown/parse-markdown.js';
import { RULES } from './registry.js';
import { defaultConfig } from './config.js';
import { inlineSuppressions } from './inline-config.js';
import type { AnyRule, Finding, Report, ResolvedConfig, RuleLevel } from './types.js';

/** Diagnostic severity of a configured level ("warn" prints as "warning"). */
export function severityOf(level: Exclude<RuleLevel, 'off'>): Severity {
  return level === 'error' ? 'error' : 'warning';
}

/**
 * Checks one document: findings of every enabled rule not turned off by a comment, in document order. `tree` is
 * the document's parse when the caller has it already (the extraction's, see extractParsed): parsed here otherwise.
 */
export function check(source: string, article: Article, config: ResolvedConfig = defaultConfig(), rules: readonly AnyRule[] = RULES, tree: Root = parseMarkdown(source)): Finding[] {
  const lines = new LineIndex(source);
  const suppressed = inlineSuppressions(tree);
  const findings: Finding[] = [];
  const ruleIds = rules.map((rule) => rule.id);
  for (const rule of rules) {
    const setting = config.get(rule.id) ?? { level: rule.defaultLevel, options: rule.defaultOptions };
    if (setting.level === 'off') continue;
    const severity = severityOf(setting.level);
    const report = (r: Report): void => {
      const span = placeOf(rule.id, r, lines);
      for (const related of r.related ?? []) validateSpan(rule.id, related.span, lines);
      for (const edit of r.fix ?? []) {
        if (!(Number.isInteger(edit.start) && Number.isInteger(edit.end) && 0 <= edit.start && edit.start <= edit.end && edit.end <= source.length)) {
          throw new Error(`rule ${rule.id} reported a fix outside the document: [${edit.start}, ${edit.end})`);
        }
      }
      if (suppressed(rule.id, span.start.line)) return;
      const finding: Finding = { ruleId: rule.id, severity, message: r.message, span };
      if (r.related && r.related.length > 0) finding.related = r.related;
      if (r.fix && r.fix.length > 0) finding.fix = r.fix;
      findings.push(finding);
    };
    rule.check({ source, lines, tree, article, options: { ...rule.defaultOptions, ...setting.options }, ruleIds, report });
  }
  return sortFindings(findings);
}

/** Document order: by start offset, findings without a place first, then by rule id. */
export function sortFindings<T extends { ruleId: string; span: Span | null }>(findings: T[]): T[] {
  return findings
    .map((finding, index) => ({ finding, index }))
    .sort((a, b) => (a.finding.span?.start.offset ?? -1) - (b.finding.span?.start.offset ?? -1) || a.finding.ruleId.localeCompare(b.finding.ruleId) || a.index - b.index)
    .map(({ finding }) => finding);
}

function placeOf(ruleId: string, report: Report, lines: LineIndex): Span {
  if (report.span) {
    validateSpan(ruleId, report.span, lines);
    return report.span;
  }
  // a finding about the whole document is placed on its first line: every finding has a place (SARIF, inline comments)
  const line = report.line ?? 1;
  validateLine(ruleId, line, lines);
  const start = lines.lineStart(line);
  const next = line < lines.lineCount ? lines.lineStart(line + 1) : lines.source.length;
  const end = start + lines.source.slice(start, next).replace(/\r?\n$|\r$/, '').length;
  return lines.span(start, end);
}

function validateLine(ruleId: string, line: number, lines: LineIndex): void {
  if (!Number.isInteger(line) || line < 1 || line > lines.lineCount) {
    throw new Error(`rule ${ruleId} reported line ${line}, which does not exist (the document has ${lines.lineCount} lines)`);
  }
}

function validateSpan(ruleId: string, span: Span, lines: LineIndex): void {
  for (const point of [span.start, span.end]) {
    validateLine(ruleId, point.line, lines);
    const expected = lines.point(point.offset);
    if (!Number.isInteger(point.offset) || point.offset < 0 || point.offset > lines.source.length || expected.line !== point.line || expected.column !== point.column) {
      throw new Error(`rule ${ruleId} reported ${point.line}:${point.column} (offset ${point.offset}), which is not a place in the document`);
    }
  }
  if (span.end.offset < span.start.offset) throw new Error(`rule ${ruleId} reported a span that ends before it starts`);
}
