/**
 * `extract check`: document-format rules for CI, like markdownlint or Vale.
 * Reads every input (files, globs, "-"), finds its configuration, runs the
 * extraction when a content rule needs it, checks, optionally fixes, and
 * prints all results at the end in input order. Returns the exit status:
 * 0 no error, 1 an error or too many warnings, 2 usage or I/O error.
 * Loaded only when the command runs: its options and help are in
 * ./check-definition.ts.
 */
import { Chalk } from 'chalk';
import { check } from '../check/host.js';
import { emptyArticle } from '../check/empty-article.js';
import { fixDocument } from '../check/fix.js';
import { RULES } from '../check/registry.js';
import { countFindings, FORMATS, formatResults, isFormatName, type FormatName } from '../check/formatters/index.js';
import type { FileResult, Finding, ResolvedConfig } from '../check/types.js';
import type { Root } from 'mdast';
import type { Article } from '../types.js';
import { ConfigFinder } from './check-config.js';
import { expandPatterns } from './expand-patterns.js';
import { budgetMemoryFor } from './memory-budget.js';
import type { CliIo } from './io.js';
import { describeIoError, readInput } from './read-input.js';
import { VERSION } from './version.js';

const EXIT_OK = 0;
const EXIT_PROBLEMS = 1;
const EXIT_ERROR = 2;

export interface CheckCliOptions {
  format: FormatName | string;
  /** A configuration file used for every input instead of discovery. */
  config?: string;
  /** More warnings than this exits 1. */
  maxWarnings?: number;
  fix?: boolean;
  /** Colour the stylish output (decided by the caller from the terminal, NO_COLOR, --color). */
  color: boolean;
  refDate?: string;
  lang?: string;
}

/** A configuration with only the fixable rules left on, for the fix passes. */
function fixableOnly(config: ResolvedConfig): ResolvedConfig {
  return new Map(RULES.map((rule) => {
    const setting = config.get(rule.id) ?? { level: rule.defaultLevel, options: rule.defaultOptions };
    return [rule.id, rule.fixable ? setting : { ...setting, level: 'off' as const }];
  }));
}

export { emptyArticle };

/** An Article, or an Article and the Markdown tree of the source as given (the rules then run on it: no second parse). */
export type Extracted = Article | { article: Article; tree: Root | null };

/** How the command gets an Article: the pipeline, or a stand-in in tests. */
export type ExtractArticle = (source: string, options: { file: string; refDate?: string; lang?: string }) => Extracted | Promise<Extracted>;

// Loaded on first use: a run whose content rules are all off never loads the extraction stages.
const loadPipeline = () => import('../pipeline.js');

const extractArticle: ExtractArticle = async (source, options) => (await loadPipeline()).extractParsed(source, options);

/** A problem the pipeline reports with the input or the options (ExtractError), as opposed to a bug. */
function isExtractError(error: unknown): error is Error {
  return error instanceof Error && error.name === 'ExtractError';
}

/** The first usage error in the options or patterns, as a one-line message, or null. */
async function usageError(patterns: readonly string[], options: CheckCliOptions): Promise<string | null> {
  if (!isFormatName(options.format)) return `unknown format '${options.format}' (valid formats: ${FORMATS.join(', ')})`;
  if (options.maxWarnings !== undefined && !(Number.isInteger(options.maxWarnings) && options.maxWarnings >= 0)) {
    return '--max-warnings must be a whole number, 0 or more';
  }
  if (options.refDate !== undefined && !(await loadPipeline()).parseReferenceDate(options.refDate)) {
    return `invalid reference date '${options.refDate}' (expected YYYY-MM-DD, optionally with THH:MM[:SS])`;
  }
  if (patterns.length === 0) return 'no input files (give files or globs, or - to read standard input)';
  if (patterns.filter((p) => p === '-').length > 1) return 'standard input (-) can be read only once';
  return null;
}

/** Runs `extract check` on the patterns and returns the exit status. */
export async function runCheck(patterns: readonly string[], options: CheckCliOptions, io: CliIo, extractWith: ExtractArticle = extractArticle): Promise<number> {
  const usage = await usageError(patterns, options);
  if (usage !== null || !isFormatName(options.format)) {
    io.stderr(`extract: check: ${usage}\n`);
    return EXIT_ERROR;
  }
  let exitCode = EXIT_OK;
  const fail = (message: string) => {
    io.stderr(`${message}\n`);
    exitCode = EXIT_ERROR;
  };

  const configs = new ConfigFinder(io, options.config);
  if (options.config !== undefined) {
    const { result } = await configs.forInput('-');
    if (!result.ok) {
      fail(result.message);
      return exitCode;
    }
  }
  const { inputs, errors } = await expandPatterns(patterns, io);
  for (const error of errors) fail(error);

  const brokenConfigs = new Set<string | null>();
  const results: FileResult[] = [];
  for (const { file } of inputs) {
    const { result: configResult, file: configFile, ignored } = await configs.forInput(file);
    // a file the configuration ignores is not even read
    if (ignored) continue;
    const input = await readInput(file, io);
    if (!input.ok) {
      fail(input.message);
      continue;
    }
    if (!configResult.ok) {
      // one message per broken configuration file, however many inputs it governs
      if (!brokenConfigs.has(configFile)) fail(configResult.message);
      brokenConfigs.add(configFile);
      continue;
    }
    const outcome = await checkOne(file, input.source, configResult.config, options, io, extractWith);
    if ('problem' in outcome) fail(outcome.problem);
    else {
      if (outcome.fixedText !== undefined) io.stdout(outcome.fixedText);
      results.push(outcome.result);
    }
  }

  const output = formatResults(options.format, results, { toolVersion: VERSION, ...(options.color ? { chalk: new Chalk({ level: 1 }) } : {}) });
  // with --fix on standard input, standard output carries the fixed document: the report goes to standard error
  const fixingStdin = options.fix === true && inputs.some((input) => input.file === '-');
  if (output !== '') (fixingStdin ? io.stderr : io.stdout)(output);

  const counts = countFindings(results);
  if (exitCode === EXIT_ERROR) return exitCode;
  if (counts.errors > 0) return EXIT_PROBLEMS;
  if (options.maxWarnings !== undefined && counts.warnings > options.maxWarnings) {
    io.stderr(`extract: check: too many warnings (${counts.warnings}; the maximum is ${options.maxWarnings})\n`);
    return EXIT_PROBLEMS;
  }
  return EXIT_OK;
}

/** Checks one input: fixes it first with --fix (writing the file), extracts when a content rule is on, runs the rules. */
async function checkOne(
  file: string,
  text: string,
  config: ResolvedConfig,
  options: CheckCliOptions,
  io: CliIo,
  extractWith: ExtractArticle,
): Promise<{ result: FileResult; fixedText?: string } | { problem: string }> {
  const needsArticle = RULES.some((rule) => rule.usesExtraction && config.get(rule.id)?.level !== 'off');
  try {
    let source = text;
    let fixedText: string | undefined;
    if (options.fix) {
      // the bytes the fixes start from, read right after the text: the file must still hold them at the rename
      let before: Uint8Array | null = null;
      try {
        if (file !== '-') before = await io.readFile(file);
      } catch (error) {
        return { problem: `extract: ${file}: cannot write the fixes (${describeIoError(error)})` };
      }
      const { text: fixed, skipped } = fixDocument(source, (candidate) => check(candidate, emptyArticle(file), fixableOnly(config)));
      for (const { finding } of skipped.filter((s) => s.reason === 'changes-content')) {
        io.stderr(`extract: ${file}:${finding.span?.start.line ?? 1}: ${finding.ruleId}: fix skipped: it would change what the document says\n`);
      }
      const unverified = skipped.filter((s) => s.reason === 'too-many').length;
      if (unverified > 0) io.stderr(`extract: ${file}: ${unverified} fixes skipped: too many fixes that change the document to check them all\n`);
      if (file === '-') {
        // standard input: the fixed text goes to standard output (the report to standard error)
        fixedText = fixed;
      } else if (fixed !== source && before) {
        try {
          const bom = before[0] === 0xef && before[1] === 0xbb && before[2] === 0xbf;
          await io.writeFileAtomic(file, bom ? `\uFEFF${fixed}` : fixed, before);
        } catch (error) {
          return { problem: `extract: ${file}: cannot write the fixes (${describeIoError(error)})` };
        }
      }
      source = fixed;
    }
    if (needsArticle) budgetMemoryFor(source);
    const extracted = needsArticle
      ? await extractWith(source, { file, ...(options.refDate !== undefined ? { refDate: options.refDate } : {}), ...(options.lang !== undefined ? { lang: options.lang } : {}) })
      : emptyArticle(file, options.refDate !== undefined ? { referenceDate: { value: options.refDate, source: 'option' } } : {});
    const { article, tree } = 'article' in extracted ? extracted : { article: extracted, tree: null };
    const findings = tree ? check(source, article, config, RULES, tree) : check(source, article, config);
    return { result: toResult(file, findings), ...(fixedText !== undefined ? { fixedText } : {}) };
  } catch (error) {
    if (isExtractError(error)) return { problem: `extract: ${file}: ${error.message}` };
    return { problem: `extract: ${file}: internal error: ${error instanceof Error ? error.message : String(error)}` };
  }
}

function toResult(file: string, findings: readonly Finding[]): FileResult {
  return {
    file,
    diagnostics: findings.map(({ fix: _fix, ...diagnostic }) => diagnostic),
    fixableCount: findings.filter((f) => f.fix && f.fix.length > 0).length,
  };
}
