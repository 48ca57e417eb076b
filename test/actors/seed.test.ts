/** Golden check of the seed article's actors against fixtures/actors/lecornu-choigou.actors.json. */
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { actorsOf } from './helpers.js';

const source = readFileSync('fixtures/lecornu-choigou.md', 'utf8');
const golden = JSON.parse(readFileSync('fixtures/actors/lecornu-choigou.actors.json', 'utf8')) as unknown;

test('seed actors match the golden summary', () => {
  const { actors, diagnostics } = actorsOf(source);
  const summary = actors.map((a) => ({ id: a.id, type: a.type, name: a.name, aliases: a.aliases, roles: a.roles, country: a.country ?? null, mentions: a.mentions.map((m) => `${m.span.start.line}:${m.span.start.column} ${m.text}`) }));
  expect(summary).toEqual(golden);
  expect(diagnostics).toEqual([]);
});

test('seed: exactly three people, no Istanbul, mention spans slice the source', () => {
  const { actors } = actorsOf(source);
  expect(actors.filter((a) => a.type === 'person').map((a) => a.name)).toEqual(['Sébastien Lecornu', 'Sergueï Choïgou', 'Emmanuel Macron']);
  expect(actors.some((a) => a.name === 'Istanbul')).toBe(false);
  for (const a of actors) for (const m of a.mentions) expect(source.slice(m.span.start.offset, m.span.end.offset)).toBe(m.text);
});
