#!/usr/bin/env node
// Learns from annotated news the names that are organisations or places nearly every time they are written,
// and writes them to ../learned-names.json ({ organizations: [...], places: [...] }), read by the French actor
// locale as known names. Deterministic: counts, fixed thresholds, sorted output.
//
// usage: node src/locales/fr/data/scripts/learn-names.mjs CORPUS.json [OUT.json]
// CORPUS.json: an array of { text, entities: [{ start, end, label, nested? }] }, e.g. WiNER-fr's training set
// (`../shared/corpora/winer-fr-train.json`; texts CC BY 2.5 Wikinews contributors, annotations CC BY 4.0 WiNER-fr).
// A name is kept when the annotators marked it (exactly that span) ORG or LOC at least MIN_COUNT times, in at
// least MIN_DOCS articles, and that label covers at least MIN_SHARE of all the times the texts write it. The
// thresholds were chosen by two-fold cross-validation on the training set (learn on one half, score the other).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../..');
const [corpusPath, outPath = path.join(root, 'src/locales/fr/data/learned-names.json')] = process.argv.slice(2);
if (!corpusPath) {
  console.error('usage: learn-names.mjs CORPUS.json [OUT.json]');
  process.exit(2);
}
const MIN_COUNT = 1;
const MIN_DOCS = 1;
const MIN_SHARE = 0.8;
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
