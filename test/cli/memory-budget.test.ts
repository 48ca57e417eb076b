/**
 * The memory-saving V8 settings come with the first long input of a run, once,
 * and never with short ones (they cost short inputs a few per cent of CPU).
 */
import { describe, expect, it, vi } from 'vitest';

const flags = vi.hoisted(() => [] as string[]);
const collections = vi.hoisted(() => ({ count: 0 }));

vi.mock('node:v8', async (original) => ({ ...(await original<typeof import('node:v8')>()), setFlagsFromString: (f: string) => void flags.push(f) }));
vi.mock('node:vm', async (original) => ({ ...(await original<typeof import('node:vm')>()), runInNewContext: () => () => void collections.count++ }));

import { budgetMemoryFor, LONG_INPUT, MAX_SHRINK_COLLECTIONS } from '../../src/cli/memory-budget.js';

describe('budgetMemoryFor', () => {
  it('leaves V8 alone for short inputs, switches once at the first long one', () => {
    budgetMemoryFor('Un article court.\n'.repeat(100));
    budgetMemoryFor('x'.repeat(LONG_INPUT - 1));
    expect(flags).toEqual([]);
    budgetMemoryFor('x'.repeat(LONG_INPUT));
    expect(flags).toContain('--semi-space-growth-factor=1');
    expect(flags.some((f) => f.startsWith('--heap-growing-percent='))).toBe(true);
    // the collection that shrinks the young generation favours size; the run after it does not
    expect(flags.at(-1)).toBe('--no-optimize-for-size');
    expect(flags.indexOf('--optimize-for-size')).toBeGreaterThan(-1);
    // (the collections here do nothing, so the young generation never shrinks: the loop stops at its bound; then a full one)
    expect(collections.count).toBe(MAX_SHRINK_COLLECTIONS + 1);
    const after = flags.length;
    budgetMemoryFor('x'.repeat(2 * LONG_INPUT));
    expect(flags.length).toBe(after);
    expect(collections.count).toBe(MAX_SHRINK_COLLECTIONS + 1);
  });
});
