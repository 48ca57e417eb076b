import { expect, test } from 'vitest';
import { parseGazetteer } from '../../src/actors/gazetteer.js';
import { actorsOf } from './helpers.js';

test('accepts a list or { actors: [...] }', () => {
  const entry = { name: 'Emmanuel Macron', type: 'person', aliases: ['le chef de l’État'], ids: { wikidata: 'Q3052772' }, country: 'fr' };
  expect(parseGazetteer([entry])).toEqual([{ ...entry, country: 'FR' }]);
  expect(parseGazetteer({ actors: [{ name: 'Otan', type: 'org' }] })).toEqual([{ name: 'Otan', type: 'organization' }]);
});

test.each([
  [42, /expected a list/],
  [[{ type: 'person' }], /entry 1: "name"/],
  [[{ name: 'X', type: 'robot' }], /"type" must be one of/],
  [[{ name: 'X', type: 'person', aliases: [1] }], /"aliases" must be/],
  [[{ name: 'X', type: 'person', ids: ['Q1'] }], /"ids" must map/],
  [[{ name: 'X', type: 'person', colour: 'red' }], /unknown field "colour"/],
  [[{ name: 'X', type: 'place', country: 'France' }], /ISO 3166-1/],
])('rejects %j with a one-line message', (data, message) => {
  expect(() => parseGazetteer(data)).toThrow(message);
  try {
    parseGazetteer(data);
  } catch (error) {
    expect(String((error as Error).message)).not.toContain('\n');
  }
});

test('pinned entries give canonical names, aliases, roles and external ids', () => {
  const gazetteer = parseGazetteer([
    { name: 'Emmanuel Macron', type: 'person', aliases: ['Macron'], roles: ['président de la République'], ids: { wikidata: 'Q3052772' } },
    { name: 'Organisation du traité de l’Atlantique nord', type: 'organization', aliases: ['Alliance atlantique'], ids: { wikidata: 'Q7184' } },
  ]);
  const { actors } = actorsOf('Macron a reçu les alliés. Emmanuel Macron a parlé de l’Alliance atlantique. M. Macron a conclu.', gazetteer);
  const macron = actors.find((a) => a.type === 'person')!;
  expect(macron).toMatchObject({ id: 'emmanuel-macron', name: 'Emmanuel Macron', roles: ['président de la République'], externalIds: { wikidata: 'Q3052772' } });
  expect(macron.mentions.map((m) => m.text)).toEqual(['Macron', 'Emmanuel Macron', 'Macron']);
  const otan = actors.find((a) => a.type === 'organization')!;
  expect(otan).toMatchObject({ name: 'Organisation du traité de l’Atlantique nord', externalIds: { wikidata: 'Q7184' } });
  expect(otan.mentions.map((m) => m.text)).toEqual(['Alliance atlantique']);
});
