/**
 * A duration over whole units next to the reference ("les deux derniers mois", "dans les 10 jours") keeps its
 * DURATION value; its two ends are implicit dates (TimeML's non-consuming TIMEX3: no text, no span) right after it,
 * and an Interval joins them.
 */
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { formatHtml } from '../../src/cli/formatters/html.js';
import { formatText } from '../../src/cli/formatters/text.js';
import { formatTimeline } from '../../src/cli/formatters/timeline.js';
import { parseReference, spanEnds } from '../../src/dates/resolve.js';
import type { SpannedUnits } from '../../src/dates/date-locale.js';
import { extract } from '../../src/index.js';
import { articleJsonSchema } from '../../src/schema.js';
import { dates } from './helpers.js';

const ends = (unit: SpannedUnits['unit'], count: number, from: SpannedUnits['from'], ref: string) => spanEnds({ unit, count, from }, parseReference(ref)!)?.map((e) => e.value) ?? null;

describe('spanEnds: the two ends of whole units next to the reference', () => {
  it('takes the units before the current one, or after it', () => {
    // a Thursday in ISO week 2024-W14
    expect(ends('month', 3, 'past', '2024-04-04')).toEqual(['2024-01', '2024-03']);
    expect(ends('week', 2, 'past', '2024-04-04')).toEqual(['2024-W12', '2024-W13']);
    expect(ends('day', 4, 'past', '2024-04-04')).toEqual(['2024-03-31', '2024-04-03']);
    expect(ends('year', 5, 'next', '2024-04-04')).toEqual(['2025', '2029']);
    expect(ends('quarter', 2, 'past', '2024-04-04')).toEqual(['2023-Q4', '2024-Q1']);
    expect(ends('decade', 2, 'past', '2024-04-04')).toEqual(['200', '201']);
  });

  it('counts clock units from the reference time, at their own grain', () => {
    expect(ends('minute', 5, 'next', '2024-04-04T17:58')).toEqual(['2024-04-04T17:59', '2024-04-04T18:03']);
    expect(ends('hour', 3, 'past', '2024-04-04T01:20')).toEqual(['2024-04-03T22', '2024-04-04T00']);
    expect(ends('second', 10, 'next', '2024-04-04T23:59')).toEqual(['2024-04-04T23:59:01', '2024-04-04T23:59:10']);
  });

  it('stretches "dans les N" from the reference to the reference moved on, at the reference grain', () => {
    expect(ends('day', 10, 'ref', '2024-04-04')).toEqual(['2024-04-04', '2024-04-14']);
    expect(ends('day', 10, 'ref', '2024-04-04T08:15')).toEqual(['2024-04-04T08:15', '2024-04-14T08:15']);
    expect(ends('month', 1, 'ref', '2024-01-31')).toEqual(['2024-01-31', '2024-02-29']);
  });

  it('gives none that the reference cannot give: clock units without a time (but whole days of hours)', () => {
    expect(ends('minute', 5, 'next', '2024-04-04')).toBeNull();
    expect(ends('hour', 12, 'past', '2024-04-04')).toBeNull();
    expect(ends('hour', 48, 'past', '2024-04-04')).toEqual(['2024-04-02', '2024-04-04']);
    expect(ends('century', 30, 'past', '2024-04-04')).toBeNull();
  });
});

/** "text=value" of each date, "" standing for an implicit end, then "text=value [start|end]" of each interval. */
function read(sentence: string, ref: string | null) {
  const article = extract(`${sentence}\n`, { file: 'a.md', ...(ref ? { refDate: ref } : {}) });
  const byId = new Map(article.dates.map((d) => [d.id, d]));
  return {
    article,
    dates: article.dates.map((d) => `${d.id} ${d.text}=${d.value}${d.implicit ? ` (implicit, ${d.anchor})` : ''}`),
    intervals: article.intervals.map((i) => `${i.text}=${i.value} [${byId.get(i.start!)?.value}|${byId.get(i.end!)?.value}]`),
  };
}

describe('implicit ends in the output', () => {
  it('puts the two ends right after their duration, ids in that order, and an interval over the duration text', () => {
    const { article, dates: found, intervals } = read('Les exportations ont reculé ces trois derniers mois, puis le 2 avril.', '2024-04-10');
    expect(found).toEqual(['d1 ces trois derniers mois=P3M', 'd2 =2024-01 (implicit, d1)', 'd3 =2024-03 (implicit, d1)', 'd4 le 2 avril=2024-04-02']);
    expect(intervals).toEqual(['ces trois derniers mois=2024-01/2024-03 [2024-01|2024-03]']);
    const end = article.dates[1]!;
    expect(end).toMatchObject({ text: '', span: null, type: 'DATE', mod: null, anchor: 'd1', implicit: true });
    // the closed schema the tests hold the output to accepts it
    expect(new Ajv({ strict: false }).compile(articleJsonSchema())(article)).toBe(true);
  });

  it('reads the shift before or after the unit, the article or none, and tolerates missing accents and a singular unit', () => {
    expect(read('Les 2 semaines passées ont été calmes.', '2024-04-04').intervals).toEqual(['2 semaines passées=2024-W12/2024-W13 [2024-W12|2024-W13]']);
    expect(read('Bilan des 3 dernieres annees : stable.', '2024-04-04').intervals).toEqual(['3 dernieres annees=2021/2023 [2021|2023]']);
    expect(read('Il a neigé ces deux derniers jour.', '2024-04-04').intervals).toEqual(['ces deux derniers jour=2024-04-02/2024-04-03 [2024-04-02|2024-04-03]']);
    expect(read('Les 4 derniere semaines, rien.', '2024-04-04').intervals).toEqual(['Les 4 derniere semaines=2024-W10/2024-W13 [2024-W10|2024-W13]']);
    expect(read('Les 2 semaines passees ont été calmes.', '2024-04-04').intervals).toEqual(['2 semaines passees=2024-W12/2024-W13 [2024-W12|2024-W13]']);
    expect(read('Attention aux 5 prochaine minutes.', '2024-04-04T09:00').intervals).toEqual(['5 prochaine minutes=2024-04-04T09:01/2024-04-04T09:05 [2024-04-04T09:01|2024-04-04T09:05]']);
    expect(read('Le trafic a doublé durant les dernières 48 heures.', '2024-04-04').intervals).toEqual(['les dernières 48 heures=2024-04-02/2024-04-04 [2024-04-02|2024-04-04]']);
    expect(read('Les deux prochaines heures seront décisives.', '2024-04-04T10:40').intervals).toEqual(['Les deux prochaines heures=2024-04-04T11/2024-04-04T12 [2024-04-04T11|2024-04-04T12]']);
  });

  it('keeps "dans les" in the text of the interval from the reference', () => {
    expect(read('Le rapport sera rendu dans les 10 jours.', '2024-04-04').intervals).toEqual(['dans les 10 jours=2024-04-04/2024-04-14 [2024-04-04|2024-04-14]']);
    // with a shift, "dans les" is within those units, not a point that many units on
    const { article, intervals } = read('La ligne ouvrira dans les deux prochaines années.', '2024-04-04');
    expect(intervals).toEqual(['les deux prochaines années=2025/2026 [2025|2026]']);
    expect(article.dates[0]!.resolved).toBeUndefined();
  });

  it('gives no ends to a duration of some other period, to time spent, or to a bare count', () => {
    for (const sentence of [
      'Il a passé ses trois dernières années à Lyon.',
      'Les deux derniers jours du salon ont attiré du monde.',
      'Après deux années passées en Asie, il est rentré.',
      'Le chantier a duré deux mois.',
      'Ces dernières années, les prix ont grimpé.',
    ]) {
      const { article } = read(sentence, '2024-04-04');
      expect(article.dates.filter((d) => d.implicit), sentence).toEqual([]);
      expect(article.intervals, sentence).toEqual([]);
    }
  });

  it('leaves the ends unknown without a reference date: no implicit dates, no interval, no year warning for them', () => {
    const { article } = read('Les ventes ont chuté les deux derniers mois.', null);
    expect(article.dates.map((d) => [d.text, d.value])).toEqual([['les deux derniers mois', 'P2M']]);
    expect(article.intervals).toEqual([]);
    expect(article.diagnostics).toEqual([]);
    // (the stage alone says the same)
    expect(dates('Les ventes ont chuté les deux derniers mois.', null).dates).toHaveLength(1);
  });

  it('dates an event by the interval (never by an implicit end) and every view reads the article', () => {
    const { article } = read('Le chômage a augmenté ces six derniers mois.', '2024-04-04');
    const [event] = article.events;
    expect(event).toMatchObject({ date: 'd1', interval: 'i1', value: '2023-10/2024-03', mod: null });
    expect(formatText(article, { color: false })).toContain('2023-10–2024-03');
    expect(formatTimeline(article, { color: false })).toContain('2023-10–2024-03');
    const html = formatHtml(article, 'Le chômage a augmenté ces six derniers mois.\n');
    expect(html).toContain('data-date="d1"');
    expect(html).not.toContain('data-date="d2"');
    expect(html).toContain('implicit');
  });
});
