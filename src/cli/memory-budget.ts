/**
 * Peak memory on a long input. By default V8 grows its young generation up to
 * 16 MB semi-spaces and lets the old generation grow about fourfold between
 * major collections: on a 0.5 MB article the garbage of the parse and the
 * stages took the peak RSS to about three times the live heap (215 MB). From
 * the first long input of a run on, the process keeps the young generation at
 * its starting size and collects the old one when it has grown by 30 %: 215 ->
 * about 147 MB on that article, for about 5 % more CPU on it. Short inputs (a
 * news article is under 30 kB) keep V8's defaults, which are faster for them
 * (measured +2.7 % CPU over the bench's 886 articles with these settings on).
 * The settings are V8's, so they hold for the whole process and its workers.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** From this many UTF-16 code units on, an input is long. */
export const LONG_INPUT = 64 * 1024;

let favouring = false;

/** Before extracting from `source`: switches the process to the memory-saving settings when it is long (once). */
export function budgetMemoryFor(source: string): void {
  if (favouring || source.length < LONG_INPUT) return;
  favouring = true;
  setFlagsFromString('--semi-space-growth-factor=1');
  setFlagsFromString('--heap-growing-percent=30');
  // one full collection now, so that the next one comes by the new rule rather than at the limit set at start-up
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
  setFlagsFromString('--no-expose-gc');
}
