/** Drops what a parser found inside a URL, an e-mail address or a file path ("…/2024/04/03/le-3-avril…"). */
import type { DateRefiner } from '../../../../dates/date-locale.js';

export const dropInUrls: DateRefiner = {
  name: 'drop-in-urls',
  refine(candidates, text) {
    if (candidates.length === 0 || !/[/@]|www\./.test(text)) return candidates;
    const spans: [number, number][] = [];
    const token = /[^\s<>"«»()]+/gu;
    for (let m = token.exec(text); m; m = token.exec(text)) {
      if (/^(?:[a-z][a-z0-9+.-]*:\/\/|www\.)|@[\w-]+\.\w|\/[\w-]*[a-z][\w-]*\/|\.(?:html?|php|pdf|md)\b/i.test(m[0])) spans.push([m.index, m.index + m[0].length]);
    }
    if (spans.length === 0) return candidates;
    return candidates.filter((c) => !spans.some(([a, b]) => c.from < b && c.to > a));
  },
};
