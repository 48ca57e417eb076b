/** Dates the text writes, and the implicit ends of a duration that it does not (no text, `span: null`). */
import type { DateMention, Span } from '../types.js';

/** A date the text writes: every one but the implicit ends of a duration, which have no span. */
export type WrittenDate = DateMention & { readonly span: Span };

/** True for a date the text writes (it has a span), false for an implicit end. */
export function isWritten(date: DateMention): date is WrittenDate {
  return date.span !== null;
}
