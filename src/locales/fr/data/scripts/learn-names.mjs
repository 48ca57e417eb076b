#!/usr/bin/env node
// Learns from annotated news the names that are organisations or places nearly every time they are written,
// and writes them to ../learned-names.json ({ organizations: [...], places: [...] }), read by the French actor
// locale as known names; and the surnames news writes alone for one well-known person, to ../learned-surnames.json. Deterministic: counts, fixed thresholds, sorted output.
//
// usage: node src/locales/fr/data/scripts/learn-names.mjs CORPUS.json [OUT.json] [--min-count N] [--min-docs N] [--min-share X]
// CORPUS.json: an array of { text, entities: [{ start, end, label, nested? }] }, e.g. WiNER-fr's training set
// (`../shared/corpora/winer-fr-train.json`; texts CC BY 2.5 Wikinews contributors, annotations CC BY 4.0 WiNER-fr).
// A name is kept when the annotators marked it (exactly that span) ORG or LOC at least MIN_COUNT times, in at
// least MIN_DOCS articles, and that label covers at least MIN_SHARE of all the times the texts write it. The
// thresholds were chosen by two-fold cross-validation on the training set (learn on one half, score the other,
// `score-ner.mjs --corpus HALF --cmd "node dist/cli/main.js"` with the half's names in dist/): names seen once
// stay, though some are noise (a common noun capitalised once, a brand or a surname marked as a place): a minimum
// of two marks (or of two for one-word names only) lost 0.2 to 0.6 ORG and 0.1 LOC exact F1 on each half, and
// counting a one-word name's lower-case occurrences as unmarked was neutral but dropped right names (a newspaper
// or a town whose name is also a common word); the share threshold makes no difference between 0.6 and 0.9.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  if (i < 0) return fallback;
  const [value] = args.splice(i, 2).slice(1);
  return Number(value);
};
// (the options are for re-tuning by cross-validation; the defaults are the chosen thresholds)
const MIN_COUNT = option('--min-count', 1);
const MIN_DOCS = option('--min-docs', 1);
const MIN_SHARE = option('--min-share', 0.8);
const [corpusPath, outPath = path.join(root, 'src/locales/fr/data/learned-names.json')] = args;
if (!corpusPath) {
  console.error('usage: learn-names.mjs CORPUS.json [OUT.json] [--min-count N] [--min-docs N] [--min-share X]');
  process.exit(2);
}
const LABELS = { ORG: 'organizations', LOC: 'places' };

const docs = JSON.parse(fs.readFileSync(corpusPath, 'utf8'));
const norm = (s) => s.normalize('NFC').replace(/’/g, "'").replace(/\s+/g, ' ').trim();
/** name → { label → count, docs: Set } */
const labelled = new Map();
for (const [d, doc] of docs.entries()) {
  for (const e of doc.entities) {
    if (e.nested || !(e.label in LABELS)) continue;
    const name = norm(e.text);
    // a name starts with a capital or a digit, has a letter, and no article or elision glued in front
    if (!/^[\p{Lu}\d]/u.test(name) || !/\p{L}{2}/u.test(name) || /^(?:L|D|Le|La|Les)['\s]/u.test(name)) continue;
    // not an acronym: the rules tie an acronym to the name it spells ("État islamique (EI)")
    if (/^[\p{Lu}\d&-]+$/u.test(name)) continue;
    let entry = labelled.get(name);
    if (!entry) labelled.set(name, (entry = { counts: {}, docs: new Set() }));
    entry.counts[e.label] = (entry.counts[e.label] ?? 0) + 1;
    entry.docs.add(d);
  }
}
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const out = { organizations: [], places: [] };
for (const [name, entry] of [...labelled].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
  const [label, count] = Object.entries(entry.counts).sort((a, b) => b[1] - a[1])[0];
  if (count < MIN_COUNT || entry.docs.size < MIN_DOCS) continue;
  // every time the texts write the name as a whole word, annotated or not
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escape(name).replace(/'/g, "['’]").replace(/ /g, '\\s+')}(?![\\p{L}\\p{N}])`, 'gu');
  let written = 0;
  for (const doc of docs) written += (doc.text.normalize('NFC').match(pattern) ?? []).length;
  if (count / Math.max(written, 1) >= MIN_SHARE) out[LABELS[label]].push(name);
}
console.error(`${out.organizations.length} organisations, ${out.places.length} places`);
fs.writeFileSync(outPath, `${JSON.stringify(out, null, 0)}\n`);

// Surnames that news writes alone for one well-known person ("Kubrick", "Moubarak"): a one-word name the annotators
// marked PER, exactly that span, at least MIN_COUNT times, on at least MIN_SHARE of the times the texts write it
// alone (not inside a longer name marked PER: "Trump" in "Donald Trump" counts neither way); given names are left
// out (the locale reads them already), and so are a given name or a saint's joined to another word by a hyphen, the
// French way of naming a prize, a street or a station after someone. Written beside the other names, to ../learned-surnames.json.
const surnamesPath = path.join(path.dirname(outPath), outPath.endsWith('learned-names.json') ? 'learned-surnames.json' : `${path.basename(outPath, '.json')}-surnames.json`);
const givenNames = new Set(JSON.parse(fs.readFileSync(path.join(root, 'src/locales/fr/data/first-names.json'), 'utf8')));
const people = new Map();
for (const doc of docs) {
  for (const e of doc.entities) {
    if (e.nested || e.label !== 'PER') continue;
    const name = norm(e.text);
    if (!/^\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)*$/u.test(name) || givenNames.has(name)) continue;
    // "Albert-Londres", "Saint-Augustin": a given name or a saint's joined by a hyphen names a thing after a person
    const first = name.split('-')[0];
    if (name.includes('-') && (givenNames.has(first) || /^Sainte?$/u.test(first))) continue;
    people.set(name, (people.get(name) ?? 0) + 1);
  }
}
const surnames = [];
for (const [name, count] of [...people].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
  if (count < MIN_COUNT) continue;
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}'’-])${escape(name)}(?![\\p{L}\\p{N}-])`, 'gu');
  let written = 0;
  for (const doc of docs) {
    const longer = doc.entities.filter((e) => e.label === 'PER' && !e.nested && norm(e.text) !== name);
    for (const m of doc.text.normalize('NFC').matchAll(pattern)) {
      if (!longer.some((e) => e.start <= m.index && e.end >= m.index + name.length)) written++;
    }
  }
  if (count / Math.max(written, 1) >= MIN_SHARE) surnames.push(name);
}
console.error(`${surnames.length} surnames`);
fs.writeFileSync(surnamesPath, `${JSON.stringify(surnames, null, 0)}\n`);
