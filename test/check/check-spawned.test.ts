/**
 * The check CLI cases again through the spawned binary (bin/extract.js on the
 * built dist/): same exit status, same bytes as in-process. Needs `npm run
 * build` after registerCheckCommand is wired into src/cli/program.ts.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './cli-harness.js';
import { ROOT, SEED, fakeIo } from './helpers.js';

const SEED_PATH = 'fixtures/lecornu-choigou.md';
const seed = readFileSync(SEED, 'utf8');
const spawn = (args: string[], input?: string, cwd = ROOT) =>
  spawnSync(process.execPath, [path.join(ROOT, 'bin/extract.js'), ...args], { cwd, input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 60_000 });

const cases: { args: string[]; stdin?: string; exit: number }[] = [
  { args: ['check', '--format', 'json', SEED_PATH], exit: 0 },
  { args: ['check', SEED_PATH], exit: 0 },
  { args: ['check', '--format', 'github', SEED_PATH], exit: 0 },
  { args: ['check', '--format', 'sarif', SEED_PATH], exit: 0 },
  { args: ['check', '--format', 'junit', SEED_PATH], exit: 0 },
  { args: ['check', '--max-warnings', '0', SEED_PATH], exit: 1 },
  { args: ['check', '-'], stdin: '# Titre\n\n### Trop profond\n\nTexte.\n', exit: 1 },
  { args: ['check', 'no/such.md', SEED_PATH], exit: 2 },
];

describe('extract check, spawned', () => {
  it('is wired into the program (src/cli/program.ts calls registerCheckCommand; dist/ is built)', () => {
    const r = spawn(['check', '--help']);
    expect(r.stdout, `${r.stderr}`).toMatch(/Usage: extract check/);
  });

  it.each(cases.map((c) => [c.args.join(' '), c]))('%s', async (_name, c) => {
    const spawned = spawn(c.args, c.stdin);
    const io = fakeIo({ [SEED_PATH]: seed }, c.stdin !== undefined ? { stdin: c.stdin } : {});
    const code = await runCli(c.args, io);
    expect(spawned.status).toBe(c.exit);
    expect(code).toBe(c.exit);
    expect(spawned.stdout).toBe(io.out.join(''));
    expect(spawned.stderr).toBe(io.err.join(''));
  }, 60_000);

  it('--fix writes the file once; a second --fix leaves it untouched', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'extract-fix-'));
    const file = path.join(dir, 'article.md');
    copyFileSync(SEED, file);
    expect(spawn(['check', '--fix', 'article.md'], undefined, dir).status).toBe(0);
    const fixed = readFileSync(file, 'utf8');
    expect(fixed).not.toBe(seed);
    const before = statSync(file).mtimeMs;
    const second = spawn(['check', '--fix', '--format', 'json', 'article.md'], undefined, dir);
    expect(second.status).toBe(0);
    expect(statSync(file).mtimeMs).toBe(before);
    expect(readFileSync(file, 'utf8')).toBe(fixed);
    const left = JSON.parse(second.stdout)[0].diagnostics.filter((d: { ruleId: string }) => ['blank-lines-around-headings', 'paragraph-separation'].includes(d.ruleId));
    expect(left).toEqual([]);
  }, 60_000);
});
