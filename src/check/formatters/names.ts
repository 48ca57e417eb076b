/** The names of the output formats of `extract check`: on their own, so that the CLI defines its options without loading the formatters. */
export const FORMATS = ['stylish', 'json', 'github', 'sarif', 'junit'] as const;
export type FormatName = (typeof FORMATS)[number];

export function isFormatName(name: string): name is FormatName {
  return (FORMATS as readonly string[]).includes(name);
}
