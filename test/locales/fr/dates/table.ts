/** Runs a table of [sentence, expected "text=value[ mod]" list] against the French dates stage. */
import { expect, it } from 'vitest';
import type { Preference } from '../../../../src/context.js';
import { brief } from '../../../dates/helpers.js';

export function table(ref: string | null, cases: ReadonlyArray<readonly [string, readonly string[]]>, prefer: Preference = 'nearest'): void {
  it.each(cases.map(([s, e]) => [s, e] as const))('%s', (sentence, expected) => {
    expect(brief(sentence, ref, prefer)).toEqual(expected);
  });
}
