/** `--fix` as pure text edits: apply the fixes the rules attached to their findings. */
import type { Finding, TextEdit } from './types.js';

/**
 * Applies edits to a text. Identical edits count once (two rules, or two
 * sides of one blank line, may ask for the same insertion); an edit that
 * overlaps one already taken is left for the next pass.
 */
export function applyEdits(source: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let at = 0;
  let last: TextEdit | null = null;
  for (const edit of sorted) {
    if (last && last.start === edit.start && last.end === edit.end && last.text === edit.text) continue;
    if (edit.start < at || (last && edit.start === last.start && edit.start === edit.end && last.start === last.end)) continue;
    out += source.slice(at, edit.start) + edit.text;
    at = edit.end;
    last = edit;
  }
  return out + source.slice(at);
}

/** Applies every fix attached to the findings of one pass. */
export function applyFixes(source: string, findings: readonly Finding[]): string {
  return applyEdits(
    source,
    findings.flatMap((finding) => finding.fix ?? []),
  );
}

/**
 * Fixes until nothing changes (at most `maxPasses` times): `checkSource` runs
 * the rules on a text and returns its findings.
 */
export function fixSource(source: string, checkSource: (text: string) => readonly Finding[], maxPasses = 10): string {
  let text = source;
  for (let pass = 0; pass < maxPasses; pass++) {
    const next = applyFixes(text, checkSource(text));
    if (next === text) break;
    text = next;
  }
  return text;
}
