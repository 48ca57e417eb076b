/**
 * The one file that knows the order of the stages:
 * markdown -> sections -> sentences -> actors and dates -> events -> output.
 * Pure: no file system, no process, no clock.
 */
import type { StageContext, Preference } from './context.js';
import type { GazetteerEntry } from './actors/gazetteer.js';
import { findActors } from './actors/index.js';
import { ExtractError } from './errors.js';
import { findDates } from './dates/index.js';
import { findEvents } from './events/index.js';
import { getLocale, SUPPORTED_LANGUAGES } from './locales/index.js';
import type { Root } from 'mdast';
import { frontMatterDateDiagnostic, frontMatterReferenceDate, frontMatterString, readFrontMatter } from './markdown/front-matter.js';
import { parseMarkdown } from './markdown/parse-markdown.js';
import { buildSections } from './markdown/sections.js';
import { parseReferenceDate } from './reference-date.js';
import { LineIndex } from './text/line-index.js';
import { mapSpans, toNfc } from './text/normalize.js';
import { toTextUnits } from './text/text-units.js';
import { SCHEMA_VERSION } from './schema-version.js';
import type { Article, Diagnostic, ReferenceDate } from './types.js';

/** Also where the CLI checks `--ref-date`, without loading the stages. */
export { parseReferenceDate };

export interface ExtractOptions {
  /** Name to report in `file` ("-" for standard input). */
  file?: string;
  /** Reference date `YYYY-MM-DD[THH:MM[:SS]]`; overrides the front matter `date`. */
  refDate?: string;
  /** Language code; overrides the front matter `lang`. Default "fr". */
  lang?: string;
  /** Reading of bare dates without tense cues. Default "nearest". */
  prefer?: Preference;
  /** Actors pinned by the user. */
  actors?: readonly GazetteerEntry[];
}

/** A problem with the options or the document that stops extraction (a usage error, exit 2). */
export { ExtractError };

/** Reads a news article in Markdown and returns its structure, actors, dates and events. */
export function extract(markdown: string, options: ExtractOptions = {}): Article {
  return extractParsed(markdown, options).article;
}

/**
 * extract(), and the Markdown tree it parsed when that tree is the parse of `markdown` exactly as given (no byte
 * order mark, NUL or NFD to rewrite first; else null): `extract check` runs its rules on that tree instead of
 * parsing the text a second time.
 */
export function extractParsed(markdown: string, options: ExtractOptions = {}): { article: Article; tree: Root | null } {
  // byte order marks at the start are not text (the parser skips one more after the first): offsets count after them
  const read = markdown.charCodeAt(0) === 0xfeff ? markdown.replace(/^\uFEFF+/, '') : markdown;
  // CommonMark reads NUL as U+FFFD: the same replacement here (one code unit for one) keeps every offset
  const source = read.includes('\0') ? read.replaceAll('\0', '\uFFFD') : read;
  const normalized = toNfc(source);
  if (!normalized) {
    const { article, tree } = analyse(source, options);
    return { article, tree: source === markdown ? tree : null };
  }
  // text in NFD: analysed in NFC, every span mapped back to the source as read
  const { article } = analyse(normalized.text, options);
  mapSpans(article, normalized, new LineIndex(source));
  return { article, tree: null };
}

/** The pipeline on a source in NFC, and the tree it parsed. */
function analyse(source: string, options: ExtractOptions): { article: Article; tree: Root } {
  const lines = new LineIndex(source);
  const tree = parseMarkdown(source);
  const frontMatter = readFrontMatter(tree, lines);
  const diagnostics: Diagnostic[] = [...frontMatter.diagnostics];

  const lang = options.lang ?? frontMatterString(frontMatter.data, 'lang') ?? 'fr';
  const locale = getLocale(lang);
  if (!locale) throw new ExtractError(`unsupported language '${lang}' (supported: ${SUPPORTED_LANGUAGES.join(', ')})`);

  const referenceDate = resolveReferenceDate(options.refDate, { data: frontMatter.data, tree, lines }, diagnostics);
  const { sections, blocks, firstTopHeading } = buildSections(tree, source, lines);
  const units = toTextUnits(blocks, locale.sentences, lines);
  // the sections stage leaves each paragraph's sentences empty: fill them from the units
  const paragraphs = new Map(blocks.flatMap((b) => (b.paragraph ? [[b.paragraph.id, b.paragraph] as const] : [])));
  for (const unit of units) {
    if (unit.paragraph) paragraphs.get(unit.paragraph)?.sentences.push({ text: unit.text, span: unit.span });
  }

  const context: StageContext = { source, lines, referenceDate, prefer: options.prefer ?? 'nearest', locale, gazetteer: options.actors ?? [] };
  const dated = findDates(units, context);
  const found = findActors(units, context);
  const told = findEvents(units, dated.dates, found.actors, context, dated.intervals);
  diagnostics.push(...dated.diagnostics, ...found.diagnostics, ...told.diagnostics);

  const title = frontMatterString(frontMatter.data, 'title') ?? firstTopHeading;
  const article: Article = {
    schemaVersion: SCHEMA_VERSION,
    file: options.file ?? '-',
    lang: locale.code,
    referenceDate,
    title: title ?? null,
    ...(frontMatter.present ? { frontMatter: { ...frontMatter.data } } : {}),
    sections,
    actors: found.actors,
    dates: dated.dates,
    intervals: dated.intervals,
    events: told.events,
    diagnostics: sortDiagnostics(diagnostics),
  };
  return { article, tree };
}

function resolveReferenceDate(option: string | undefined, frontMatter: FrontMatterPlace, diagnostics: Diagnostic[]): ReferenceDate {
  if (option !== undefined) {
    const value = parseReferenceDate(option);
    if (!value) throw new ExtractError(`invalid reference date '${option}' (expected YYYY-MM-DD, optionally with THH:MM[:SS])`);
    return { value, source: 'option' };
  }
  const fromFrontMatter = frontMatterString(frontMatter.data, 'date');
  if (fromFrontMatter !== undefined) {
    const value = frontMatterReferenceDate(fromFrontMatter);
    if (value) return { value, source: 'frontmatter' };
    const problem = frontMatterDateDiagnostic(frontMatter.tree, frontMatter.lines, frontMatter.data);
    if (problem) diagnostics.push(problem);
  }
  return { value: null, source: 'none' };
}

/** The front matter and where it is, for the diagnostics that point into it. */
interface FrontMatterPlace {
  readonly data: Readonly<Record<string, unknown>>;
  readonly tree: Root;
  readonly lines: LineIndex;
}

/** Diagnostics in document order (those without a place first), stable. */
function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics
    .map((d, i) => [d, i] as const)
    .sort(([a, i], [b, j]) => (a.span?.start.offset ?? -1) - (b.span?.start.offset ?? -1) || i - j)
    .map(([d]) => d);
}
