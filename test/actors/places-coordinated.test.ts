/**
 * A name joined to a place by a coordinator that brings its preposition and article again ("de la X et de la Y")
 * is a place too. Our own sentences, of the kinds real news writes.
 */
import { describe, expect, test } from 'vitest';
import { mentionsOf } from './helpers.js';

describe('a name listed after a place with its preposition and article again is a place', () => {
  test.each([
    ['Les orages ont frappé les vallées de la Normandie et de la Valdorne hier soir.', 'place:Valdorne'],
    ['Les routes de la Bretagne et de la Kervellie sont coupées.', 'place:Kervellie'],
    ['Les coopératives de la Bretagne et du Brovoisis ont signé.', 'place:Brovoisis'],
  ])('%s', (text, expected) => {
    const mentions = mentionsOf(text);
    expect(mentions).toContain(expected);
    expect(mentions.filter((m) => m.startsWith('organization:'))).toEqual([]);
  });

  test('not an organisation named with a place ("de Lyon et de la Fnac de la gare")', () => {
    expect(mentionsOf('Les élus de Lyon et de la Fnac de la gare discutent.')).toContain('organization:Fnac');
  });

  test('not a place without the coordinator ("de la Normandie, la Valdorne")', () => {
    expect(mentionsOf('Le président de la Normandie de la Valdorne parle.')).not.toContain('place:Valdorne');
  });
});
