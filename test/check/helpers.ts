/** Shared test helpers: an Article with nothing extracted, fixture reading, a fake CliIo. */
import { emptyArticle as emptyArticleFor } from '../../src/cli/check-command.js';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { Article } from '../../src/types.js';
import type { CliIo } from '../../src/cli/io.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const FIXTURES = path.join(ROOT, 'fixtures/check');
export const SEED = path.join(ROOT, 'fixtures/lecornu-choigou.md');

/** An Article with no sections, actors, dates or diagnostics: enough for the structure rules. */
export function emptyArticle(file = 'test.md', extra: Partial<Article> = {}): Article {
  return emptyArticleFor(file, extra);
}

export function readFixture(ruleId: string, kind: 'ok' | 'not-ok'): string {
  return readFileSync(path.join(FIXTURES, ruleId, `${kind}.md`), 'utf8');
}

/** The lines a fixture expects findings on (`<!-- expect-lines: 3, 5 -->`), with repeats. */
export function expectedLines(source: string): number[] {
  const match = /<!-- expect-lines: ([\d, ]+) -->/.exec(source);
  return match ? match[1]!.split(',').map((s) => Number(s.trim())) : [];
}

/** The rule options a fixture asks for (`<!-- options: {…} -->`). */
export function fixtureOptions(source: string): Record<string, unknown> {
  const match = /<!-- options: (\{.*\}) -->/.exec(source);
  return match ? (JSON.parse(match[1]!) as Record<string, unknown>) : {};
}

export interface FakeIo extends CliIo {
  readonly out: string[];
  readonly err: string[];
  readonly files: Map<string, string | Uint8Array>;
  readonly writes: string[];
}

/** A CliIo over an in-memory file system (paths resolved against `cwd`). */
export function fakeIo(files: Record<string, string | Uint8Array> = {}, options: { cwd?: string; stdin?: string; env?: Record<string, string>; tty?: boolean } = {}): FakeIo {
  const cwd = options.cwd ?? '/work';
  const map = new Map<string, string | Uint8Array>(Object.entries(files).map(([p, c]) => [path.resolve(cwd, p), c]));
  const out: string[] = [];
  const err: string[] = [];
  const writes: string[] = [];
  const enoent = (p: string) => Object.assign(new Error(`ENOENT: no such file or directory, open '${p}'`), { code: 'ENOENT' });
  return {
    out,
    err,
    files: map,
    writes,
    cwd,
    env: options.env ?? {},
    stdoutIsTTY: options.tty ?? false,
    stdout: (text) => void out.push(text),
    stderr: (text) => void err.push(text),
    async readFile(p) {
      const full = path.resolve(cwd, p);
      const content = map.get(full);
      if (content === undefined) {
        if ([...map.keys()].some((k) => k.startsWith(full + path.sep))) throw Object.assign(new Error(`EISDIR: illegal operation on a directory, read`), { code: 'EISDIR' });
        throw enoent(p);
      }
      return typeof content === 'string' ? new TextEncoder().encode(content) : content;
    },
    async readStdin() {
      return new TextEncoder().encode(options.stdin ?? '');
    },
    async writeFileAtomic(p, text) {
      const full = path.resolve(cwd, p);
      writes.push(full);
      map.set(full, text);
    },
    // folders exist implicitly in this file system
    async makeDir() {},
    async exists(p) {
      const full = path.resolve(cwd, p);
      return map.has(full) || [...map.keys()].some((k) => k.startsWith(full + path.sep));
    },
  };
}
