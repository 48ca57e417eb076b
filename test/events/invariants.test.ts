/** What every events output must hold, on generated French news (the bench generator) through the whole pipeline. */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';
import { generateCorpus } from '../bench/generate.js';

describe('events invariants on generated articles', () => {
  const source = generateCorpus({ seed: 7, bytes: 40_000 });
  const article = extract(source, { refDate: '2024-04-05' });
  const dates = new Map(article.dates.map((d) => [d.id, d]));
  const actors = new Map(article.actors.map((a) => [a.id, a]));
  const events = new Map(article.events.map((e) => [e.id, e]));

  it('finds events', () => {
    expect(article.events.length).toBeGreaterThan(10);
  });

  it('numbers events e1… in document order, each pointing at a real date (or interval) whose value it copies', () => {
    article.events.forEach((e, i) => {
      expect(e.id).toBe(`e${i + 1}`);
      const date = dates.get(e.date);
      expect(date).toBeDefined();
      // an event over a range takes its interval's value, mod null, and starts at the interval's start date
      const interval = e.interval === undefined ? undefined : article.intervals.find((x) => x.id === e.interval);
      if (e.interval !== undefined) expect(interval).toMatchObject({ value: e.value, start: e.date });
      if (interval) expect(e.mod).toBeNull();
      else if (!e.anchoredTo) expect([date!.value, date!.resolved]).toContain(e.value);
      if (i > 0) expect(e.span.start.offset).toBeGreaterThanOrEqual(article.events[i - 1]!.span.start.offset);
    });
  });

  it('names real actors and places, and links to real events', () => {
    for (const e of article.events) {
      expect(e.actors.every((id) => actors.has(id))).toBe(true);
      expect(e.places.every((id) => actors.get(id)?.type === 'place')).toBe(true);
      if (e.anchoredTo) expect(events.get(e.anchoredTo)?.value).toBe(e.value);
      expect(e.span.end.offset).toBeGreaterThan(e.span.start.offset);
      expect(e.sentence.includes(e.trigger)).toBe(true);
    }
  });

  it('gives every conflict a place or two dates and both spans', () => {
    for (const d of article.diagnostics.filter((x) => x.ruleId === 'event-conflict')) {
      expect(d.severity).toBe('warning');
      expect(d.related).toHaveLength(2);
    }
  });
});
