/**
 * White space as the patterns' `\s` and `String.prototype.trim` read it, by code unit: for loops
 * that step over characters without making a string of each or running a regex per character.
 * (ECMAScript's WhiteSpace and LineTerminator: the Zs category, tab, vertical tab, form feed,
 * the byte order mark, line feed, carriage return, the line and paragraph separators.)
 */

/** True when code unit `code` is white space for `\s` (and `trim`). */
export function isSpaceCode(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}
