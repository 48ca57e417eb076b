/**
 * `--format html`: one self-contained page per article (inline CSS and SVG,
 * no script, no network): the article as written with every actor mention and
 * date marked at its source span, a side list of actors, an SVG timeline of
 * the events, the dates' TIMEX3 values in a legend, and the diagnostics at
 * their place. The page is built as a hast tree and serialised by
 * hast-util-to-html, which escapes every text and attribute taken from the
 * article. Pure: the caller gives the article and its source.
 */
import type { Element, ElementContent, Root } from 'hast';
import type { Nodes as MdNodes } from 'mdast';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { parseMarkdown } from '../../markdown/parse-markdown.js';
import { buildSections } from '../../markdown/sections.js';
import { LineIndex } from '../../text/line-index.js';
import { isWritten, type WrittenDate } from '../../dates/written.js';
import type { Actor, ActorType, Article, DateMention, Diagnostic, Event, Interval, Section, Sentence } from '../../types.js';
import { lowerBound, markText, pushTo, type Mark, type PointMark } from './html-marks.js';
import { ACTOR_LOOKS, STYLE } from './html-style.js';
import { timelineList, timelineSvg } from './html-timeline.js';

const TYPE_ORDER: readonly ActorType[] = ['person', 'organization', 'place', 'group', 'misc'];

/** Layers: which mark is outside when spans are equal. */
const LAYER = { sentence: 0, interval: 1, actor: 2, date: 3 } as const;

export interface HtmlOptions {
  /** Link to the index page when the report is one of several. */
  indexHref?: string;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** A date's hover text: its TIMEX3 type, value, mod and how it was resolved. */
export function dateTitle(d: DateMention): string {
  const parts = [`TIMEX3 ${d.type} ${d.value}`];
  if (d.mod) parts.push(`mod ${d.mod}`);
  if (d.resolved) parts.push(`points at ${d.resolved}`);
  if (d.quant) parts.push(`quant ${d.quant}`);
  if (d.anchor) parts.push(`resolved from ${d.anchor}`);
  if (d.inferred?.length) parts.push(`inferred: ${d.inferred.join(', ')}`);
  return parts.join(' · ');
}

interface PageParts {
  /** Sentence element id by the event's id. */
  readonly eventTargets: Map<string, string>;
  readonly unplaced: string[];
  readonly placedDiagnostics: Set<number>;
  readonly text: ElementContent[];
}

const mentionKey = (actor: number, k: number) => `${actor}-${k}`;

function actorMarks(actors: readonly Actor[]): Mark[] {
  return actors.flatMap((actor, ai) =>
    actor.mentions.map((m, k): Mark => {
      const look = ACTOR_LOOKS[actor.type];
      return {
        start: m.span.start.offset,
        end: m.span.end.offset,
        layer: LAYER.actor,
        wrap: (children, first) =>
          h(
            'span',
            {
              className: ['m', `m-${actor.type}`],
              ...(first ? { id: `m-${mentionKey(ai, k)}` } : { dataPart: 'more' }),
              dataActor: actor.id,
              dataMention: mentionKey(ai, k),
              title: `${look.label} (${look.letter}): ${actor.name}`,
            },
            children,
          ),
      };
    }),
  );
}

/** A mark for each date the text writes (an implicit end has no place in it), numbered as in the Dates legend. */
function dateMarks(dates: readonly DateMention[]): Array<{ date: DateMention; mark: Mark }> {
  return dates.flatMap((d, i) => (isWritten(d) ? [{ date: d, mark: dateMark(d, i) }] : []));
}

function dateMark(d: WrittenDate, i: number): Mark {
  return {
    start: d.span.start.offset,
    end: d.span.end.offset,
    layer: LAYER.date,
    wrap: (children, first) =>
      h(
        'span',
        {
          className: d.mod ? ['date', 'fuzzy'] : ['date'],
          ...(first ? { id: `date-${d.id}` } : { dataPart: 'more' }),
          dataDate: d.id,
          dataValue: d.value,
          ...(d.mod ? { dataMod: d.mod } : {}),
          dataN: String(i + 1),
          title: dateTitle(d),
        },
        children,
      ),
  };
}

function intervalMarks(intervals: readonly Interval[]): Mark[] {
  return intervals.map((interval) => ({
    start: interval.span.start.offset,
    end: interval.span.end.offset,
    layer: LAYER.interval,
    wrap: (children, first) =>
      h('span', { className: 'interval', ...(first ? { id: `interval-${interval.id}` } : { dataPart: 'more' }), dataInterval: interval.id, title: `interval ${interval.value}` }, children),
  }));
}

function diagnosticPoints(diagnostics: readonly Diagnostic[]): PointMark[] {
  return diagnostics.flatMap((d, i) => {
    const link = (title: string) => () => h('a', { className: ['dmark', `sev-${d.severity}`], href: `#diag-${i + 1}`, title, ariaLabel: `${d.severity}: ${title}` });
    return [
      ...(d.span ? [{ at: d.span.start.offset, node: link(d.message) }] : []),
      // a related place where the diagnostic itself points is marked once
      ...(d.related ?? []).filter((r) => r.span.start.offset !== d.span?.start.offset).map((r) => ({ at: r.span.start.offset, node: link(`${r.message} (${d.message})`) })),
    ];
  });
}

function eventPoints(events: readonly Event[]): PointMark[] {
  return events.map((e) => ({
    at: e.span.start.offset,
    node: () => h('a', { className: 'evmark', id: `ev-${e.id}`, href: `#tl-${e.id}`, title: `${e.id}: ${e.trigger} (${e.value}${e.mod ? ` ${e.mod}` : ''})`, ariaLabel: `event ${e.id} on the timeline` }),
  }));
}

function diagnosticNote(d: Diagnostic, i: number): Element {
  return h('div', { className: ['note', `sev-${d.severity}`], id: `diag-${i + 1}`, role: 'note' }, [
    h('strong', { className: 'sev' }, `${d.severity}: `),
    d.message,
    ' ',
    h('span', { className: 'rule' }, `(${d.ruleId}${d.span ? `, line ${d.span.start.line}` : ''})`),
  ]);
}

/** Source ranges of raw HTML and code in the Markdown: not language text, shown as written but never run. */
function rawRanges(node: MdNodes, out: [number, number][] = []): [number, number][] {
  if ((node.type === 'html' || node.type === 'code') && node.position?.start.offset !== undefined && node.position.end.offset !== undefined) {
    out.push([node.position.start.offset, node.position.end.offset]);
  }
  if ('children' in node) for (const child of node.children) rawRanges(child, out);
  return out;
}

/** The article's blocks with their marks, the notes of the diagnostics after the block they point into. */
function articleText(article: Article, source: string): PageParts {
  const tree = parseMarkdown(source);
  const { blocks } = buildSections(tree, source, new LineIndex(source));
  const eventTargets = new Map<string, string>();
  const placedDiagnostics = new Set<number>();
  const unplaced: string[] = [];
  const all: { mark: Mark; label: string }[] = [];
  actorMarks(article.actors).forEach((mark, i) => all.push({ mark, label: `actor mention ${i + 1}` }));
  for (const { date, mark } of dateMarks(article.dates)) all.push({ mark, label: `date ${date.id} "${date.text}"` });
  intervalMarks(article.intervals).forEach((mark, i) => all.push({ mark, label: `interval ${article.intervals[i]!.id} "${article.intervals[i]!.text}"` }));
  const labels = new Map(all.map((x) => [x.mark, x.label] as const));
  // marks and points by block: each goes to the block whose source range holds its start
  const starts = blocks.map((b) => b.text.starts[0] ?? 0);
  const ends = blocks.map((b) => b.text.ends[b.text.ends.length - 1] ?? 0);
  // the last block that starts at or before the offset (-1 before the first)
  const blockOf = (offset: number) => lowerBound(starts, offset + 1) - 1;
  const marksBy = new Map<number, Mark[]>();
  const pointsBy = new Map<number, PointMark[]>();
  for (const { mark } of all) {
    const b = blockOf(mark.start);
    if (b < 0) unplaced.push(labels.get(mark)!);
    else pushTo(marksBy, b, mark);
  }
  // raw HTML inside a paragraph shows where it stands, as text drawn by the style sheet (so it is no part of a mark's text)
  const raws = rawRanges(tree).map(([start, end]) => {
    const block = blockOf(start);
    return { start, end, inline: block >= 0 && end <= ends[block]! };
  });
  const inline = raws.filter((r) => r.inline);
  const apart = raws.filter((r) => !r.inline);
  const rawPoints: PointMark[] = inline.map((r) => ({ at: r.start, node: () => h('span', { className: 'raw', dataRaw: source.slice(r.start, r.end) }) }));
  for (const p of [...eventPoints(article.events), ...diagnosticPoints(article.diagnostics), ...rawPoints]) {
    // a point before the first block (in the front matter) has no place in the text: its diagnostic is listed below
    const b = blockOf(p.at);
    if (b >= 0) pushTo(pointsBy, b, p);
  }
  const notesBy = new Map<number, Element[]>();
  article.diagnostics.forEach((d, i) => {
    if (!d.span) return;
    const b = blockOf(d.span.start.offset);
    if (b < 0) return;
    placedDiagnostics.add(i);
    pushTo(notesBy, b, diagnosticNote(d, i));
  });
  const text: ElementContent[] = [];
  let nextRaw = 0;
  const rawUntil = (offset: number) => {
    for (; nextRaw < apart.length && apart[nextRaw]!.start < offset; nextRaw++) {
      const r = apart[nextRaw]!;
      text.push(h('pre', { className: 'raw', title: 'raw HTML or code in the Markdown, shown as written' }, source.slice(r.start, r.end)));
    }
  };
  // the sentences are the article's (the blocks' paragraphs get theirs in the pipeline)
  const sentencesOf = new Map<string, Sentence[]>();
  const walk = (sections: readonly Section[]): void =>
    sections.forEach((section) => {
      for (const p of section.paragraphs) sentencesOf.set(p.id, p.sentences);
      walk(section.sections);
    });
  walk(article.sections);
  const eventsBy = new Map<number, Event[]>();
  for (const e of article.events) pushTo(eventsBy, blockOf(e.span.start.offset), e);
  blocks.forEach((block, b) => {
    rawUntil(starts[b]!);
    const marks = [...(marksBy.get(b) ?? [])];
    const paragraph = block.paragraph;
    if (paragraph) {
      (sentencesOf.get(paragraph.id) ?? []).forEach((sentence, k) => {
        const id = `s-${paragraph.id}-${k + 1}`;
        for (const e of eventsBy.get(b) ?? []) {
          if (!eventTargets.has(e.id) && e.span.start.offset >= sentence.span.start.offset && e.span.start.offset < sentence.span.end.offset) eventTargets.set(e.id, id);
        }
        marks.push({
          start: sentence.span.start.offset,
          end: sentence.span.end.offset,
          layer: LAYER.sentence,
          wrap: (children, first) => h('span', { className: 's', ...(first ? { id } : {}) }, children),
        });
      });
    }
    const marked = markText(block.text, marks, pointsBy.get(b) ?? []);
    for (const m of marked.unplaced) if (labels.has(m)) unplaced.push(labels.get(m)!);
    if (block.depth > 0) text.push(h(`h${Math.min(6, block.depth + 1)}`, { id: `sec-${block.section}` }, marked.nodes));
    else if (paragraph?.kind === 'blockquote') text.push(h('blockquote', { id: paragraph.id }, [h('p', marked.nodes)]));
    else text.push(h('p', { id: paragraph?.id, className: paragraph ? [`k-${paragraph.kind}`] : [] }, marked.nodes));
    text.push(...(notesBy.get(b) ?? []));
  });
  rawUntil(Infinity);
  return { eventTargets, unplaced, placedDiagnostics, text };
}

function typeLegend(): Element {
  return h(
    'ul',
    { className: 'legend', ariaLabel: 'Marks' },
    TYPE_ORDER.map((t) => h('li', [h('span', { className: ['m', `m-${t}`] }, ACTOR_LOOKS[t].label)])).concat([
      h('li', [h('span', { className: 'date' }, [h('span', { className: 'screen-only' }, 'date (TIMEX3 on hover)'), h('span', { className: 'print-only' }, 'date (numbered, see Dates)')])]),
      h('li', [h('a', { className: 'evmark', href: '#timeline', ariaLabel: 'event' }), ' event']),
    ]),
  );
}

function actorList(article: Article): Element[] {
  const out: Element[] = [h('h2', { id: 'actors' }, `Actors (${article.actors.length})`)];
  for (const type of TYPE_ORDER) {
    const actors = article.actors.map((a, ai) => [a, ai] as const).filter(([a]) => a.type === type);
    if (actors.length === 0) continue;
    out.push(h('h3', `${ACTOR_LOOKS[type].label[0]!.toUpperCase()}${ACTOR_LOOKS[type].label.slice(1)} (${actors.length})`));
    out.push(
      h(
        'ul',
        { className: 'actors' },
        actors.map(([a, ai]) =>
          h('li', { id: `actor-${ai}`, dataActor: a.id }, [
            h('span', { className: ['k', `k-${a.type}`] }),
            a.mentions.length ? h('a', { href: `#m-${mentionKey(ai, 0)}` }, h('strong', a.name)) : h('strong', a.name),
            a.kind ? h('span', { className: 'muted' }, ` (${a.kind})`) : '',
            a.aliases.length ? h('span', { className: 'aliases' }, `also: ${a.aliases.join(', ')}`) : '',
            a.roles.length ? h('span', { className: 'roles' }, `role: ${a.roles.join('; ')}`) : '',
            h(
              'span',
              { className: 'refs' },
              a.mentions.length > 1
                ? [h('span', { className: 'muted' }, 'mentions: '), ...a.mentions.map((m, k) => h('a', { href: `#m-${mentionKey(ai, k)}`, title: `line ${m.span.start.line}` }, String(k + 1)))]
                : [],
            ),
          ]),
        ),
      ),
    );
  }
  return out;
}

function dateLegend(article: Article): Element[] {
  if (article.dates.length === 0) return [];
  return [
    h('h2', { className: 'part', id: 'dates' }, `Dates (${article.dates.length})`),
    h('div', { className: 'table-wrap' }, h('table', { className: 'dates' }, [
      h('thead', h('tr', ['#', 'text', 'type', 'value', 'mod', 'from'].map((c) => h('th', { scope: 'col' }, c)))),
      h(
        'tbody',
        article.dates.map((d, i) =>
          h('tr', [
            h('td', String(i + 1)),
            // (an implicit end of a duration is not in the text: nothing to link to)
            h('td', isWritten(d) ? h('a', { href: `#date-${d.id}` }, d.text) : h('span', { className: 'muted' }, 'implicit')),
            h('td', d.type),
            h('td', h('code', d.resolved ? `${d.value} → ${d.resolved}` : d.value)),
            h('td', d.mod ?? ''),
            h('td', d.anchor ?? ''),
          ]),
        ),
      ),
    ])),
  ];
}

function intervalLegend(article: Article): Element[] {
  if (article.intervals.length === 0) return [];
  return [
    h('h3', { id: 'intervals' }, `Intervals (${article.intervals.length})`),
    h(
      'div',
      { className: 'table-wrap' },
      h('table', { className: 'dates' }, [
        h('thead', h('tr', ['text', 'value', 'from', 'to'].map((c) => h('th', { scope: 'col' }, c)))),
        h(
          'tbody',
          article.intervals.map((i) =>
            h('tr', [h('td', h('a', { href: `#interval-${i.id}` }, i.text)), h('td', h('code', i.value)), h('td', i.start ?? 'open'), h('td', i.end ?? 'open')]),
          ),
        ),
      ]),
    ),
  ];
}

function diagnosticList(article: Article, parts: PageParts): Element[] {
  if (article.diagnostics.length === 0 && parts.unplaced.length === 0) return [];
  return [
    h('h2', { className: 'part', id: 'diagnostics' }, `Diagnostics (${article.diagnostics.length})`),
    h(
      'ul',
      article.diagnostics.map((d, i) =>
        parts.placedDiagnostics.has(i)
          ? h('li', [h('a', { href: `#diag-${i + 1}` }, `${d.severity}: ${d.message}`), h('span', { className: 'muted' }, ` (${d.ruleId}, line ${d.span!.start.line})`)])
          : h('li', [diagnosticNote(d, i)]),
      ),
    ),
    ...(parts.unplaced.length ? [h('p', { className: 'muted', id: 'unplaced' }, `Not marked in the text (outside its paragraphs and headings): ${parts.unplaced.join('; ')}`)] : []),
  ];
}

function page(title: string, lang: string, body: ElementContent[]): string {
  const tree: Root = {
    type: 'root',
    children: [
      { type: 'doctype' },
      h('html', { lang }, [
        h('head', [
          h('meta', { charSet: 'utf-8' }),
          h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
          // nothing to load and nothing to run, even if a page were tampered with
          h('meta', { httpEquiv: 'Content-Security-Policy', content: "default-src 'none'; style-src 'unsafe-inline'; img-src data:" }),
          h('title', title),
          h('style', STYLE),
        ]),
        h('body', body),
      ]),
    ],
  };
  return `${toHtml(tree)}\n`;
}

/** The HTML report of one article; `source` is the Markdown it was extracted from. */
export function formatHtml(article: Article, source: string, options: HtmlOptions = {}): string {
  const parts = articleText(article, source);
  const title = article.title ?? article.file;
  const ref = article.referenceDate.value ? `reference date ${article.referenceDate.value} (${article.referenceDate.source})` : 'no reference date';
  const timeline = { target: (e: Event) => parts.eventTargets.get(e.id) ?? `ev-${e.id}` };
  const svg = timelineSvg(article, timeline);
  const header = h('header', { className: 'top' }, [
    options.indexHref ? h('p', { className: 'meta' }, h('a', { href: options.indexHref }, '← all articles')) : '',
    h('h1', { lang: article.lang }, title),
    h('p', { className: 'meta' }, `${article.file} · ${article.lang} · ${ref} · ${plural(article.actors.length, 'actor')}, ${plural(article.dates.length, 'date')}, ${plural(article.events.length, 'event')}, ${plural(article.diagnostics.length, 'diagnostic')}`),
    typeLegend(),
  ]);
  const main = h('main', [
    h('h2', { className: 'part', id: 'timeline' }, `Timeline (${plural(article.events.length, 'event')})`),
    ...(svg ? [h('div', { className: 'timeline-wrap' }, svg), timelineList(article, timeline)] : [h('p', { className: 'muted' }, 'No dated events.')]),
    h('h2', { className: 'part', id: 'text' }, 'Article'),
    h('article', { className: 'text', lang: article.lang }, parts.text),
    ...dateLegend(article),
    ...intervalLegend(article),
    ...diagnosticList(article, parts),
  ]);
  // the page speaks English; the article and its title keep their language
  return page(title, 'en', [header, h('div', { className: 'layout' }, [main, h('aside', { className: 'side' }, actorList(article))])]);
}

/** What the index says of one report: its title and how much it found. */
export interface ReportSummary {
  readonly title: string | null;
  readonly actors: number;
  readonly dates: number;
  readonly events: number;
  readonly diagnostics: number;
}

/** The index line of an article (built where the article is, so a worker sends only this). */
export function summarize(article: Article): ReportSummary {
  const { title, actors, dates, events, diagnostics } = article;
  return { title, actors: actors.length, dates: dates.length, events: events.length, diagnostics: diagnostics.length };
}

export interface IndexEntry {
  readonly file: string;
  /** The report's path relative to the index, or null when the file could not be read. */
  readonly href: string | null;
  readonly summary?: ReportSummary;
  readonly error?: string;
}

/** The index of several reports (`--out-dir`). */
export function formatHtmlIndex(entries: readonly IndexEntry[]): string {
  const items = entries.map((e) =>
    e.href && e.summary
      ? h('li', [
          h('a', { href: e.href }, h('strong', e.summary.title ?? e.file)),
          h('span', { className: 'aliases' }, `${e.file} · ${plural(e.summary.actors, 'actor')}, ${plural(e.summary.dates, 'date')}, ${plural(e.summary.events, 'event')}, ${plural(e.summary.diagnostics, 'diagnostic')}`),
        ])
      : h('li', [h('strong', e.file), h('span', { className: 'aliases' }, `not read: ${e.error ?? 'unknown error'}`)]),
  );
  return page('extract: reports', 'en', [
    h('header', { className: 'top' }, [h('h1', 'Reports'), h('p', { className: 'meta' }, plural(entries.length, 'file'))]),
    h('div', { className: 'layout' }, [h('main', [h('ul', { className: 'actors' }, items)])]),
  ]);
}
