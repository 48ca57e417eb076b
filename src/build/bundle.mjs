#!/usr/bin/env node
// Bundles the built CLI (dist/cli/main.js and its worker) with its dependencies into dist/bundle/
// with esbuild: one module to load instead of hundreds cuts the cold start (npm run bench, row 1).
// The commands and views that load on demand stay separate chunks. Run by `npm run build` after tsc.
import { build } from 'esbuild';
import { readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const outdir = join(root, 'dist/bundle');
rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints: { extract: join(root, 'dist/cli/main.js'), 'extract-worker': join(root, 'dist/cli/extract-worker.js') },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // esbuild's tables do not count Node 20 as supporting `\p{…}` in pattern literals and rewrote each one as a
  // `new RegExp(…)` call, built again at each evaluation (inside loops too): Node has had them since 10
  supported: { 'regexp-unicode-property-escapes': true },
  // ES module builds first: some packages' "main" is a UMD build whose require() calls a bundle cannot follow (jsonc-parser)
  mainFields: ['module', 'main'],
  // loaded only by check --fix, from node_modules as it is (it hashes its own __filename)
  external: ['write-file-atomic'],
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
  logLevel: 'warning',
  charset: 'utf8',
  plugins: [
    {
      // the lexicons (hundreds of kB of JSON) as JSON.parse of one string rather than a JavaScript literal:
      // V8 reads JSON several times faster than it parses the same object as code
      name: 'json-as-json-parse',
      setup(b) {
        b.onLoad({ filter: /\.json$/ }, (args) => ({ contents: `export default JSON.parse(${JSON.stringify(JSON.stringify(JSON.parse(readFileSync(args.path, 'utf8'))))});`, loader: 'js' }));
      },
    },
  ],
});
