/**
 * The vocabulary of `extract check`: rules, what they report, and the
 * configuration that turns them on. A finding is a Diagnostic (the output
 * contract's shape) plus an optional fix that never leaves the library.
 */
import type { Root } from 'mdast';
import type { Article, Diagnostic, Span } from '../types.js';
import type { LineIndex } from '../text/line-index.js';

/** Severity as written in a configuration file. */
export type RuleLevel = 'off' | 'warn' | 'error';

/** A text edit: replace source[start, end) with `text` (offsets: UTF-16 code units, 0-based). */
export interface TextEdit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** A Diagnostic found by `extract check`; `fix` is internal and never printed. */
export interface Finding extends Diagnostic {
  fix?: readonly TextEdit[];
}

/** What a rule hands to `report`: a place (a span, or a whole line), a message and maybe a fix. */
export interface Report {
  message: string;
  /** The place; give either `span` or `line` (1-based), or neither for the whole document (placed on its first line). */
  span?: Span | null;
  line?: number;
  related?: { message: string; span: Span }[];
  fix?: TextEdit[];
}

/** What a rule sees: the source, its parsed Markdown, the extraction's result and its options. */
export interface RuleContext<Options> {
  /** The source text as read (BOM removed). */
  readonly source: string;
  readonly lines: LineIndex;
  /** The mdast tree (remark-parse + remark-gfm + remark-frontmatter). */
  readonly tree: Root;
  readonly article: Article;
  readonly options: Options;
  /** The ids of every rule the host knows (to tell a misspelt id in a comment). */
  readonly ruleIds: readonly string[];
  report(report: Report): void;
}

/** JSON Schema (draft-07) of a rule's options: always an object with closed properties. */
export interface OptionsSchema {
  type: 'object';
  properties: Record<string, object>;
  additionalProperties: false;
  required?: string[];
}

/** One rule: metadata, defaults and the check itself. */
export interface Rule<Options extends object = Record<string, never>> {
  /** Kebab-case id, also the file name under src/check/rules/. */
  readonly id: string;
  /** One line, no final full stop: shown in SARIF and `--help`. */
  readonly description: string;
  readonly defaultLevel: RuleLevel;
  /** True when the rule can repair what it reports (`--fix`). */
  readonly fixable: boolean;
  /** True when the rule reads the extraction's results (the CLI skips extracting when no such rule is on). */
  readonly usesExtraction?: boolean;
  readonly optionsSchema: OptionsSchema;
  readonly defaultOptions: Options;
  /** What is wrong with options the schema accepts (an invalid regular expression …), or null: a configuration error. */
  validateOptions?(options: Options): string | null;
  check(context: RuleContext<Options>): void;
}

/** Any rule, whatever its options (the registry's element type). */
export type AnyRule = Rule<any>;

/** A rule's effective setting once defaults and configuration files are merged. */
export interface RuleSetting {
  readonly level: RuleLevel;
  readonly options: Record<string, unknown>;
}

/** The effective configuration: one setting per known rule. */
export type ResolvedConfig = ReadonlyMap<string, RuleSetting>;

/** One file's findings, as the formatters receive them (also fits an Article's diagnostics). */
export interface FileResult {
  /** The path as given; "-" for standard input. */
  readonly file: string;
  readonly diagnostics: readonly Diagnostic[];
  /** How many of the findings `--fix` could repair. */
  readonly fixableCount?: number;
}
