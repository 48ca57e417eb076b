/**
 * Golden files: each fixtures/NAME.md has its expected output in
 * fixtures/NAME.json, reviewed by hand like code (for the seed, against
 * ../shared/seed/EXPECTED.md). Regenerate after a deliberate change with
 * UPDATE_GOLDEN=1 npx vitest run test/golden.test.ts, then read the diff.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { extract, type ExtractOptions } from '../src/pipeline.js';
import { articleJsonSchema } from '../src/schema.js';

const validate = new Ajv({ strict: false, allErrors: true }).compile(articleJsonSchema());

/** The golden fixtures and the options they run with. */
const GOLDEN: Record<string, ExtractOptions> = {
  'lecornu-choigou': { refDate: '2024-04-05' },
};

describe.each(Object.entries(GOLDEN))('golden %s', (name, options) => {
  const input = new URL(`../fixtures/${name}.md`, import.meta.url);
  const expectedFile = new URL(`../fixtures/${name}.json`, import.meta.url);
  const actual = extract(readFileSync(input, 'utf8'), { file: `fixtures/${name}.md`, ...options });

  it('matches the reviewed JSON', () => {
    const text = `${JSON.stringify(actual, null, 2)}\n`;
    if (process.env.UPDATE_GOLDEN) writeFileSync(expectedFile, text);
    expect(existsSync(expectedFile), `${name}.json is missing: run with UPDATE_GOLDEN=1 and review it`).toBe(true);
    expect(text).toBe(readFileSync(expectedFile, 'utf8'));
  });

  it('validates against the JSON Schema', () => {
    expect(validate(actual), JSON.stringify(validate.errors)).toBe(true);
  });
});
