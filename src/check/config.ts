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
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'extract check configuration (.extractrc.json / .extractrc.yaml)',
    type: 'object',
    properties: {
      $schema: { type: 'string' },
      rules: {
        type: 'object',
        description: 'per rule: "off" | "warn" | "error", or [level, options]',
        properties,
        additionalProperties: false,
      },
    },
    additionalProperties: false,
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
  const top = Object.keys(data).filter((key) => key !== 'rules' && key !== '$schema');
  if (top.length > 0) return `unknown setting ${quote(top[0]!)}; valid settings: rules, $schema`;
  const ruleMap = (data as { rules?: unknown }).rules;
  if (ruleMap === undefined) return errors[0]?.message ?? 'invalid configuration';
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
  const first = errors[0];
  return first ? `${first.instancePath || '/'} ${first.message ?? 'is invalid'}` : 'invalid configuration';
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
