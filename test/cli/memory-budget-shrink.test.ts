/**
 * The memory-saving settings shrink V8's young generation back to its starting
 * size, in a real process whose young generation grew while it kept objects (as
 * the CLI's does while its code and lexicons load). Needs `npm run build`.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const MODULE = pathToFileURL(path.resolve(import.meta.dirname, '../../dist/cli/memory-budget.js')).href;

const child = `
import { getHeapSpaceStatistics } from 'node:v8';
const { budgetMemoryFor, LONG_INPUT } = await import(${JSON.stringify(MODULE)});
const young = () => getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_size;
const kept = [];
for (let i = 0; i < 200000; i++) kept.push({ i, word: 'mot ' + i });
const grown = young();
budgetMemoryFor('x'.repeat(LONG_INPUT));
const shrunk = young();
for (let i = 0; i < 200000; i++) kept.push({ i, word: 'mot ' + i });
console.log(JSON.stringify({ grown, shrunk, later: young(), kept: kept.length }));
`;

describe('budgetMemoryFor in a real process', () => {
  it('shrinks a grown young generation and keeps it small', () => {
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', child], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    const { grown, shrunk, later, kept } = JSON.parse(r.stdout) as Record<string, number>;
    expect(kept).toBe(400000);
    expect(grown).toBeGreaterThanOrEqual(8 * 1024 * 1024);
    expect(shrunk).toBeLessThanOrEqual(grown / 4);
    // no growth again while the process keeps allocating and keeping objects (growth factor 1)
    expect(later).toBeLessThanOrEqual(2 * shrunk);
  });
});
