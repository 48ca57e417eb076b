import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { caselessSource, deferred, domainCaseClass, inDomain, inLatinDomain, inNarrowDomain, latinExec, latinPattern, latinSource, latinTest, latinTwin, latinTwinIf, narrowSource, narrowTwin } from '../../src/text/unicode-domain.js';
import { isNfc } from '../../src/text/normalize.js';
import { eachMatch } from '../../src/events/each-match.js';
import { fr } from '../../src/locales/fr/index.js';

// every character of the domain, one string each
const DOMAIN: string[] = [];
for (const [from, to] of [[0x0000, 0x02ff], [0x2000, 0x206f], [0x20a0, 0x20cf], [0x2212, 0x2212]] as const) {
  for (let c = from; c <= to; c++) DOMAIN.push(String.fromCharCode(c));
}

/** Every match of a pattern over a text, with everything a caller can read from it. */
function matches(pattern: RegExp, text: string): unknown[] {
  const out: unknown[] = [];
  eachMatchOf(pattern, text, (m) => out.push([m.index, [...m], m.groups ? { ...m.groups } : null, m.indices ? [...m.indices] : null]));
  return out;
}
function eachMatchOf(pattern: RegExp, text: string, f: (m: RegExpExecArray) => void): void {
  const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
  for (let m = global.exec(text); m; m = global.exec(text)) {
    if (m[0].length === 0) global.lastIndex++;
    f(m);
  }
}

/** Every pattern of the French date and event locales (deferred ones too). */
const patterns: RegExp[] = [];
const collect = (value: unknown, depth: number): void => {
  if (value instanceof RegExp) patterns.push(value);
  else if (depth < 4 && value && typeof value === 'object') for (const v of Object.values(value)) collect(v, depth + 1);
};
collect(fr.dates, 0);
collect(fr.events, 0);

describe('the domain', () => {
  it('inDomain says of each code unit what inLatinDomain says of it alone', () => {
    const differ: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (inDomain(c) !== inLatinDomain(String.fromCharCode(c))) differ.push(c);
    expect(differ).toEqual([]);
  });
});

describe('latin twins of Unicode patterns', () => {
  it('match exactly the domain characters the original class matches, with and without i', () => {
    const classes = ['[\\p{L}\\p{M}\\p{N}]', '[\\p{L}\\p{N}_]', '[^\\p{L}]', '\\p{Lu}', '\\p{Ll}', '[\\p{L}\'-]', '[\\p{L}\\-]', '\\p{N}', '\\p{M}', '[\\p{Lu}\\d-]'];
    for (const cls of classes) {
      for (const flags of ['u', 'iu']) {
        const original = new RegExp(`^${cls}$`, flags);
        const twin = new RegExp(latinSource(`^${cls}$`, flags)!, flags);
        const differ = DOMAIN.filter((c) => original.test(c) !== twin.test(c));
        expect(differ, `${cls} /${flags}`).toEqual([]);
      }
    }
  });

  it('leave alone what they do not rewrite', () => {
    expect(latinSource('\\d+', 'u')).toBeNull();
    expect(latinSource('\\p{L}', 'v')).toBeNull();
    expect(latinSource('\\P{L}', 'u')).toBeNull();
    expect(latinSource('\\\\p{L}', 'g')).toBeNull();
    // an escaped bracket does not open or close a class
    expect(latinSource('\\[\\p{Lu}\\]', 'u')).toMatch(/^\\\[\[[^\]]+\]\\\]$/);
  });

  it('are used only on texts all in the domain', () => {
    expect(inLatinDomain('Le 3 mai, l’État a dit « non » – 5 €… café')).toBe(true);
    for (const text of ['Αθήνα', 'Москва', 'cafe\u0301', 'un 😀', 'ⱥ', '東京']) {
      expect(inLatinDomain(text)).toBe(false);
      const pattern = /(?<![\p{L}\p{N}])\p{L}+/gu;
      expect(latinTwin(pattern, text)).toBe(pattern);
    }
    const pattern = /(?<![\p{L}\p{N}])\p{L}+/gu;
    expect(latinTwin(pattern, 'mardi')).not.toBe(pattern);
    // for a text already checked: the twin, or the pattern itself off the domain or with nothing to rewrite
    expect(latinTwinIf(pattern, true)).toBe(latinTwin(pattern, 'mardi'));
    expect(latinTwinIf(pattern, false)).toBe(pattern);
    const plain = /\d+/g;
    expect(latinTwinIf(plain, true)).toBe(plain);
  });

  // every pattern of the French date and event locales, on random French-like text of the domain
  const rewritten = patterns.filter((p) => latinSource(p.source, p.flags) !== null);

  const words = ['le', 'Le', 'LES', 'a', 'ont', 'été', 'attaqué', 'mort', 'morts', 'tués', 'avait', 'annoncé', 'sera', 'prévue', 'lundi', 'MARDI', '3', '12', 'mai',
    'mars', '2024', 'hier', 'soir', 'depuis', 'deux', 'ans', 'il', 'y', 'conversation', 'téléphonique', 'manifestation', 'élection', 'président', 'Paris', 'à',
    'l’', "d'", 'qu’il', '«', '»', '–', '-', ',', '.', '…', 'ª', 'ſ', 'µ', 'ÿ', 'ǅ', 'ĳ', '²', 'K', 'k', 'ß', 'ʼ', 'ˆ', '_', '€', '−5', '18h30', 'après-midi', 'vingt-trois'];
  const glue = fc.constantFrom(' ', ' ', ' ', '', '\u00a0', '\u202f', '\n', "'", '-');

  it(`give the same matches, groups and indices as the ${rewritten.length} rewritten locale patterns`, () => {
    expect(rewritten.length).toBeGreaterThan(50);
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...words), glue, fc.constantFrom(...DOMAIN.slice(0x20))), { maxLength: 30 }), (parts) => {
        const text = parts.map(([w, g, c], i) => (i % 5 === 4 ? w + c : w + g)).join('');
        for (const pattern of rewritten) {
          const twin = new RegExp(latinSource(pattern.source, pattern.flags)!, pattern.flags);
          expect(matches(twin, text), `${pattern} on ${JSON.stringify(text)}`).toEqual(matches(pattern, text));
        }
      }),
      { numRuns: 60 },
    );
  });

  it('eachMatch gives the same matches through the twin', () => {
    const pattern = /(?<![\p{L}\p{N}])(?:mort|morts)(?![\p{L}\p{N}])/giu;
    const seen: number[] = [];
    eachMatch(pattern, 'Morts, mort; amort mortsx MORT', (m) => seen.push(m.index));
    expect(seen).toEqual([0, 7, 26]);
    expect(pattern.lastIndex).toBe(0);
  });

  it('latinTest and latinExec answer as test and exec, lastIndex included', () => {
    const texts = ['Il est mort hier', 'amortir', 'Αθήνα mort', 'MORTS et morts'];
    for (const flags of ['iu', 'giu']) {
      const original = new RegExp('(?<![\\p{L}\\p{N}])morts?(?![\\p{L}\\p{N}])', flags);
      const through = new RegExp(original.source, flags);
      for (const text of [...texts, ...texts]) {
        expect(latinTest(through, text)).toBe(original.test(text));
        expect(through.lastIndex).toBe(original.lastIndex);
        expect(latinExec(through, text)?.index).toBe(original.exec(text)?.index);
        expect(through.lastIndex).toBe(original.lastIndex);
      }
    }
  });
});

describe('narrow twins (classes cut to the domain characters Windows-1252 encodes)', () => {
  const NARROW = DOMAIN.filter((c) => inNarrowDomain(c));
  /** Ranges V8 would test for a class source: merged runs of its characters (each one escape or one character). */
  const rangeCount = (cls: string): number => {
    const re = new RegExp(`^${cls}$`, 'u');
    let n = 0;
    for (let c = 0, inside = false; c <= 0x2212; c++) {
      const hit = re.test(String.fromCharCode(c));
      if (hit && !inside) n++;
      inside = hit;
    }
    return n;
  };

  it('say which texts are in the narrow domain', () => {
    expect(inNarrowDomain('Le 3 mai, l’État a dit « non » – 5 €… café −2 °C, le cœur, Œdipe, Škoda')).toBe(true);
    for (const text of ['Wałęsa', 'Erdoğan', 'Ōsaka', 'Αθήνα', 'cafe\u0301', 'un 😀', '™']) expect(inNarrowDomain(text)).toBe(false);
    // Latin-1 and the letters Windows-1252 adds (œ Œ š Š ž Ž Ÿ ƒ), and the domain's punctuation blocks
    expect(NARROW.length).toBe(256 + 10 + 0x70 + 0x30 + 1);
  });

  it('match exactly the narrow-domain characters the Latin twin matches, class by class, negated or not', () => {
    const classes = ['[\\p{L}\\p{M}\\p{N}]', '[\\p{L}\\p{N}_]', '[^\\p{L}]', '\\p{Lu}', '\\p{Ll}', '[\\p{Ll}\'’-]', '[^\\p{Ll}\\d]', '[\\p{Lu}\\d-]', '[\\s\\p{Ll}]', '[^\\p{Lu}\\p{Ll}]'];
    for (const cls of classes) {
      const twin = latinTwinIf(new RegExp(`^${cls}$`, 'u'), true);
      const narrow = narrowTwin(twin);
      const differ = NARROW.filter((c) => twin.test(c) !== narrow.test(c));
      expect(differ, cls).toEqual([]);
    }
  });

  it('cut the letter classes to a few ranges, which V8 tests inline (more than 16 it tests through a call per character)', () => {
    const ll = latinPattern('[\\p{Ll}]', 'u')!.source;
    expect(rangeCount(ll)).toBeGreaterThan(100);
    expect(rangeCount(narrowSource(ll))).toBeLessThanOrEqual(16);
    const lu = latinPattern('\\p{Lu}', 'u')!.source;
    expect(rangeCount(narrowSource(lu))).toBeLessThanOrEqual(16);
    // a class all in the narrow domain, one it does not read, an escape outside a class: left as they are
    for (const source of ['[a-zà-ÿ’]+', '[\\s\\d\\u0101]', '\\u0101[\\w\\u0101]', '\\[\\u0101\\]']) expect(narrowSource(source)).toBe(source);
  });

  it('are the Latin twin itself when it keeps i (its classes also match case equivalents outside the narrow domain)', () => {
    const kelvin = /[\u212a\u0101-\u0103]x/iu;
    const twin = latinTwinIf(kelvin, true);
    expect(narrowTwin(kelvin)).toBe(twin);
    expect(twin.test('kx')).toBe(true);
  });

  // every rewritten pattern of the French date and event locales, on random French-like text of the narrow domain
  const cut = patterns.filter((p) => narrowTwin(p) !== latinTwinIf(p, true));
  const words = ['le', 'Le', 'nous', 'vous', 'Nous', 'a', 'ont', 'été', 'attaqué', 'avait', 'annoncé', 'signions', 'viendrez', 'sera', 'prévue', 'pourrait',
    'peuvent', 'rêver', 'va', 'signer', 'lundi', 'MARDI', '3', '12', 'mai', 'mars', '2024', 'hier', 'soir', 'depuis', 'il', 'y', 'élection', 'Élysée', 'à', 'l’',
    "d'", 'qu’il', '«', '»', '–', '-', ',', '.', '…', 'ª', 'µ', 'ÿ', 'ß', 'Œ', 'cœur', '²', '_', '€', '−5', '18h30', 'après-midi', 'DÉCEMBRE'];
  const glue = fc.constantFrom(' ', ' ', ' ', '', '\u00a0', '\u202f', '\n', "'", '-');

  it(`give the same matches, groups and indices as the Latin twins of the ${cut.length} locale patterns they cut`, () => {
    expect(cut.length).toBeGreaterThan(5);
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...words), glue, fc.constantFrom(...NARROW.slice(0x20))), { maxLength: 30 }), (parts) => {
        const text = parts.map(([w, g, c], i) => (i % 5 === 4 ? w + c : w + g)).join('');
        expect(inNarrowDomain(text)).toBe(true);
        for (const pattern of cut) {
          expect(matches(narrowTwin(pattern), text), `${pattern} on ${JSON.stringify(text)}`).toEqual(matches(latinTwinIf(pattern, true), text));
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('twins without i (case equivalents written out)', () => {
  const hex = (c: number) => `\\u${c.toString(16).padStart(4, '0')}`;

  it('know, for every character of the domain, the domain characters iu matches for it', () => {
    const all = DOMAIN.join('');
    for (const ch of DOMAIN) {
      const c = ch.charCodeAt(0);
      const engine = [...all.matchAll(new RegExp(hex(c), 'giu'))].map((m) => m[0].charCodeAt(0));
      expect(domainCaseClass(c), ch).toEqual(engine);
    }
    expect(domainCaseClass('s'.charCodeAt(0)).map((c) => String.fromCharCode(c))).toEqual(['S', 's', 'ſ']);
    expect(domainCaseClass('ı'.charCodeAt(0))).toEqual(['ı'.charCodeAt(0)]);
  });

  it('match without i what the pattern matches with iu, for letters, escapes and classes', () => {
    const sources = ['été', '\\u00c9t\\u00e9', '[a-f]+', '[^a-z\\s]+', '[\\u00c0-\\u00ff]', '(?<mot>Mai)\\s+\\d{1,2}', '(?<![a-z])ſept', 'k\\.', '[\\s\\u00a0K-M]x', '(?:ǅ|ÿ)+'];
    for (const source of sources) {
      const original = new RegExp(source, 'giu');
      const twin = new RegExp(caselessSource(source)!, 'gu');
      for (const text of ['Été ÉTÉ été eté', 'ABCDEF abc xyz', 'Mai 12 mai 3 MAI 4', 'ſept SEPT Sept', 'K. k. ĸ.', 'Lx lx \u00a0x', 'ǄǅǆŸÿ', DOMAIN.join('')]) {
        expect(matches(twin, text), `${source} on ${text}`).toEqual(matches(original, text));
      }
    }
  });

  it('leave alone what they do not rewrite', () => {
    for (const source of ['\\bmai', '\\w+', '(a)\\1', '(?<a>x)\\k<a>', '\\p{L}', '\\u{e9}', 'Ωmega', '[α-ω]', '\\cJ']) expect(caselessSource(source), source).toBeNull();
    // the flags: `i` goes only with `u` (the case classes are those of `iu`)
    expect(latinPattern('mai', 'giu')).toEqual({ source: '[Mm][Aa][Ii]', flags: 'gu' });
    expect(latinPattern('mai', 'gi')).toBeNull();
    expect(latinPattern('\\bmai', 'giu')).toBeNull();
    expect(latinPattern('\\bmai\\p{L}', 'giu')?.flags).toBe('giu');
  });

  // every `iu` pattern of the French date and event locales, on random French-like text of the domain
  const caseless = patterns.filter((p) => latinPattern(p.source, p.flags)?.flags.includes('i') === false);
  const words = ['le', 'Le', 'LES', 'a', 'ont', 'été', 'ÉTÉ', 'Été', 'attaqué', 'ATTAQUÉ', 'mort', 'Morts', 'tués', 'avait', 'annoncé', 'sera', 'prévue', 'lundi', 'MARDI',
    'Mercredi', '3', '12', 'mai', 'MARS', 'Juillet', '2024', 'hier', 'Hier', 'soir', 'depuis', 'DEUX', 'ans', 'il', 'y', 'conversation', 'manifestation', 'élection',
    'Président', 'à', 'À', 'l’', "D'", 'qu’il', '«', '»', '–', ',', '.', 'ſ', 'µ', 'ÿ', 'Ÿ', 'ǅ', 'ĳ', 'Ĳ', 'K', 'k', 'ß', 'ı', 'İ', 'ʼ', '18h30', '18H30', 'Après-midi', 'vingt-trois'];
  const glue = fc.constantFrom(' ', ' ', ' ', '', '\u00a0', '\u202f', '\n', "'", '-');

  it(`give the same matches, groups and indices as the ${caseless.length} locale patterns run without i`, () => {
    expect(caseless.length).toBeGreaterThan(100);
    const twins = caseless.map((p) => {
      const twin = latinPattern(p.source, p.flags)!;
      return [p, new RegExp(twin.source, twin.flags)] as const;
    });
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...words), glue, fc.constantFrom(...DOMAIN.slice(0x20))), { maxLength: 30 }), (parts) => {
        const text = parts.map(([w, g, c], i) => (i % 5 === 4 ? w + c : w + g)).join('');
        for (const [pattern, twin] of twins) expect(matches(twin, text), `${pattern} on ${JSON.stringify(text)}`).toEqual(matches(pattern, text));
      }),
      { numRuns: 40 },
    );
  });
});

describe('deferred patterns', () => {
  const source = '(?<![\\p{L}\\p{N}])(?<w>\\p{Lu}\\p{Ll}+)(?![\\p{L}\\p{N}])';
  const texts = ['Paris et Lyon', 'à Évry, puis Ωmega et Αθήνα', 'rien', ''];

  it('are not parsed until a regex is needed: a Latin text runs the twin only', () => {
    const broken = deferred('(?<![\\p{L}])(', 'giu');
    expect(broken.source).toBe('(?<![\\p{L}])(');
    expect(broken.flags).toBe('giu');
    expect(broken).toBeInstanceOf(RegExp);
    expect(() => broken.exec('x')).toThrow(SyntaxError);
    const lazy = deferred(source, 'giu');
    expect(latinTwinIf(lazy, true).source).not.toContain('\\p{');
    // (through latinTwin too: the pattern's own regex is built only for a text off the domain)
    const own = deferred(source, 'gu');
    latinTwin(own, 'Paris et Lyon');
    expect((own as unknown as { built?: RegExp }).built).toBeUndefined();
    expect(latinTwin(own, 'Αθήνα')).toBe((own as unknown as { built?: RegExp }).built);
    expect(matches(latinTwin(lazy, 'Paris et Lyon'), 'Paris et Lyon')).toEqual(matches(new RegExp(source, 'giu'), 'Paris et Lyon'));
  });

  it('answer as the same RegExp built at once: exec, test, lastIndex and the string methods', () => {
    for (const flags of ['u', 'iu', 'gu', 'dgiu', 'yu']) {
      const lazy = deferred(source, flags);
      const eager = new RegExp(source, flags);
      expect(String(lazy)).toBe(String(eager));
      expect([lazy.global, lazy.ignoreCase, lazy.sticky, lazy.hasIndices, lazy.unicode]).toEqual([eager.global, eager.ignoreCase, eager.sticky, eager.hasIndices, eager.unicode]);
      for (const text of [...texts, ...texts]) {
        const [a, b] = [lazy.exec(text), eager.exec(text)];
        expect(a && [...a, a.index, a.groups?.['w']]).toEqual(b && [...b, b.index, b.groups?.['w']]);
        expect(lazy.lastIndex).toBe(eager.lastIndex);
        expect(lazy.test(text)).toBe(eager.test(text));
        expect(lazy.lastIndex).toBe(eager.lastIndex);
        expect(text.replace(lazy, '<$<w>>')).toBe(text.replace(eager, '<$<w>>'));
        expect(text.match(lazy)).toEqual(text.match(eager));
        expect(text.search(lazy)).toBe(text.search(eager));
        expect(text.split(lazy)).toEqual(text.split(eager));
        if (lazy.global) expect([...text.matchAll(lazy)].map((m) => m.index)).toEqual([...text.matchAll(eager)].map((m) => m.index));
        expect(latinExec(lazy, text)?.index).toBe(latinExec(eager, text)?.index);
        expect(lazy.lastIndex).toBe(eager.lastIndex);
      }
    }
  });
});

describe('isNfc', () => {
  it('says yes only for texts that NFC leaves alone: each character and each pair of the set it trusts', () => {
    const trusted = DOMAIN.filter((c) => isNfc(c));
    expect(trusted.length).toBeGreaterThan(0x300);
    expect(isNfc('\u2000')).toBe(false);
    for (const c of trusted) expect(c.normalize('NFC')).toBe(c);
    // composition needs a mark or a jamo after the character: no pair of the set composes
    for (const a of trusted) {
      for (const b of trusted) if ((a + b).normalize('NFC') !== a + b) expect.fail(`${a.charCodeAt(0)} ${b.charCodeAt(0)}`);
    }
  });

  it('says maybe for combining marks and other scripts', () => {
    for (const text of ['cafe\u0301', 'Αθήνα', '한국', '\u2001']) expect(isNfc(text)).toBe(false);
    expect(isNfc('L’État a dit « non » – 5 €')).toBe(true);
  });
});
