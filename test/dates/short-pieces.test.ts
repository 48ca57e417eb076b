/**
 * The dates stage does not run a pattern over a piece of a unit too short for any of its matches (the empty text before a
 * date at a sentence's start, after one at its end, a unit of one or two characters: `mayHold` in
 * src/locales/fr/dates/parsers/kit.ts, the length gates of src/dates/find-candidates.ts). That must change no answer: the
 * dates of every fixture, and of short texts built to put dates at both ends, are the same as with every pattern run
 * (text/match-length answering "may match" always).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, vi } from 'vitest';

const dir = fileURLToPath(new URL('../../fixtures/', import.meta.url));
const fixtures = readdirSync(dir, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.md'))
  .map((f) => readFileSync(join(dir, f), 'utf8'));
// (dates at a text's very start and end, and units of one or two characters)
const edges = ['Le 12', '12 mars', 'Dès le 3 mai', 'à 15 h', '15 heures', 'vers 18 h 30', 'Fin 2024', 'les 4-12 ans', 'mardi', 'hier soir', '1', '12', 'ÉTÉ', 'Le 3 juillet 2024 à 9 h, puis le 5', '2024', 'avant le 10 novembre', 'jusqu’au 31 décembre'];
const texts = [...fixtures, ...edges, ...edges.map((e) => `# ${e}\n\n${e}\n\n${e}.`)];

async function datesOf(): Promise<string[]> {
  const { extract } = await import('../../src/index.js');
  return texts.map((t) => JSON.stringify([extract(t, { refDate: '2024-06-15' }).dates, extract(t).intervals]));
}

test('no answer changes when every pattern runs over every piece, however short', async () => {
  vi.resetModules();
  const gated = await datesOf();
  vi.resetModules();
  vi.doMock('../../src/text/match-length.js', async (original) => ({ ...(await original<object>()), mayMatchLength: () => true }));
  const plain = await datesOf();
  vi.doUnmock('../../src/text/match-length.js');
  vi.resetModules();
  expect(gated.length).toBe(texts.length);
  for (let i = 0; i < texts.length; i++) expect(gated[i], texts[i]!.slice(0, 80)).toBe(plain[i]);
}, 120_000);
