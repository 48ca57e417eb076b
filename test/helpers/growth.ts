/**
 * Growth tests: how much longer a function takes on an input 8 times larger.
 * A linear algorithm gives about 8, a quadratic one about 64: a test asserts a
 * bound between the two with a generous margin, never an absolute time. The
 * best of a few runs is kept so that a pause of the machine does not count.
 */
import { performance } from 'node:perf_hooks';

function bestTime(run: () => void, repeats: number): number {
  let best = Infinity;
  for (let r = 0; r < repeats; r++) {
    const t = performance.now();
    run();
    best = Math.min(best, performance.now() - t);
  }
  return best;
}

/** One measure: time of `run(large)` over time of `run(small)`, each the best of `repeats` interleaved runs. */
function measure<T>(small: T, large: T, run: (input: T) => void, repeats: number): number {
  // interleaved, so that a busy spell of the machine slows both sizes rather than one
  let a = Infinity;
  let b = Infinity;
  for (let r = 0; r < repeats; r++) {
    a = Math.min(a, bestTime(() => run(small), 1));
    b = Math.min(b, bestTime(() => run(large), 1));
  }
  // below a millisecond the timer's grain dominates: count at least 1 ms for the small input
  return b / Math.max(a, 1);
}

/** Measures taken at most before a ratio above LINEAR_BOUND is believed. */
const ROUNDS = 3;

/**
 * Time of `run(make(8n))` over time of `run(make(n))`, each the best of `repeats` runs (after a warm-up run of each).
 * A ratio above LINEAR_BOUND is measured again, up to ROUNDS times, and the smallest kept: a busy machine (CI shares
 * its cores) inflates one measure now and then, while a superlinear cost gives a high ratio every time.
 */
export function growthRatio<T>(make: (n: number) => T, run: (input: T) => void, n: number, repeats = 3): number {
  const small = make(n);
  const large = make(8 * n);
  // warm both up: the first run of a code path (compilation, lazily loaded lexicons) is not what is measured
  run(small);
  run(large);
  let ratio = Infinity;
  for (let round = 0; round < ROUNDS && ratio >= LINEAR_BOUND; round++) ratio = Math.min(ratio, measure(small, large, run, repeats));
  return ratio;
}

/** The bound the growth tests assert: well above linear (8), well below quadratic (64). */
export const LINEAR_BOUND = 32;
