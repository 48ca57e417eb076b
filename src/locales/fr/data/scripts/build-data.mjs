#!/usr/bin/env node
// Rebuilds the compact JSON lexicons of this folder from the project's shared
// TSV lexicons (see ../README.md for sources and licences). Run by hand, never
// at run time: node src/locales/fr/data/scripts/build-data.mjs /work/shared/data
import fs from 'node:fs';
import path from 'node:path';

const from = process.argv[2] ?? '../shared/data';
const to = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const read = (file) => {
  const [head, ...rows] = fs.readFileSync(path.join(from, file), 'utf8').trimEnd().split('\n');
  const cols = head.split('\t');
  return rows.map((line) => Object.fromEntries(line.split('\t').map((v, i) => [cols[i], v])));
};
const write = (file, data) => fs.writeFileSync(path.join(to, file), JSON.stringify(data) + '\n');

// First names: every INSEE name with >= 200 births or listed by sigpwned, plus
// rarer INSEE names (>= 40 births: transliterations such as Andreï, Alexeï).
const names = new Set();
for (const r of read('first-names.tsv')) if (/^\p{Lu}/u.test(r.name) && r.name.length >= 2) names.add(r.name);
for (const r of read('first-names-insee-rare.tsv')) if (Number(r.count) >= 40 && /^\p{Lu}/u.test(r.name)) names.add(r.name);
// A country's name is read as a given name only when it is a frequent one (Dominique, Maurice; not France, Israël).
const firstNameCounts = new Map(read('first-names.tsv').map((r) => [r.name, Number(r.count) || 0]));
for (const r of read('places-fr.tsv')) if (r.kind === 'country' && (firstNameCounts.get(r.name) ?? 0) < 100000) names.delete(r.name);
write('first-names.json', [...names].sort());

// First names' sex: the names of first-names.tsv (INSEE >= 200 births, or sigpwned) that >= 90 % of bearers share one
// sex (column `sex`: M or F); mixed names (Camille, Dominique) and the rarer INSEE names are left out.
const sexes = { f: [], m: [] };
for (const r of read('first-names.tsv')) if (names.has(r.name) && (r.sex === 'F' || r.sex === 'M')) sexes[r.sex.toLowerCase()].push(r.name);
sexes.f.sort();
sexes.m.sort();
write('first-name-sexes.json', sexes);

// Places: countries, foreign cities >= 100,000, French communes >= 5,000,
// regions and departments. One entry per surface form: the country, else the
// most populous place, so "Valence" is one place and "Paris" the commune.
const latin = (s) => /^[\p{Script=Latin}\p{M}\s'’.\-]+$/u.test(s) && /\p{Lu}/u.test(s[0] ?? '');
const rank = { country: 4, city: 2, commune: 2, region: 1, department: 0 };
const rows = read('places-fr.tsv').filter((r) => r.kind !== 'commune' || Number(r.population) >= 5000);
rows.sort((a, b) => rank[b.kind] - rank[a.kind] || Number(b.population) - Number(a.population) || (a.kind === 'department' ? 1 : -1));
const taken = new Set();
const places = [];
for (const r of rows) {
  const forms = [r.name, ...(r.alt_names ? r.alt_names.split('|') : [])].filter(latin).filter((f) => !taken.has(f));
  if (!forms.length || (taken.has(r.name) && r.kind !== 'country')) continue;
  forms.forEach((f) => taken.add(f));
  const name = forms.includes(r.name) ? r.name : forms[0];
  places.push([name, r.kind.slice(0, 3), r.country_code, forms.filter((f) => f !== name), Math.round(Number(r.population) / 1000)]);
}
write('places.json', places);

// Demonyms: lower-cased form -> ISO country code ('' when none: regions, ethnonyms).
const demonyms = {};
for (const r of read('demonyms-fr.tsv')) {
  const form = r.form.toLowerCase();
  const code = r.country_code.includes('|') ? '' : r.country_code;
  if (!(form in demonyms) || (!demonyms[form] && code)) demonyms[form] = code;
}
write('demonyms.json', demonyms);
for (const f of ['LICENSE-LGPLLR.txt', 'LICENSE-ODbL-mledoze.md']) fs.copyFileSync(path.join(from, f), path.join(to, f));
console.log(`first names ${names.size} (sex known: ${sexes.f.length} f, ${sexes.m.length} m), places ${places.length}, demonyms ${Object.keys(demonyms).length}`);
