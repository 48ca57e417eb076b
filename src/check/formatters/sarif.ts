/** sarif: SARIF 2.1.0, for GitHub code scanning and other static-analysis viewers. */
import type { FileResult } from '../types.js';

/** What SARIF says about a rule. */
export interface SarifRule {
  id: string;
  description: string;
  helpUri?: string;
  /** The level the rule has when no configuration changes it. */
  defaultLevel?: 'off' | 'warn' | 'error';
}

export interface SarifOptions {
  /** Rules to describe in the tool section; ids met in the findings but not listed are added bare. */
  rules?: readonly SarifRule[];
  toolName?: string;
  toolVersion?: string;
  informationUri?: string;
}

const levelOf = (severity: string) => (severity === 'error' ? 'error' : severity === 'warning' ? 'warning' : 'note');
const uriOf = (file: string) => (file === '-' ? 'stdin' : file.replace(/\\/g, '/').split('/').map(encodeURIComponent).join('/'));

/** Formats findings as a SARIF 2.1.0 log with one result per finding. */
export function formatSarif(results: readonly FileResult[], options: SarifOptions = {}): string {
  const rules = [...(options.rules ?? [])];
  for (const result of results) {
    for (const d of result.diagnostics) if (!rules.some((r) => r.id === d.ruleId)) rules.push({ id: d.ruleId, description: d.ruleId });
  }
  const index = new Map(rules.map((rule, i) => [rule.id, i]));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: options.toolName ?? 'extract',
            ...(options.toolVersion ? { version: options.toolVersion } : {}),
            ...(options.informationUri ? { informationUri: options.informationUri } : {}),
            rules: rules.map((rule) => ({
              id: rule.id,
              shortDescription: { text: rule.description },
              ...(rule.helpUri ? { helpUri: rule.helpUri } : {}),
              ...(rule.defaultLevel
                ? { defaultConfiguration: rule.defaultLevel === 'off' ? { enabled: false } : { level: rule.defaultLevel === 'error' ? 'error' : 'warning' } }
                : {}),
            })),
          },
        },
        artifacts: results.map((result) => ({ location: { uri: uriOf(result.file) } })),
        results: results.flatMap((result, artifactIndex) =>
          result.diagnostics.map((d) => {
            const artifactLocation = { uri: uriOf(result.file), index: artifactIndex };
            return {
              ruleId: d.ruleId,
              ruleIndex: index.get(d.ruleId)!,
              level: levelOf(d.severity),
              message: { text: d.message },
              locations: [
                {
                  physicalLocation: {
                    artifactLocation,
                    // GitHub code scanning needs region.startLine: a finding about the whole file points at its first line
                    region: d.span
                      ? { startLine: d.span.start.line, startColumn: d.span.start.column, endLine: d.span.end.line, endColumn: d.span.end.column }
                      : { startLine: 1 },
                  },
                },
              ],
              ...(d.related && d.related.length > 0
                ? {
                    relatedLocations: d.related.map((r, id) => ({
                      id,
                      message: { text: r.message },
                      physicalLocation: {
                        artifactLocation,
                        region: { startLine: r.span.start.line, startColumn: r.span.start.column, endLine: r.span.end.line, endColumn: r.span.end.column },
                      },
                    })),
                  }
                : {}),
            };
          }),
        ),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
