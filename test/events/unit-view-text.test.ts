/**
 * A view's text and domain answer, which viewOf reads off one scan when the unit holds nothing to normalise and nothing
 * outside the domain: the same as normalising, then asking `inLatinDomain`.
 */
import { expect, it } from 'vitest';
import { byOffset, viewOf } from '../../src/events/unit-view.js';
import { fr } from '../../src/locales/fr/index.js';
import { inLatinDomain } from '../../src/text/unicode-domain.js';
import { doc } from './helpers.js';

it('normalises apostrophes and no-break spaces and tells the domain as inLatinDomain does, for the code units around the domain and a sample of the others', () => {
  const wrong: string[] = [];
  const none = byOffset([]);
  // the domain's ends and the normalised characters with their neighbours, then a sample of the rest
  const edges = [0x2ff, 0x300, 0x1fff, 0x2000, 0x206f, 0x2070, 0x209f, 0x20a0, 0x20cf, 0x20d0, 0x2211, 0x2212, 0x2213, 0x5f, 0x60, 0x61, 0x9f, 0xa0, 0xa1, 0xb3, 0xb4, 0xb5, 0x2bb, 0x2bc, 0x2bd, 0x2017, 0x2018, 0x2019, 0x201a, 0x202e, 0x202f, 0x2030];
  const codes = [...edges];
  for (let c = 0x20; c < 0x10000; c += c < 0x2300 ? 7 : 211) codes.push(c);
  for (const c of codes) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    const ch = String.fromCharCode(c);
    const { units } = doc(`Le maire a parlé${ch}hier soir.`);
    for (const unit of units) {
      const view = viewOf(unit, none, none, fr.events);
      const text = unit.text.replace(/[’‘ʼ´`]/g, "'").replace(/[\u00a0\u202f]/g, ' ');
      if (view.text !== text || view.latin !== inLatinDomain(text)) wrong.push(c.toString(16));
    }
  }
  expect(wrong).toEqual([]);
});
