import { describe, expect, it } from 'vitest';
import { formatText } from '../../../src/cli/formatters/text.js';
import { formatTimeline, timelineOrder } from '../../../src/cli/formatters/timeline.js';
import type { Article, Event, Span } from '../../../src/types.js';

const span = (line: number): Span => ({ start: { line, column: 1, offset: line * 10 }, end: { line, column: 5, offset: line * 10 + 4 } });
const event = (id: string, value: string, trigger: string, more: Partial<Event> = {}): Event => ({
  id,
  date: `d${id.slice(1)}`,
  value,
  mod: null,
  trigger,
  sentence: `${trigger}.`,
  actors: [],
  places: [],
  section: 's',
  span: span(Number(id.slice(1))),
  ...more,
});

const article: Article = {
  schemaVersion: 2,
  file: 'a.md',
  lang: 'fr',
  referenceDate: { value: '2024-04-05', source: 'option' },
  title: 'Un titre',
  sections: [{ id: 'un-titre', depth: 1, title: 'Un titre', span: span(1), paragraphs: [], sections: [] }],
  actors: [
    { id: 'lecornu', type: 'person', name: 'Sébastien Lecornu', aliases: [], roles: ['ministre des Armées'], mentions: [] },
    { id: 'ei', type: 'organization', name: 'État islamique', aliases: ['EI'], roles: [], mentions: [] },
    { id: 'moscou', type: 'place', name: 'Moscou', aliases: [], roles: [], mentions: [] },
  ],
  dates: [],
  intervals: [],
  events: [
    event('e1', '2024-04-03', 'appel téléphonique', { actors: ['lecornu'] }),
    event('e2', '2024-03', 'attentat', { mod: 'END', places: ['moscou'], group: 'g1' }),
    event('e3', '2022-10', 'conversation'),
    event('e4', '2024-03-22', 'attaque revendiquée', { actors: ['ei'], group: 'g1' }),
    event('e5', 'XXXX-01-15', 'sommet'),
    event('e6', '2024-04-03', 'a réaffirmé', { actors: ['lecornu'], anchoredTo: 'e1' }),
  ],
  diagnostics: [{ ruleId: 'event-conflict', severity: 'warning', message: 'Moscou and Paris', span: span(6) }],
};

describe('timeline view', () => {
  it('sorts by date: 2022-10 < 2024-03 END < 2024-03-22 < 2024-04-03, unknown years last, ties in document order', () => {
    expect(timelineOrder(article.events).map((e) => e.id)).toEqual(['e3', 'e2', 'e4', 'e1', 'e6', 'e5']);
  });

  it('prints one plain line per event with date, what, who and where', () => {
    const out = formatTimeline(article, { color: false });
    expect(out).not.toMatch(/\x1b\[/);
    const lines = out.trimEnd().split('\n');
    expect(lines).toHaveLength(6);
    expect(lines[0]).toMatch(/^2022-10\s+conversation/);
    expect(lines[1]).toMatch(/^2024-03 END\s+attentat .*where: Moscou/);
    expect(lines[2]).toMatch(/who: État islamique/);
    expect(out.indexOf('2022-10')).toBeLessThan(out.indexOf('2024-03'));
    expect(out.indexOf('2024-03')).toBeLessThan(out.indexOf('2024-04-03'));
    expect(lines[5]).toMatch(/^XXXX-01-15 \(year\?\)\s+sommet/);
  });

  it('colours when asked', () => {
    expect(formatTimeline(article, { color: true })).toMatch(/\x1b\[/);
  });

  it('marks the tellings an event-conflict diagnostic points into', () => {
    const e2 = article.events.find((e) => e.id === 'e2')!;
    const withConflict: Article = {
      ...article,
      diagnostics: [{ ruleId: 'event-conflict', severity: 'warning', message: 'x', span: e2.span, related: [{ message: 'here', span: e2.span }] }],
    };
    const lines = formatTimeline(withConflict, { color: false }).split('\n');
    expect(lines.find((l) => l.includes('attentat'))).toMatch(/\[g1 disputed\]/);
    expect(lines.find((l) => l.includes('attaque revendiquée'))).toMatch(/\[g1\]/);
  });

  it('says so when there is no event', () => {
    expect(formatTimeline({ ...article, events: [] }, { color: false })).toBe('no dated events\n');
  });

  it('says when an event is only planned or reported, not when it occurred', () => {
    const statuses: Article = {
      ...article,
      events: [
        event('e1', '2024-05-02', 'visite', { status: 'planned' }),
        event('e2', '2024-04-01', 'aurait touché', { status: 'reported' }),
        event('e3', '2024-04-02', 'a signé', { status: 'occurred' }),
      ],
    };
    const lines = formatTimeline(statuses, { color: false }).trimEnd().split('\n');
    expect(lines[0]).toMatch(/aurait touché  \(reported\)/);
    expect(lines[1]).toMatch(/a signé  e3/);
    expect(lines[2]).toMatch(/visite  \(planned\)/);
    expect(formatText(statuses, { color: false })).toContain('visite  (planned)');
  });
});

describe('text view', () => {
  const out = formatText(article, { color: false });
  it('has the title, people with roles, organisations, places, timeline and diagnostics, without colour codes', () => {
    expect(out).not.toMatch(/\x1b\[/);
    expect(out.split('\n')[0]).toBe('Un titre');
    expect(out).toMatch(/People\n {2}Sébastien Lecornu — ministre des Armées/);
    expect(out).toMatch(/Organisations\n {2}État islamique — also EI/);
    expect(out).toMatch(/Places\n {2}Moscou/);
    expect(out).toMatch(/Timeline\n {2}2022-10/);
    expect(out).toMatch(/Diagnostics\n {2}6:1 +warning +Moscou and Paris +event-conflict/);
  });
  it('colours when asked', () => {
    expect(formatText(article, { color: true })).toMatch(/\x1b\[/);
  });
  it('lists other names (misc) with their kind after the places', () => {
    const misc = { id: 'coupe-davis', type: 'misc' as const, kind: 'event', name: 'Coupe Davis', aliases: [], roles: [], mentions: [] };
    const text = formatText({ ...article, actors: [...article.actors, misc] }, { color: false });
    expect(text).toMatch(/Places\n {2}Moscou[^\n]*\n\nOther names\n {2}Coupe Davis — event; 0 mentions/);
    expect(out).not.toMatch(/Other names/);
  });
});

describe('events that span an interval', () => {
  const events = [
    event('e1', '2024-04-03', 'vote'),
    event('e2', '1992/1993', 'présidence', { interval: 'i1' }),
    event('e3', '../2024-05-03', 'consultation', { interval: 'i2' }),
    event('e4', '2019/..', 'mandat', { interval: 'i3' }),
    event('e5', 'XXXX-07-13/XXXX-07-15', 'festival', { interval: 'i4' }),
  ];
  const ranged: Article = { ...article, events, diagnostics: [] };
  const lines = formatTimeline(ranged, { color: false }).trimEnd().split('\n');
  it('show the range on one line, start–end, with … for an open end', () => {
    expect(lines).toHaveLength(5);
    expect(lines.find((l) => l.includes('présidence'))).toMatch(/^1992–1993\s/);
    expect(lines.find((l) => l.includes('mandat'))).toMatch(/^2019–…\s/);
    expect(lines.find((l) => l.includes('consultation'))).toMatch(/^…–2024-05-03\s/);
    expect(lines.find((l) => l.includes('festival'))).toMatch(/^XXXX-07-13–XXXX-07-15 \(year\?\)/);
  });
  it('sort by their first known end', () => {
    expect(timelineOrder(events).map((e) => e.id)).toEqual(['e2', 'e4', 'e1', 'e3', 'e5']);
  });
  it('show the same way in the text view', () => {
    expect(formatText(ranged, { color: false })).toMatch(/Timeline\n {2}1992–1993\s+présidence/);
  });
});

describe('timeline order of weeks', () => {
  it('puts a week among the days by its Monday, not after every month of its year', () => {
    const events = [event('e1', '2024-03-20', 'a'), event('e2', '2024-W12/2024-W13', 'b', { interval: 'i1' }), event('e3', '2024-03-17', 'c'), event('e4', '2024-04', 'd')];
    // 2024-W12 starts on Monday 18 March
    expect(timelineOrder(events).map((e) => e.id)).toEqual(['e3', 'e2', 'e1', 'e4']);
  });
});

describe('timeline order within a day', () => {
  it('keeps document order within a day, whatever the time of day', () => {
    const events = [event('e1', '2024-09-25TNI', 'incendie'), event('e2', '2024-09-25', 'a fermé'), event('e3', '2024-09-24T18:00', 'b'), event('e4', '2024-09-25T09:00', 'a')];
    expect(timelineOrder(events).map((e) => e.id)).toEqual(['e3', 'e1', 'e2', 'e4']);
  });
});
