/** A worker's output as UTF-8 bytes (./extract-worker.ts). */
const encoder = new TextEncoder();

/**
 * A text up to this many code units is encoded in one pass into a buffer of its largest UTF-8 size (3 bytes a unit):
 * `encode` first measures the text, then writes it (over 300 of the bench's articles, 119 -> 87 M instructions, valgrind).
 * A longer one is measured first, so that a buffer never holds much more than its bytes.
 */
export const ONE_PASS_UNITS = 1 << 20;

/** The text as UTF-8 bytes (as TextEncoder's `encode` makes them), on a buffer of their own: a worker hands it over. */
export function utf8Bytes(text: string): Uint8Array<ArrayBuffer> {
  if (text.length > ONE_PASS_UNITS) return encoder.encode(text);
  // (not zeroed, as zeroing it cost a third of the gain: only the bytes written are ever read)
  const buffer = Buffer.allocUnsafeSlow(text.length * 3).buffer as ArrayBuffer;
  return new Uint8Array(buffer, 0, encoder.encodeInto(text, new Uint8Array(buffer)).written);
}

