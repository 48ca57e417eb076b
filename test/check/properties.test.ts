/** Properties over generated documents: MD022 agreement, fixes that converge and are idempotent, positions the host accepts. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lint } from 'markdownlint/sync';
import { check, defaultConfig, fixSource, type RuleSetting } from '../../src/check/index.js';
import { emptyArticle } from './helpers.js';

const LONG = 'Une phrase assez longue pour dépasser la limite de cent caractères, comme en écrivent les outils de publication.';
const line = fc.oneof(
  fc.integer({ min: 1, max: 6 }).map((depth) => `${'#'.repeat(depth)} Titre ${depth}`),
  fc.constant('Texte court.'),
  fc.constant(LONG),
  fc.constant('suite sans point'),
  fc.constant(''),
  fc.constant('> ## Citée'),
  fc.constant('> texte cité.'),
  fc.constant('- élément'),
  fc.constant('Titre souligné\n---'),
  fc.constant('<!-- commentaire -->'),
);
const documents = fc.tuple(fc.array(line, { maxLength: 14 }), fc.constantFrom('\n', '\r\n'), fc.boolean()).map(([lines, eol, final]) => lines.join('\n').replace(/\n/g, eol) + (final ? eol : ''));

const fixable = new Map<string, RuleSetting>([...defaultConfig()].map(([id, s]) => [id, { ...s, level: id === 'blank-lines-around-headings' || id === 'paragraph-separation' ? 'warn' : 'off' }]));
const md022Only = new Map<string, RuleSetting>([...defaultConfig()].map(([id, s]) => [id, { ...s, level: id === 'blank-lines-around-headings' ? 'warn' : 'off' }]));

const ours = (source: string) => check(source, emptyArticle(), md022Only).map((f) => `${f.span!.start.line} ${/above/.test(f.message) ? 'Above' : 'Below'}`).sort();
const theirs = (source: string) =>
  (lint({ strings: { doc: source }, config: { default: false, MD022: true } })['doc'] ?? []).map((r) => `${r.lineNumber} ${/Above/.test(r.errorDetail ?? '') ? 'Above' : 'Below'}`).sort();
const fix = (source: string) => fixSource(source, (text) => check(text, emptyArticle(), fixable));

describe('properties of generated documents', () => {
  it('blank-lines-around-headings agrees with MD022', () => {
    fc.assert(fc.property(documents, (source) => {
        expect(ours(source)).toEqual(theirs(source));
      }), { numRuns: 100 });
  }, 60_000);

  it('every rule runs without the host rejecting a position', () => {
    fc.assert(fc.property(documents, (source) => void check(source, emptyArticle())), { numRuns: 100 });
  }, 60_000);

  it('--fix converges: nothing fixable is left, a second fix changes nothing, and MD022 agrees', () => {
    fc.assert(
      fc.property(documents, (source) => {
        const once = fix(source);
        expect(check(once, emptyArticle(), fixable)).toEqual([]);
        expect(fix(once)).toBe(once);
        expect(theirs(once)).toEqual([]);
      }),
      { numRuns: 100 },
    );
  }, 60_000);
});
