/** The host validates what rules report; configuration merges; fixes apply once. */
import { describe, expect, it } from 'vitest';
import { applyEdits, check, defaultConfig, resolveConfig, RULES, type AnyRule } from '../../src/check/index.js';
import { emptyArticle } from './helpers.js';

const source = '# Titre\n\nTexte.\n';
const ruleReporting = (report: Parameters<AnyRule['check']>[0] extends { report: (r: infer R) => void } ? R : never): AnyRule => ({
  id: 'probe',
  description: 'Probe',
  defaultLevel: 'warn',
  fixable: false,
  optionsSchema: { type: 'object', properties: {}, additionalProperties: false },
  defaultOptions: {},
  check: (context) => context.report(report),
});

describe('the host checks every place a rule reports', () => {
  it('a line that does not exist throws, like markdownlint', () => {
    expect(() => check(source, emptyArticle(), defaultConfig(), [ruleReporting({ message: 'x', line: 99 })])).toThrow(/rule probe reported line 99, which does not exist \(the document has 4 lines\)/);
    expect(() => check(source, emptyArticle(), defaultConfig(), [ruleReporting({ message: 'x', line: 0 })])).toThrow(/line 0/);
  });

  it('a span whose line and column disagree with its offset throws', () => {
    const span = { start: { line: 1, column: 5, offset: 0 }, end: { line: 1, column: 8, offset: 7 } };
    expect(() => check(source, emptyArticle(), defaultConfig(), [ruleReporting({ message: 'x', span })])).toThrow(/1:5 \(offset 0\), which is not a place/);
  });

  it('a fix outside the document throws', () => {
    expect(() => check(source, emptyArticle(), defaultConfig(), [ruleReporting({ message: 'x', line: 1, fix: [{ start: 0, end: 99, text: '' }] })])).toThrow(/fix outside the document/);
  });

  it('a whole line: the span covers the line without its ending', () => {
    const [finding] = check(source, emptyArticle(), defaultConfig(), [ruleReporting({ message: 'x', line: 3 })]);
    expect(finding!.span).toEqual({ start: { line: 3, column: 1, offset: 9 }, end: { line: 3, column: 7, offset: 15 } });
    expect(finding!.severity).toBe('warning');
  });
});

describe('configuration', () => {
  it('defaults: structure rules on, required-* and person-without-role off', () => {
    const config = defaultConfig();
    expect([...config].filter(([, s]) => s.level === 'off').map(([id]) => id)).toEqual(['required-sections', 'required-front-matter', 'person-without-role']);
    expect(config.get('heading-increment')!.level).toBe('error');
  });

  it('later layers win and options merge over the defaults', () => {
    const result = resolveConfig([
      { source: 'a', data: { rules: { 'single-title': ['warn', { level: 2 }] } } },
      { source: 'b', data: { rules: { 'single-title': 'error' } } },
    ]);
    expect(result.ok && result.config.get('single-title')).toEqual({ level: 'error', options: { level: 2, frontMatterTitle: 'title' } });
  });

  it('every rule has a valid options schema and defaults that satisfy it', () => {
    for (const rule of RULES) {
      const result = resolveConfig([{ source: 'x', data: { rules: { [rule.id]: [rule.defaultLevel, rule.defaultOptions] } } }]);
      expect(result.ok, rule.id).toBe(true);
    }
  });
});

describe('applyEdits', () => {
  it('identical insertions count once; overlapping ones wait for the next pass', () => {
    expect(applyEdits('ab', [{ start: 1, end: 1, text: '\n' }, { start: 1, end: 1, text: '\n' }])).toBe('a\nb');
    expect(applyEdits('abc', [{ start: 0, end: 2, text: 'X' }, { start: 1, end: 3, text: 'Y' }])).toBe('Xc');
  });
});

describe('inline comments turn rules off', () => {
  const doc = [
    '# Titre', // 1: a comment-only line counts as blank, as in MD022
    '<!-- extract-disable-next-line blank-lines-around-headings -->', // 2
    '## Partie', // 3: suppressed
    'Texte.', // 4
    '', // 5
    '<!-- extract-disable -->', // 6
    '## Autre', // 7: suppressed (all rules)
    'Texte.', // 8
    '<!-- extract-enable -->', // 9
    '', // 10
    '#### Trop profond', // 11: heading-increment (level 4 after 2)
    'Texte.', // 12: blank-lines below of 11
    '',
  ].join('\n');

  it('disable-next-line, disable … enable', () => {
    const found = check(doc, emptyArticle()).map((f) => `${f.span!.start.line} ${f.ruleId}`);
    expect(found).toEqual(['11 blank-lines-around-headings', '11 heading-increment']);
  });

  it('only the named rules', () => {
    const text = '# A\n\n<!-- extract-disable heading-increment -->\n\n### B\n### C\n';
    expect(check(text, emptyArticle()).map((f) => `${f.span!.start.line} ${f.ruleId}`)).toEqual(['5 blank-lines-around-headings', '5 empty-section', '6 blank-lines-around-headings', '6 empty-section']);
  });
});

describe('the full set of inline comments (markdownlint names)', () => {
  const found = (text: string) => check(text, emptyArticle()).map((f) => `${f.span!.start.line} ${f.ruleId}`);
  const deep = (comment: string) => `# A\n\nTexte.\n\n### B ${comment}\n\nTexte.\n`;

  it('disable-line silences the comment line only', () => {
    expect(found(deep(''))).toEqual(['5 heading-increment']);
    expect(found(deep('<!-- extract-disable-line heading-increment -->'))).toEqual([]);
    expect(found(`${deep('<!-- extract-disable-line heading-increment -->')}\n#### C\n\nTexte.\n`)).toEqual([]);
    expect(found(`# A\n\n<!-- extract-disable-line heading-increment -->\n\n### B\n\nTexte.\n`)).toEqual(['5 heading-increment']);
  });

  it('disable-file applies wherever the comment is; enable-file undoes it for the named rules', () => {
    const text = '# A\n\n### B\n\nTexte.\n\n<!-- extract-disable-file -->\n';
    expect(found(text)).toEqual([]);
    expect(found('# A\n\n### B\n\n<!-- extract-disable-file heading-increment empty-section -->\n\n<!-- extract-enable-file empty-section -->\n')).toEqual(['3 empty-section']);
  });

  it('capture and restore go back to the state saved', () => {
    const text = [
      '<!-- extract-disable heading-increment -->', // 1
      '# A', // 2
      '',
      '### B', // 4: off
      '',
      'Texte.',
      '',
      '<!-- extract-capture -->', // 8
      '<!-- extract-enable -->', // 9
      '',
      '##### C', // 11: on
      '',
      'Texte.',
      '',
      '<!-- extract-restore -->', // 15
      '',
      '## D',
      '',
      'Texte.',
      '',
      '#### E', // 21: off again (restored)
      '',
      'Texte.',
      '',
    ].join('\n');
    expect(found(text).filter((f) => f.endsWith('heading-increment'))).toEqual(['11 heading-increment']);
  });

  it('a misspelt rule id is reported (with a suggestion), and its comment silences nothing', () => {
    const text = '# A\n\n<!-- extract-disable-next-line heading-incremnt -->\n### B\n\nTexte.\n';
    const findings = check(text, emptyArticle());
    expect(findings.map((f) => `${f.span!.start.line} ${f.ruleId}`)).toEqual(['3 inline-config', '4 heading-increment']);
    expect(findings[0]!.message).toBe('Unknown rule "heading-incremnt" in an extract-disable-next-line comment (did you mean "heading-increment"?)');
  });

  it('a finding about the whole document is on line 1, and a disable comment opening the document covers the front matter', () => {
    const whole = ruleReporting({ message: 'whole' });
    const config = new Map([['probe', { level: 'warn' as const, options: {} }]]);
    expect(check('# A\n', emptyArticle(), config, [whole])[0]!.span!.start.line).toBe(1);
    const fm = '---\ndate: un jour\n---\n\n# A\n\nTexte.\n';
    expect(found(fm)).toEqual(['2 front-matter-date']);
    expect(found(fm.replace('\n\n# A', '\n<!-- extract-disable front-matter-date -->\n\n# A'))).toEqual([]);
    // further down, the comment covers only what follows it
    expect(found(`${fm}\n<!-- extract-disable front-matter-date -->\n`)).toEqual(['2 front-matter-date']);
  });
});
