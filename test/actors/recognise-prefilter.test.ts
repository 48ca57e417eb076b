/**
 * `scan` skips the rules that open on a lower-case word when the word is none of `lowerCaseOpeners` (most words of a
 * text): the candidates must be those of a scan that tries every rule at every word. Checked on sentences written for
 * each of those rules, and on every word of every word list of the locale put in a few sentence shapes (a rule that
 * opened on a list left out of the openers would find a candidate there that the skip loses).
 */
import { describe, expect, test } from 'vitest';
import type { TextUnit } from '../../src/context.js';
import { buildLexicons } from '../../src/actors/lexicons.js';
import { lowerCaseOpeners, scanUnit, type Candidate } from '../../src/actors/recognise.js';
import { actorLocale } from '../../src/locales/fr/actors/index.js';
import { unitsOf } from './units.js';

const lexicons = buildLexicons(actorLocale, []);
const view = (c: Candidate) => ({ type: c.type, evidence: c.evidence, from: c.from, to: c.to, text: c.text, roles: c.roles, country: c.country, kind: c.kind, onlyKnown: c.onlyKnown, fallback: c.fallback?.text ?? null, entry: c.entry?.key ?? null });
const both = (unit: TextUnit) => [scanUnit(unit, actorLocale, lexicons).map(view), scanUnit(unit, actorLocale, lexicons, false).map(view)] as const;

describe('the lower-case prefilter of the actors scan', () => {
  test('sentences where each skipped rule finds its name: the same candidates with and without the skip', () => {
    const sentences = [
      'Le ministère de la Défense a publié un communiqué mardi.',
      'Les manifestants se sont réunis place de la République puis rue Royale.',
      'La république de Chypre a signé l’accord avec le royaume du Maroc.',
      'Les Jeux olympiques de Paris 2024 ont attiré des millions de visiteurs.',
      'Le désert syrien reste dangereux selon les services de renseignement français.',
      'Des assaillants ont attaqué le convoi, selon les policiers.',
      'Le film Nuit blanche sort en salles, comme la sonde Juno.',
      'Le 15e arrondissement de Paris et le VIIIe arrondissement ont voté.',
      'Un Airbus A321 de la compagnie a atterri à Lyon.',
      'L’ex-président du tribunal de Nantes a témoigné.',
    ];
    const units = unitsOf(sentences.join('\n\n'));
    let found = 0;
    for (const unit of units) {
      const [skipped, full] = both(unit);
      expect(skipped).toEqual(full);
      found += full.length;
    }
    expect(found).toBeGreaterThanOrEqual(sentences.length);
  });

  test('every word of the locale\'s word lists, in a few sentence shapes: the same candidates with and without the skip', () => {
    const words = new Set<string>();
    for (const value of Object.values(actorLocale)) {
      if (!(value instanceof Set || value instanceof Map)) continue;
      for (const key of value.keys()) if (typeof key === 'string' && !key.includes('\n')) words.add(key.toLowerCase());
    }
    expect(words.size).toBeGreaterThan(1000);
    const lines: string[] = [];
    for (const w of words) {
      lines.push(`Selon les ${w} de la Banque de France, le ${w} du Nord a rencontré Marie Dupont.`);
      lines.push(`Le ${w} de Lyon et des ${w} français ont vu la ${w} Renault à Nantes.`);
      // (capitalised too: the rules tried before a capital's own)
      const cap = w.charAt(0).toUpperCase() + w.slice(1);
      lines.push(`${cap} de Lyon et la ${cap} Renault ont vu le ${cap} du Nord à ${cap} 2024.`);
    }
    const units = unitsOf(lines.join('\n\n'));
    let differ = 0;
    let candidates = 0;
    for (const unit of units) {
      const [skipped, full] = both(unit);
      candidates += full.length;
      if (JSON.stringify(skipped) !== JSON.stringify(full)) {
        differ++;
        if (differ <= 3) expect({ text: unit.text, skipped }).toEqual({ text: unit.text, skipped: full });
      }
    }
    expect(differ).toBe(0);
    expect(candidates).toBeGreaterThan(units.length);
  }, 120_000);

  test('words that few rules open on, and role heads, read from their classes: the same candidates without the classes', () => {
    // ordinary words, hyphenated ones, particles, inner capitals, lower-case openers of the lexicon's phrases, role nouns
    const words = ['maison', 'voiture', 'rapidement', 'été', 'œuvre', 'de', 'du', 'des', 'd’', 'van', 'al-Bab', 'anti-Trump', 'pro-Assad', 'easyJet', 'eBay', 'iPhone', 'mer', 'golfe', 'bande', 'ministre', 'ex-ministre', 'président', 'porte-parole', 'sous-préfet', 'rédacteur'];
    const lines: string[] = [];
    for (const w of words) {
      lines.push(`Le ${w} Noire de Gaza a reçu M. ${w} Villepin et ${w} Marie Dupont, selon l’ONU.`);
      lines.push(`Hier, le ${w} de la Défense Paul Vidal a rencontré le ${w} ${w} à Lyon.`);
    }
    // capitalised: Roman numbers, contests, states, websites, particles, models and editions, plain names
    const capitals = ['Marathon', 'Ironman', 'République', 'Royaume', 'Mediapart.fr', 'Franceinfo.fr', 'XVe', 'IIIe', 'Louis XIV', 'De', 'Le', 'Van', 'Airbus A320', 'Vendée Globe 2020', 'Marie', 'Dupont', 'Lyon', 'ONU', 'Jeux'];
    for (const w of capitals) {
      lines.push(`${w} de Lyon a vu ${w} Dupont, puis le ${w} de France et la ${w} 2024 ont commencé.`);
      lines.push(`Selon ${w} (2A), le ${w} du Nord et M. ${w} Villepin ont vu ${w} à Nantes.`);
    }
    const units = unitsOf(lines.join('\n\n'));
    let candidates = 0;
    for (const unit of units) {
      const [skipped, full] = both(unit);
      expect({ text: unit.text, skipped }).toEqual({ text: unit.text, skipped: full });
      candidates += full.length;
    }
    expect(candidates).toBeGreaterThan(units.length);
  });

  test('a lower-case name the user pins is found where the classes would pass its words over', () => {
    const pinned = buildLexicons(actorLocale, [{ name: 'collectif des voisins', type: 'organization' }]);
    const [unit] = unitsOf('Hier, le collectif des voisins a manifesté devant la mairie.');
    const found = scanUnit(unit!, actorLocale, pinned).map((c) => c.text);
    expect(found).toContain('collectif des voisins');
    expect(scanUnit(unit!, actorLocale, lexicons).map((c) => c.text)).not.toContain('collectif des voisins');
  });

  test('the openers hold the words that open the skipped rules, and leave most words out', () => {
    const openers = lowerCaseOpeners(actorLocale);
    for (const word of ['ministère', 'rue', 'république', 'désert', 'assaillants', 'services', 'film']) expect(openers.has(word)).toBe(true);
    for (const word of ['le', 'de', 'et', 'a', 'publié', 'selon']) expect(openers.has(word)).toBe(false);
  });
});
