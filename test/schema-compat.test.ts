/** The published output schema lets a validator built from it accept fields a later version adds (versioning rule in the README). */
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';
import { articleJsonSchema } from '../src/schema.js';

describe('the published schema', () => {
  const article = extract('# Titre\n\nLe 3 avril 2024, la ministre a parlé à Paris.\n', { file: 'a.md' });
  const withAddedFields = { ...article, addedLater: true, dates: article.dates.map((d) => ({ ...d, confidence: 0.9 })) };

  it('accepts fields added by a later version, at the top and inside; the closed schema the tests use does not', () => {
    const open = new Ajv({ strict: false }).compile(articleJsonSchema({ open: true }));
    const closed = new Ajv({ strict: false }).compile(articleJsonSchema());
    expect(article.dates.length).toBeGreaterThan(0);
    expect(open(withAddedFields)).toBe(true);
    expect(closed(withAddedFields)).toBe(false);
    expect(closed(article)).toBe(true);
  });

  it('still rejects what breaks the contract (a missing field, a wrong type, an unknown mod)', () => {
    const open = new Ajv({ strict: false }).compile(articleJsonSchema({ open: true }));
    const { dates: _dates, ...missing } = article;
    expect(open(missing)).toBe(false);
    expect(open({ ...article, dates: article.dates.map((d) => ({ ...d, mod: 'SOON' })) })).toBe(false);
  });

  it('is the file the build writes (dist/article.schema.json, the extract-news/schema.json export), with a versioned $id', () => {
    const built = JSON.parse(readFileSync(new URL('../dist/article.schema.json', import.meta.url), 'utf8'));
    expect(built).toEqual(articleJsonSchema({ open: true }));
    expect(built.$id).toMatch(/^https:\/\/unpkg\.com\/extract-news@\d+\.\d+\.\d+\/dist\/article\.schema\.json$/);
  });
});
