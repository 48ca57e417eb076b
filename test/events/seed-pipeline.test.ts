/** The seed through the whole pipeline (real dates and actors stages), held to ../shared/seed/EXPECTED.md. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const source = readFileSync(new URL('../../fixtures/lecornu-choigou.md', import.meta.url), 'utf8');
const article = extract(source, { file: 'fixtures/lecornu-choigou.md', refDate: '2024-04-05' });
const idOf = (name: string) => article.actors.find((a) => a.name === name || a.aliases.includes(name))?.id;
const at = (value: string, mod: string | null = null) => article.events.filter((e) => e.value === value && e.mod === mod);

describe('seed events through the pipeline', () => {
  it('has the five dated events with their who and where', () => {
    expect(at('2024-04-03').some((e) => /appel/.test(e.trigger) && e.actors.includes(idOf('Kremlin')!))).toBe(true);
    expect(at('2024-03', 'END').some((e) => e.places.includes(idOf('Moscou')!))).toBe(true);
    expect(at('2022-10')).toHaveLength(1);
    expect(at('2024-03-22').some((e) => e.actors.includes(idOf('EI')!))).toBe(true);
    expect(at('2024-03-22').some((e) => e.places.includes(idOf('Paris')!))).toBe(true);
  });

  it("anchors Lecornu's statements in sections 2 and 3 to the call", () => {
    const call = at('2024-04-03').find((e) => /appel/.test(e.trigger))!;
    const lecornu = idOf('Sébastien Lecornu')!;
    const statements = article.events.filter((e) => e.anchoredTo === call.id && e.actors.includes(lecornu));
    expect(new Set(statements.map((e) => e.section)).size).toBe(2);
    expect(call.actors).toEqual(expect.arrayContaining([lecornu, idOf('Sergueï Choïgou')!]));
  });

  it('reports the Moscou/Paris conflict once, with both spans', () => {
    const conflicts = article.diagnostics.filter((d) => d.ruleId === 'event-conflict');
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]!.message).toMatch(/Moscou.*Paris/);
    expect(conflicts[0]!.related!.map((r) => source.slice(r.span.start.offset, r.span.end.offset))).toEqual(['Moscou', 'Paris']);
  });

  it('points every event at a real date and a real section', () => {
    const dates = new Set(article.dates.map((d) => d.id));
    expect(article.events.every((e) => dates.has(e.date))).toBe(true);
    expect(article.events.every((e) => source.slice(e.span.start.offset, e.span.end.offset).length > 0)).toBe(true);
  });
});
