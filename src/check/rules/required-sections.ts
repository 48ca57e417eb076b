/**
 * required-sections: the article's headings follow a configured outline, like
 * markdownlint's MD043. Each entry of `headings` is a heading ("## Contexte":
 * that level; "Contexte": any level), a regular expression written "/…/flags"
 * tested against "## Contexte", or a wildcard: "*" any number of headings, "+"
 * one or more, "?" exactly one.
 */
import type { Rule } from '../types.js';
import { headings, plainText, spanOf } from '../mdast.js';

export interface RequiredSectionsOptions {
  headings: string[];
  /** Compare heading text case-sensitively. */
  matchCase: boolean;
}

type Item = { kind: 'wildcard'; min: number; max: number } | { kind: 'heading'; label: string; test: (heading: string) => boolean };

/** Turns the configured outline into items to match against "## Title" strings. */
export function compileOutline(entries: readonly string[], matchCase: boolean): Item[] {
  const fold = (s: string) => (matchCase ? s : s.toLocaleLowerCase('fr'));
  return entries.map((entry): Item => {
    if (entry === '*') return { kind: 'wildcard', min: 0, max: Infinity };
    if (entry === '+') return { kind: 'wildcard', min: 1, max: Infinity };
    if (entry === '?') return { kind: 'wildcard', min: 1, max: 1 };
    const regex = /^\/(.*)\/([a-z]*)$/su.exec(entry);
    if (regex) {
      const pattern = new RegExp(regex[1]!, regex[2]!.replace(/[gy]/g, '') + (matchCase || regex[2]!.includes('i') ? '' : 'i'));
      return { kind: 'heading', label: entry, test: (heading) => pattern.test(heading) };
    }
    const atx = /^(#{1,6})\s+(.*)$/su.exec(entry.trim());
    const wanted = fold((atx ? atx[2]! : entry).trim());
    return {
      kind: 'heading',
      label: entry,
      test: (heading) => {
        const [, hashes = '', text = ''] = /^(#+) (.*)$/su.exec(heading) ?? [];
        return (!atx || hashes === atx[1]) && fold(text.trim()) === wanted;
      },
    };
  });
}

/**
 * reach[i][j]: the first i headings match the first j items. Returns the
 * table; the outline matches when reach[n][m]. Linear in its size (n + 1) ×
 * (m + 1): an unbounded wildcard carries a match one heading further instead
 * of trying every length from each position. `counter` counts the steps (for tests).
 */
export function matchOutline(actual: readonly string[], items: readonly Item[], counter?: { steps: number }): boolean[][] {
  const n = actual.length;
  const m = items.length;
  const reach = Array.from({ length: n + 1 }, () => new Array<boolean>(m + 1).fill(false));
  reach[0]![0] = true;
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j < m; j++) {
      const item = items[j]!;
      if (counter) counter.steps++;
      if (reach[i]![j]) {
        if (item.kind === 'heading') {
          if (i < n && item.test(actual[i]!)) reach[i + 1]![j + 1] = true;
        } else if (item.max === Infinity) {
          if (i + item.min <= n) reach[i + item.min]![j + 1] = true;
        } else {
          for (let k = item.min; k <= item.max && i + k <= n; k++) reach[i + k]![j + 1] = true;
          if (counter) counter.steps += item.max - item.min;
        }
      }
      // "*" and "+" take one more heading: what matches up to i with them matches up to i + 1
      if (item.kind === 'wildcard' && item.max === Infinity && i < n && reach[i]![j + 1]) reach[i + 1]![j + 1] = true;
    }
  }
  return reach;
}

/** Why an outline cannot be used (an invalid /regular expression/), or null. */
export function outlineProblem(entries: readonly string[]): string | null {
  for (const entry of entries) {
    try {
      compileOutline([entry], false);
    } catch (error) {
      return `option "headings": ${entry} is not a valid regular expression (${error instanceof Error ? error.message : String(error)})`;
    }
  }
  return null;
}

export const requiredSections: Rule<RequiredSectionsOptions> = {
  id: 'required-sections',
  description: 'Headings follow the configured outline',
  defaultLevel: 'off',
  fixable: false,
  optionsSchema: {
    type: 'object',
    properties: {
      headings: {
        type: 'array',
        items: { type: 'string', minLength: 1 },
        description: 'the outline: "## Title", "Title" (any level), "/regex/", or the wildcards "*", "+", "?"',
      },
      matchCase: { type: 'boolean', description: 'compare heading text case-sensitively' },
    },
    additionalProperties: false,
  },
  defaultOptions: { headings: [], matchCase: false },
  validateOptions: (options) => outlineProblem(options.headings),
  check({ source, lines, tree, options, report }) {
    if (options.headings.length === 0) return;
    const nodes = headings(tree);
    const actual = nodes.map((heading) => `${'#'.repeat(heading.depth)} ${plainText(heading).trim()}`);
    const items = compileOutline(options.headings, options.matchCase);
    const reach = matchOutline(actual, items);
    const n = actual.length;
    const m = items.length;
    if (reach[n]![m]) return;
    // The longest run of headings that still fits the outline, and how far into the outline it got, show where it goes wrong.
    let best = 0;
    for (let i = n; i >= 0 && best === 0; i--) if (reach[i]!.some(Boolean)) best = i;
    const progress = reach[best]!.lastIndexOf(true);
    const label = (item: Item | undefined) => (item === undefined ? null : item.kind === 'heading' ? JSON.stringify(item.label) : 'another heading');
    if (best < n) {
      const wanted = label(items[progress]);
      report({
        message: `Heading ${JSON.stringify(actual[best])} is not in the required outline: ${wanted ? `expected ${wanted}` : 'the outline ends before it'}`,
        span: spanOf(nodes[best]!),
      });
      return;
    }
    const missing = items.slice(progress).find((item) => item.kind === 'heading' || item.min > 0);
    report({
      message: `Required heading missing: ${label(missing) ?? 'another heading'}`,
      line: lines.point(source.trimEnd().length).line,
    });
  },
};
