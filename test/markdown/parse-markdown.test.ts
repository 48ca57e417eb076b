/**
 * parseMarkdown loads each GFM construct and front matter only for a text that
 * may use them: every text must parse to the tree that remark-parse +
 * remark-gfm + remark-frontmatter give, whichever extensions it skipped.
 */
import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import { parseMarkdown } from '../../src/markdown/parse-markdown.js';

const full = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']);

const TEXTS: Record<string, string> = {
  'plain prose with brackets': "# Titre\n\nLe maire a déclaré : « nous [...] continuerons » [1].\n\n- un point\n- [un lien](/page) et [une référence][r]\n\n[r]: /ailleurs\n",
  'task list items': '- [ ] à faire\n- [x] fait\n- [X] fait aussi\n- [\t] avec une tabulation\n* [\n] sur deux lignes\n',
  strikethrough: 'Un ~mot~ barré et ~~deux~~.\n',
  'strikethrough with single tildes': 'Un ~mot~ barré.\n',
  table: '| ville | date |\n| --- | :-: |\n| Lyon | `a\\|b` |\n',
  footnotes: 'Une note[^1] et ![^2].\n\n[^1]: la note\n[^2]: une autre\n',
  'autolink literals': 'Écrire à redaction@exemple.fr, mailto:a@b.fr ou xmpp:a@b.fr/x ; voir WWW.exemple.fr et HTTPS://exemple.fr/page?x=1.\n',
  'front matter': '---\ntitle: Un titre\ndate: 2024-04-05\n---\n\n# Un titre\n',
  'front matter after a byte order mark': '\uFEFF---\ntitle: Un titre\n---\n\nTexte.\n',
  'a rule that is no front matter': 'Texte.\n\n---\n\n ---\na: b\n---\n',
  'a thematic break on the first line': '----\n\nTexte.\n',
};

describe('parseMarkdown', () => {
  for (const [name, text] of Object.entries(TEXTS)) {
    it(`gives the tree of the full parser: ${name}`, () => {
      expect(parseMarkdown(text)).toEqual(full.parse(text));
    });
  }

  // each GFM construct comes only with its own characters: every mix of the probes (each construct's probe and a
  // plain text with brackets), in both orders, parses as with all of GFM
  const PROBES = ['task list items', 'strikethrough', 'table', 'footnotes', 'autolink literals', 'plain prose with brackets'];
  for (let mask = 1; mask < 1 << PROBES.length; mask++) {
    const names = PROBES.filter((_, i) => mask & (1 << i));
    if (names.length < 2) continue;
    it(`gives the tree of the full parser: ${names.join(' + ')}`, () => {
      const texts = names.map((name) => TEXTS[name]!);
      for (const text of [texts.join('\n'), [...texts].reverse().join('\n')]) expect(parseMarkdown(text)).toEqual(full.parse(text));
    });
  }

  it('gives the tree of the full parser: constructs inside one another', () => {
    const text = [
      '| lien | barré |\n| --- | --- |\n| www.exemple.fr | ~~non~~ [^1] |\n',
      '- [ ] écrire à a@b.fr ~vite~\n- [x] https://exemple.fr/page|x\n',
      '[^1]: voir www.exemple.fr, ~~ceci~~ et | ceci\n',
      '> | a |\n> | - |\n> | http://a.b/c |\n',
    ].join('\n');
    expect(parseMarkdown(text)).toEqual(full.parse(text));
  });

  it('the probes do reach the extensions (the full parser finds their nodes)', () => {
    const types = (text: string) => JSON.stringify(full.parse(text)).match(/"type":"\w+"/g)!.join(' ');
    expect(types(TEXTS['task list items']!)).toMatch(/"type":"listItem"/);
    expect(JSON.stringify(full.parse(TEXTS['task list items']!))).toContain('"checked":true');
    expect(types(TEXTS.strikethrough!)).toContain('"type":"delete"');
    expect(types(TEXTS['strikethrough with single tildes']!)).toContain('"type":"delete"');
    expect(types(TEXTS.table!)).toContain('"type":"table"');
    expect(types(TEXTS.footnotes!)).toContain('"type":"footnoteDefinition"');
    expect(types(TEXTS['autolink literals']!)).toContain('"type":"link"');
    expect(types(TEXTS['front matter']!)).toContain('"type":"yaml"');
    expect(types(TEXTS['front matter after a byte order mark']!)).toContain('"type":"yaml"');
  });
});
