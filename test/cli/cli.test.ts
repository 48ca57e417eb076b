import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/program.js';
import { MAX_INPUT_BYTES } from '../../src/cli/read-input.js';
import { fakeIo } from '../helpers/fake-io.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const seed = readFileSync(new URL('../../fixtures/lecornu-choigou.md', import.meta.url), 'utf8');
const article = '# Titre\n\nUne phrase. Une autre.\n';

interface Case {
  name: string;
  args: string[];
  files?: Record<string, string | Uint8Array | 'dir'>;
  stdin?: string;
  exit: number;
  /** What stdout must look like. */
  out?: (out: string) => void;
  /** A pattern stderr must match; stderr must be empty when absent. */
  err?: RegExp;
}

const oneLine = (err: string) => err.trim().split('\n').length === 1;

// One table of cases: run in-process below, and the first ones again through the spawned binary.
const cases: Case[] = [
  { name: 'one file: pretty JSON', args: ['a.md'], files: { 'a.md': article }, exit: 0, out: (out) => expect(out).toMatch(/^\{\n {2}"schemaVersion": 2,/) },
  { name: 'stdin with -', args: ['-'], stdin: article, exit: 0, out: (out) => expect(JSON.parse(out).file).toBe('-') },
  { name: '--ndjson: one line per file', args: ['--ndjson', 'a.md'], files: { 'a.md': article }, exit: 0, out: (out) => expect(out.split('\n')).toHaveLength(2) },
  { name: 'several files: JSON Lines in order', args: ['a.md', 'b.md'], files: { 'a.md': article, 'b.md': '# B\n' }, exit: 0, out: (out) => expect(out.trim().split('\n').map((l) => JSON.parse(l).file)).toEqual(['a.md', 'b.md']) },
  { name: 'missing file: exit 2, one line', args: ['nope.md'], exit: 2, out: (out) => expect(out).toBe(''), err: /^extract: nope\.md: no such file\n$/ },
  { name: 'directory', args: ['dir'], files: { dir: 'dir' }, exit: 2, err: /^extract: dir: is a directory/ },
  { name: 'empty file', args: ['e.md'], files: { 'e.md': '' }, exit: 2, err: /^extract: e\.md: empty file/ },
  { name: 'binary file', args: ['b.md'], files: { 'b.md': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]) }, exit: 2, err: /^extract: b\.md: binary file/ },
  { name: 'invalid UTF-8', args: ['l.md'], files: { 'l.md': new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x2e]) }, exit: 2, err: /^extract: l\.md: not valid UTF-8 text \(first bad byte at offset 3\)/ },
  {
    name: 'a bad file among good ones: the others still processed, an error record in its place, exit 2',
    args: ['a.md', 'nope.md', 'b.md'],
    files: { 'a.md': article, 'b.md': article },
    exit: 2,
    out: (out) => expect(out.trim().split('\n').map((l) => JSON.parse(l))).toMatchObject([{ file: 'a.md', title: 'Titre' }, { file: 'nope.md', error: 'no such file' }, { file: 'b.md' }]),
    err: /nope\.md: no such file/,
  },
  { name: 'huge file', args: ['h.md'], files: { 'h.md': new Uint8Array(MAX_INPUT_BYTES + 1).fill(0x61) }, exit: 2, err: /^extract: h\.md: file too large/ },
  { name: 'whitespace only', args: ['w.md'], files: { 'w.md': ' \n\t\n' }, exit: 2, err: /^extract: w\.md: empty file/ },
  { name: 'BOM and CRLF', args: ['w.md'], files: { 'w.md': '\uFEFF# Titre\r\n\r\nTexte.\r\n' }, exit: 0, out: (out) => expect(JSON.parse(out).title).toBe('Titre') },
  { name: '--ref-date', args: ['--ref-date', '2024-04-05', 'a.md'], files: { 'a.md': article }, exit: 0, out: (out) => expect(JSON.parse(out).referenceDate).toEqual({ value: '2024-04-05', source: 'option' }) },
  { name: '--ref-date with a time', args: ['--ref-date', '2024-04-05T18:30', 'a.md'], files: { 'a.md': article }, exit: 0, out: (out) => expect(JSON.parse(out).referenceDate.value).toBe('2024-04-05T18:30') },
  { name: 'invalid --ref-date: usage error', args: ['--ref-date', '05/04/2024', 'a.md'], files: { 'a.md': article }, exit: 2, out: (out) => expect(out).toBe(''), err: /ref-date/ },
  { name: 'unknown option: usage error', args: ['--nope', 'a.md'], exit: 2, err: /unknown option '--nope'/ },
  { name: 'unsupported --lang', args: ['--lang', 'xx', 'a.md'], files: { 'a.md': article }, exit: 2, err: /supported: fr/ },
  { name: 'bad --format', args: ['--format', 'xml', 'a.md'], exit: 2, err: /Allowed choices are json, timeline, text/ },
  { name: 'no input', args: [], exit: 2, err: /no input files/ },
  { name: 'stdin twice', args: ['-', '-'], exit: 2, err: /only once/ },
  { name: '--version', args: ['--version'], exit: 0, out: (out) => expect(out).toMatch(/^\d+\.\d+\.\d+\n$/) },
  { name: '--help has examples', args: ['--help'], exit: 0, out: (out) => expect(out).toMatch(/Examples:[\s\S]*jq/) },
  { name: 'schema', args: ['schema'], exit: 0, out: (out) => expect(JSON.parse(out).$schema).toContain('json-schema.org') },
  { name: 'unsupported front matter language: that file fails', args: ['x.md'], files: { 'x.md': '---\nlang: de\n---\nText.' }, exit: 2, err: /x\.md: unsupported language 'de'/ },
];

describe('CLI in-process', () => {
  it.each(cases)('$name', async ({ args, files, stdin, exit, out, err }) => {
    const io = fakeIo(files, { stdin });
    expect(await run(args, io)).toBe(exit);
    out?.(io.out);
    if (err) {
      expect(io.err).toMatch(err);
      expect(io.err).not.toMatch(/\n\s+at /);
    } else expect(io.err).toBe('');
  });

  it.each([
    ['a terminal', { tty: true }, true],
    ['a terminal with NO_COLOR', { tty: true, env: { NO_COLOR: '1' } }, false],
    ['a pipe', { tty: false }, false],
    ['a pipe with FORCE_COLOR', { tty: false, env: { FORCE_COLOR: '1' } }, true],
  ])('timeline colour on %s: %s', async (_name, options, coloured) => {
    const io = fakeIo({ 'a.md': seed }, options);
    expect(await run(['--ref-date', '2024-04-05', '--format', 'timeline', 'a.md'], io)).toBe(0);
    expect(/\x1b\[/.test(io.out)).toBe(coloured);
    expect(io.out).toContain('2024-04-03');
  });

  it('--no-color wins over a terminal', async () => {
    const io = fakeIo({ 'a.md': seed }, { tty: true });
    await run(['--no-color', '--format', 'text', 'a.md'], io);
    expect(/\x1b\[/.test(io.out)).toBe(false);
  });

  it('a long article: its pretty JSON is written in pieces that make the whole text; --ndjson in one write', async () => {
    const long = `# Titre\n\n${Array.from({ length: 300 }, (_, i) => `## Partie ${i}\n\nLe 4 mai 2021, Mme Claire Martin a rencontré à Lyon le maire, qui partira le 12 juin.\n`).join('\n')}`;
    for (const [args, writes] of [[['long.md'], (n: number) => n > 1], [['--ndjson', 'long.md'], (n: number) => n === 1]] as const) {
      const io = fakeIo({ 'long.md': long });
      const pieces: string[] = [];
      const write = io.stdout;
      io.stdout = (text) => {
        pieces.push(text);
        write(text);
      };
      expect(await run(['--ref-date', '2024-04-05', ...args], io)).toBe(0);
      expect(writes(pieces.length)).toBe(true);
      expect(JSON.parse(io.out).events.length).toBeGreaterThan(300);
    }
  });

  it('stderr messages are single lines', async () => {
    const io = fakeIo({});
    await run(['missing.md'], io);
    expect(oneLine(io.err)).toBe(true);
  });
});

// spawning node takes seconds on a loaded 2-core machine: generous time-outs, no timing assertions
describe('CLI spawned (bin/extract.js, built dist/)', { timeout: 60_000 }, () => {
  const spawn = (args: string[], input?: string, env: Record<string, string> = {}) =>
    spawnSync(process.execPath, ['bin/extract.js', ...args], { cwd: root, input, encoding: 'utf8', env: { ...process.env, ...env } });

  it('runs on the seed with a reference date', () => {
    const r = spawn(['--ref-date', '2024-04-05', 'fixtures/lecornu-choigou.md']);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout).title).toBe('Sébastien Lecornu et Sergueï Choïgou échangent au téléphone');
  });

  it('reads standard input', () => {
    const r = spawn(['-'], seed);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).file).toBe('-');
  });

  it('a missing file: exit 2, one line, no stack trace, nothing on stdout', () => {
    const r = spawn(['no/such/file.md']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('extract: no/such/file.md: no such file\n');
  });

  it('a directory without Markdown files', () => {
    const r = spawn(['bin']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^extract: bin: is a directory/);
  });

  it('ends quietly when the reader goes away (EPIPE)', () => {
    const big = Array.from({ length: 1500 }, (_, i) => `## Partie ${i}\n\nLe ministre a parlé le 3 avril. Il est reparti.\n`).join('\n');
    const r = spawnSync('bash', ['-c', 'node bin/extract.js - | head -c 100 > /dev/null; echo "status=${PIPESTATUS[0]}"'], { cwd: root, input: big, encoding: 'utf8' });
    expect(r.stdout.trim()).toBe('status=0');
    expect(r.stderr).toBe('');
  });

  it('deterministic: same bytes twice', () => {
    const a = spawn(['--ref-date', '2024-04-05', 'fixtures/lecornu-choigou.md']).stdout;
    expect(a.length).toBeGreaterThan(0);
    expect(spawn(['--ref-date', '2024-04-05', 'fixtures/lecornu-choigou.md']).stdout).toBe(a);
  });

  it('in-process and spawned print the same bytes', async () => {
    const io = fakeIo({ 'fixtures/lecornu-choigou.md': seed });
    await run(['fixtures/lecornu-choigou.md'], io);
    expect(spawn(['fixtures/lecornu-choigou.md']).stdout).toBe(io.out);
  });
});
