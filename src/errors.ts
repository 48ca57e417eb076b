/** A problem with the options or the document that stops extraction (a usage error, exit 2). */
export class ExtractError extends Error {
  override readonly name = 'ExtractError';
}
