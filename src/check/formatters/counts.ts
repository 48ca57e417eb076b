/** Counting shared by the formatters and the exit status. */
import type { FileResult } from '../types.js';

export interface Counts {
  errors: number;
  warnings: number;
  infos: number;
  fixable: number;
}

/** Errors, warnings, infos and fixable findings over all files. */
export function countFindings(results: readonly FileResult[]): Counts {
  const counts: Counts = { errors: 0, warnings: 0, infos: 0, fixable: 0 };
  for (const result of results) {
    for (const d of result.diagnostics) {
      if (d.severity === 'error') counts.errors++;
      else if (d.severity === 'warning') counts.warnings++;
      else counts.infos++;
    }
    counts.fixable += result.fixableCount ?? 0;
  }
  return counts;
}

export const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
