/** Careless input (issue #10): NUL bytes, NFD text, UTF-16, bad UTF-8, odd file names, endless files, full disks. */
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { nodeIo, stdoutFailure } from '../../src/cli/node-io.js';
import { run } from '../../src/cli/program.js';
import { firstInvalidUtf8, MAX_INPUT_BYTES } from '../../src/cli/read-input.js';
import { extract } from '../../src/index.js';
import { fakeIo } from '../helpers/fake-io.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const article = '# Réunion\n\nLe 3 février 2024, le ministre a annoncé la réforme à 15 heures. Le 12 décembre, il est reparti en août.\n';

describe('NUL characters', () => {
  it('the library reads them as U+FFFD, as CommonMark does, and every span after them still slices to its text', () => {
    const source = article.replace('Le 3 février', 'Un mot\u0000 de trop. Le 3 février');
    const result = extract(source, { refDate: '2024-04-05' });
    expect(result.dates.map((d) => d.text)).toEqual(['Le 3 février 2024', '15 heures', 'Le 12 décembre', 'août']);
    for (const d of result.dates) expect(source.slice(d.span.start.offset, d.span.end.offset)).toBe(d.text);
  });

  it('the CLI refuses a NUL byte anywhere in the file, not only in its first 8 KiB, and reads the next file', async () => {
    const late = new TextEncoder().encode(`${'Du texte. '.repeat(1000)}\u0000 suite.\n`);
    const io = fakeIo({ 'late.md': late, 'ok.md': article });
    expect(await run(['late.md', 'ok.md'], io)).toBe(2);
    expect(io.err).toMatch(/^extract: late\.md: binary file \(contains NUL bytes\)/);
    // in a run of several files, the JSON lines hold an error record for the refused file, then the next article
    const lines = io.out.trim().split('\n').map((line) => JSON.parse(line) as { file: string; error?: string; dates?: unknown[] });
    expect(lines.map((l) => [l.file, l.error === undefined])).toEqual([['late.md', false], ['ok.md', true]]);
  });
});

describe('text in NFD (accents as combining marks)', () => {
  it('finds the same dates and events as in NFC, with spans on the source as read', () => {
    const nfd = article.normalize('NFD');
    const a = extract(article, { refDate: '2024-04-05' });
    const b = extract(nfd, { refDate: '2024-04-05' });
    expect(b.dates.map((d) => [d.text, d.value])).toEqual(a.dates.map((d) => [d.text, d.value]));
    expect(b.events.length).toBe(a.events.length);
    expect(b.events.length).toBeGreaterThan(1);
    for (const d of b.dates) expect(nfd.slice(d.span.start.offset, d.span.end.offset).normalize('NFC')).toBe(d.text);
    const title = b.sections[0]!;
    expect(nfd.slice(title.span.start.offset, title.span.end.offset)).toBe(nfd.trimEnd());
    // line and column count the source's code units
    const last = b.dates.at(-1)!;
    expect(last.span.start.column - 1).toBe(last.span.start.offset - nfd.lastIndexOf('\n', last.span.start.offset - 1) - 1);
  });
});

describe('bytes that are not UTF-8 text', () => {
  it('places an encoded surrogate or an overlong form at its first byte', () => {
    expect(firstInvalidUtf8(new Uint8Array([0x61, 0x62, 0x63, 0xed, 0xa0, 0x80, 0x64]))).toBe(3);
    expect(firstInvalidUtf8(new Uint8Array([0x61, 0xe0, 0x80, 0x80]))).toBe(1);
    expect(firstInvalidUtf8(new Uint8Array([0xf4, 0x90, 0x80, 0x80]))).toBe(0);
    // well-formed: the length (no bad byte)
    expect(firstInvalidUtf8(new TextEncoder().encode('été 😀'))).toBe(10);
  });

  it('reads UTF-16 with a byte order mark, little or big endian', async () => {
    const text = '# Titre\n\nLe 3 avril, le ministre est venu.\n';
    const le = new Uint8Array([0xff, 0xfe, ...[...text].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]);
    const be = new Uint8Array([0xfe, 0xff, ...[...text].flatMap((c) => [c.charCodeAt(0) >> 8, c.charCodeAt(0) & 0xff])]);
    const io = fakeIo({ 'le.md': le, 'be.md': be });
    expect(await run(['--ref-date', '2024-04-05', 'le.md', 'be.md'], io)).toBe(0);
    const [a, b] = io.out.trim().split('\n').map((line) => JSON.parse(line) as { dates: Array<{ value: string }> });
    expect(a!.dates.map((d) => d.value)).toEqual(['2024-04-03']);
    expect(b!.dates.map((d) => d.value)).toEqual(['2024-04-03']);
  });
});

describe('messages stay on one line', () => {
  it('a file name with a newline is shown quoted', async () => {
    const io = fakeIo({});
    expect(await run(['deux\nlignes.md'], io)).toBe(2);
    expect(io.err).toBe('extract: "deux\\nlignes.md": no such file\n');
  });

  it('an unknown YAML tag in the front matter prints nothing: the core never writes', () => {
    const warn = vi.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
    const log = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      const result = extract('---\ntitle: !inconnu Titre\n---\n\nTexte.\n');
      expect(result.frontMatter).toBeDefined();
      expect(warn).not.toHaveBeenCalled();
      expect(log).not.toHaveBeenCalled();
    } finally {
      warn.mockRestore();
      log.mockRestore();
    }
  });
});

describe('endless files and full disks', () => {
  it.skipIf(!existsSync('/dev/zero'))('reads /dev/zero up to the limit by the bytes read, not by its size (0)', async () => {
    const bytes = await nodeIo().readFile('/dev/zero');
    expect(bytes.byteLength).toBe(MAX_INPUT_BYTES + 1);
  });

  it('a failed write to standard output is one line and exit status 2; a reader gone away ends quietly', () => {
    expect(stdoutFailure(Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' }))).toEqual({
      message: 'extract: cannot write the output (no space left on device)\n',
      exitCode: 2,
    });
    expect(stdoutFailure(Object.assign(new Error('EPIPE'), { code: 'EPIPE' }))).toEqual({ message: null, exitCode: null });
  });

  it.skipIf(!existsSync('/dev/full'))('extract FILE > /dev/full: one line on stderr, exit status 2', () => {
    const full = openSync('/dev/full', 'w');
    try {
      const result = spawnSync(process.execPath, ['bin/extract.js', 'fixtures/lecornu-choigou.md'], { cwd: root, stdio: ['ignore', full, 'pipe'], encoding: 'utf8' });
      expect(result.status).toBe(2);
      expect(result.stderr).toBe('extract: cannot write the output (no space left on device)\n');
    } finally {
      closeSync(full);
    }
  });
});
