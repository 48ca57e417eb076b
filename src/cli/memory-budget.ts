/**
 * Peak memory on a long input. By default V8 grows its young generation up to
 * 16 MB semi-spaces and lets the old generation grow about fourfold between
 * major collections: on a 0.5 MB article the garbage of the parse and the
 * stages took the peak RSS to about three times the live heap (215 MB). From
 * the first long input of a run on, the process:
 * - shrinks the young generation to its starting size (1 MB) and keeps it
 *   there, and collects the old one when it has grown by 30 %: the young
 *   generation had already grown to 4-8 MB while the code loaded, and V8 adds
 *   its size to the old generation's allowance too;
 * - compiles hot functions without inlining: smaller machine code, and less
 *   memory for the optimising compiler (which works on background threads, whose
 *   freed memory the C library keeps).
 * Peak RSS of the bench's 0.5 MB article, with the output written in pieces:
 * 132 -> 111 MB, for no measurable CPU on it (the extra collections cost about
 * what inlining no longer does). Short inputs (a news article is under 30 kB)
 * keep V8's defaults, which are faster for them (measured +2.7 % CPU over the
 * bench's 886 articles with the first settings on). The settings are V8's, so
 * they hold for the whole process and its workers.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** From this many UTF-16 code units on, an input is long. */
export const LONG_INPUT = 64 * 1024;

let favouring = false;

/** V8's gc() (with --expose-gc): `last-resort` frees all it can and gives back what the heap does not use. */
type Collect = (options?: { type: 'major'; flavor: 'last-resort' }) => void;

/** Before extracting from `source`: switches the process to the memory-saving settings when it is long (once). */
export function budgetMemoryFor(source: string): void {
  if (favouring || source.length < LONG_INPUT) return;
  favouring = true;
  setFlagsFromString('--semi-space-growth-factor=1');
  setFlagsFromString('--heap-growing-percent=30');
  setFlagsFromString('--no-turbo-inlining');
  setFlagsFromString('--expose-gc');
  const collect = runInNewContext('gc') as Collect;
  setFlagsFromString('--no-expose-gc');
  // one full collection now, so that the next one comes by the new rule rather than at the limit set at start-up;
  // V8 shrinks the young generation in it only when it favours size over speed and frees all it can
  setFlagsFromString('--optimize-for-size');
  collect({ type: 'major', flavor: 'last-resort' });
  setFlagsFromString('--no-optimize-for-size');
}
