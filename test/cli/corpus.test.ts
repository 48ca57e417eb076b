/**
 * Corpus mode of `extract`: folders, globs, --files-from, NDJSON input,
 * workers (--jobs), records in input order, an error record per failed
 * input, --timeout, and the NDJSON map step under GNU parallel. The worker
 * runs go through the spawned binary (bin/extract.js loads the built dist/).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/program.js';
import { articleJsonSchema } from '../../src/schema.js';
import { fakeIo } from '../helpers/fake-io.js';

const bin = fileURLToPath(new URL('../../bin/extract.js', import.meta.url));
const STALL = '<!-- extract-test-stall -->';

/** A short article of n paragraphs: the longer ones take longer, so with workers they finish out of order. */
const article = (title: string, n: number) =>
  `# ${title}\n\n${Array.from({ length: n }, (_, i) => `Le ministre ${title} a annoncé le ${(i % 27) + 1} mars une réforme à Paris. Elle sera votée en juin.`).join('\n\n')}\n`;

const lines = (out: string) => out.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);
const validate = new Ajv({ strict: false }).compile(articleJsonSchema());

let dir: string;
const spawn = (args: string[], options: { input?: string; env?: Record<string, string> } = {}) =>
  spawnSync(process.execPath, [bin, ...args], { cwd: dir, input: options.input, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, ...options.env } });

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'extract-corpus-'));
  mkdirSync(join(dir, 'corpus', 'sub'), { recursive: true });
  // a long file first: with two workers it ends after the short ones that follow it
  writeFileSync(join(dir, 'corpus', 'a.md'), article('Alpha', 120));
  writeFileSync(join(dir, 'corpus', 'b.md'), article('Bravo', 1));
  writeFileSync(join(dir, 'corpus', 'c.md'), new Uint8Array([0x89, 0x50, 0, 0, 1]));
  writeFileSync(join(dir, 'corpus', 'd.md'), article('Delta', 2));
  writeFileSync(join(dir, 'corpus', 'sub', 'e.md'), article('Echo', 1));
  writeFileSync(join(dir, 'corpus', 'notes.txt'), 'pas du Markdown');
  writeFileSync(join(dir, 'stall.md'), `${article('Stall', 1)}\n${STALL}\n`);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('corpus mode, spawned', { timeout: 120_000 }, () => {
  const order = ['corpus/a.md', 'corpus/b.md', 'corpus/c.md', 'corpus/d.md', 'corpus/sub/e.md'];

  it('a folder: its Markdown files in sorted order, an error record in place of the binary one, same bytes with 1 and 2 jobs', () => {
    const one = spawn(['--jobs', '1', 'corpus']);
    const two = spawn(['--jobs', '2', 'corpus/']);
    expect(one.status).toBe(2);
    expect(lines(one.stdout).map((r) => r.file)).toEqual(order);
    expect(lines(one.stdout)[2]).toEqual({ file: 'corpus/c.md', error: 'binary file (contains NUL bytes), not Markdown text' });
    expect(one.stderr).toBe('extract: corpus/c.md: binary file (contains NUL bytes), not Markdown text\n');
    expect(two.stdout.replaceAll('corpus//', 'corpus/')).toBe(one.stdout);
    expect(two.status).toBe(2);
  });

  it('a glob, as check takes it; each record names the extractor and fits the schema', () => {
    const r = spawn(['--jobs', '2', 'corpus/**/*.md', '--ref-date', '2024-04-05']);
    const records = lines(r.stdout).filter((x) => !('error' in x));
    expect(records.map((x) => x.file)).toEqual(['corpus/a.md', 'corpus/b.md', 'corpus/d.md', 'corpus/sub/e.md']);
    for (const record of records) {
      expect(record.extractor).toEqual({ name: 'extract-news', version: expect.stringMatching(/^\d+\.\d+\.\d+/) });
      expect(validate(record), JSON.stringify(validate.errors)).toBe(true);
    }
  });

  it('--files-from -: the listed paths in their order, a missing one as an error record', () => {
    const r = spawn(['--files-from', '-', '--jobs', '2'], { input: 'corpus/d.md\n\ncorpus/nope.md\ncorpus/a.md\n' });
    expect(r.status).toBe(2);
    expect(lines(r.stdout).map((x) => [x.file, x.error ?? null])).toEqual([
      ['corpus/d.md', null],
      ['corpus/nope.md', 'no such file'],
      ['corpus/a.md', null],
    ]);
  });

  it('--timeout: a file that never finishes is ended with an error record; the run goes on', () => {
    const r = spawn(['--timeout', '1', '--jobs', '1', 'corpus/b.md', 'stall.md', 'corpus/d.md'], { env: { EXTRACT_TEST_STALL: '1' } });
    expect(r.status).toBe(2);
    const records = lines(r.stdout);
    expect(records.map((x) => x.file)).toEqual(['corpus/b.md', 'stall.md', 'corpus/d.md']);
    expect(records[1]!.error).toMatch(/^timed out after 1 s/);
    expect(records[2]!.title).toBe('Delta');
    expect(r.stderr).toMatch(/^extract: stall\.md: timed out after 1 s \(--timeout\)[^\n]*\n$/);
  });

  it('--timeout on one file runs it in a worker too', () => {
    const r = spawn(['--timeout', '1', 'stall.md'], { env: { EXTRACT_TEST_STALL: '1' } });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^extract: stall\.md: timed out/);
  });

  // .ci/run installs GNU parallel; on a developer's machine without it the test is skipped, and says so
  const hasParallel = spawnSync('parallel', ['--version'], { encoding: 'utf8' }).status === 0;
  if (!hasParallel && !process.env.CI) console.warn('corpus mode: GNU parallel is not installed (apt-get install parallel): its test is skipped');
  it("--input ndjson: a bad record's error names its own line, however far ahead the workers' window reads", () => {
    const input = Array.from({ length: 12 }, (_, i) => (i === 1 || i === 8 ? '{oops' : JSON.stringify({ id: `r${i + 1}`, text: `Texte ${i + 1}.` }))).join('\n');
    const r = spawn(['--jobs', '1', '--input', 'ndjson', '-'], { input });
    const errors = lines(r.stdout).filter((x) => 'error' in x);
    expect(errors.map((x) => [x.file, String(x.error).split(':')[0]])).toEqual([
      ['-:2', 'line 2 of -'],
      ['-:9', 'line 9 of -'],
    ]);
  });

  it.skipIf(!hasParallel && !process.env.CI)('--input ndjson under GNU parallel (the map step of a cluster): the same records as one run', () => {
    expect(hasParallel, 'GNU parallel is needed (apt-get install parallel)').toBe(true);
    const input = Array.from({ length: 12 }, (_, i) => JSON.stringify({ id: `doc-${i}`, text: article(`N${i}`, 1 + (i % 3)), date: `2024-04-${String(i + 1).padStart(2, '0')}` })).join('\n');
    const single = spawn(['--input', 'ndjson', '-'], { input });
    const cmd = `parallel --pipe -N 5 --keep-order ${JSON.stringify(process.execPath)} ${JSON.stringify(bin)} --jobs 1 --input ndjson -`;
    const mapped = spawnSync('bash', ['-c', cmd], { cwd: dir, input, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    expect(mapped.status).toBe(0);
    expect(lines(mapped.stdout).map((x) => x.file)).toEqual(Array.from({ length: 12 }, (_, i) => `doc-${i}`));
    expect(mapped.stdout).toBe(single.stdout);
  });
});

describe('corpus mode, in-process (no workers)', { timeout: 60_000 }, () => {
  it('--input ndjson: id or file names the record, date is its reference date, bad lines get error records', async () => {
    const input = [
      JSON.stringify({ id: 'x1', text: 'Le ministre a parlé hier.', date: '2024-04-05' }),
      '',
      'not json',
      JSON.stringify({ file: 'y.md', text: '# Titre\n\nTexte.' }),
      JSON.stringify({ id: 7 }),
    ].join('\n');
    const io = fakeIo({}, { stdin: input });
    expect(await run(['--input', 'ndjson', '-'], io)).toBe(2);
    const records = lines(io.out);
    expect(records.map((r) => r.file)).toEqual(['x1', '-:3', 'y.md', '7']);
    expect(records[0]!.referenceDate).toEqual({ value: '2024-04-05', source: 'option' });
    expect(records[1]!.error).toMatch(/^line 3 of -: not a JSON object/);
    expect(records[3]!.error).toMatch(/no "text"/);
    expect(io.err.trim().split('\n')).toHaveLength(2);
  });

  it('reads no further ahead than its window: memory bounded by the window, not by the corpus', async () => {
    const io = fakeIo();
    let read = 0;
    let ahead = 0;
    Object.assign(io, {
      async *readLines() {
        for (let i = 0; i < 40; i++) {
          read++;
          yield JSON.stringify({ id: `r${i}`, text: `Texte ${i}.` });
        }
      },
    });
    const stdout = io.stdout.bind(io);
    io.stdout = (text: string) => {
      stdout(text);
      ahead = Math.max(ahead, read - lines(io.out).length);
    };
    expect(await run(['--input', 'ndjson', 'records.ndjson'], io)).toBe(0);
    expect(lines(io.out)).toHaveLength(40);
    expect(ahead).toBeLessThanOrEqual(4);
  });

  it('--files-from a file; a list that cannot be read is an error', async () => {
    const io = fakeIo({ 'list.txt': 'b.md\r\na.md\n', 'a.md': '# A\n\nTexte.', 'b.md': '# B\n\nTexte.' });
    expect(await run(['--files-from', 'list.txt'], io)).toBe(0);
    expect(lines(io.out).map((r) => r.title)).toEqual(['B', 'A']);
    const missing = fakeIo({});
    expect(await run(['--files-from', 'nope.txt'], missing)).toBe(2);
    expect(missing.err).toBe('extract: nope.txt: no such file\n');
  });

  it('a path named twice is read twice (as asked); a file a glob or folder finds again is listed once', async () => {
    const io = fakeIo({ 'a.md': '# A\n\nTexte.' });
    expect(await run(['--ndjson', 'a.md', 'a.md'], io)).toBe(0);
    expect(lines(io.out).map((r) => r.file)).toEqual(['a.md', 'a.md']);
  });

  it('usage errors: --files-from with NDJSON input, stdin twice, bad --jobs and --timeout', async () => {
    for (const args of [['--input', 'ndjson', '--files-from', 'l', '-'], ['--files-from', '-', '-'], ['--jobs', '0', 'a.md'], ['--timeout', 'x', 'a.md']]) {
      const io = fakeIo({ 'a.md': '# A' });
      expect(await run(args, io)).toBe(2);
      expect(io.out).toBe('');
      expect(io.err.trim().split('\n')[0]).toMatch(/^extract: /);
    }
  });

  it('a progress line on a terminal only, cleared at the end', async () => {
    const files = { 'a.md': '# A\n\nTexte.', 'b.md': '# B\n\nTexte.' };
    const tty = fakeIo(files);
    Object.assign(tty, { stderrIsTTY: true });
    expect(await run(['a.md', 'b.md'], tty)).toBe(0);
    expect(tty.err).toMatch(/^\r\x1b\[Kextract: 1\/2 files, 0\.0 MB, [\d.]+ MB\/s ETA \d+s\r\x1b\[K$/);
    const pipe = fakeIo(files);
    expect(await run(['a.md', 'b.md'], pipe)).toBe(0);
    expect(pipe.err).toBe('');
    expect(tty.out).toBe(pipe.out);
  });
});
