import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isPlainExtract } from '../../src/cli/program.js';

// bin/extract.js loads commander's modules before it sets the CLI's V8 flags when the command line will go through
// commander; it cannot import src/cli/program.ts at that point, so it repeats isPlainExtract's test: the two must agree.
const ROOT = path.resolve(import.meta.dirname, '../..');
const source = /^\s*const plainExtract = (\(args\) => .*);$/m.exec(readFileSync(path.join(ROOT, 'bin/extract.js'), 'utf8'))?.[1];

describe("bin/extract.js's reading of a plain `extract FILE…`", () => {
  it('is written in bin/extract.js', () => {
    expect(source).toBeDefined();
  });

  it('answers as isPlainExtract does', () => {
    const binPlain = new Function(`return ${source}`)() as (args: readonly string[]) => boolean;
    const lines = [[], ['a.md'], ['dir/'], ['a.md', 'b.md'], ['-'], ['a.md', '-'], ['--help'], ['--version'], ['check', 'a.md'], ['a.md', '--jobs', '2'], ['extract'], [''], ['a.md', ''], ['.\\x'], ['README'], ['check.md']];
    for (const args of lines) expect(binPlain(args), JSON.stringify(args)).toBe(isPlainExtract(args));
    // both answers occur, so the comparison tells something
    expect(new Set(lines.map((args) => isPlainExtract(args)))).toEqual(new Set([true, false]));
  });
});
