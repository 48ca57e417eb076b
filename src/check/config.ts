/**
 * Configuration of `extract check`, pure: the published JSON Schema (built
 * from the rules, so the two cannot drift), validation with ajv, and merging
 * of the defaults with configuration objects. Finding the files is the CLI's
 * job (src/cli/check-config.ts).
 */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { RULES } from './registry.js';
import { suggestion } from './suggest.js';
import type { AnyRule, ResolvedConfig, RuleLevel, RuleSetting } from './types.js';

const LEVELS: readonly RuleLevel[] = ['off', 'warn', 'error'];

/** The JSON Schema (draft-07) of `.extractrc.json` / `.extractrc.yaml`. */
export function configSchema(rules: readonly AnyRule[] = RULES): Record<string, unknown> {
  const level = { enum: [...LEVELS], description: 'off, warn or error' };
  const properties: Record<string, unknown> = {};
  for (const rule of rules) {
    properties[rule.id] = {
      description: `${rule.description} (default: ${rule.defaultLevel})`,
      anyOf: [
        level,
        {
          type: 'array',
          items: [level, rule.optionsSchema],
          minItems: 1,
          maxItems: 2,
        },
      ],
    };
  }
  const rulesSchema = {
    type: 'object',
    description: 'per rule: "off" | "warn" | "error", or [level, options]',
    properties,
    additionalProperties: false,
  };
  const globs = { anyOf: [{ type: 'string', minLength: 1 }, { type: 'array', items: { type: 'string', minLength: 1 } }] };
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'extract check configuration (.extractrc.json / .extractrc.jsonc / .extractrc.yaml)',
    type: 'object',
    properties: {
      $schema: { type: 'string' },
      extends: { ...globs, description: 'configuration files to start from (paths relative to this file), applied in order, this file last' },
      ignores: { type: 'array', items: { type: 'string', minLength: 1 }, description: 'globs (relative to this file) of Markdown files not to check' },
      rules: rulesSchema,
      overrides: {
        type: 'array',
        description: 'rules for some files only: the last matching entry wins',
        items: {
          type: 'object',
          properties: { files: { ...globs, description: 'globs relative to this file' }, rules: rulesSchema },
          required: ['files'],
          additionalProperties: false,
        },
      },
    },
    additionalProperties: false,
  };
}

/** The settings of a configuration file, split by kind (checked against the schema first). */
export interface ConfigFileParts {
  readonly extends: readonly string[];
  readonly ignores: readonly string[];
  /** The file's own rules, as a layer to merge. */
  readonly rules: unknown;
  readonly overrides: readonly { readonly files: readonly string[]; readonly rules: unknown }[];
}

const SETTINGS = ['$schema', 'extends', 'ignores', 'rules', 'overrides'];

/** Validates a configuration file's data and splits it; the message names what is wrong. */
export function splitConfigFile(data: unknown, source: string, rules: readonly AnyRule[] = RULES): { ok: true; parts: ConfigFileParts } | { ok: false; message: string } {
  const problem = validateConfig(data, source, rules);
  if (problem) return { ok: false, message: problem };
  const d = data as { extends?: string | string[]; ignores?: string[]; rules?: unknown; overrides?: { files: string | string[]; rules?: unknown }[] };
  const list = (v: string | string[] | undefined) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
  return {
    ok: true,
    parts: {
      extends: list(d.extends),
      ignores: d.ignores ?? [],
      rules: { rules: d.rules ?? {} },
      overrides: (d.overrides ?? []).map((o) => ({ files: list(o.files), rules: { rules: o.rules ?? {} } })),
    },
  };
}

/** A configuration as read from one place, with a name for messages ("path/.extractrc.json"). */
export interface ConfigLayer {
  readonly source: string;
  readonly data: unknown;
}

export type ConfigResult = { ok: true; config: ResolvedConfig } | { ok: false; message: string };

/** The settings every rule has when no configuration says otherwise. */
export function defaultConfig(rules: readonly AnyRule[] = RULES): ResolvedConfig {
  return new Map(rules.map((rule) => [rule.id, { level: rule.defaultLevel, options: { ...rule.defaultOptions } }]));
}

const validators = new WeakMap<readonly AnyRule[], ValidateFunction>();

function validatorFor(rules: readonly AnyRule[]): ValidateFunction {
  const known = validators.get(rules);
  if (known) return known;
  const validate = new Ajv({ allErrors: true, strict: false }).compile(configSchema(rules));
  validators.set(rules, validate);
  return validate;
}

/** Validates one configuration object; the message names what is wrong and what is allowed. */
export function validateConfig(data: unknown, source: string, rules: readonly AnyRule[] = RULES): string | null {
  const validate = validatorFor(rules);
  if (validate(data)) return null;
  return `${source}: ${explain(data, validate.errors ?? [], rules)}`;
}

/** Turns ajv's errors into one sentence, naming valid rules or options when a name is unknown. */
function explain(data: unknown, errors: readonly ErrorObject[], rules: readonly AnyRule[]): string {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return 'a configuration must be an object such as { "rules": { … } }';
  const top = Object.keys(data).filter((key) => !SETTINGS.includes(key));
  if (top.length > 0) return `unknown setting ${quote(top[0]!)}${suggestion(top[0]!, SETTINGS)}; valid settings: ${SETTINGS.join(', ')}`;
  // the shape of extends, ignores and overrides (not the rules inside an override: explained below)
  const shape = errors.find((e) => /^\/(extends|ignores|overrides)(\/\d+)?(\/files)?(\/\d+)?$/.test(e.instancePath));
  if (shape) return `${shape.instancePath.slice(1).replace(/\//g, '.')} ${shape.message ?? 'is invalid'} (extends: a path or a list; ignores: a list of globs; overrides: a list of { files, rules })`;
  const overrideRules = ((data as { overrides?: { rules?: unknown }[] }).overrides ?? []).map((o, i) => ({ i, rules: o.rules })).filter((o) => o.rules !== undefined);
  for (const o of overrideRules) {
    const inner = explainRules(o.rules, errors.filter((e) => e.instancePath.startsWith(`/overrides/${o.i}/rules`)).map((e) => ({ ...e, instancePath: e.instancePath.replace(`/overrides/${o.i}`, '') })), rules);
    if (inner) return `overrides.${o.i}: ${inner}`;
  }
  const ruleMap = (data as { rules?: unknown }).rules;
  if (ruleMap === undefined) return errors[0]?.message ?? 'invalid configuration';
  return explainRules(ruleMap, errors, rules) ?? (errors[0] ? `${errors[0].instancePath || '/'} ${errors[0].message ?? 'is invalid'}` : 'invalid configuration');
}

/** What is wrong in a "rules" object, or null when ajv's errors are elsewhere. */
function explainRules(ruleMap: unknown, errors: readonly ErrorObject[], rules: readonly AnyRule[]): string | null {
  if (ruleMap === null || typeof ruleMap !== 'object' || Array.isArray(ruleMap)) return '"rules" must be an object mapping rule ids to settings';
  for (const [id, setting] of Object.entries(ruleMap)) {
    const rule = rules.find((r) => r.id === id);
    if (!rule) return `unknown rule ${quote(id)}${suggestion(id, rules.map((r) => r.id))}; valid rules: ${rules.map((r) => r.id).join(', ')}`;
    const level = Array.isArray(setting) ? setting[0] : setting;
    if (!LEVELS.includes(level as RuleLevel) || (Array.isArray(setting) && (setting.length < 1 || setting.length > 2))) {
      return `rule ${quote(id)}: the setting must be "off", "warn", "error" or [level, options], not ${JSON.stringify(setting)}`;
    }
    if (!Array.isArray(setting) || setting.length < 2) continue;
    const options: unknown = setting[1];
    const valid = Object.keys(rule.optionsSchema.properties);
    if (options === null || typeof options !== 'object' || Array.isArray(options)) {
      return `rule ${quote(id)}: options must be an object${valid.length ? ` with ${valid.join(', ')}` : ''}`;
    }
    for (const key of Object.keys(options)) {
      if (!valid.includes(key)) return `rule ${quote(id)}: unknown option ${quote(key)}${suggestion(key, valid)}; ${valid.length ? `valid options: ${valid.join(', ')}` : 'it takes no options'}`;
    }
    const wrong = errors.find((e) => e.instancePath.startsWith(`/rules/${escapePointer(id)}/1/`));
    if (wrong) return `rule ${quote(id)}: option ${quote(wrong.instancePath.split('/')[4] ?? '')} ${wrong.message ?? 'is invalid'}`;
  }
  return null;
}

const quote = (s: string) => JSON.stringify(s);
const escapePointer = (s: string) => s.replace(/~/g, '~0').replace(/\//g, '~1');

/** Merges the defaults with configuration layers (later ones win, options merge key by key), validating each. */
export function resolveConfig(layers: readonly ConfigLayer[], rules: readonly AnyRule[] = RULES): ConfigResult {
  const settings = new Map<string, RuleSetting>(defaultConfig(rules));
  for (const layer of layers) {
    const problem = validateConfig(layer.data, layer.source, rules);
    if (problem) return { ok: false, message: problem };
    const ruleMap = (layer.data as { rules?: Record<string, unknown> }).rules ?? {};
    for (const [id, setting] of Object.entries(ruleMap)) {
      const previous = settings.get(id)!;
      const [level, options] = Array.isArray(setting) ? [setting[0] as RuleLevel, setting[1] as Record<string, unknown> | undefined] : [setting as RuleLevel, undefined];
      const merged = { ...previous.options, ...(options ?? {}) };
      const invalid = rules.find((rule) => rule.id === id)?.validateOptions?.(merged);
      if (invalid) return { ok: false, message: `${layer.source}: rule ${JSON.stringify(id)}: ${invalid}` };
      settings.set(id, { level, options: merged });
    }
  }
  return { ok: true, config: settings };
}
