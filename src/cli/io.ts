/**
 * Everything the CLI needs from the outside world, passed in so that the
 * commands can run in-process in tests: `bin/extract.js` gives the real one.
 */
export interface CliIo {
  /** Writes to standard output; returns false once the reader has gone away (EPIPE). */
  stdout(text: string): void;
  /**
   * Writes UTF-8 bytes to standard output, the same stream as `stdout` (an io that replaces `stdout` must replace or
   * drop this too): the workers of `extract --jobs` send their output encoded, so that the main thread only writes it.
   * Without it, the bytes are decoded and written with `stdout`.
   */
  stdoutBytes?(bytes: Uint8Array): void;
  stderr(text: string): void;
  /** Reads a file as raw bytes; throws a Node-style error (code ENOENT, EISDIR …). */
  readFile(path: string): Promise<Uint8Array>;
  /** Reads all of standard input as raw bytes. */
  readStdin(): Promise<Uint8Array>;
  /**
   * Writes a file atomically (temporary file then rename). Fails (EACCES)
   * when the file's mode bits do not let the user write it, even as root;
   * with `expected`, fails (ECHANGED) when the file no longer holds these
   * bytes just before the rename, so that an edit made meanwhile is not lost.
   */
  writeFileAtomic(path: string, text: string, expected?: Uint8Array): Promise<void>;
  /** Creates a folder and its parents (no error when it exists). */
  makeDir(path: string): Promise<void>;
  /** True when a file or folder exists at path. */
  exists(path: string): Promise<boolean>;
  /** True when path is a folder (without it, `exists` stands in). */
  isDirectory?(path: string): Promise<boolean>;
  /** The lines of a file ("-": standard input), streamed (without it, the whole input is read, then split). */
  readLines?(path: string): AsyncIterable<string>;
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** True when standard output is a terminal (colour allowed unless NO_COLOR). */
  readonly stdoutIsTTY: boolean;
  /** True when standard error is a terminal (the corpus progress line is shown only then). */
  readonly stderrIsTTY?: boolean;
  /** How many cores the process may use; without it, the CLI runs every file in the main thread (no workers). */
  readonly parallelism?: number;
}
