import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { cachedDataVersionTag, setFlagsFromString } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { restoreV8Defaults, V8_DEFAULT_FLAGS } from '../../src/cli/v8-defaults.js';

// Before it starts the workers of `extract --jobs`, the main thread puts back V8's defaults of the flags that
// bin/extract.js sets, so that Node starts each worker from its own code cache; a worker sets them again when it finds
// the defaults' tag. Both lists must name the same flags, and the defaults must be this V8's own.
const ROOT = path.resolve(import.meta.dirname, '../..');
const nameOf = (flag: string) => flag.replace(/^--(no-)?/, '').replace(/=.*$/, '');
const cliFlags = [...readFileSync(path.join(ROOT, 'bin/extract.js'), 'utf8').matchAll(/^\s*setFlagsFromString\('([^']+)'\)/gm)].map((m) => m[1]!);

describe("V8's default flags put back for the workers", () => {
  it('name the flags that bin/extract.js sets, each once', () => {
    expect(cliFlags.length).toBeGreaterThan(0);
    expect(V8_DEFAULT_FLAGS.map(nameOf).sort()).toEqual(cliFlags.map(nameOf).sort());
  });

  it("are this V8's defaults (node --v8-options)", () => {
    const options = spawnSync(process.execPath, ['--v8-options'], { encoding: 'utf8' }).stdout;
    for (const flag of V8_DEFAULT_FLAGS) {
      const name = nameOf(flag);
      const block = options.split(`\n  --${name} (`)[1];
      expect(block, name).toBeDefined();
      expect(/default: (\S+)/.exec(block!)?.[1], name).toBe(flag);
    }
  });

  it("give back the tag of the flags as they were before the CLI's were set", () => {
    const before = cachedDataVersionTag();
    for (const flag of cliFlags) setFlagsFromString(flag);
    expect(cachedDataVersionTag()).not.toBe(before);
    expect(restoreV8Defaults()).toBe(before);
    expect(cachedDataVersionTag()).toBe(before);
  });
});
