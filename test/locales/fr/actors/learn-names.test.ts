import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';

const script = join(import.meta.dirname, '../../../../src/locales/fr/data/scripts/learn-names.mjs');
const dir = mkdtempSync(join(tmpdir(), 'learn-names-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** An annotated document: `[Name|LABEL]` marks an entity. */
function doc(marked: string): { text: string; entities: Array<{ start: number; end: number; label: string; text: string }> } {
  let text = '';
  const entities: Array<{ start: number; end: number; label: string; text: string }> = [];
  for (const part of marked.split(/(\[[^\]]+\])/)) {
    const m = /^\[([^|]+)\|(\w+)\]$/.exec(part);
    if (!m) {
      text += part;
      continue;
    }
    entities.push({ start: text.length, end: text.length + m[1]!.length, label: m[2]!, text: m[1]! });
    text += m[1];
  }
  return { text, entities };
}

function learn(docs: ReturnType<typeof doc>[]): { organizations: string[]; places: string[] } {
  const corpus = join(dir, 'corpus.json');
  const out = join(dir, 'out.json');
  writeFileSync(corpus, JSON.stringify(docs));
  execFileSync(process.execPath, [script, corpus, out], { stdio: 'pipe' });
  return JSON.parse(readFileSync(out, 'utf8'));
}

test('a name is learned when its label covers most of the times it is written', () => {
  const learned = learn([
    doc('La coopérative [Vendoria|ORG] a signé avec [Marbeuil|LOC]. Le maire de [Marbeuil|LOC] approuve.'),
    doc('Selon [Vendoria|ORG], le stock baisse. Le Brisant ouvre. Un autre Brisant ferme, [Brisant|LOC] reste.'),
    doc('Les élus de [CRPV|ORG] et [Vendoria|ORG] votent.'),
  ]);
  expect(learned.organizations).toEqual(['Vendoria']); // not the acronym
  expect(learned.places).toEqual(['Marbeuil']); // not "Brisant", written three times and marked once
});

test('a surname is learned when the texts that write it alone mark it as a person most of the times', () => {
  learn([
    doc('[Paul Verlande|PER] a parlé. Plus tard, [Verlande|PER] a souri. Sous [Verlande|PER], rien.'),
    doc('Le port de [Brenaud|PER] ouvre. Brenaud ferme, Brenaud reste. [Claire|PER] vient.'),
    doc('Le quai [Marnier|PER] et [Verlande|PER].'),
  ]);
  // "Verlande" inside "Paul Verlande" counts neither way; "Brenaud" is written alone three times, marked once; a given
  // name is left out
  expect(JSON.parse(readFileSync(join(dir, 'out-surnames.json'), 'utf8'))).toEqual(['Marnier', 'Verlande']);
});
