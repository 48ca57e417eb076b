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
 * what inlining no longer does); with the French actor lexicon precomputed in
 * the bundle, 122 (young generation not shrunk) -> 114 MB. Short inputs (a
 * news article is under 30 kB) keep V8's defaults, which are faster for them
 * (measured +2.7 % CPU over the bench's 886 articles with the first settings
 * on). The settings are V8's, so they hold for the whole process and its
 * workers.
 */
import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** From this many UTF-16 code units on, an input is long. */
export const LONG_INPUT = 64 * 1024;

let favouring = false;

/** V8's gc() (with --expose-gc); V8 11 (Node 20) takes no options object: `gc(true)` is a young-generation collection. */
type Collect = (minor?: boolean) => void;

/** At most this many young-generation collections to shrink it. */
export const MAX_SHRINK_COLLECTIONS = 16;

/** The young generation's size as V8 reports it (the memory its semi-spaces hold), bytes. */
function youngGenerationSize(): number {
  return getHeapSpaceStatistics().find((space) => space.space_name === 'new_space')?.space_size ?? 0;
}

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
  // V8 11 shrinks the young generation after a young collection only when it favours size and the recent allocation
  // rate is low: back-to-back collections of an almost empty young generation bring the rate down (each allocates
  // nothing since the last), so collect until it shrinks (the sixth did, on the bench's 0.5 MB article). A full
  // collection before keeps it from shrinking (+10 MB peak); one after sets the next by the new rule rather than at
  // the limit set at start-up (-3 MB peak). The size-favouring mode is for these collections only.
  setFlagsFromString('--optimize-for-size');
  const before = youngGenerationSize();
  for (let n = 0; n < MAX_SHRINK_COLLECTIONS && youngGenerationSize() >= before; n++) collect(true);
  collect();
  setFlagsFromString('--no-optimize-for-size');
}
