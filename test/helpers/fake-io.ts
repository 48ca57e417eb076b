import type { CliIo } from '../../src/cli/io.js';

export interface FakeIo extends CliIo {
  out: string;
  err: string;
  files: Map<string, Uint8Array | 'dir'>;
  written: Map<string, string>;
}

/** An in-memory CliIo: files from a map, stdout and stderr captured. */
export function fakeIo(files: Record<string, string | Uint8Array | 'dir'> = {}, options: { stdin?: string | Uint8Array; tty?: boolean; env?: Record<string, string> } = {}): FakeIo {
  const encode = (v: string | Uint8Array) => (typeof v === 'string' ? new TextEncoder().encode(v) : v);
  const map = new Map<string, Uint8Array | 'dir'>(Object.entries(files).map(([k, v]) => [k, v === 'dir' ? 'dir' : encode(v)]));
  const io: FakeIo = {
    out: '',
    err: '',
    files: map,
    written: new Map(),
    stdout(text) {
      io.out += text;
    },
    stderr(text) {
      io.err += text;
    },
    async readFile(path) {
      const f = map.get(path);
      if (f === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
      if (f === 'dir') throw Object.assign(new Error(`EISDIR: ${path}`), { code: 'EISDIR' });
      return f;
    },
    async readStdin() {
      return encode(options.stdin ?? '');
    },
    async writeFileAtomic(path, text) {
      io.written.set(path, text);
      map.set(path, encode(text));
    },
    async makeDir(path) {
      if (map.get(path) instanceof Uint8Array) throw Object.assign(new Error(`EEXIST: ${path}`), { code: 'EEXIST' });
      map.set(path, 'dir');
    },
    async exists(path) {
      return map.has(path);
    },
    cwd: '/work',
    env: options.env ?? {},
    stdoutIsTTY: options.tty ?? false,
  };
  return io;
}
