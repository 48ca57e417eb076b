/** Countries that take part in an event without being its place: "avec l'Inde", "le pays" standing for a country named before. */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const eventsOf = (text: string) => {
  const article = extract(text, { file: 't.md', refDate: '2026-02-20' });
  const name = (id: string) => article.actors.find((a) => a.id === id)?.name;
  return article.events.map((e) => ({ value: e.value, actors: e.actors.map(name), places: e.places.map(name) }));
};

describe('countries as participants', () => {
  it('counts a country after "avec" as a participant, not a place', () => {
    const [event] = eventsOf('Le Brésil a signé lundi un accord commercial avec le Chili.');
    expect(event!.actors).toEqual(expect.arrayContaining(['Brésil', 'Chili']));
    expect(event!.places).not.toContain('Chili');
  });

  it('reads "le pays" as the last country named before it', () => {
    const [event] = eventsOf('Le Pérou est au cœur de la crise. Depuis mars, le pays négocie un accord avec le Chili.');
    expect(event!.actors).toEqual(expect.arrayContaining(['Pérou', 'Chili']));
  });

  it('leaves "le pays voisin" alone: it is another country', () => {
    const [event] = eventsOf('Le Pérou est au cœur de la crise. Depuis mars, le pays voisin négocie un accord.');
    expect(event!.actors).not.toContain('Pérou');
  });
});
