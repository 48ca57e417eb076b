/**
 * The text of inline Markdown (emphasis, links, code spans, escapes,
 * entities) with inline markup removed, each character mapped back to its
 * exact source range.
 */
import type { Nodes, PhrasingContent } from 'mdast';
import { MappedTextBuilder, OffsetArena, type MappedText } from '../text/mapped-text.js';

const ENTITY = /^&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/;

/** Text of a list of inline nodes, mapped to the source (the maps stored in `arena`: one per document). */
export function inlineText(children: readonly Nodes[], source: string, arena: OffsetArena = new OffsetArena()): MappedText {
  const builder = new MappedTextBuilder(arena);
  appendInline(children, source, builder);
  return builder.build();
}

function appendInline(children: readonly Nodes[], source: string, builder: MappedTextBuilder): void {
  // an explicit stack, not recursion: emphasis or links nested thousands deep must not overflow
  const pending: Nodes[] = [...children].reverse();
  for (let node = pending.pop(); node; node = pending.pop()) {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    switch (node.type) {
      case 'text':
      case 'inlineCode':
        if (start === undefined || end === undefined) builder.appendReplacement(node.value, 0, 0);
        else alignValue(node.value, source, start, end, builder);
        break;
      case 'break':
        builder.appendReplacement('\n', start ?? 0, end ?? 0);
        break;
      case 'emphasis':
      case 'strong':
      case 'delete':
      case 'link':
      case 'linkReference':
        for (let i = node.children.length - 1; i >= 0; i--) pending.push(node.children[i] as PhrasingContent);
        break;
      default:
        // images, inline HTML, footnote references: not part of the language text
        break;
    }
  }
}

/**
 * Maps a node's decoded value onto its source range [start, end): equal
 * characters map one to one, a backslash escape or an entity maps to its
 * whole source form, and source characters with no counterpart in the value
 * (code-span backticks, block-quote markers, indentation) are skipped.
 */
function alignValue(value: string, source: string, start: number, end: number, builder: MappedTextBuilder): void {
  // (most values are their source as written: one comparison by the engine, the same single run the loop would append)
  if (value.length > 0 && start + value.length <= end && source.startsWith(value, start)) {
    builder.appendSource(value, start);
    return;
  }
  let j = start;
  let i = 0;
  while (i < value.length) {
    const c = value[i]!;
    if (j >= end) {
      builder.appendReplacement(value.slice(i), end, end);
      return;
    }
    const s = source[j]!;
    if (s === c) {
      // the whole run of characters that match one to one, appended at once (not a string per character)
      let k = 1;
      while (i + k < value.length && j + k < end && source[j + k] === value[i + k]) k++;
      builder.appendSource(k === 1 ? c : value.slice(i, i + k), j);
      i += k;
      j += k;
      continue;
    }
    if (s === '\\' && source[j + 1] === c) {
      builder.appendReplacement(c, j, j + 2);
      i++;
      j += 2;
      continue;
    }
    if (s === '&') {
      const match = ENTITY.exec(source.slice(j, Math.min(end, j + 40)));
      if (match) {
        // the decoded entity is one code point: one or two UTF-16 units of the value
        const width = value.codePointAt(i)! > 0xffff ? 2 : 1;
        builder.appendReplacement(value.slice(i, i + width), j, j + match[0].length);
        i += width;
        j += match[0].length;
        continue;
      }
    }
    if (c === '\n' && s === '\r' && source[j + 1] === '\n') {
      builder.appendReplacement('\n', j, j + 2);
      i++;
      j += 2;
      continue;
    }
    j++;
  }
}
