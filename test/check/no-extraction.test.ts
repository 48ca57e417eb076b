/**
 * Rules that need no extraction run without it: with the content rules off,
 * `extract check` (through its real, lazily loaded pipeline) reports the
 * front matter findings and calls no language stage. The stages are mocked
 * to count their calls, so the same test sees them run when a content rule is on.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

const calls = vi.hoisted(() => ({ dates: 0, actors: 0, events: 0 }));

vi.mock('../../src/dates/index.js', async (original) => {
  const real = await original<typeof import('../../src/dates/index.js')>();
  return { ...real, findDates: (...args: Parameters<typeof real.findDates>) => (calls.dates++, real.findDates(...args)) };
});
vi.mock('../../src/actors/index.js', async (original) => {
  const real = await original<typeof import('../../src/actors/index.js')>();
  return { ...real, findActors: (...args: Parameters<typeof real.findActors>) => (calls.actors++, real.findActors(...args)) };
});
vi.mock('../../src/events/index.js', async (original) => {
  const real = await original<typeof import('../../src/events/index.js')>();
  return { ...real, findEvents: (...args: Parameters<typeof real.findEvents>) => (calls.events++, real.findEvents(...args)) };
});

import { runCheck } from '../../src/cli/check-command.js';
import { fakeIo } from './helpers.js';

const doc = '---\ndate: début avril\n---\n\n# Un article\n\nLe 3 avril, la ministre a parlé.\n';
const contentOff = 'rules:\n  date-year-unresolved: off\n  event-conflict: off\n  actor-name-variants: off\n  person-without-role: off\n';

describe('rules that need no extraction', () => {
  beforeEach(() => {
    calls.dates = calls.actors = calls.events = 0;
  });

  it('front matter findings come without any language stage running', async () => {
    const io = fakeIo({ 'a.md': doc, '.extractrc.yaml': contentOff });
    expect(await runCheck(['a.md'], { format: 'json', color: false }, io)).toBe(0);
    const [result] = JSON.parse(io.out.join('')) as { diagnostics: { ruleId: string; span: { start: { line: number } } | null }[] }[];
    expect(result!.diagnostics.map((d) => [d.ruleId, d.span?.start.line])).toEqual([['front-matter-date', 2]]);
    expect(calls).toEqual({ dates: 0, actors: 0, events: 0 });
  }, 60_000);

  it('the stages do run when a content rule is on (the counters see them)', async () => {
    const io = fakeIo({ 'a.md': doc, '.extractrc.yaml': 'rules:\n  date-year-unresolved: warn\n' });
    await runCheck(['a.md'], { format: 'json', color: false }, io);
    expect(calls.dates).toBe(1);
    expect(calls.actors).toBe(1);
  }, 60_000);
});
