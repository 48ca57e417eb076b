import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

describe('the package as a library', () => {
  it('imports by its name and returns the typed article', async () => {
    const lib = await import('extract-news');
    const article = lib.extract('# Titre\n\nUne phrase.', { refDate: '2024-04-05' });
    expect(article.title).toBe('Titre');
    expect(article.referenceDate).toEqual({ value: '2024-04-05', source: 'option' });
    expect(article.schemaVersion).toBe(lib.SCHEMA_VERSION);
  });

  it('the checker and the bridges are entries of their own', async () => {
    const check = await import('extract-news/check');
    expect(check.RULES.length).toBeGreaterThan(10);
    expect(typeof (await import('extract-news/remark-lint')).default).toBe('function');
    expect((await import('extract-news/markdownlint')).default.map((rule) => rule.names[0])).toContain('extract-heading-increment');
  });

  it('the version the rule docs links are pinned to is the package version', async () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
    const { PACKAGE_VERSION, ruleDocsUrl } = await import('extract-news/check');
    expect(PACKAGE_VERSION).toBe(pkg.version);
    expect(ruleDocsUrl('heading-increment')).toContain(`/v${pkg.version}/`);
  });
});
