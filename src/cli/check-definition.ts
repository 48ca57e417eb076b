/**
 * The `check` subcommand's definition: its options and help. What it does is
 * in ./check-command.ts, loaded only when the command runs.
 */
import { Command, InvalidArgumentError, Option } from 'commander';
import { FORMATS } from '../check/formatters/names.js';
import type { AnyRule } from '../check/types.js';
import { colorAllowed } from './color.js';
import { EXIT_OK } from './exit-codes.js';
import type { CliIo } from './io.js';

function nonNegativeInteger(value: string): number {
  if (!/^\d+$/.test(value.trim())) throw new InvalidArgumentError('expected a whole number, 0 or more');
  return Number(value);
}

const checkHelp = (rules: readonly AnyRule[]) => `
Rules (default level; configure in .extractrc.json or .extractrc.yaml):
${rules.map((rule) => `  ${rule.id.padEnd(28)} ${rule.defaultLevel.padEnd(5)} ${rule.description}${rule.fixable ? ' (--fix)' : ''}`).join('\n')}

Configuration: the nearest .extractrc.json, .extractrc.jsonc, .extractrc.yaml
or .extractrc.yml at or above each file (or --config FILE), e.g.
  { "rules": { "person-without-role": "warn", "required-sections": ["error", { "headings": ["?", "## Contexte", "*"] }] } }
with "extends", "ignores" and per-glob "overrides" (see the rules' README).

Examples:
  $ extract check article.md
  $ extract check "articles/**/*.md" --format github      annotations in GitHub Actions
  $ extract check --format sarif articles/*.md > check.sarif
  $ extract check --max-warnings 0 article.md             fail on any warning
  $ extract check --fix article.md                        add the missing blank lines
  $ cat article.md | extract check -
  $ extract check --fix - < a.md > fixed.md               the fixed text on stdout, the report on stderr

Exit status: 0 no error (warnings allowed), 1 an error or more warnings than
--max-warnings, 2 usage error, bad configuration or unreadable input.`;

interface CheckCommandOptions {
  format: string;
  config?: string;
  maxWarnings?: number;
  fix?: boolean;
  refDate?: string;
  lang?: string;
  color?: boolean;
  printConfigSchema?: boolean;
}

/**
 * Adds `check [files...]` to the program. Program options are made
 * positional, so that `extract check --format sarif` reaches the subcommand
 * instead of the program's own --format.
 */
export function registerCheckCommand(program: Command, io: CliIo, setExit: (code: number) => void): Command {
  program.enablePositionalOptions();
  // the help lists the rules: loaded once the subcommand is chosen, before it reads its own --help
  program.hook('preSubcommand', async (_program, subcommand) => {
    if (subcommand.name() !== 'check') return;
    const { RULES } = await import('../check/registry.js');
    subcommand.addHelpText('after', checkHelp(RULES));
  });
  return program
    .command('check')
    .description('check articles against document-format rules, for CI (like markdownlint or Vale)')
    .argument('[files...]', 'Markdown files, directories or globs ("articles/**/*.md"); "-" reads standard input')
    .addOption(new Option('-f, --format <format>', 'output format').choices([...FORMATS]).default('stylish'))
    .option('-c, --config <file>', 'configuration file to use for every input (no discovery)')
    .option('--max-warnings <n>', 'exit 1 when there are more than n warnings', nonNegativeInteger)
    .option('--fix', 'fix what can be fixed (blank lines around headings, paragraph separation) in place; with -, print the fixed text and the report on standard error')
    .option('-r, --ref-date <date>', 'reference date for the content rules (YYYY-MM-DD[THH:MM[:SS]])')
    .option('-l, --lang <code>', 'language of the articles (default: front matter lang, else fr)')
    .option('--color', 'force colour in the stylish output')
    .option('--no-color', 'no colour')
    .option('--print-config-schema', 'print the JSON Schema of the configuration file and exit')
    .action(async (files: string[], options: CheckCommandOptions) => {
      // `extract --ref-date D check …`: options given before the subcommand belong to the program; honour them.
      const before = program.opts<{ refDate?: string; lang?: string; color?: boolean }>();
      const refDate = options.refDate ?? before.refDate;
      const lang = options.lang ?? before.lang;
      if (options.printConfigSchema) {
        const { configSchema } = await import('../check/config.js');
        io.stdout(`${JSON.stringify(configSchema(), null, 2)}\n`);
        setExit(EXIT_OK);
        return;
      }
      const { runCheck } = await import('./check-command.js');
      const code = await runCheck(
        files,
        {
          format: options.format,
          color: colorAllowed(io, options.color ?? before.color),
          ...(options.config !== undefined ? { config: options.config } : {}),
          ...(options.maxWarnings !== undefined ? { maxWarnings: options.maxWarnings } : {}),
          ...(options.fix ? { fix: true } : {}),
          ...(refDate !== undefined ? { refDate } : {}),
          ...(lang !== undefined ? { lang } : {}),
        },
        io,
      );
      setExit(code);
    });
}
