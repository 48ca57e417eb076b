/** Short articles of our own (fixtures/events/*.md) with several events and references back. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findEvents } from '../../src/events/index.js';
import { actors, dates, doc } from './helpers.js';

const load = (name: string) => doc(readFileSync(new URL(`../../fixtures/events/${name}`, import.meta.url), 'utf8'));

describe('sommet-berlin.md: anchors, the title (its place joins the lead event), and a meeting placed in two cities', () => {
  const d = load('sommet-berlin.md');
  const { events, diagnostics } = findEvents(
    d.units,
    dates(d, [
      { text: 'le 14 mai', value: '2024-05-14' },
      { text: 'au mois de janvier', value: '2024-01' },
      { text: 'Le 14 mai', value: '2024-05-14' },
      { text: 'trois heures', value: 'PT3H', type: 'DURATION' },
      { text: 'septembre', value: '2024-09' },
    ]),
    actors(d, [
      { id: 'olaf-scholz', type: 'person', names: ['Olaf Scholz'] },
      { id: 'emmanuel-macron', type: 'person', names: ['Emmanuel Macron'] },
      { id: 'berlin', type: 'place', names: ['Berlin'] },
      { id: 'hambourg', type: 'place', names: ['Hambourg'] },
      { id: 'paris', type: 'place', names: ['Paris'] },
      { id: 'allemagne', type: 'place', names: ['Allemagne'] },
    ]),
    d.context,
  );
  const view = events.map((e) => [e.id, e.value, e.trigger, e.actors.join(','), e.places.join(','), e.anchoredTo ?? '', e.group ?? '']);

  it('finds the meeting, what happened during it, the earlier summit and the next meeting', () => {
    expect(view).toEqual([
      ['e1', '2024-05-14', 'a reçu', 'olaf-scholz,emmanuel-macron', 'berlin,allemagne', '', 'g1'],
      ['e2', '2024-05-14', 'ont signé', 'olaf-scholz,emmanuel-macron', 'berlin,allemagne', 'e1', ''],
      ['e3', '2024-05-14', 'a plaidé', 'emmanuel-macron', 'berlin,allemagne', 'e1', ''],
      ['e4', '2024-01', 'sommet', '', '', '', ''],
      ['e5', '2024-05-14', 'rencontre', '', 'hambourg', '', 'g1'],
      ['e6', '2024-09', 'réunion', '', 'paris', '', ''],
    ]);
  });

  it('warns once that the meeting is in Berlin and in Hambourg', () => {
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]!.message).toMatch(/Berlin/);
    expect(diagnostics[0]!.message).toMatch(/Hambourg/);
    expect(diagnostics[0]!.related!.map((r) => d.source.slice(r.span.start.offset, r.span.end.offset))).toEqual(['Berlin', 'Hambourg']);
  });
});

describe('municipales-nantes.md: an election, a duration-free earlier candidacy, "ce jour-là" without a date mention', () => {
  const d = load('municipales-nantes.md');
  const { events, diagnostics } = findEvents(
    d.units,
    dates(d, [
      { text: 'le 28 juin 2020', value: '2020-06-28' },
      { text: '2014', value: '2014' },
      { text: 'Le 5 juillet 2020', value: '2020-07-05' },
    ]),
    actors(d, [
      { id: 'anne-martin', type: 'person', names: ['Anne Martin'] },
      { id: 'nantes', type: 'place', names: ['Nantes'] },
      { id: 'conseil-municipal', type: 'organization', names: ['conseil municipal'] },
    ]),
    d.context,
  );
  it('dates each clause and anchors "Ce jour-là" to the meeting of the council', () => {
    expect(events.map((e) => [e.value, e.trigger, e.actors.join(','), e.anchoredTo ?? ''])).toEqual([
      ['2020-06-28', 'a été élue', 'anne-martin', ''],
      ['2014', 'avait déjà été candidate', 'anne-martin', ''],
      ['2020-07-05', 's’est réuni', 'conseil-municipal', ''],
      ['2020-07-05', 'a présenté', '', 'e3'],
    ]);
    expect(events[3]!.numbers).toEqual([{ value: 12_000_000, what: 'amount', text: '12 millions d’euros' }]);
    expect(diagnostics).toEqual([]);
  });
});

describe('incendie-rouen.md: a fire, the same day, and an inquiry', () => {
  const d = load('incendie-rouen.md');
  const { events } = findEvents(
    d.units,
    dates(d, [
      { text: 'la nuit du 25 septembre', value: '2024-09-25TNI' },
      { text: 'douze heures', value: 'PT12H', type: 'DURATION' },
      { text: 'le 27 septembre', value: '2024-09-27' },
    ]),
    actors(d, [
      { id: 'rouen', type: 'place', names: ['Rouen'] },
      { id: 'prefecture', type: 'organization', names: ['préfecture'] },
      { id: 'parquet-de-paris', type: 'organization', names: ['parquet de Paris'] },
    ]),
    d.context,
  );
  it('places the fire in Rouen, anchors the closures, and keeps the inquiry apart', () => {
    expect(events.map((e) => [e.value, e.trigger, e.actors.join(','), e.places.join(','), e.anchoredTo ?? ''])).toEqual([
      ['2024-09-25TNI', 'incendie', '', 'rouen', ''],
      ['2024-09-25TNI', 'a fermé', 'prefecture', 'rouen', 'e1'],
      ['2024-09-27', 'a été ouverte', 'parquet-de-paris', '', ''],
    ]);
  });
});

describe('attentat-nice.md: an attack told with two dates', () => {
  const d = load('attentat-nice.md');
  const { events, diagnostics } = findEvents(
    d.units,
    dates(d, [
      { text: 'le 14 juillet 2016', value: '2016-07-14' },
      { text: '15 juillet 2016', value: '2016-07-15' },
      { text: 'en 2017', value: '2017' },
    ]),
    actors(d, [
      { id: 'nice', type: 'place', names: ['Nice'] },
      { id: 'promenade-des-anglais', type: 'place', names: ['promenade des Anglais'] },
    ]),
    d.context,
  );
  it('groups the two tellings and names both dates in one warning', () => {
    expect(events.map((e) => [e.value, e.trigger, e.places.join(','), e.group ?? ''])).toEqual([
      ['2016-07-14', 'attentat', 'nice', 'g1'],
      ['2016-07-15', 'attentat', 'nice', 'g1'],
      ['2017', 'attentat', 'nice', ''],
    ]);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]!.message).toMatch(/2016-07-14.*2016-07-15/);
  });
});
