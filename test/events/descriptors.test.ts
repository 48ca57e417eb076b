/** A definite common noun the article put before an organisation's name stands for it afterwards ("le constructeur automobile"). */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const actorsOn = (text: string, value: string) => {
  const article = extract(text, { file: 't.md', refDate: '2026-02-20' });
  const name = (id: string) => article.actors.find((a) => a.id === id)?.name;
  return article.events.find((e) => e.value === value)?.actors.map(name);
};

describe('organisation descriptors', () => {
  it('reads "le constructeur automobile" as the organisation it introduced', () => {
    const text = 'Le constructeur automobile Renault a présenté un modèle. La technologie de la start-up Lumen, rachetée en mars dernier par le constructeur automobile, est au cœur du projet.';
    expect(actorsOn(text, '2025-03')).toContain('Renault');
  });

  it('reads nothing into a descriptor used before it introduces anyone, or shared by two organisations', () => {
    const before = 'La start-up Lumen a été rachetée en mars dernier par le constructeur automobile. Le constructeur automobile Renault a présenté un modèle.';
    expect(actorsOn(before, '2025-03')).not.toContain('Renault');
    const shared = 'Le constructeur automobile Renault et le constructeur automobile Peugeot ont présenté un modèle. La start-up Lumen a été rachetée en mars dernier par le constructeur automobile.';
    const who = actorsOn(shared, '2025-03') ?? [];
    expect(who).not.toContain('Renault');
    expect(who).not.toContain('Peugeot');
  });
});
