import { describe, expect, it } from 'vitest';

describe('the package as a library', () => {
  it('imports by its name and returns the typed article', async () => {
    const lib = await import('extract-news');
    const article = lib.extract('# Titre\n\nUne phrase.', { refDate: '2024-04-05' });
    expect(article.title).toBe('Titre');
    expect(article.referenceDate).toEqual({ value: '2024-04-05', source: 'option' });
    expect(lib.articleJsonSchema().$schema).toContain('json-schema.org');
  });
});
