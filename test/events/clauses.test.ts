/**
 * `splitClauses` finds its punctuation cuts by one native scan (a global class) and visits those alone: the clauses must
 * be those of the plain reading, character by character, with the same exceptions ("1,5", "12:30") and the same merge
 * with the locale's clause openers. Checked over sentences built around every punctuation mark, in several scripts.
 */
import { describe, expect, it } from 'vitest';
import { pushClause, splitClauses, type Clause } from '../../src/events/clauses.js';
import { eachMatch } from '../../src/events/each-match.js';
import { eventLocale as fr } from '../../src/locales/fr/events/index.js';

/** The clauses as the former per-character loop cut them. */
function plainClauses(text: string): Clause[] {
  const cuts = new Set([',', ';', ':', '(', ')', '—', '–', '[', ']']);
  const isDigit = (i: number) => i >= 0 && i < text.length && /\d/.test(text[i]!);
  const breaks: number[] = [];
  eachMatch(fr.clauseBreak, text, (m) => {
    if (m.index !== 0) breaks.push(m.index);
  });
  const clauses: Clause[] = [];
  const push = (start: number, end: number, next: number): number => pushClause(text, clauses, start, end, next);
  let start = 0;
  let b = 0;
  for (let i = 0; i < text.length; i++) {
    if (!cuts.has(text[i]!)) continue;
    if ((text[i] === ',' || text[i] === ':') && isDigit(i - 1) && isDigit(i + 1)) continue;
    for (; b < breaks.length && breaks[b]! <= i; b++) if (breaks[b]! >= start) start = push(start, breaks[b]!, breaks[b]!);
    if (i >= start) start = push(start, i, i + 1);
  }
  for (; b < breaks.length; b++) if (breaks[b]! >= start) start = push(start, breaks[b]!, breaks[b]!);
  push(start, text.length, text.length);
  return clauses;
}

const marks = [',', ';', ':', '(', ')', '—', '–', '[', ']', '-', '«', '»', '.', '…'];
const pieces = ['', ' ', '1', 'a', 'Paris', ' qui a dit', ' mais ', 'lorsqu\'il', ' 12', 'Ωμέγα', 'Москва', '😀'];

describe('splitClauses', () => {
  it('cuts where the per-character reading cuts', () => {
    const texts: string[] = [
      '',
      ',',
      '1,5 million, puis à 12:30 (heure de Paris) [sic] — dit-il – selon lui : fin.',
      'Le 3 avril, à Paris, des milliers de personnes ont manifesté, alors que le gouvernement, qui a annoncé lundi sa réforme, se tait.',
      'Il a dit « non » ; puis, (enfin) tandis que 3,14 et 2:1, Москва — Ωμέγα 😀, et fin…',
    ];
    for (const a of pieces) for (const m of marks) for (const b of pieces) texts.push(`${a}${m}${b}`, `Le ministre${a}${m}${b} a annoncé${m} qui${b}`);
    for (const text of texts) expect(splitClauses(text, fr), text).toEqual(plainClauses(text));
  });
});
