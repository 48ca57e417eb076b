import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { latinPattern } from '../../src/text/unicode-domain.js';

// bin/extract.js runs the CLI bundled as one CommonJS script with V8's code cache (src/build/bundle.mjs), in the main
// thread and in the workers of --jobs; the ES module bundle stays as the fallback. Both must be the same program, and
// the same as tsc's output, which the bundles differ from by their lexicons computed at build time. Needs `npm run build`.
const ROOT = path.resolve(import.meta.dirname, '../..');
const SCRIPT = path.join(ROOT, 'dist/bundle/extract.cjs');
const MODULE = path.join(ROOT, 'dist/bundle/extract.js');
const UNBUNDLED = path.join(ROOT, 'dist/cli/main.js');
const work = mkdtempSync(path.join(tmpdir(), 'extract-code-cache-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const node = (args: string[], input?: string) => {
  const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', input, env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

describe('the CommonJS script with its code cache', () => {
  it('is built, with its cache, beside the ES module bundle', () => {
    expect(existsSync(SCRIPT)).toBe(true);
    expect(existsSync(`${SCRIPT}.${process.versions.v8}.cache`)).toBe(true);
    expect(existsSync(MODULE)).toBe(true);
  });

  it('gives what the ES module bundle gives: output, errors and exit code', () => {
    const fm = path.join(work, 'fm.md');
    writeFileSync(fm, '---\ntitle: Essai\ndate: 2024-04-05\n---\n# Titre\n\nHier, le ministre est arrivé à Lyon. Il repartira le 12 avril.\n');
    const bad = path.join(work, 'bad.md');
    writeFileSync(bad, '---\ntitle: [\n---\n# T\n');
    const lines: string[][] = [
      ['fixtures/lecornu-choigou.md'],
      [fm],
      [fm, bad, 'fixtures/events/sommet-berlin.md'],
      ['nope.md'],
      ['--ndjson', '--ref-date', '2024-04-05', fm],
      ['-f', 'timeline', fm],
      ['check', fm, bad],
      ['--version'],
    ];
    for (const argv of lines) {
      const viaScript = node(['bin/extract.js', ...argv]);
      const viaModule = node([MODULE, ...argv]);
      expect(viaScript, argv.join(' ')).toEqual(viaModule);
    }
    const stdin = '# Titre\n\nLe 3 avril 2024, à Paris.\n';
    expect(node(['bin/extract.js', '-'], stdin)).toEqual(node([MODULE, '-'], stdin));
  }, 120_000);

  it("gives what tsc's output gives, whose lexicons are derived at run time", () => {
    // one file at a time: a run over several files would start its workers on bin/extract.js, hence on the bundle
    const places = path.join(work, 'places.md');
    writeFileSync(places, "# Visite\n\nLe maire de Francfort est allé au Caire, puis à Bouches du Rhône et en Etats-Unis, avec Jean Dupont du FMI.\n");
    for (const argv of [['fixtures/lecornu-choigou.md'], ['fixtures/actors/economie.md'], ['--ref-date', '2024-04-05', places]]) {
      expect(node(['bin/extract.js', ...argv]), argv.join(' ')).toEqual(node([UNBUNDLED, ...argv]));
    }
  }, 120_000);

  it('holds the Latin twins that latinPattern makes under this Node, made at build time', () => {
    const text = readFileSync(SCRIPT, 'latin1');
    // (the table is JSON in the script's side file of plain data, extract.data, between two offsets)
    const [, start, end] = /madeTwins\s*=\s*new Map\(JSON\.parse\(__extractData\((\d+),\s*(\d+)\)\)\)/.exec(text)!;
    const data = readFileSync(path.join(ROOT, 'dist/bundle/extract.data'), 'latin1');
    const table = JSON.parse(data.slice(Number(start), Number(end))) as [string, [string, string] | null][];
    expect(table.length).toBeGreaterThan(50);
    for (const [key, twin] of table) {
      const slash = key.indexOf('/');
      const made = latinPattern(key.slice(slash + 1), key.slice(0, slash));
      expect(made && [made.source, made.flags], key).toEqual(twin);
    }
  });
});
