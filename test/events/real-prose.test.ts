/** Events of real news prose through the whole pipeline: dated clauses with no trigger word, status, companions, agents of nouns. */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const eventsOf = (text: string, refDate = '2026-02-20') => {
  const article = extract(text, { file: 't.md', refDate });
  const name = (id: string) => article.actors.find((a) => a.id === id)?.name;
  return article.events.map((e) => ({ value: e.value, trigger: e.trigger, status: e.status, actors: e.actors.map(name), places: e.places.map(name) }));
};

describe('dated clauses with no trigger word', () => {
  it('dates the clause before a closing date-only clause, each date of a list its own event', () => {
    const events = eventsOf('La junte a renversé le gouvernement à trois reprises : en 1961, en 1974 et en 1988.');
    expect(events.map((e) => e.value).sort()).toEqual(['1961', '1974', '1988']);
    expect(new Set(events.map((e) => e.trigger))).toEqual(new Set(['a renversé']));
  });

  it('dates a clause past a bare apposition before its date ("né à X, dans la région Y, le …")', () => {
    const [born] = eventsOf('Paul Mercier est né à Brest, dans le Finistère, le 3 mai 1951.');
    expect(born).toMatchObject({ value: '1951-05-03', actors: ['Paul Mercier'] });
  });

  it('still gives an event for a dated clause whose verb is in no lexicon, its subject pronoun resolved', () => {
    const events = eventsOf('Marc Lefort a été désigné candidat. Il prend ses fonctions ce mois-ci.');
    const took = events.find((e) => e.value === '2026-02');
    expect(took).toMatchObject({ trigger: 'prend', actors: ['Marc Lefort'] });
  });
});

describe('dated verbless appositions', () => {
  it('gives no event for a role held since a date ("maire depuis 2020")', () => {
    expect(eventsOf('À Brest, Sonia Kerlan, présidente depuis 2021, a déclaré sa candidature lundi.').map((e) => e.value)).toEqual(['2026-02-16']);
  });
});
