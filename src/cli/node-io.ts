/** The real CliIo, over Node's process and file system. */
import { createReadStream } from 'node:fs';
import { mkdir, readFile, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { createInterface } from 'node:readline';
import type { CliIo } from './io.js';
import { MAX_INPUT_BYTES } from './read-input.js';

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

/** Builds the io of a real process. */
export function nodeIo(): CliIo {
  return {
    stdout: (text) => {
      process.stdout.write(text);
    },
    stderr: (text) => {
      process.stderr.write(text);
    },
    readFile: async (path) => {
      const info = await stat(path);
      if (info.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
      if (info.size > MAX_INPUT_BYTES) throw Object.assign(new Error('file too large'), { code: 'EFBIG', size: info.size });
      return readFile(path);
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
