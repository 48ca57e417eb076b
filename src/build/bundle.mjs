#!/usr/bin/env node
// Bundles the built CLI (dist/cli/main.js and its worker) with its dependencies into dist/bundle/
// with esbuild: one module to load instead of hundreds cuts the cold start (npm run bench, row 1).
// The commands and views that load on demand stay separate chunks. Run by `npm run build` after tsc.
//
// The CLI is also bundled as one CommonJS script, dist/bundle/extract.cjs, with a V8 code cache
// beside it (extract.cjs.V8VERSION.cache) and its plain data in extract.data (the lexicons' JSON, read
// on first use): the cache holds the bytecode of every function an extract run compiled, made by
// running bin/extract.js on one article. bin/extract.js loads that script with the cache, so a cold
// start compiles almost no JavaScript (V8 checks the cache against its version, its flags and the
// script; when it does not fit, the script compiles as usual and runs the same). The ES module
// bundle stays: the worker threads run it, and bin/extract.js runs it under another V8 than the
// build's (no cache for it: the script alone compiles slower than the split ES modules).
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isDeepStrictEqual } from 'node:util';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const outdir = join(root, 'dist/bundle');
rmSync(outdir, { recursive: true, force: true });

// Modules of plain data derived from the lexicons at load time (the derivation costs CPU at each start and in each
// worker): the bundle holds their exports computed here, once, as JSON. Each export must be plain data (checked).
const PRECOMPUTED = ['dist/locales/fr/actors/lexicon.js'];
const precomputed = new Map();

// Characters past ASCII as \uXXXX escapes (as the script bundle spells its source, below).
const asciiEscaped = (text) => text.replace(/[^\0-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

// How a bundle spells `JSON.parse(json)` for one-byte JSON text: the ES module bundle with the text as a string literal,
// the script bundle with a call that reads it from a side file (made below)
const jsonLiteral = (json) => `JSON.parse(${JSON.stringify(json)})`;

// JSON text as a one-byte string: the characters past Latin-1 written as JSON escapes. V8 holds a string literal with a
// single such character ("’") as a two-byte string, and parses two-byte JSON more slowly (the lexicon, some 900 kB, holds
// a few hundred); the parsed values are the same.
const oneByteJson = (json) => json.replace(/[\u0100-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

for (const file of PRECOMPUTED) {
  const path = join(root, file);
  const exports = await import(pathToFileURL(path).href);
  const lines = Object.entries(exports).map(([name, value]) => {
    const json = JSON.stringify(value);
    if (json === undefined || !isDeepStrictEqual(JSON.parse(json), value)) throw new Error(`${file}: ${name} is not plain data`);
    return [name, oneByteJson(json)];
  });
  precomputed.set(path, lines);
}

// Modules that load a CommonJS package with createRequire on first use (ES modules cannot require): the bundles hold
// the package instead, so that it loads with the rest (and with the code cache) rather than being looked up in
// node_modules, read and compiled at run time: i18n-iso-countries, 2.4 ms of the seed's cold start.
const BUNDLED_REQUIRES = new Set(['dist/locales/fr/events/index.js'].map((file) => join(root, file)));
const CREATE_REQUIRE = 'const require = createRequire(import.meta.url);';

const common = (jsonParse) => ({
  bundle: true,
  platform: 'node',
  target: 'node20',
  // esbuild's tables do not count Node 20 as supporting `\p{…}` in pattern literals and rewrote each one as a
  // `new RegExp(…)` call, built again at each evaluation (inside loops too): Node has had them since 10
  supported: { 'regexp-unicode-property-escapes': true },
  // ES module builds first: some packages' "main" is a UMD build whose require() calls a bundle cannot follow (jsonc-parser)
  mainFields: ['module', 'main'],
  // loaded only by check --fix, from node_modules as it is (it hashes its own __filename)
  external: ['write-file-atomic'],
  logLevel: 'warning',
  charset: 'utf8',
  plugins: [
    {
      name: 'precomputed',
      setup(b) {
        b.onLoad({ filter: /\.js$/ }, (args) =>
          precomputed.has(args.path)
            ? { contents: precomputed.get(args.path).map(([name, json]) => `export const ${name} = ${jsonParse(json)};`).join('\n'), loader: 'js' }
            : undefined,
        );
      },
    },
    {
      name: 'bundled-requires',
      setup(b) {
        b.onLoad({ filter: /\.js$/ }, (args) => {
          if (!BUNDLED_REQUIRES.has(args.path)) return undefined;
          const text = readFileSync(args.path, 'utf8');
          // (the module's own require goes: esbuild bundles the package its require() calls name)
          if (text.split(CREATE_REQUIRE).length !== 2) throw new Error(`${args.path}: expected one "${CREATE_REQUIRE}"`);
          return { contents: text.replace(CREATE_REQUIRE, ''), loader: 'js' };
        });
      },
    },
    {
      // the lexicons (hundreds of kB of JSON) as JSON.parse of one string rather than a JavaScript literal:
      // V8 reads JSON several times faster than it parses the same object as code
      name: 'json-as-json-parse',
      setup(b) {
        // (not the small JSON files of a package bundled for its require() calls, which need CommonJS exports: esbuild's
        // own JSON loader gives them)
        b.onLoad({ filter: /\.json$/ }, (args) =>
          args.path.includes(`${sep}node_modules${sep}i18n-iso-countries${sep}`)
            ? undefined
            : { contents: `export default ${jsonParse(oneByteJson(JSON.stringify(JSON.parse(readFileSync(args.path, 'utf8')))))};`, loader: 'js' },
        );
      },
    },
  ],
});

await build({
  ...common(jsonLiteral),
  entryPoints: { extract: join(root, 'dist/cli/main.js') },
  outdir,
  splitting: true,
  format: 'esm',
  // the CommonJS dependencies call require() and may read __filename: give the ES modules both
  banner: {
    js: [
      "import { createRequire as __createRequire } from 'node:module';",
      "import { fileURLToPath as __fileURLToPath } from 'node:url';",
      "import { dirname as __pathDirname } from 'node:path';",
      'const require = __createRequire(import.meta.url);',
      'const __filename = __fileURLToPath(import.meta.url);',
      'const __dirname = __pathDirname(__filename);',
    ].join(' '),
  },
});

// The CLI as one CommonJS script (what loads on demand is inlined, run on first use); strict, as the ES modules
// are, and import.meta.url is the script's own URL (the worker and package.json are found from it as from the
// ES module bundle, which sits in the same folder)
// The Latin twins of the patterns a run rewrites (text/unicode-domain.ts, latinPattern), made here over the fixtures'
// articles but the seed (which bench:cold times; a few patterns run only on some texts: one article left a fifth of
// the seed's out), and held by the script bundle only: bin/extract.js runs that script under the V8 of this build
// alone (the cache's), whose Unicode tables made them. A pattern missing from them is rewritten as usual.
const cacheArticle = join(root, 'fixtures/html/greve-eboueurs-marseille.md');
const twinArticles = readdirSync(join(root, 'fixtures'), { recursive: true })
  .filter((file) => file.endsWith('.md') && !file.endsWith('lecornu-choigou.md'))
  .sort()
  .map((file) => join(root, 'fixtures', file));
// (bin/extract.js calls the function with these arguments)
const CJS_WRAPPER = ['(function (exports, require, module, __filename, __dirname) {', '\n})'];
const TWINS_MARKER = 'const madeTwins = new Map();';
const twinsModule = join(root, 'dist/text/unicode-domain.js');
let twinsContents;
{
  const { extract } = await import(pathToFileURL(join(root, 'dist/index.js')).href);
  const { latinPattern, latinPatternsMade } = await import(pathToFileURL(twinsModule).href);
  for (const article of twinArticles) extract(readFileSync(article, 'utf8'));
  // (the script spells its pattern literals in ASCII, below: a literal's source has \u00e9 where tsc's output has é)
  for (const [key] of latinPatternsMade()) {
    const slash = key.indexOf('/');
    if (/[^\0-\x7f]/.test(key)) latinPattern(asciiEscaped(key.slice(slash + 1)), key.slice(0, slash));
  }
  const text = readFileSync(twinsModule, 'utf8');
  if (text.split(TWINS_MARKER).length !== 2) throw new Error(`${twinsModule}: expected one "${TWINS_MARKER}"`);
  twinsContents = (jsonParse) => text.replace(TWINS_MARKER, `const madeTwins = new Map(${jsonParse(oneByteJson(JSON.stringify(latinPatternsMade())))});`);
}

// The script bundle's plain data (the lexicons' JSON, the twins' table: some 2 MB) in a side file, extract.data, read on
// first use: as string literals it stood in the script, read and copied at each start, and again in the code cache, read
// and copied into the heap; this way it is read once (fewer pages touched: the seed's cold start had 13.5 k page faults)
const scriptData = [];
let scriptDataLength = 0;
const dataParse = (json) => {
  const start = scriptDataLength;
  scriptData.push(json);
  scriptDataLength += json.length;
  return `JSON.parse(__extractData(${start}, ${scriptDataLength}))`;
};
const scriptCommon = common(dataParse);
await build({
  ...scriptCommon,
  plugins: [
    { name: 'made-twins', setup: (b) => b.onLoad({ filter: /\.js$/ }, (args) => (args.path === twinsModule ? { contents: twinsContents(dataParse), loader: 'js' } : undefined)) },
    ...scriptCommon.plugins,
  ],
  entryPoints: [join(root, 'dist/cli/main.js')],
  outfile: join(outdir, 'extract.cjs'),
  format: 'cjs',
  // ASCII: a one-byte string in V8's heap (half the memory of a two-byte one, which one "’" in it would make); esbuild
  // escapes strings, templates and names, and leaves alone the comments and the pattern literals, escaped here (as
  // \uXXXX: the same pattern, only its `source` spelled otherwise; never after a backslash, checked)
  charset: 'ascii',
  // (without comments and indentation: 0.7 MB less to read and copy at each start; names and code are as written)
  minifyWhitespace: true,
  define: { 'import.meta.url': '__importMetaUrl' },
  banner: {
    js: [
      "'use strict'; const __importMetaUrl = require('node:url').pathToFileURL(__filename).href;",
      // (the data is one-byte text: read as Latin-1, a one-byte string, of which each JSON text is a slice)
      "let __extractDataText; const __extractData = (start, end) => (__extractDataText ??= require('node:fs').readFileSync(require('node:path').join(__dirname, 'extract.data'), 'latin1')).slice(start, end);",
    ].join(' '),
  },
});
{
  const path = join(outdir, 'extract.cjs');
  const text = readFileSync(path, 'utf8');
  if (/\\[^\0-\x7f]/.test(text)) throw new Error('dist/bundle/extract.cjs: a backslash before a non-ASCII character');
  // written inside the function Node wraps a CommonJS module in (bin/extract.js compiles it as it is): a wrapper added
  // at run time made V8 copy the 4 MB source into one flat string before compiling it
  writeFileSync(path, `${CJS_WRAPPER[0]}${asciiEscaped(text)}${CJS_WRAPPER[1]}`);
  const data = scriptData.join('');
  if (/[^\0-\xff]/.test(data)) throw new Error('dist/bundle/extract.data: a character past Latin-1');
  writeFileSync(join(outdir, 'extract.data'), data, 'latin1');
}

// The code cache: bin/extract.js run on one real article (not the seed that bench:cold times; its front matter, so that
// yaml is in) writes it (EXTRACT_BUILD_CODE_CACHE) with the V8 flags it sets itself. One short article: a cache made
// over many articles end to end, or odd ones, made the seed's cold start slower (~10 %, measured; a single article of
// the same kind as the seed gives the same cache as the seed itself).
const run = spawnSync(process.execPath, [join(root, 'bin/extract.js'), cacheArticle], {
  cwd: root,
  env: { ...process.env, EXTRACT_BUILD_CODE_CACHE: join(outdir, `extract.cjs.${process.versions.v8}.cache`) },
  stdio: ['ignore', 'ignore', 'inherit'],
});
if (run.status !== 0) throw new Error(`the code cache run failed (${run.signal ?? run.status})`);
