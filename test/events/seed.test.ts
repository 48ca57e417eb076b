import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findEvents } from '../../src/events/index.js';
import { actors, dates, doc } from './helpers.js';

const d = doc(readFileSync(new URL('../../fixtures/lecornu-choigou.md', import.meta.url), 'utf8'));
const seedDates = dates(d, [
  { text: 'le 3 avril', value: '2024-04-03' },
  { text: 'la fin du mois de mars', value: '2024-03', mod: 'END' },
  { text: 'une heure', value: 'PT1H', type: 'DURATION' },
  { text: 'octobre 2022', value: '2022-10' },
  { text: 'le 22 mars', value: '2024-03-22' },
  { text: 'Ce jour-là', value: '2024-03-22' },
]).map((d) => (d.text === 'Ce jour-là' ? { ...d, anchor: 'd5' } : d));
const seedActors = actors(d, [
  { id: 'sebastien-lecornu', type: 'person', names: ['Sébastien Lecornu'] },
  { id: 'serguei-choigou', type: 'person', names: ['Sergueï Choïgou'] },
  { id: 'emmanuel-macron', type: 'person', names: ['Emmanuel Macron'] },
  { id: 'kremlin', type: 'organization', names: ['Kremlin'] },
  { id: 'ministere-defense-russe', type: 'organization', names: ['ministères de la Défense russe', 'ministère russe'] },
  { id: 'etat-islamique', type: 'organization', names: ['État islamique', 'EI'] },
  { id: 'services-secrets-francais', type: 'organization', names: ['services secrets français'] },
  { id: 'assaillants', type: 'group', names: ['assaillants'] },
  { id: 'moscou', type: 'place', names: ['Moscou'] },
  { id: 'paris', type: 'place', names: ['Paris'] },
  { id: 'kiev', type: 'place', names: ['Kiev'] },
  { id: 'ukraine', type: 'place', names: ['Ukraine'] },
  { id: 'russie', type: 'place', names: ['Russie'] },
  { id: 'france', type: 'place', names: ['France'] },
]);

describe('events of the seed article (hand-built dates and actors)', () => {
  const { events, diagnostics } = findEvents(d.units, seedDates, seedActors, d.context);
  const at = (value: string) => events.filter((e) => e.value === value);

  it('dates the call on 2024-04-03 with the Kremlin, the ministries and the title people', () => {
    const call = at('2024-04-03').find((e) => /appel/.test(e.trigger));
    expect(call).toBeDefined();
    expect(call!.actors).toEqual(expect.arrayContaining(['kremlin', 'ministere-defense-russe', 'sebastien-lecornu', 'serguei-choigou']));
    expect(call!.places).toEqual([]);
  });

  it('places the attack of the end of March in Moscou', () => {
    const attack = at('2024-03').find((e) => e.mod === 'END');
    expect(attack?.places).toEqual(['moscou']);
    expect(attack?.trigger).toMatch(/attentat/);
  });

  it('gives the previous contact its date, not the duration', () => {
    expect(at('2022-10')).toHaveLength(1);
    expect(events.some((e) => e.value === 'PT1H')).toBe(false);
  });

  it('has the attack claimed by the EI and the concert-hall attack in Paris on 2024-03-22', () => {
    const claimed = at('2024-03-22').find((e) => e.actors.includes('etat-islamique'));
    expect(claimed?.trigger).toMatch(/attaque/);
    const paris = at('2024-03-22').find((e) => e.places.includes('paris'));
    expect(paris?.actors).toContain('assaillants');
    expect(paris?.numbers?.map((n) => [n.what, n.value])).toEqual([
      ['dead', 144],
      ['wounded', 360],
    ]);
  });

  it('links the event of "Ce jour-là" to the event its date comes from', () => {
    const paris = at('2024-03-22').find((e) => e.places.includes('paris'))!;
    const claimed = at('2024-03-22').find((e) => e.actors.includes('etat-islamique'))!;
    expect(paris.anchoredTo).toBe(claimed.id);
    expect(paris.group).toBe(claimed.group);
  });

  it("anchors Lecornu's statements to the call", () => {
    const call = at('2024-04-03').find((e) => /appel/.test(e.trigger))!;
    const anchored = events.filter((e) => e.anchoredTo === call.id);
    expect(anchored.map((e) => e.trigger)).toEqual(expect.arrayContaining(['a réaffirmé', 'a condamné']));
    expect(anchored.every((e) => e.value === '2024-04-03' && e.date === call.date)).toBe(true);
    expect(anchored.find((e) => e.trigger === 'a réaffirmé')?.actors).toContain('sebastien-lecornu');
  });

  it('groups the three tellings of the attack and reports the Moscou/Paris conflict once', () => {
    const attacks = events.filter((e) => e.group && e.group === at('2024-03')[0]?.group);
    expect(attacks).toHaveLength(3);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ ruleId: 'event-conflict', severity: 'warning' });
    expect(diagnostics[0]!.message).toMatch(/Moscou.*Paris/);
    expect(diagnostics[0]!.related).toHaveLength(2);
  });

  it('numbers events in document order', () => {
    expect(events.map((e) => e.id)).toEqual(events.map((_, i) => `e${i + 1}`));
  });
});
