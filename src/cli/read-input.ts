/**
 * Bytes -> text, with a one-line reason for anything that is not a readable
 * UTF-8 text file: missing, a directory, binary, invalid UTF-8, empty, huge.
 */
import { isUtf8 } from 'node:buffer';
import type { CliIo } from './io.js';

/** Largest input read, in bytes. */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

export type InputResult = { ok: true; file: string; source: string } | { ok: false; file: string; message: string };

/** Reads one input (a path, or "-" for standard input) and decodes it. */
export async function readInput(path: string, io: CliIo): Promise<InputResult> {
  let bytes: Uint8Array;
  try {
    bytes = path === '-' ? await io.readStdin() : await io.readFile(path);
  } catch (error) {
    return { ok: false, file: path, message: `extract: ${displayName(path)}: ${describeIoError(error)}` };
  }
  const name = displayName(path);
  const utf16 = decodeUtf16(bytes);
  if (utf16 === null) return { ok: false, file: path, message: `extract: ${name}: not valid UTF-16 text (it starts with a UTF-16 byte order mark)` };
  const problem = utf16 === undefined ? checkBytes(bytes) : bytes.byteLength > MAX_INPUT_BYTES ? tooLarge(bytes.byteLength) : null;
  if (problem) return { ok: false, file: path, message: `extract: ${name}: ${problem}` };
  let source = utf16 ?? Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  if (source.charCodeAt(0) === 0xfeff) source = source.slice(1);
  if (source.trim().length === 0) return { ok: false, file: path, message: `extract: ${name}: empty file (no text to read)` };
  return { ok: true, file: path, source };
}

/** A file name on one line: one with control characters (a newline) is shown quoted, with escapes. */
export function displayName(path: string): string {
  return /[\u0000-\u001f\u007f]/.test(path) ? JSON.stringify(path) : path;
}

/**
 * The text of a file that starts with a UTF-16 byte order mark (as Windows tools write it), decoded; undefined for
 * any other file, null when its bytes are not UTF-16.
 */
function decodeUtf16(bytes: Uint8Array): string | null | undefined {
  const le = bytes[0] === 0xff && bytes[1] === 0xfe;
  const be = bytes[0] === 0xfe && bytes[1] === 0xff;
  if (!le && !be) return undefined;
  try {
    return new TextDecoder(le ? 'utf-16le' : 'utf-16be', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Why these bytes are not a text file we can read, or null when they are. */
export function checkBytes(bytes: Uint8Array): string | null {
  if (bytes.byteLength === 0) return 'empty file (no text to read)';
  if (bytes.byteLength > MAX_INPUT_BYTES) return tooLarge(bytes.byteLength);
  // anywhere in the file, not only at its start: Markdown text has no NUL
  if (bytes.includes(0)) return 'binary file (contains NUL bytes), not Markdown text';
  if (!isUtf8(bytes)) return `not valid UTF-8 text (first bad byte at offset ${firstInvalidUtf8(bytes)})`;
  return null;
}

function tooLarge(size: number): string {
  return `file too large (${(size / 1048576).toFixed(1)} MiB; the limit is ${MAX_INPUT_BYTES / 1048576} MiB)`;
}

/**
 * Byte offset of the first invalid UTF-8 sequence, after the table of well-formed sequences (Unicode 15, table 3-7):
 * the second byte's range also rules out overlong forms, UTF-16 surrogates (ED A0..BF) and code points past U+10FFFF.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (need < 0) return i;
    const low = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
    const high = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
    const second = bytes[i + 1] ?? -1;
    if (need > 0 && (second < low || second > high)) return i;
    for (let k = 2; k <= need; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += need + 1;
  }
  return i;
}

/** A one-line reason for a file-system error. */
export function describeIoError(error: unknown): string {
  const code = (error as { code?: string } | null)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EISDIR':
      return 'is a directory, not a file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOTDIR':
      return 'a part of the path is not a directory';
    case 'EFBIG':
      return `file too large (the limit is ${MAX_INPUT_BYTES / 1048576} MiB)`;
    case 'ENOSPC':
      return 'no space left on device';
    case 'EMFILE':
    case 'ENFILE':
      return 'too many open files';
    default:
      return error instanceof Error ? error.message.split('\n')[0]! : String(error);
  }
}
