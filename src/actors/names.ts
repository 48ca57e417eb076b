/** Small, language-independent helpers on names: comparison keys, slugs, acronyms. */

/** Removes diacritics ("Nétanyahou" → "Netanyahou"); NFC in, NFC out. */
export function stripAccents(text: string): string {
  // (ASCII has no accent to strip, and NFD and NFC leave it as it is)
  if (!NOT_ASCII.test(text)) return text;
  // (the grouping asks again and again for the same few names: their answers kept, up to a bound)
  return kept(strippedNames, text, computeStripped);
}
const NOT_ASCII = /[^\u0000-\u007f]/;
const strippedNames = new Map<string, string>();

function computeStripped(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').normalize('NFC');
}

/**
 * How many answers each memo of this module keeps before it starts again (a bound on memory, whatever the input). A
 * corpus's names outgrow a few thousand within some hundred articles (300 bench articles ask ~4,000 keys of each memo),
 * and each start again made the next articles work out names met before again (and threw `kept`'s optimised code away).
 */
const MAX_KEPT = 1 << 16;

/** `compute(text)`, its answer kept in `answers` (up to MAX_KEPT answers, then the memo starts again). */
function kept(answers: Map<string, string>, text: string, compute: (text: string) => string): string {
  let answer = answers.get(text);
  if (answer === undefined) {
    if (answers.size >= MAX_KEPT) answers.clear();
    answers.set(text, (answer = compute(text)));
  }
  return answer;
}

/** Key under which two spellings count as the same name: no accents, lower case, straight apostrophes, single spaces. */
export function nameKey(text: string): string {
  // (the grouping asks for the keys of the same names and words article after article: their answers kept)
  return kept(nameKeys, text, computeNameKey);
}
const nameKeys = new Map<string, string>();

function computeNameKey(text: string): string {
  const lower = stripAccents(text).toLowerCase();
  // most names have nothing to straighten: no curly apostrophe or odd hyphen, single inner spaces only
  if (!NAME_KEY_CLEANUP.test(lower)) return lower;
  return lower.replace(/[’‘]/g, "'").replace(/[‐–]/g, '-').replace(/\s+/g, ' ').trim();
}
/** What `nameKey` changes after the lower case: a curly apostrophe, a hyphen other than "-", a space other than one " " between words. */
const NAME_KEY_CLEANUP = /[’‘‐–]|[^\S ]|  |^ | $/;

/** ASCII slug of a name ("Jean-Noël Barrot" → "jean-noel-barrot"). */
export function slugify(text: string): string {
  // (each article's actors are slugged: the same names come back article after article)
  return kept(slugs, text, computeSlug);
}
const slugs = new Map<string, string>();

function computeSlug(text: string): string {
  const slug = stripAccents(text)
    .replace(/[Œœ]/g, 'oe')
    .replace(/[Ææ]/g, 'ae')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'actor';
}

/** Gives each slug a unique id in order ("paris", "paris-2"). */
export function uniqueIds(slugs: readonly string[]): string[] {
  const used = new Set<string>();
  return slugs.map((slug) => {
    let id = slug;
    for (let n = 2; used.has(id); n++) id = `${slug}-${n}`;
    used.add(id);
    return id;
  });
}

/** Upper-case initials of a name's words, skipping `skip` words ("Organisation des Nations unies" → "ONU"). */
export function initials(name: string, skip: ReadonlySet<string>): string {
  return stripAccents(name)
    .split(/[\s\-‐’']+/)
    .filter((word) => word && !skip.has(word.toLowerCase()))
    .map((word) => word[0]!.toUpperCase())
    .join('');
}

/** Keys shared by two strings at edit distance ≤ 1: the string and each one-letter deletion of it. */
export function deletionKeys(text: string): string[] {
  const keys = [text];
  for (let i = 0; i < text.length; i++) keys.push(text.slice(0, i) + text.slice(i + 1));
  return keys;
}

/** Levenshtein distance, capped: returns limit + 1 as soon as it is exceeded. */
export function editDistance(a: string, b: string, limit = 2): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length]!;
}
