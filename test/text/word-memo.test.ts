import { expect, test } from 'vitest';
import { actorLocale } from '../../src/locales/fr/actors/index.js';
import * as w from '../../src/locales/fr/actors/words.js';
import { memoWords } from '../../src/text/word-memo.js';

test('a memo answers as the function it keeps, asked once per word', () => {
  let calls = 0;
  const long = memoWords((word) => {
    calls++;
    return word.length > 3;
  });
  expect([long('abc'), long('abcd'), long('abc'), long('abcd')]).toEqual([false, true, false, true]);
  expect(calls).toBe(2);
});

test('a memo keeps a bounded number of answers, and answers the same after it forgets them', () => {
  let calls = 0;
  const even = memoWords((word) => {
    calls++;
    return word.length % 2 === 0;
  }, 4);
  const words = ['a', 'bb', 'ccc', 'dddd', 'eeeee', 'a', 'bb'];
  expect(words.map(even)).toEqual(words.map((x) => x.length % 2 === 0));
  // the fifth word found the memo full and emptied it: "a" and "bb" are worked out again
  expect(calls).toBe(7);
});

test('the French locale memoised classifiers answer as the functions of words.ts', () => {
  const sample = ['nationale', 'publique', 'indique', 'anti-stupéfiants', 'chrétienne-démocrate', 'maison', 'AfD', 'MoDem', 'McCain', 'LaREM', 'CDiscount', 'Paris'];
  for (const word of [...sample, ...sample]) {
    expect(actorLocale.isInstitutionalAdjective(word)).toBe(w.isInstitutionalAdjective(word));
    expect(actorLocale.isMixedAcronym(word)).toBe(w.isMixedAcronym(word));
  }
});
