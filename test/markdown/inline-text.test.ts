import { describe, expect, it } from 'vitest';
import type { Paragraph } from 'mdast';
import { inlineText } from '../../src/markdown/inline-text.js';
import { parseMarkdown } from '../../src/markdown/parse-markdown.js';
import { sourceRange } from '../../src/text/mapped-text.js';

function firstParagraph(source: string) {
  const tree = parseMarkdown(source);
  const node = tree.children.find((n) => n.type === 'paragraph') as Paragraph;
  return inlineText(node.children, source);
}

describe('inlineText: text without markup, mapped to the source', () => {
  it.each([
    ['plain', 'Le ministre a parlé.', 'Le ministre a parlé.'],
    ['emphasis', 'Le *ministre* a **parlé**.', 'Le ministre a parlé.'],
    ['link', 'Voir [le site](https://example.org) hier.', 'Voir le site hier.'],
    ['escape', 'Prix \\*spécial\\* ici.', 'Prix *spécial* ici.'],
    ['entity', 'Paris &amp; Lyon&nbsp;: oui.', 'Paris & Lyon\u00a0: oui.'],
    ['numeric entity', 'Caf&#233; cr&#xE8;me.', 'Café crème.'],
    ['code span', 'Lancer `extract` ici.', 'Lancer extract ici.'],
    ['image dropped', 'Avant ![photo](x.png) après.', 'Avant  après.'],
    ['strikethrough', 'Un ~~vieux~~ texte.', 'Un vieux texte.'],
  ])('%s', (_name, source, text) => {
    expect(firstParagraph(source).text).toBe(text);
  });

  it('maps each word back to its exact source offsets through markup', () => {
    const source = 'Le **ministre** [Jean *Dupont*](http://x.fr) a dit &laquo;&nbsp;non&nbsp;&raquo;.';
    const mapped = firstParagraph(source);
    for (const word of ['ministre', 'Jean', 'Dupont', 'non']) {
      const i = mapped.text.indexOf(word);
      const [start, end] = sourceRange(mapped, i, i + word.length);
      expect(source.slice(start, end)).toBe(word);
    }
    const quote = mapped.text.indexOf('«');
    const [start, end] = sourceRange(mapped, quote, quote + 1);
    expect(source.slice(start, end)).toBe('&laquo;');
  });

  it('maps through block-quote markers and CRLF line ends', () => {
    const source = '> Première ligne\r\n> seconde ligne.';
    const tree = parseMarkdown(source);
    const quote = tree.children[0]!;
    const node = (quote as { children: Paragraph[] }).children[0]!;
    const mapped = inlineText(node.children, source);
    const i = mapped.text.indexOf('seconde');
    const [start, end] = sourceRange(mapped, i, i + 7);
    expect(source.slice(start, end)).toBe('seconde');
  });
});
