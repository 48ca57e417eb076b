/**
 * Command-line patterns -> inputs, shared by `extract` and `extract check`:
 * a glob's matches and a folder's Markdown files sorted, node_modules left
 * out, anything else read as given. tinyglobby loads only when a pattern is
 * a glob or a folder, so that `extract article.md` does not pay for it.
 */
import path from 'node:path';
import type { CliIo } from './io.js';

/** An input: a path as given (or found by a glob), or "-" for standard input. */
export interface Input {
  readonly file: string;
}

/** Characters without which a pattern cannot be a glob (a superset of what tinyglobby treats as one). */
const MAYBE_GLOB = /[*?[\]{}()!+@\\]/;

/**
 * Expands the patterns into inputs in the order given: a glob's matches and a
 * directory's Markdown files sorted, node_modules left out; an error per glob
 * that matches nothing. With `unique` (check) a file is listed once however
 * often it is named; without (extract) a path named twice is read twice, as
 * asked, and only what globs and folders find is listed once.
 */
export async function expandPatterns(patterns: readonly string[], io: CliIo, { unique = true } = {}): Promise<{ inputs: Input[]; errors: string[] }> {
  const inputs: Input[] = [];
  const errors: string[] = [];
  const seen = new Set<string>();
  const add = (file: string, named = false) => {
    const key = file === '-' ? '-' : path.resolve(io.cwd, file);
    if (seen.has(key) && (unique || !named)) return;
    seen.add(key);
    inputs.push({ file });
  };
  let globber: typeof import('tinyglobby') | null = null;
  const tinyglobby = async () => (globber ??= await import('tinyglobby'));
  const find = async (pattern: string) =>
    [...(await (await tinyglobby()).glob(pattern, { cwd: io.cwd, onlyFiles: true, dot: false, ignore: ['**/node_modules/**'], expandDirectories: false }))].sort();
  for (const pattern of patterns) {
    if (pattern === '-') {
      add(pattern, true);
    } else if (!MAYBE_GLOB.test(pattern) || !(await tinyglobby()).isDynamicPattern(pattern)) {
      // a directory stands for the Markdown files under it; anything else is read as given
      const folder = io.isDirectory ? await io.isDirectory(pattern) : await io.exists(pattern);
      const inside = folder ? await find(`${(await tinyglobby()).escapePath(pattern.replace(/[\\/]+$/, ''))}/**/*.{md,markdown}`) : [];
      if (inside.length > 0) inside.forEach((file) => add(file));
      else add(pattern, true);
    } else {
      const matches = await find(pattern);
      if (matches.length === 0) errors.push(`extract: ${pattern}: no files match`);
      matches.forEach((file) => add(file));
    }
  }
  return { inputs, errors };
}
