/**
 * The HTML report without a browser: escaping, marks (nested, split, once
 * each), TIMEX3 values on the axis, the timeline's order, the palette's
 * contrast, and the CLI's --format html and --out-dir.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import type { ElementContent, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { describe, expect, it } from 'vitest';
import { formatHtml, formatHtmlIndex } from '../../src/cli/formatters/html.js';
import { markText, textRange, type Mark } from '../../src/cli/formatters/html-marks.js';
import { colorPairs } from '../../src/cli/formatters/html-style.js';
import { periodOf, rangeOf, yearlessPlace } from '../../src/cli/formatters/html-time.js';
import { axisSegments, eventLabel, timelineRows, xOf } from '../../src/cli/formatters/html-timeline.js';
import { pageName } from '../../src/cli/extract-command.js';
import { run } from '../../src/cli/program.js';
import { extract } from '../../src/pipeline.js';
import { MappedTextBuilder } from '../../src/text/mapped-text.js';
import type { Article, Event } from '../../src/types.js';
import { fakeIo } from '../helpers/fake-io.js';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const SEED = read('fixtures/lecornu-choigou.md');
const INJECTION = read('fixtures/html/injection.md');

/** The page with every double-quoted attribute value removed: what is left is tags and text. */
const withoutAttributeValues = (html: string) => html.replace(/="[^"]*"/g, '=""');

const serialize = (nodes: ElementContent[]) => toHtml({ type: 'root', children: nodes } as Root);

function mark(start: number, end: number, name: string, layer = 1): Mark {
  return { start, end, layer, wrap: (children, first) => h('b', { className: name, ...(first ? { id: name } : {}) }, children) };
}

describe('marks on a block of text', () => {
  const text = (() => {
    const b = new MappedTextBuilder();
    // "Le 3 avril à Paris." from source offset 100, with "**" markup around "Paris" skipped
    b.appendSource('Le 3 avril à ', 100);
    b.appendSource('Paris', 115);
    b.appendSource('.', 122);
    return b.build();
  })();

  it('maps a source range to the characters it covers, markup left out', () => {
    expect(textRange(text, 115, 120)).toEqual([13, 18]);
    // "**Paris**" as a whole covers the same characters
    expect(textRange(text, 113, 122)).toEqual([13, 18]);
    expect(textRange(text, 50, 60)).toBeNull();
    expect(textRange(text, 113, 115)).toBeNull();
  });

  it('nests marks that nest, outer first, and keeps each whole', () => {
    const { nodes, unplaced } = markText(text, [mark(103, 110, 'date'), mark(100, 123, 'sentence', 0), mark(115, 120, 'place')]);
    expect(unplaced).toEqual([]);
    expect(serialize(nodes)).toBe('<b class="sentence" id="sentence">Le <b class="date" id="date">3 avril</b> à <b class="place" id="place">Paris</b>.</b>');
  });

  it('splits a mark that crosses another, the id on its first piece only', () => {
    const { nodes } = markText(text, [mark(100, 110, 'a'), mark(105, 120, 'b')]);
    expect(serialize(nodes)).toBe('<b class="a" id="a">Le 3 <b class="b" id="b">avril</b></b><b class="b"> à Paris</b>.');
  });

  it('nests two marks of one span by layer, each once', () => {
    const { nodes } = markText(text, [mark(115, 120, 'inner', 2), mark(115, 120, 'outer', 1)]);
    expect(serialize(nodes)).toBe('Le 3 avril à <b class="outer" id="outer"><b class="inner" id="inner">Paris</b></b>.');
  });

  it('puts points between marks and says which marks found no place', () => {
    const point = { at: 115, node: () => h('i') };
    const { nodes, unplaced } = markText(text, [mark(115, 120, 'place'), mark(10, 20, 'elsewhere')], [point]);
    expect(serialize(nodes)).toBe('Le 3 avril à <i></i><b class="place" id="place">Paris</b>.');
    expect(unplaced.map((m) => m.start)).toEqual([10]);
  });

  it('marks every mention and date of the seed once, with its text', () => {
    const article = extract(SEED, { file: 'seed.md', refDate: '2024-04-05' });
    const html = formatHtml(article, SEED);
    const mentions = article.actors.flatMap((a) => a.mentions);
    // the seed has two actors named by one phrase ("ministères de la Défense"): both marked, nested
    expect(mentions.length).toBeGreaterThan(20);
    expect(html.match(/ id="m-\d+-\d+"/g)?.length).toBe(mentions.length);
    expect(html.match(/ id="date-d\d+"/g)?.length).toBe(article.dates.length);
    for (const d of article.dates) expect(html).toContain(`data-date="${d.id}"`);
    expect(html).not.toContain('id="unplaced"');
  });
});

describe('escaping', () => {
  const article = extract(INJECTION, { file: 'injection.md' });
  const html = formatHtml(article, INJECTION);
  const tags = withoutAttributeValues(html);

  it('writes no element from the article: no script, image, frame, handler or javascript: link', () => {
    expect(tags).not.toMatch(/<(script|img|iframe|svg onload|b |a href="javascript)/i);
    expect(tags).not.toMatch(/<[^>]*\son[a-z]+=/i);
    expect(html).not.toMatch(/href="javascript:/i);
    // the one <svg> is the timeline, the one <style> the report's own
    expect(tags.match(/<style/g)?.length).toBe(1);
  });

  it('shows the markup as text, with & and " escaped', () => {
    expect(html).toContain('&#x3C;script>window.__injected = \'html-block\'&#x3C;/script>');
    expect(html).toContain('data-raw="<script>"');
    expect(html).toContain('&#x26; « guillemets » "doubles"');
  });

  it('loads nothing and runs nothing: a strict content policy, no URL of any kind', () => {
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`.replace(/'/g, '&#x27;'));
    // the article's own "<iframe src=…>" is text (&#x3C;iframe …), no tag
    expect(tags).not.toMatch(/<[a-z][^<>]*\s(src|srcset|action|formaction)=/i);
    expect(html).not.toMatch(/href="(?!#)/);
    const style = /<style>([^<]*)<\/style>/.exec(html)![1]!;
    expect(style).not.toMatch(/url\(|@import/);
  });

  it('escapes an index entry too', () => {
    const index = formatHtmlIndex([{ file: '<script>x</script>.md', href: null, error: 'a & b' }]);
    expect(withoutAttributeValues(index)).not.toContain('<script>x');
    expect(index).toContain('&#x3C;script>x&#x3C;/script>.md');
  });
});

describe('TIMEX3 values on the axis', () => {
  const day = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / 86_400_000;

  it('gives each calendar value its period', () => {
    expect(periodOf('2024-04-03')).toEqual([day(2024, 4, 3), day(2024, 4, 4)]);
    expect(periodOf('2024-03')).toEqual([day(2024, 3, 1), day(2024, 4, 1)]);
    expect(periodOf('2024')).toEqual([day(2024, 1, 1), day(2025, 1, 1)]);
    expect(periodOf('199')).toEqual([day(1990, 1, 1), day(2000, 1, 1)]);
    // ISO week 1 of 2024 starts on Monday 1 January
    expect(periodOf('2024-W01')).toEqual([day(2024, 1, 1), day(2024, 1, 8)]);
    expect(periodOf('2024-W13-WE')).toEqual([day(2024, 3, 30), day(2024, 4, 1)]);
    expect(periodOf('2023-SU')).toEqual([day(2023, 6, 1), day(2023, 9, 1)]);
    expect(periodOf('2023-Q2')).toEqual([day(2023, 4, 1), day(2023, 7, 1)]);
    const evening = periodOf('2023-03-16TEV')!;
    expect(evening[0]).toBeGreaterThan(day(2023, 3, 16));
    expect(evening[1]).toBeLessThan(day(2023, 3, 17));
    expect(periodOf('2023-03-16T13:30')![0]).toBeCloseTo(day(2023, 3, 16) + 13.5 / 24);
    for (const none of ['XXXX-04-03', 'PRESENT_REF', 'P3D', 'XXXX-WXX-2']) expect(periodOf(none)).toBeNull();
  });

  it('draws "fin mars" as the last third of March, fuzzy, and an interval from its start to its end', () => {
    const end = rangeOf('2024-03', 'END')!;
    expect(end.start).toBeCloseTo(day(2024, 4, 1) - 31 / 3);
    expect(end.end).toBe(day(2024, 4, 1));
    expect(end.fuzzy).toBe(true);
    expect(rangeOf('2024-03-22', null)!.fuzzy).toBe(false);
    expect(rangeOf('2013-07-13/2013-07-15', null)).toMatchObject({ start: day(2013, 7, 13), end: day(2013, 7, 16), openStart: false, openEnd: false });
    expect(rangeOf('../2024-05-03', null)).toMatchObject({ start: day(2024, 5, 3), openStart: true, openEnd: false });
    expect(rangeOf('2019/..', null)).toMatchObject({ start: day(2019, 1, 1), openEnd: true });
    expect(rangeOf('2024', 'AFTER')!.openEnd).toBe(true);
    expect(rangeOf('2024-05-03/2024-05-01', null)).toBeNull();
  });

  it('places a date without a year within a year', () => {
    const [a, b] = yearlessPlace('XXXX-04-03')!;
    expect(a).toBeGreaterThan(0.25);
    expect(b).toBeLessThan(0.26);
    expect(yearlessPlace('XXXX-12')![1]).toBeCloseTo(1);
    expect(yearlessPlace('XXXX-WXX-2')).toBeNull();
  });
});

describe('the timeline', () => {
  const ev = (id: string, value: string, mod: string | null = null): Event => ({
    id,
    date: 'd1',
    value,
    mod,
    trigger: id,
    sentence: '',
    actors: [],
    places: [],
    section: 's',
    span: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 2, offset: 1 } },
  });

  it('orders by date, a period by its start, dates without a year and non-calendar values apart', () => {
    const rows = timelineRows([ev('e1', '2024-04-03'), ev('e2', 'XXXX-01-15'), ev('e3', '2024-03', 'END'), ev('e4', 'PRESENT_REF'), ev('e5', '2022-10'), ev('e6', '2024-W13'), ev('e7', '2024-03-22')]);
    expect(rows.map((r) => r.event.id)).toEqual(['e5', 'e3', 'e7', 'e6', 'e1', 'e2', 'e4']);
    expect(rows.map((r) => r.group)).toEqual(['dated', 'dated', 'dated', 'dated', 'dated', 'yearless', 'other']);
  });

  it('cuts a long empty stretch out of the axis and keeps x growing with time', () => {
    const ranges: [number, number][] = [
      [0, 365],
      [12000, 12001],
      [12010, 12011],
    ];
    const segments = axisSegments(ranges);
    expect(segments).toHaveLength(2);
    const xs = [0, 200, 365, 12000, 12005, 12011].map((d) => xOf(d, segments));
    for (let i = 1; i < xs.length; i++) expect(xs[i]!).toBeGreaterThan(xs[i - 1]!);
    // the recent days get room of their own, not a sliver of a 33-year axis
    expect(xOf(12010, segments) - xOf(12000, segments)).toBeGreaterThan(50);
    expect(axisSegments([[0, 10], [20, 30]])).toHaveLength(1);
  });

  it('draws one mark per event, linked to its sentence', () => {
    const article = extract(SEED, { file: 'seed.md', refDate: '2024-04-05' });
    const html = formatHtml(article, SEED);
    expect(html.match(/class="tl-ev"/g)?.length).toBe(article.events.length);
    for (const e of article.events) expect(html).toMatch(new RegExp(`<a class="tl-ev" id="tl-${e.id}"[^>]* href="#s-p\\d+-\\d+"`));
  });

  it('draws an event that spans an interval as a bar, and marks the interval around its dates', () => {
    const source = read('fixtures/html/greve-eboueurs-marseille.md');
    const article = extract(source, { file: 'greve.md' });
    // the range "du 22 au 24 mars" as the dates stage gives it (built here from its two dates)
    const from = article.dates.find((d) => d.value.endsWith('-03-22'))!;
    const to = article.dates.find((d) => d.value.endsWith('-03-24'))!;
    const start = source.lastIndexOf('du ', from.span.start.offset);
    const value = `${from.value}/${to.value}`;
    article.intervals = [{ id: 'i1', text: source.slice(start, to.span.end.offset), span: { start: { ...from.span.start, offset: start }, end: to.span.end }, start: from.id, end: to.id, value }];
    const event = article.events.find((e) => e.date === from.id)!;
    Object.assign(event, { interval: 'i1', value });
    const html = formatHtml(article, source);
    expect(html).toContain(`<span class="interval" id="interval-i1" data-interval="i1" title="interval ${value}">du <span class="date" id="date-${from.id}"`);
    const mark = new RegExp(`id="tl-${event.id}"[^>]*data-start="(\\d+)" data-end="(\\d+)".*?</a>`).exec(html)!;
    expect(Number(mark[2]) - Number(mark[1])).toBe(3);
    expect(mark[0]).toMatch(/<rect class="bar"/);
  });

  it('shows a diagnostic at its place, and one outside the text (front matter) in the list only', () => {
    const source = '---\ntitle: [oops\n---\n\n# Titre\n\nLe 3 avril, Jean Dupont est venu.\n';
    const article = extract(source, { file: 'a.md' });
    expect(article.diagnostics.map((d) => d.ruleId)).toEqual(['front-matter-invalid', 'date-year-unresolved']);
    const html = formatHtml(article, source);
    expect(html.match(/class="dmark[^"]*" href="#diag-\d+"/g)).toEqual(['class="dmark sev-warning" href="#diag-2"']);
    // the year note follows its paragraph; the front matter's stands in the list
    expect(html).toMatch(/est venu\.<\/span><\/p><div class="note sev-warning" id="diag-2"/);
    expect(html).toMatch(/<li><div class="note sev-warning" id="diag-1"/);
  });

  it('says so when there are no events', () => {
    const article = extract('# Titre\n\nRien de daté ici.\n', { file: 'a.md' });
    expect(formatHtml(article, '# Titre\n\nRien de daté ici.\n')).toContain('No dated events.');
  });
});

describe('property: any Markdown', () => {
  const piece = fc.constantFrom(
    'Le ', 'ministre ', 'Jean Dupont ', 'Marie Curie', ' à Lyon', ' a parlé ', 'le 3 avril', ' du 3 au 5 mai', ' fin mars', ' hier', '. ', '« ', ' »', ', ',
    '*', '**', '_', '`', '[lien](http://x.fr)', '&amp;', '\\*', '<b>', '</b>', '<script>x()</script>', '"', '&', '<',
    '\n', '\n\n', '\r\n', '# ', '## ', '- ', '> ', '```\ncode\n```\n', '| a | b |\n| - | - |\n| c | d |\n', 'é', '😀',
  );
  it('never throws, marks each mention and date once, and writes no tag from the text', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 50 }), (parts) => {
        const source = parts.join('');
        const article = extract(source, { refDate: '2024-04-05' });
        const html = formatHtml(article, source);
        const mentions = article.actors.reduce((n, a) => n + a.mentions.length, 0);
        expect(html).not.toContain('id="unplaced"');
        expect((html.match(/ id="m-\d+-\d+"/g) ?? []).length).toBe(mentions);
        expect((html.match(/ id="date-d\d+"/g) ?? []).length).toBe(article.dates.length);
        expect(withoutAttributeValues(html)).not.toMatch(/<(script|b>)/);
        expect((html.match(/class="tl-ev"/g) ?? []).length).toBe(article.events.length);
      }),
      { numRuns: 200 },
    );
  }, 60_000);
});

describe('size', () => {
  it('grows about linearly with the article (8× the paragraphs, far less than 64× the time)', () => {
    const para = (i: number) => `Le ${1 + (i % 28)} avril, Jean Dupont${i} a rencontré la ministre Marie Curie à Lyon. Le lendemain, l'Agence ${i} a annoncé un accord.`;
    const doc = (n: number) => `# Titre\n\n${Array.from({ length: n }, (_, i) => para(i)).join('\n\n')}\n`;
    const time = (n: number) => {
      const source = doc(n);
      const article = extract(source, { file: 'x.md', refDate: '2024-05-01' });
      formatHtml(article, source); // warm
      const t = performance.now();
      formatHtml(article, source);
      return performance.now() - t;
    };
    const small = time(40);
    const large = time(320);
    expect(large / Math.max(small, 1)).toBeLessThan(24);
  }, 60_000);
});

describe('colours', () => {
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  it('keeps every text and background pair at 4.5:1 or more', () => {
    for (const [fg, bg] of colorPairs()) {
      const [hi, lo] = [luminance(fg), luminance(bg)].sort((a, b) => b - a);
      expect((hi! + 0.05) / (lo! + 0.05), `${fg} on ${bg}`).toBeGreaterThanOrEqual(4.5);
    }
  });
});

describe('extract --format html', () => {
  const files = { 'a.md': SEED, 'b/inj.md': INJECTION, 'c/a.md': '# Autre\n\nLe 3 mai, rien.\n' };

  it('prints one page for one file', async () => {
    const io = fakeIo(files);
    expect(await run(['--format', 'html', '--ref-date', '2024-04-05', 'a.md'], io)).toBe(0);
    expect(io.out.startsWith('<!doctype html>')).toBe(true);
    expect(io.out).toContain('<title>Sébastien Lecornu et Sergueï Choïgou échangent au téléphone</title>');
  });

  it('needs --out-dir for several files, and --out-dir goes with html only', async () => {
    let io = fakeIo(files);
    expect(await run(['--format', 'html', 'a.md', 'c/a.md'], io)).toBe(2);
    expect(io.err).toMatch(/--out-dir/);
    expect(io.out).toBe('');
    io = fakeIo(files);
    expect(await run(['--out-dir', 'r', 'a.md'], io)).toBe(2);
    expect(io.err).toMatch(/--out-dir goes with --format html/);
  });

  it('writes one page per file and an index with --out-dir, names kept apart, unreadable files listed', async () => {
    const io = fakeIo(files);
    expect(await run(['-f', 'html', '-o', 'out', 'a.md', 'b/inj.md', 'c/a.md', 'missing.md'], io)).toBe(2);
    expect([...io.written.keys()]).toEqual(['out/a.html', 'out/inj.html', 'out/a-2.html', 'out/index.html']);
    expect(io.out.trim().split('\n')).toEqual(['out/a.html', 'out/inj.html', 'out/a-2.html', 'out/index.html']);
    const index = io.written.get('out/index.html')!;
    for (const href of ['a.html', 'inj.html', 'a-2.html']) expect(index).toContain(`href="${href}"`);
    expect(index).toContain('missing.md');
    expect(index).toContain('not read: no such file');
    expect(io.written.get('out/a.html')).toContain('href="index.html"');
  });

  it('names pages after their files, safely and once each', () => {
    const taken = new Set<string>();
    expect(['a/b c.md', 'x/b c.md', '-', 'index.md', '../<x>.md', '.md'].map((f) => pageName(f, taken))).toEqual([
      'b-c.html',
      'b-c-2.html',
      'stdin.html',
      'index-2.html',
      'x-.html',
      'article.html',
    ]);
  });

  it('says so when the folder cannot be made', async () => {
    const io = fakeIo({ ...files, out: 'a file' });
    expect(await run(['-f', 'html', '-o', 'out', 'a.md'], io)).toBe(2);
    expect(io.err).toMatch(/^extract: out: /);
    expect(io.written.size).toBe(0);
  });

  it('keeps the contract: the page is built from the Article alone plus its source', () => {
    const article: Article = extract(SEED, { file: 'a.md' });
    const copy = structuredClone(article);
    formatHtml(article, SEED);
    expect(article).toEqual(copy);
  });
});

describe('event labels', () => {
  const base = extract('# T\n\nLe ministre Paul Durand visitera Lyon le 12 mai.\n', { refDate: '2024-04-05' });
  const byId = new Map(base.actors.map((a) => [a.id, a] as const));
  const e = { ...base.events[0]! };
  it('say when an event is only planned or reported, not when it occurred', () => {
    expect(eventLabel({ ...e, status: 'planned' }, byId)).toMatch(/· visitera \(planned\)/);
    expect(eventLabel({ ...e, status: 'reported' }, byId)).toMatch(/\(reported\)/);
    expect(eventLabel({ ...e, status: 'occurred' }, byId)).not.toMatch(/\(occurred\)/);
  });
});
