#!/usr/bin/env node
// Dumps what extract() returns for every input text, one line per text, so that a change meant to
// keep outputs byte-identical (speed, loading, bundling) can be checked: dump before, dump after,
// compare the two files (`cmp`, or --compare A B for the first differences).
//
//   node test/bench/dump-outputs.js [--dist DIR] OUT [INPUT…]
//   node test/bench/dump-outputs.js --compare A B
//
// INPUT: Markdown files, folders (their .md files), NDJSON files of records {id|file, text, date?},
// JSON files holding an array of {id, text, date|dct?} or an object with such an array under
// `examples` (phrases: each one a text with the object's reference_time). Default: every Markdown
// fixture and test/bench/corpus/wikinews-fr.ndjson. A record's date (or dct) is its reference
// date; a Markdown file runs as the CLI runs it (front matter) and again with --ref-date 2024-04-05.
// --dist DIR: the built dist/ folder to load (default: this repository's).
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const args = process.argv.slice(2);

if (args[0] === '--compare') {
  const [a, b] = [readFileSync(args[1], 'utf8').split('\n'), readFileSync(args[2], 'utf8').split('\n')];
  let diffs = 0;
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] === b[i]) continue;
    if (++diffs <= 5) process.stdout.write(`line ${i + 1}:\n- ${(a[i] ?? '').slice(0, 300)}\n+ ${(b[i] ?? '').slice(0, 300)}\n`);
  }
  process.stdout.write(`${a.length} vs ${b.length} lines, ${diffs} different\n`);
  process.exit(diffs > 0 ? 1 : 0);
}

let dist = join(ROOT, 'dist');
if (args[0] === '--dist') {
  dist = resolve(args[1]);
  args.splice(0, 2);
}
const [out, ...given] = args;
if (!out) throw new Error('usage: dump-outputs.js [--dist DIR] OUT [INPUT…]');
const inputs = given.length > 0 ? given : [join(ROOT, 'fixtures'), join(ROOT, 'test/bench/corpus/wikinews-fr.ndjson')];

const markdownFiles = (dir) =>
  readdirSync(dir, { withFileTypes: true })
    .sort((x, y) => (x.name < y.name ? -1 : 1))
    .flatMap((e) => (e.isDirectory() ? markdownFiles(join(dir, e.name)) : e.name.endsWith('.md') ? [join(dir, e.name)] : []));

/** Every text to run: [name, text, refDate?]. */
function* texts(input) {
  if (statSync(input).isDirectory()) {
    for (const file of markdownFiles(input)) yield* texts(file);
  } else if (input.endsWith('.md')) {
    const text = readFileSync(input, 'utf8');
    yield [input, text, undefined];
    yield [`${input} --ref-date`, text, '2024-04-05'];
  } else if (input.endsWith('.ndjson')) {
    for (const line of readFileSync(input, 'utf8').split('\n')) {
      if (line.trim() === '') continue;
      const r = JSON.parse(line);
      yield [String(r.id ?? r.file), r.text, r.date ?? r.dct];
    }
  } else {
    const data = JSON.parse(readFileSync(input, 'utf8'));
    if (Array.isArray(data)) for (const r of data) yield [String(r.id ?? r.file), r.text, (r.date ?? r.dct)?.slice(0, 10)];
    else for (const [i, e] of (data.examples ?? []).entries()) yield [`${input}#${i}`, e.text, data.reference_time?.slice(0, 19)];
  }
}

const { extract } = await import(pathToFileURL(join(dist, 'index.js')).href);
const lines = [];
for (const input of inputs) {
  for (const [name, text, refDate] of texts(input)) {
    let result;
    try {
      result = JSON.stringify(extract(text, { file: name, ...(refDate ? { refDate } : {}) }));
    } catch (error) {
      result = `error: ${error instanceof Error ? error.message : String(error)}`;
    }
    lines.push(`${name}\t${result}`);
  }
}
writeFileSync(out, `${lines.join('\n')}\n`);
process.stderr.write(`${lines.length} outputs written to ${out}\n`);
