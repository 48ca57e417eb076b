/**
 * The command-line shell: parses arguments with commander, reads inputs,
 * calls the library, writes formatted output. `run(argv, io)` returns the exit
 * code; it never touches `process` itself, so tests run it in-process.
 */
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { parse as parseYaml } from 'yaml';
import { parseGazetteer, type GazetteerEntry } from '../actors/gazetteer.js';
import type { Preference } from '../context.js';
import { SUPPORTED_LANGUAGES } from '../locales/index.js';
import { extract, ExtractError, parseReferenceDate } from '../pipeline.js';
import { articleJsonSchema } from '../schema.js';
import type { Article } from '../types.js';
import { registerCheckCommand } from './check-command.js';
import { formatJson } from './formatters/json.js';
import { formatText } from './formatters/text.js';
import { formatTimeline } from './formatters/timeline.js';
import type { CliIo } from './io.js';
import { describeIoError, readInput } from './read-input.js';
import { VERSION } from './version.js';

export const EXIT_OK = 0;
export const EXIT_PROBLEMS = 1;
export const EXIT_ERROR = 2;

type OutputFormat = 'json' | 'timeline' | 'text';

interface ExtractCliOptions {
  refDate?: string;
  lang?: string;
  prefer: Preference;
  ndjson?: boolean;
  format: OutputFormat;
  actors?: string;
  color?: boolean;
  debug?: boolean;
}

const EXAMPLES = `
Examples:
  $ extract article.md                          the article as pretty JSON
  $ extract --ref-date 2024-04-05 article.md    resolve "le 3 avril" against a date
  $ cat article.md | extract -                  read standard input
  $ extract articles/*.md > all.ndjson          several files: one JSON object per line
  $ extract article.md | jq '.events[] | {value, trigger}'
  $ extract --format timeline article.md        dated events, one line each
  $ extract schema > article.schema.json        the JSON Schema of the output
  $ extract check "articles/**/*.md"            check documents against format rules

Exit status: 0 done, 1 problems found (check), 2 usage error or unreadable input.
The reference date is --ref-date, else the front matter 'date:', else none.`;

/** Whether colour may be used on stdout: a terminal, and NO_COLOR unset (https://no-color.org). */
export function colorAllowed(io: CliIo, flag: boolean | undefined): boolean {
  if (flag !== undefined) return flag;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  if (io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '0') return true;
  return io.stdoutIsTTY && io.env.TERM !== 'dumb';
}

function refDateArgument(value: string): string {
  const date = parseReferenceDate(value);
  if (!date) throw new InvalidArgumentError('expected YYYY-MM-DD, optionally with THH:MM or THH:MM:SS');
  return date;
}

function langArgument(value: string): string {
  const code = value.toLowerCase().split(/[-_]/)[0] ?? '';
  if (!SUPPORTED_LANGUAGES.includes(code)) throw new InvalidArgumentError(`supported: ${SUPPORTED_LANGUAGES.join(', ')}`);
  return value;
}

/** Builds the commander program; `setExit` records the exit code of the command that runs. */
export function buildProgram(io: CliIo, setExit: (code: number) => void): Command {
  const program = new Command('extract');
  program
    .description('Read news articles written in Markdown and print their structure as JSON:\nsections, actors, dates (TIMEX3) and dated events.')
    .version(VERSION, '-V, --version', 'print the version number')
    .helpOption('-h, --help', 'show this help')
    .argument('[files...]', 'Markdown files to read; "-" reads standard input')
    .option('-r, --ref-date <date>', 'reference date for "hier", "le 3 avril" (YYYY-MM-DD[THH:MM[:SS]])', refDateArgument)
    .option('-l, --lang <code>', `language of the articles (${SUPPORTED_LANGUAGES.join(', ')}; default: front matter 'lang', else fr)`, langArgument)
    .addOption(new Option('--prefer <reading>', 'reading of a bare date without tense cues').choices(['past', 'future', 'nearest']).default('nearest'))
    .addOption(new Option('-f, --format <format>', 'output format').choices(['json', 'timeline', 'text']).default('json'))
    .option('--ndjson', 'one compact JSON object per line (the default with several files)')
    .option('-a, --actors <file>', 'YAML or JSON gazetteer of actors to pin (names, aliases, roles, ids)')
    .option('--color', 'force colour in timeline and text output')
    .option('--no-color', 'no colour')
    .option('--debug', 'print stack traces of internal errors')
    .addHelpText('after', EXAMPLES)
    .showHelpAfterError('(run extract --help for usage)')
    .action(async (files: string[], options: ExtractCliOptions) => {
      setExit(await runExtract(files, options, io));
    });

  program
    .command('schema')
    .description('print the JSON Schema of the output')
    .action(() => {
      io.stdout(`${JSON.stringify(articleJsonSchema(), null, 2)}\n`);
      setExit(EXIT_OK);
    });

  registerCheckCommand(program, io, setExit);
  return program;
}

/** Runs the CLI with the user's arguments (without node and the script) and returns the exit code. */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  let exitCode = EXIT_OK;
  const program = buildProgram(io, (code) => {
    exitCode = code;
  });
  const debug = argv.includes('--debug');
  program.exitOverride();
  for (const command of [program, ...program.commands]) {
    command.exitOverride();
    command.configureOutput({ writeOut: (s) => io.stdout(s), writeErr: (s) => io.stderr(s), outputError: (s, write) => write(s.startsWith('error:') ? `extract: ${s}` : s) });
  }
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // help and version exit 0; every other commander error is a usage error
      return error.exitCode === 0 ? EXIT_OK : EXIT_ERROR;
    }
    io.stderr(`extract: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    if (debug && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
    return EXIT_ERROR;
  }
}

async function loadGazetteer(path: string, io: CliIo): Promise<GazetteerEntry[]> {
  let text: string;
  try {
    text = Buffer.from(await io.readFile(path)).toString('utf8');
  } catch (error) {
    throw new ExtractError(`${path}: ${describeIoError(error)}`);
  }
  try {
    const data: unknown = /\.json$/i.test(path) ? JSON.parse(text) : parseYaml(text);
    return parseGazetteer(data);
  } catch (error) {
    throw new ExtractError(`${path}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  }
}

async function runExtract(files: string[], options: ExtractCliOptions, io: CliIo): Promise<number> {
  if (files.length === 0) {
    io.stderr('extract: no input files (use - to read standard input; extract --help for usage)\n');
    return EXIT_ERROR;
  }
  if (files.filter((f) => f === '-').length > 1) {
    io.stderr('extract: standard input (-) can be read only once\n');
    return EXIT_ERROR;
  }
  let actors: GazetteerEntry[] = [];
  if (options.actors) {
    try {
      actors = await loadGazetteer(options.actors, io);
    } catch (error) {
      io.stderr(`extract: ${(error as Error).message}\n`);
      return EXIT_ERROR;
    }
  }
  const compact = Boolean(options.ndjson) || files.length > 1;
  const color = colorAllowed(io, options.color);
  let exitCode = EXIT_OK;
  let printed = 0;
  for (const file of files) {
    const input = await readInput(file, io);
    if (!input.ok) {
      io.stderr(`${input.message}\n`);
      exitCode = EXIT_ERROR;
      continue;
    }
    let article: Article;
    try {
      article = extract(input.source, { file, refDate: options.refDate, lang: options.lang, prefer: options.prefer, actors });
    } catch (error) {
      exitCode = EXIT_ERROR;
      if (error instanceof ExtractError) io.stderr(`extract: ${file}: ${error.message}\n`);
      else {
        io.stderr(`extract: ${file}: internal error: ${error instanceof Error ? error.message : String(error)}${options.debug ? '' : ' (run with --debug for details)'}\n`);
        if (options.debug && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
      }
      continue;
    }
    // each article is written whole, so stdout never holds a partial object
    if (options.format === 'json') io.stdout(formatJson(article, { compact }));
    else {
      const view = options.format === 'timeline' ? formatTimeline(article, { color }) : formatText(article, { color });
      io.stdout(`${printed > 0 ? '\n' : ''}${files.length > 1 ? `==> ${file} <==\n` : ''}${view}`);
    }
    printed++;
  }
  return exitCode;
}
