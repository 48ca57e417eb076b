/** junit: one test suite per file, one failing test case per finding (a passing one for a clean file). */
import type { FileResult } from '../types.js';
import { countFindings } from './counts.js';

const xml = (s: string) =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    // what XML 1.0 forbids: C0 controls but tab and line ends, lone surrogates, U+FFFE and U+FFFF
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '');

/** Formats findings as JUnit XML for CI test reports. */
export function formatJunit(results: readonly FileResult[]): string {
  const total = countFindings(results);
  const failures = total.errors + total.warnings + total.infos;
  const tests = results.reduce((n, r) => n + Math.max(1, r.diagnostics.length), 0);
  let out = '<?xml version="1.0" encoding="UTF-8"?>\n';
  out += `<testsuites name="extract check" tests="${tests}" failures="${failures}" errors="0">\n`;
  for (const result of results) {
    const file = xml(result.file);
    out += `  <testsuite name="${file}" tests="${Math.max(1, result.diagnostics.length)}" failures="${result.diagnostics.length}" errors="0">\n`;
    if (result.diagnostics.length === 0) out += `    <testcase name="${file}" classname="${file}"/>\n`;
    for (const d of result.diagnostics) {
      const place = d.span ? `${d.span.start.line}:${d.span.start.column}` : '0:0';
      out += `    <testcase name="${place} ${xml(d.ruleId)}" classname="${file}">\n`;
      out += `      <failure message="${xml(d.message)}" type="${xml(d.severity)}">${xml(`${d.severity} ${place} ${d.message} (${d.ruleId})`)}</failure>\n`;
      out += '    </testcase>\n';
    }
    out += '  </testsuite>\n';
  }
  out += '</testsuites>\n';
  return out;
}
