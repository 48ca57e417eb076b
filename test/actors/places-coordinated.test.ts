/**
 * A name joined to a place by a coordinator that brings its preposition and article again ("de la X et de la Y")
 * is a place too; an acronym after an elected role is a party, not an institution with the place. Our own
 * sentences, of the kinds real news writes.
 */
import { describe, expect, test } from 'vitest';
import { actorsOf, mentionsOf } from './helpers.js';

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

describe('after an elected role, an acronym and "de" + a place are the party and the seat, not one institution', () => {
  test.each([
    ['Selon Jeanne Roux, maire UDI de Vincennes, la nuit a été calme.', 'organization:UDI', 'place:Vincennes'],
    ['Le député LREM du Pas-de-Calais a voté contre.', 'organization:LREM', 'place:Pas-de-Calais'],
  ])('%s', (text, party, seat) => {
    const mentions = mentionsOf(text);
    expect(mentions).toContain(party);
    expect(mentions).toContain(seat);
  });

  test('an unknown acronym with its town, without a role, stays one institution ("le CHU de Toulouse")', () => {
    expect(mentionsOf('Il dirige le CHU de Toulouse depuis mars.')).toContain('organization:CHU de Toulouse');
  });
});

describe('a name read as a body from its article alone is the place the text names so elsewhere', () => {
  test.each([
    ['Ils veulent défiler aux Grands-Remparts samedi. Sur les Grands-Remparts, la police attend déjà.'],
    ['Sur les Grands-Remparts, la police attend déjà. Ils veulent défiler aux Grands-Remparts samedi.'],
  ])('%s', (text) => {
    const { actors } = actorsOf(text);
    const named = actors.filter((a) => a.name === 'Grands-Remparts');
    expect(named.map((a) => a.type)).toEqual(['place']);
    expect(named[0]!.mentions).toHaveLength(2);
  });

  test('not when the text never names it a place ("aux Verts")', () => {
    expect(mentionsOf('Ils ont écrit aux Verts. Les Verts ont répondu.')).not.toContain('place:Verts');
  });
});
