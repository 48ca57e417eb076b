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
    return { ok: false, file: path, message: `extract: ${path}: ${describeIoError(error)}` };
  }
  const problem = checkBytes(bytes);
  if (problem) return { ok: false, file: path, message: `extract: ${path}: ${problem}` };
  let source = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  if (source.charCodeAt(0) === 0xfeff) source = source.slice(1);
  if (source.trim().length === 0) return { ok: false, file: path, message: `extract: ${path}: empty file (no text to read)` };
  return { ok: true, file: path, source };
}

/** Why these bytes are not a text file we can read, or null when they are. */
export function checkBytes(bytes: Uint8Array): string | null {
  if (bytes.byteLength === 0) return 'empty file (no text to read)';
  if (bytes.byteLength > MAX_INPUT_BYTES) return `file too large (${(bytes.byteLength / 1048576).toFixed(1)} MiB; the limit is ${MAX_INPUT_BYTES / 1048576} MiB)`;
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) return 'binary file (contains NUL bytes), not Markdown text';
  if (!isUtf8(bytes)) return `not valid UTF-8 text (first bad byte at offset ${firstInvalidUtf8(bytes)})`;
  return null;
}

/** Byte offset of the first invalid UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
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
    case 'EMFILE':
    case 'ENFILE':
      return 'too many open files';
    default:
      return error instanceof Error ? error.message.split('\n')[0]! : String(error);
  }
}
