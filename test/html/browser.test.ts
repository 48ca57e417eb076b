/**
 * The HTML report in a real browser: Debian's headless Chromium
 * (/usr/bin/chromium, installed by .ci/run) driven by playwright-core. For
 * the seed and two articles, every actor mention, date and interval of the JSON is
 * marked once at its text and place, the timeline has one mark per event in
 * date order, nothing is fetched; an injection fixture runs no script even
 * with the page's content policy switched off. Screenshots are kept in
 * test/html/artifacts/ (ignored by git).
 *
 * Without Chromium and outside CI these tests are skipped with a message; under
 * CI (CI set) they run and fail when Chromium is missing.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatHtml } from '../../src/cli/formatters/html.js';
import { extract } from '../../src/pipeline.js';
import { isWritten } from '../../src/dates/written.js';
import type { Article, Paragraph, Section } from '../../src/types.js';

const CHROMIUM = '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ARTIFACTS = join(ROOT, 'test/html/artifacts');

const haveChromium = existsSync(CHROMIUM);
const runIt = haveChromium || Boolean(process.env.CI);
if (!runIt) {
  console.warn(`\n  [browser tests SKIPPED] ${CHROMIUM} is missing: the HTML report was not checked in a browser.\n  Install it with: apt-get update && apt-get install -y chromium (CI installs it and runs these tests)\n`);
}

const ARTICLES = [
  { name: 'lecornu-choigou', path: 'fixtures/lecornu-choigou.md', refDate: '2024-04-05' },
  { name: 'greve-eboueurs-marseille', path: 'fixtures/html/greve-eboueurs-marseille.md' },
  { name: 'regate-brest', path: 'fixtures/html/regate-brest.md' },
  // real news: two French Wikinews articles (CC BY 2.5, see fixtures/html/README.md)
  { name: 'wikinews-pakistan-chef-armee', path: 'fixtures/html/wikinews-pakistan-chef-armee.md' },
  { name: 'wikinews-inondations-nord', path: 'fixtures/html/wikinews-inondations-nord.md' },
] as const;

interface Expected {
  key: string;
  selector: 'data-mention' | 'data-date' | 'data-interval';
  id: string;
  text: string;
  /** id of the element that holds it: a paragraph, or a heading. */
  container: string | null;
  /** characters of the container before it, when the paragraph has no markup (its source is its text). */
  prefix: number | null;
  title?: string;
}

function paragraphsOf(sections: readonly Section[]): Paragraph[] {
  return sections.flatMap((s) => [...s.paragraphs, ...paragraphsOf(s.sections)]);
}

/** What the page must show for each mention and date, from the JSON and the source alone. */
function expectations(article: Article, source: string): Expected[] {
  const paragraphs = paragraphsOf(article.sections);
  const place = (start: number, end: number) => {
    const p = paragraphs.find((x) => x.span.start.offset <= start && end <= x.span.end.offset);
    if (!p) return { container: null, prefix: null };
    const plain = source.slice(p.span.start.offset, p.span.end.offset) === p.text;
    return { container: p.id, prefix: plain ? start - p.span.start.offset : null };
  };
  return [
    ...article.actors.flatMap((a, ai) =>
      a.mentions.map((m, k) => ({ key: `${ai}-${k}`, selector: 'data-mention' as const, id: `m-${ai}-${k}`, text: m.text, ...place(m.span.start.offset, m.span.end.offset) })),
    ),
    ...article.dates.filter(isWritten).map((d) => ({
      key: d.id,
      selector: 'data-date' as const,
      id: `date-${d.id}`,
      text: d.text,
      ...place(d.span.start.offset, d.span.end.offset),
      title: `TIMEX3 ${d.type} ${d.value}${d.mod ? ` · mod ${d.mod}` : ''}`,
    })),
    ...article.intervals.map((i) => ({ key: i.id, selector: 'data-interval' as const, id: `interval-${i.id}`, text: i.text, ...place(i.span.start.offset, i.span.end.offset), title: `interval ${i.value}` })),
  ];
}

/** Runs in the page: every problem with the marks, as readable lines. */
function checkMarks(expected: Expected[]): string[] {
  const problems: string[] = [];
  for (const e of expected) {
    const pieces = [...document.querySelectorAll<HTMLElement>(`[${e.selector}="${e.key}"]`)];
    const first = pieces.filter((p) => p.id === e.id);
    if (first.length !== 1) problems.push(`${e.id}: ${first.length} first pieces`);
    const text = pieces.map((p) => p.textContent).join('');
    if (text !== e.text) problems.push(`${e.id}: text ${JSON.stringify(text)} instead of ${JSON.stringify(e.text)}`);
    const el = first[0];
    if (!el) continue;
    const holder = el.closest('p[id], blockquote[id], h1, h2, h3, h4, h5, h6');
    if (e.container === null) {
      if (!holder || !/^H\d$/.test(holder.tagName)) problems.push(`${e.id}: expected in a heading, found in ${holder?.id ?? 'nothing'}`);
    } else if (holder?.id !== e.container) problems.push(`${e.id}: in ${holder?.id ?? 'nothing'} instead of ${e.container}`);
    else if (e.prefix !== null) {
      const range = document.createRange();
      range.setStart(holder, 0);
      range.setEndBefore(el);
      const before = range.toString().length;
      if (before !== e.prefix) problems.push(`${e.id}: ${before} characters before it instead of ${e.prefix}`);
    }
    if (e.title && !el.title.startsWith(e.title)) problems.push(`${e.id}: title ${JSON.stringify(el.title)} does not start with ${JSON.stringify(e.title)}`);
  }
  const ids = new Set(expected.map((e) => e.id));
  for (const el of document.querySelectorAll<HTMLElement>('[data-mention][id], [data-date][id], [data-interval][id]')) if (!ids.has(el.id)) problems.push(`${el.id}: marked but not in the JSON`);
  return problems;
}

/** Calendar start of a plain value ("2024", "2024-03", "2024-03-22T…"), for an order check independent of the formatter. */
function plainStart(value: string, mod: string | null): string | null {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?(?:T.*)?$/.exec(value);
  return m && mod === null ? `${m[1]}-${m[2] ?? '01'}-${m[3] ?? '01'}` : null;
}

describe.skipIf(!runIt)('the HTML report in headless Chromium', { timeout: 120_000 }, () => {
  let context: BrowserContext;
  let userDataDir: string;
  const requests: string[] = [];

  beforeAll(async () => {
    if (!haveChromium) return;
    const { chromium } = await import('playwright-core');
    userDataDir = mkdtempSync(join(tmpdir(), 'extract-chromium-'));
    mkdirSync(ARTIFACTS, { recursive: true });
    // the content policy is bypassed so that the injection test proves the escaping, not the policy
    context = await chromium.launchPersistentContext(userDataDir, { executablePath: CHROMIUM, headless: true, args: FLAGS, bypassCSP: true, viewport: { width: 1280, height: 900 } });
    context.on('request', (r) => requests.push(r.url()));
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
  });

  it('finds Chromium (under CI, .ci/run installs it)', () => {
    expect(haveChromium, `${CHROMIUM} is missing: apt-get install -y chromium`).toBe(true);
  });

  async function open(name: string, html: string): Promise<Page> {
    const file = join(ARTIFACTS, `${name}.html`);
    writeFileSync(file, html);
    const page = await context.newPage();
    await page.goto(pathToFileURL(file).href);
    return page;
  }

  for (const a of ARTICLES) {
    it(`${a.name}: each mention and date marked once at its text, the timeline in date order`, async () => {
      const source = readFileSync(join(ROOT, a.path), 'utf8');
      const article = extract(source, { file: a.path, ...('refDate' in a ? { refDate: a.refDate } : {}) });
      expect(article.actors.length).toBeGreaterThan(3);
      expect(article.events.length).toBeGreaterThan(3);
      const page = await open(a.name, formatHtml(article, source));
      const before = requests.length;

      const expected = expectations(article, source);
      expect(await page.evaluate(checkMarks, expected)).toEqual([]);
      // the text of each paragraph is the article's, nothing added by the marks
      const paragraphs = paragraphsOf(article.sections);
      const shown = await page.evaluate((ids) => ids.map((id) => document.getElementById(id)?.textContent ?? null), paragraphs.map((p) => p.id));
      expect(shown).toEqual(paragraphs.map((p) => p.text));

      const marks = await page.evaluate(() =>
        [...document.querySelectorAll<SVGElement>('svg.timeline .tl-ev')].map((m) => {
          const target = m.getAttribute('href')?.slice(1) ?? null;
          return { event: m.dataset.event!, group: m.dataset.group!, start: Number(m.dataset.start ?? NaN), x: Number(m.dataset.x), target, targetText: target ? (document.getElementById(target)?.textContent ?? null) : null };
        }),
      );
      expect(marks.map((m) => m.event).sort()).toEqual(article.events.map((e) => e.id).sort());
      // the list for narrow screens and screen readers tells the same events in the same order
      expect(await page.evaluate(() => [...document.querySelectorAll<HTMLElement>('ol.tl-list li')].map((li) => li.dataset.event))).toEqual(marks.map((m) => m.event));
      const rank = { dated: 0, yearless: 1, other: 2 } as Record<string, number>;
      for (let i = 1; i < marks.length; i++) {
        expect(rank[marks[i]!.group]).toBeGreaterThanOrEqual(rank[marks[i - 1]!.group]!);
        if (marks[i]!.group === 'dated' && marks[i - 1]!.group === 'dated') {
          expect(marks[i]!.start).toBeGreaterThanOrEqual(marks[i - 1]!.start);
          expect(marks[i]!.x).toBeGreaterThanOrEqual(marks[i - 1]!.x);
        }
      }
      // the order against the JSON values themselves, where they are plain calendar dates
      const byId = new Map(article.events.map((e) => [e.id, e] as const));
      const plain = marks.map((m) => byId.get(m.event)!).flatMap((e) => plainStart(e.value, e.mod) ?? []);
      expect(plain).toEqual([...plain].sort());
      expect(plain.length).toBeGreaterThan(2);
      // each mark links to the sentence of its event
      for (const m of marks) {
        expect(m.targetText, `${m.event} links to ${m.target}`).not.toBeNull();
        if (m.target?.startsWith('s-')) expect(m.targetText).toContain(byId.get(m.event)!.trigger);
      }

      // printed, each date carries its number in the legend
      await page.emulateMedia({ media: 'print' });
      const printed = await page.evaluate(() => [...document.querySelectorAll('.date[id]')].map((d) => getComputedStyle(d, '::after').content));
      expect(printed).toEqual(article.dates.map((_, i) => `"${i + 1}"`));
      await page.emulateMedia({ media: 'screen' });

      await page.screenshot({ path: join(ARTIFACTS, `${a.name}.png`), fullPage: true });
      // the first screen, as the README shows it (fixtures/html/lecornu-choigou.report.png is the seed's)
      await page.setViewportSize({ width: 1200, height: 900 });
      await page.screenshot({ path: join(ARTIFACTS, `${a.name}.top.png`) });
      await page.setViewportSize({ width: 390, height: 844 });
      // on a phone the page does not scroll sideways (the timeline scrolls in its own box)
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await page.screenshot({ path: join(ARTIFACTS, `${a.name}.phone.png`), fullPage: true });
      expect(existsSync(join(ARTIFACTS, `${a.name}.png`))).toBe(true);
      // nothing was fetched but the page itself
      expect(requests.slice(before).filter((u) => !u.startsWith('file:') && !u.startsWith('data:'))).toEqual([]);
      await page.close();
    });
  }

  it('runs no script from the article, and shows its markup as text', async () => {
    const source = readFileSync(join(ROOT, 'fixtures/html/injection.md'), 'utf8');
    const article = extract(source, { file: 'injection.md' });
    const page = await open('injection', formatHtml(article, source));
    await page.waitForLoadState('load');
    const seen = await page.evaluate(() => ({
      injected: (window as unknown as { __injected?: string }).__injected ?? null,
      scripts: document.scripts.length,
      embedded: document.querySelectorAll('body img, body iframe, body object, body embed, body style').length,
      handlers: [...document.querySelectorAll('*')].flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name) || /^\s*javascript:/i.test(a.value)).map((a) => `${el.tagName} ${a.name}`)),
      title: document.querySelector('h1')?.textContent ?? '',
      pre: [...document.querySelectorAll('pre.raw')].map((p) => p.textContent),
      raw: [...document.querySelectorAll('.raw[data-raw]')].map((r) => getComputedStyle(r, '::before').content),
    }));
    expect(seen.injected).toBeNull();
    expect(seen.scripts).toBe(0);
    expect(seen.embedded).toBe(0);
    expect(seen.handlers).toEqual([]);
    expect(seen.title).toBe(`${article.title}`);
    expect(seen.title).toContain('& « guillemets » "doubles"');
    expect(seen.pre).toContain("<script>window.__injected = 'html-block'</script>");
    expect(seen.raw).toContain('"<script>"');
    await page.screenshot({ path: join(ARTIFACTS, 'injection.png'), fullPage: true });
    await page.close();
  });
});
