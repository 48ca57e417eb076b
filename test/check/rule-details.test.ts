/** Cases the fixtures do not show: outline wildcards and messages, front matter titles, comments in sections. */
import { describe, expect, it } from 'vitest';
import { check, defaultConfig, type RuleSetting } from '../../src/check/index.js';
import { emptyArticle } from './helpers.js';

function run(ruleId: string, source: string, options: Record<string, unknown> = {}) {
  const config = new Map<string, RuleSetting>([...defaultConfig()].map(([id, s]) => [id, id === ruleId ? { level: 'error', options: { ...s.options, ...options } } : { ...s, level: 'off' }]));
  return check(source, emptyArticle(), config).map((f) => `${f.span?.start.line}: ${f.message}`);
}

describe('required-sections', () => {
  const doc = '# T\n\n## Contexte\n\nx\n\n## Faits\n\nx\n\n## Sources\n\nx\n';
  it.each([
    [['?', '## Contexte', '+', '## Sources'], []],
    [['?', '## Contexte', '*', '## Sources'], []],
    [['*', 'sources'], []],
    [['*', '/^## (Contexte|Faits|Sources)$/'], []],
    [['# T', '## Contexte', '## Sources'], ['7: Heading "## Faits" is not in the required outline: expected "## Sources"']],
    [['# T', '## Contexte'], ['7: Heading "## Faits" is not in the required outline: the outline ends before it']],
    [['?', '## Contexte', '?', '?', '## Sources'], ['13: Required heading missing: "## Sources"']],
    [['*', '## Sources', '## Annexes'], ['13: Required heading missing: "## Annexes"']],
    [['*', '## Sources', '+'], ['13: Required heading missing: another heading']],
  ])('%j', (headings, expected) => {
    expect(run('required-sections', doc, { headings })).toEqual(expected);
  });

  it('matchCase', () => {
    expect(run('required-sections', '# T\n\nx\n', { headings: ['# t'] })).toEqual([]);
    expect(run('required-sections', '# T\n\nx\n', { headings: ['# t'], matchCase: true })).toEqual(['1: Heading "# T" is not in the required outline: expected "# t"']);
  });
});

describe('single-title', () => {
  it('a level-1 heading after a front matter title', () => {
    expect(run('single-title', '---\ntitle: Titre\n---\n\n# Titre\n\nx\n')).toEqual(['5: Title heading while the front matter already gives a "title"']);
    expect(run('single-title', '---\ntitle: Titre\n---\n\n# Titre\n\nx\n', { frontMatterTitle: '' })).toEqual([]);
  });
  it('level 2 for articles whose title is ##', () => {
    expect(run('single-title', '## A\n\nx\n\n## B\n\nx\n', { level: 2 })).toEqual(['5: Second title (level 2 heading): the article already has one']);
  });
});

describe('empty-section', () => {
  it('a comment is not content; a subsection is', () => {
    expect(run('empty-section', '# T\n\n## A\n\n<!-- à écrire -->\n\n## B\n\n### B1\n\nx\n')).toEqual(['3: Section is empty: nothing follows this heading before the next one']);
  });
});

describe('required-front-matter', () => {
  it('missing block, empty field, custom fields', () => {
    expect(run('required-front-matter', '# T\n')).toEqual(['1: Front matter is missing (required fields: title, date)']);
    expect(run('required-front-matter', '---\ntitle: ""\ndate: 2024-04-05\n---\n# T\n')).toEqual(['1: Front matter has no "title"']);
    expect(run('required-front-matter', '---\nauteur: X\n---\n# T\n', { fields: ['auteur'] })).toEqual([]);
  });
});
