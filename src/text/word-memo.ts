/**
 * Answers of a pure question about a word, kept: the recognisers ask the same few words the same questions again and
 * again (an adjective's shape, an acronym's), each answer through patterns that cost far more than a map look-up.
 */

/** How many answers one memo keeps at most: past that it starts again empty (a long corpus's words never pile up). */
export const WORD_MEMO_MAX = 4096;

/**
 * `test` with its answers kept by word, up to `max` words (then forgotten all at once). `test` must be a function of the
 * word alone (no state, no other input): the memo answers as it does.
 */
export function memoWords(test: (word: string) => boolean, max = WORD_MEMO_MAX): (word: string) => boolean {
  const answers = new Map<string, boolean>();
  return (word) => {
    let answer = answers.get(word);
    if (answer === undefined) {
      if (answers.size >= max) answers.clear();
      answer = test(word);
      answers.set(word, answer);
    }
    return answer;
  };
}
