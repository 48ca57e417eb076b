/** The real CliIo, over Node's process and file system. */
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { mkdir, open, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { createInterface } from 'node:readline';
import { EXIT_ERROR } from './exit-codes.js';
import type { CliIo } from './io.js';
import { describeIoError, MAX_INPUT_BYTES } from './read-input.js';

async function readStream(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buffer.byteLength;
    chunks.push(buffer);
    // past the limit, stop buffering: readInput reports it as too large
    if (size > MAX_INPUT_BYTES) break;
  }
  return Buffer.concat(chunks);
}

/** What a failed write to standard output means: a reader gone away ends quietly, anything else is an error. */
export function stdoutFailure(error: unknown): { message: string | null; exitCode: number | null } {
  if ((error as { code?: string } | null)?.code === 'EPIPE') return { message: null, exitCode: null };
  return { message: `extract: cannot write the output (${describeIoError(error)})\n`, exitCode: EXIT_ERROR };
}

/**
 * Reads a file, at most MAX_INPUT_BYTES + 1 bytes: the bytes read are counted, not the size `stat` gives, which is 0
 * for /dev/zero, a FIFO or a pipe that never ends. Past the limit, readInput reports the file as too large.
 */
async function readCapped(path: string): Promise<Uint8Array> {
  const file = await open(path, 'r');
  try {
    const chunks: Buffer[] = [];
    let size = 0;
    for (;;) {
      const buffer = Buffer.allocUnsafe(Math.min(1 << 20, MAX_INPUT_BYTES + 1 - size));
      const { bytesRead } = await file.read(buffer, 0, buffer.byteLength, null);
      if (bytesRead === 0) break;
      chunks.push(buffer.subarray(0, bytesRead));
      size += bytesRead;
      if (size > MAX_INPUT_BYTES) break;
    }
    return Buffer.concat(chunks, size);
  } finally {
    await file.close();
  }
}

/** Builds the io of a real process. */
export function nodeIo(): CliIo {
  return {
    stdout: (text) => {
      process.stdout.write(text);
    },
    stdoutBytes: (bytes) => {
      process.stdout.write(bytes);
    },
    stderr: (text) => {
      process.stderr.write(text);
    },
    readFile: async (path) => {
      // synchronous for a regular file: the CLI reads one input at a time and waits for it anyway, and each of the
      // four steps of an asynchronous read (stat, open, read, close) waited its turn in the thread pool, then in the
      // event loop (a tenth of `check`'s wall time over many small files on a busy machine)
      const info = statSync(path);
      if (info.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
      if (info.size > MAX_INPUT_BYTES) throw Object.assign(new Error('file too large'), { code: 'EFBIG', size: info.size });
      // anything else (a FIFO, a device, a pipe): read in chunks up to the limit
      return info.isFile() ? readFileSync(path) : readCapped(path);
    },
    readStdin: () => readStream(process.stdin),
    // loaded on first use: only `check --fix` writes files
    writeFileAtomic: async (path, text, expected) => (await import('./safe-write.js')).safeWriteFile(path, text, expected),
    makeDir: async (path) => {
      await mkdir(path, { recursive: true });
    },
    exists: async (path) => {
      try {
        await stat(path);
        return true;
      } catch {
        return false;
      }
    },
    isDirectory: async (path) => {
      try {
        return (await stat(path)).isDirectory();
      } catch {
        return false;
      }
    },
    readLines: (path) => createInterface({ input: path === '-' ? process.stdin : createReadStream(path), crlfDelay: Infinity }),
    cwd: process.cwd(),
    env: process.env,
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    stderrIsTTY: Boolean(process.stderr.isTTY),
    parallelism: availableParallelism(),
  };
}
