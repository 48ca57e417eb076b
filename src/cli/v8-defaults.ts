/**
 * V8's own values of the flags that bin/extract.js sets, put back by the main thread before it starts the workers of
 * `extract --jobs`. Node compiles the modules it runs to start a worker from the code cache built into it, which V8
 * rejects once the flags differ from Node's build: with the CLI's flags set, a worker compiled some 115 of Node's
 * modules from source and serialised a new cache for each (186 M instructions of its start, against 32 M). With the
 * defaults back, the worker starts as Node was built to, then sets the CLI's flags itself (bin/extract.js) before it
 * loads the CLI's code, whose cache was built with them.
 */
import { cachedDataVersionTag, setFlagsFromString } from 'node:v8';

/** V8 11.3's defaults (`node --v8-options`) of the flags bin/extract.js sets; a test checks both lists. */
export const V8_DEFAULT_FLAGS = ['--regexp-tier-up', '--interrupt-budget=67584', '--semi-space-growth-factor=2'] as const;

/**
 * Puts V8's defaults back and returns the tag of the flags as they now are (`cachedDataVersionTag`): a worker that
 * finds the same tag at its start sets the CLI's flags, one that finds others leaves them (another worker set them
 * already, or the memory settings of a long input are on: ./memory-budget.ts).
 */
export function restoreV8Defaults(): number {
  for (const flag of V8_DEFAULT_FLAGS) setFlagsFromString(flag);
  return cachedDataVersionTag();
}
