// The pipeline's stages called one by one, in the order of src/pipeline.ts, for the benchmarks' "where the time goes"
// figures (run.js on its generated input, real.js on the real articles). Runs on the built dist/.

/** The stages in pipeline order, and how the reports name them. */
export const STAGES = ['parse', 'setup', 'sections', 'sentences', 'dates', 'actors', 'events'];
export const STAGE_LABELS = {
  parse: 'parse (remark + gfm + front matter)',
  setup: 'line index, front matter, ref. date',
  sections: 'sections (buildSections)',
  sentences: 'sentences (toTextUnits)',
  dates: 'dates (findDates)',
  actors: 'actors (findActors)',
  events: 'events (findEvents)',
};

/** The built modules of the stages under `root`. */
export async function loadStages(root) {
  const [pipeline, parse, fm, sections, units, lineIndex, locales, dates, actors, events] = await Promise.all([
    import(`${root}/dist/pipeline.js`),
    import(`${root}/dist/markdown/parse-markdown.js`),
    import(`${root}/dist/markdown/front-matter.js`),
    import(`${root}/dist/markdown/sections.js`),
    import(`${root}/dist/text/text-units.js`),
    import(`${root}/dist/text/line-index.js`),
    import(`${root}/dist/locales/index.js`),
    import(`${root}/dist/dates/index.js`),
    import(`${root}/dist/actors/index.js`),
    import(`${root}/dist/events/index.js`),
  ]);
  return {
    extract: pipeline.extract,
    parseReferenceDate: pipeline.parseReferenceDate,
    parseMarkdown: parse.parseMarkdown,
    readFrontMatter: fm.readFrontMatter,
    frontMatterString: fm.frontMatterString,
    buildSections: sections.buildSections,
    toTextUnits: units.toTextUnits,
    LineIndex: lineIndex.LineIndex,
    getLocale: locales.getLocale,
    findDates: dates.findDates,
    findActors: actors.findActors,
    findEvents: events.findEvents,
  };
}

/** The reference date as src/pipeline.ts resolves it: the option `refDate` when given, else the front matter's `date`. */
function referenceDateOf(S, data, refDate) {
  if (refDate) return { value: S.parseReferenceDate(refDate), source: 'option' };
  const fromFrontMatter = S.frontMatterString(data, 'date');
  if (fromFrontMatter === undefined) return { value: null, source: 'none' };
  const wallClock = fromFrontMatter.replace(' ', 'T').replace(/(\.\d+)?(Z|[+-]\d{2}:?\d{2})$/, '');
  const value = S.parseReferenceDate(wallClock) ?? S.parseReferenceDate(wallClock.slice(0, 10));
  return value ? { value, source: 'frontmatter' } : { value: null, source: 'none' };
}

/**
 * The stages after the parse over one parsed source, each call wrapped in `time(stage, fn)` (which runs fn and returns
 * its result, timing it as it likes). The events stage runs only when `events` is true. Returns what each stage found.
 */
export function runStagesAfterParse(S, source, tree, time, { refDate = null, events = true } = {}) {
  const ctx = time('setup', () => {
    const lines = new S.LineIndex(source);
    const frontMatter = S.readFrontMatter(tree, lines);
    const lang = S.frontMatterString(frontMatter.data, 'lang') ?? 'fr';
    const locale = S.getLocale(lang);
    return { source, lines, referenceDate: referenceDateOf(S, frontMatter.data, refDate), prefer: 'nearest', locale, gazetteer: [] };
  });
  const built = time('sections', () => S.buildSections(tree, source, ctx.lines));
  const units = time('sentences', () => {
    const us = S.toTextUnits(built.blocks, ctx.locale.sentences, ctx.lines);
    for (const block of built.blocks) if (block.paragraph) block.paragraph.sentences = [];
    const paragraphs = new Map(built.blocks.flatMap((b) => (b.paragraph ? [[b.paragraph.id, b.paragraph]] : [])));
    for (const unit of us) if (unit.paragraph) paragraphs.get(unit.paragraph)?.sentences.push({ text: unit.text, span: unit.span });
    return us;
  });
  const dated = time('dates', () => S.findDates(units, ctx));
  const found = time('actors', () => S.findActors(units, ctx));
  const told = events ? time('events', () => S.findEvents(units, dated.dates, found.actors, ctx, dated.intervals)) : null;
  return { units, dated, found, told };
}
