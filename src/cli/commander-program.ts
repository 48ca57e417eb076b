/**
 * The command-line shell proper: parses arguments with commander, then loads
 * the command that runs (./extract-command.ts, ./check-command.ts, the schema):
 * `--help` and `--version` load none of them. ./program.ts loads this module
 * for every command line but the plain `extract FILE…`.
 */
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { SUPPORTED_LANGUAGES } from '../locales/languages.js';
import { parseReferenceDate } from '../reference-date.js';
import { registerCheckCommand } from './check-definition.js';
import { editDistance } from '../check/suggest.js';
import { DEFAULT_TIMEOUT_SECONDS } from './defaults.js';
import { EXIT_ERROR, EXIT_OK } from './exit-codes.js';
import { extractOptions, reportInternalError, type ExtractCliOptions } from './extract-options.js';
import type { CliIo } from './io.js';
import { VERSION } from './version.js';


const EXAMPLES = `
Examples:
  $ extract article.md                          the article as pretty JSON
  $ extract --ref-date 2024-04-05 article.md    resolve "le 3 avril" against a date
  $ cat article.md | extract -                  read standard input
  $ extract articles/*.md > all.ndjson          several files: one JSON object per line
  $ extract --jobs 4 corpus/ > all.ndjson       a folder's Markdown files on 4 cores, in order
  $ find . -name '*.md' | extract --files-from - > all.ndjson
  $ extract --input ndjson - < in.ndjson        records {"id","text","date"?} in, articles out
  $ extract article.md | jq '.events[] | {value, trigger}'
  $ extract --format timeline article.md        dated events, one line each
  $ extract --format html article.md > a.html   a page to look at: marked text, actors, timeline
  $ extract -f html -o report articles/*.md     one page per file and report/index.html
  $ extract schema > article.schema.json        the JSON Schema of the output
  $ extract check "articles/**/*.md"            check documents against format rules

Exit status: 0 done, 1 problems found (check), 2 usage error or unreadable input.
The reference date is --ref-date, else the front matter 'date:', else none.`;

function refDateArgument(value: string): string {
  const date = parseReferenceDate(value);
  if (!date) throw new InvalidArgumentError('expected YYYY-MM-DD, optionally with THH:MM or THH:MM:SS');
  return date;
}

function positiveInteger(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number, 1 or more');
  return n;
}

function seconds(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('expected a number of seconds above 0');
  return n;
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
    .argument('[files...]', 'Markdown files, folders or globs to read; "-" reads standard input')
    .option('-r, --ref-date <date>', 'reference date for "hier", "le 3 avril" (YYYY-MM-DD[THH:MM[:SS]])', refDateArgument)
    .option('-l, --lang <code>', `language of the articles (${SUPPORTED_LANGUAGES.join(', ')}; default: front matter 'lang', else fr)`, langArgument)
    .addOption(new Option('--prefer <reading>', 'reading of a bare date without tense cues').choices(['past', 'future', 'nearest']).default('nearest'))
    .addOption(new Option('-f, --format <format>', 'output format').choices(['json', 'timeline', 'text', 'html']).default('json'))
    .option('-o, --out-dir <dir>', 'with --format html: write one page per file and an index.html into this folder')
    .option('--ndjson', 'one compact JSON object per line (the default with several files)')
    .option('-a, --actors <file>', 'YAML or JSON gazetteer of actors to pin (names, aliases, roles, ids)')
    .option('--files-from <file>', 'read the paths of the files to read from a file, one per line ("-": standard input)')
    .addOption(new Option('--input <format>', 'what the inputs hold: Markdown, or NDJSON records {"id"|"file", "text", "date"?}').choices(['markdown', 'ndjson']).default('markdown'))
    .option('-j, --jobs <n>', 'worker threads for several inputs (default: the cores)', positiveInteger)
    .option('--timeout <seconds>', `time budget of one file in a worker; a file over it is skipped with an error (default: ${DEFAULT_TIMEOUT_SECONDS})`, seconds)
    .option('--color', 'force colour in timeline and text output')
    .option('--no-color', 'no colour')
    .option('--debug', 'print stack traces of internal errors')
    .addHelpText('after', EXAMPLES)
    .showHelpAfterError('(run extract --help for usage)')
    .action(async (files: string[], options: ExtractCliOptions) => {
      const mistyped = await mistypedCommand(files[0], program, io);
      if (mistyped) {
        io.stderr(`extract: '${files[0]}' is not a file or a command (did you mean ${mistyped}?)\n(run extract --help for usage)\n`);
        setExit(EXIT_ERROR);
        return;
      }
      const { runExtract } = await import('./extract-command.js');
      setExit(await runExtract(files, extractOptions(options, io), io));
    });

  program
    .command('schema')
    .description('print the JSON Schema of the output')
    .action(async () => {
      const { articleJsonSchema } = await import('../schema.js');
      io.stdout(`${JSON.stringify(articleJsonSchema({ open: true }), null, 2)}\n`);
      setExit(EXIT_OK);
    });

  registerCheckCommand(program, io, setExit);
  return program;
}

/** The command a first argument that names no file is one edit away from ("chek" -> "check"), or null. */
async function mistypedCommand(first: string | undefined, program: Command, io: CliIo): Promise<string | null> {
  if (first === undefined || first === '-' || first.includes('/') || first.includes('.')) return null;
  const close = program.commands.map((command) => command.name()).find((name) => name !== first && editDistance(first.toLowerCase(), name) <= 1);
  if (!close || (await io.exists(first))) return null;
  return close;
}

/** Runs the CLI with the user's arguments (without node and the script) through commander and returns the exit code. */
export async function runCommander(argv: readonly string[], io: CliIo): Promise<number> {
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
    reportInternalError(error, debug, io);
    return EXIT_ERROR;
  }
}
