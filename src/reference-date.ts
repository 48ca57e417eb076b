/**
 * The reference date option: `YYYY-MM-DD[THH:MM[:SS]]`. On its own so that the
 * CLI checks the option without loading the pipeline.
 */
const REF_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?$/;

/** Checks a `YYYY-MM-DD[THH:MM[:SS]]` reference date; returns it normalised or null when invalid. */
export function parseReferenceDate(text: string): string | null {
  const m = REF_DATE.exec(text.trim());
  if (!m) return null;
  const [y, mo, d, h = '00', mi = '00', s = '00'] = m.slice(1) as string[];
  const date = new Date(Date.UTC(+y!, +mo! - 1, +d!, +h, +mi, +s));
  const ok = date.getUTCFullYear() === +y! && date.getUTCMonth() === +mo! - 1 && date.getUTCDate() === +d! && +h < 24 && +mi < 60 && +s < 60;
  return ok ? text.trim() : null;
}
