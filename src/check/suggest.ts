/** Suggestions for misspelt names (rules, options, commands). */

const quote = (s: string) => JSON.stringify(s);

/** " (did you mean …?)" when a valid name is close to the unknown one. */
export function suggestion(unknown: string, valid: readonly string[]): string {
  const best = valid
    .map((name) => ({ name, score: name.includes(unknown) || unknown.includes(name) ? 0 : editDistance(unknown, name) }))
    .sort((a, b) => a.score - b.score)[0];
  return best && best.score <= Math.max(2, Math.floor(unknown.length / 4)) ? ` (did you mean ${quote(best.name)}?)` : '';
}

/** Levenshtein distance, for suggestions. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = row;
  }
  return previous[b.length]!;
}

