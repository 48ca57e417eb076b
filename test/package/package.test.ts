/**
 * The package as a user installs it: `npm pack`, then the tarball unpacked
 * into node_modules/extract-news of a scratch project (offline: the
 * dependencies resolve from this repository's node_modules, above the scratch
 * folder). Proves the ESM, CommonJS and `tsc --strict` consumers, the light
 * main entry (no TypeBox, ajv, checker or CLI loaded), and the two linter
 * bridges through the real remark-cli and markdownlint-cli2 with the
 * configuration a user pastes (fixtures/check/bridges/).
 * Needs `dist/` built (npm test builds it first).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SCRATCH = path.join(ROOT, 'node_modules/.cache/extract/package-test');
const INSTALLED = path.join(SCRATCH, 'node_modules/extract-news');
const BRIDGES = path.join(ROOT, 'fixtures/check/bridges');

function run(command: string, args: readonly string[], cwd = SCRATCH) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

let packed: string[] = [];

beforeAll(() => {
  if (!existsSync(path.join(ROOT, 'dist/index.js')) || !existsSync(path.join(ROOT, 'dist/article.schema.json'))) throw new Error('build first: npm run build');
  rmSync(SCRATCH, { recursive: true, force: true });
  mkdirSync(INSTALLED, { recursive: true });
  const pack = run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', SCRATCH], ROOT);
  if (pack.code !== 0) throw new Error(`npm pack failed: ${pack.err}`);
  const [info] = JSON.parse(pack.out) as { filename: string; files: { path: string }[] }[];
  packed = info!.files.map((f) => f.path);
  const untar = run('tar', ['xzf', path.join(SCRATCH, info!.filename), '-C', INSTALLED, '--strip-components=1']);
  if (untar.code !== 0) throw new Error(`tar failed: ${untar.err}`);
  writeFileSync(path.join(SCRATCH, 'package.json'), '{ "name": "scratch", "private": true }\n');
}, 120_000);

describe('the tarball', () => {
  it('ships the licence, the README, the rule docs, the built code and the schemas; no tests or sources', () => {
    for (const file of ['LICENSE', 'README.md', 'package.json', 'dist/index.js', 'dist/index.d.ts', 'dist/check/index.js', 'dist/article.schema.json', 'dist/extractrc.schema.json', 'src/check/rules/docs/heading-increment.md', 'src/check/rules/docs/README.md', 'bin/extract.js']) {
      expect(packed).toContain(file);
    }
    expect(packed.filter((f) => f.startsWith('test/') || f.startsWith('fixtures/') || /^src\/.*\.ts$/.test(f))).toEqual([]);
  });

  it('package.json: repository, homepage, licence, exports with types, import and require for every code entry', () => {
    const pkg = JSON.parse(readFileSync(path.join(INSTALLED, 'package.json'), 'utf8')) as Record<string, any>;
    expect(pkg.license).toBe('MIT');
    expect(pkg.repository.url).toMatch(/^git\+https:\/\/github\.com\//);
    expect(pkg.homepage).toMatch(/^https:\/\//);
    for (const entry of ['.', './check', './remark-lint', './markdownlint']) expect(Object.keys(pkg.exports[entry])).toEqual(['types', 'import', 'require', 'default']);
  });
});

describe('consumers', () => {
  it('ESM: the main entry extracts; the checker, the schema and package.json are entries', () => {
    writeFileSync(
      path.join(SCRATCH, 'esm.mjs'),
      `import { extract, SCHEMA_VERSION } from 'extract-news';
import { check, RULES, emptyArticle } from 'extract-news/check';
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const article = extract('# Titre\\n\\nLe 3 avril 2024, le ministre a parlé.\\n', { file: 'a.md' });
const schema = require('extract-news/schema.json');
const findings = check('# A\\n### B\\n', emptyArticle('a.md'));
console.log(JSON.stringify({ v: article.schemaVersion === SCHEMA_VERSION, date: article.dates[0].value, rules: RULES.length > 10, found: findings.map((f) => f.ruleId), id: schema.$id, pkg: require('extract-news/package.json').name }));
`,
    );
    const { code, out, err } = run('node', ['esm.mjs']);
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual({ v: true, date: '2024-04-03', rules: true, found: expect.arrayContaining(['heading-increment']), id: expect.stringContaining('/extract-news@'), pkg: 'extract-news' });
  }, 60_000);

  it('the main entry loads the pipeline only: no TypeBox, ajv, checker, CLI or colours', () => {
    writeFileSync(
      path.join(SCRATCH, 'hooks.mjs'),
      `export async function resolve(specifier, context, next) {
  if (/^(@sinclair\\/typebox|ajv|chalk|commander|tinyglobby|jsonc-parser|picomatch)(\\/|$)/.test(specifier)) throw new Error('loaded ' + specifier + ' from ' + context.parentURL);
  const resolved = await next(specifier, context);
  // Only the package's own checker and CLI folders: the clone may itself live under a folder named check/ or cli/.
  if (/\\/node_modules\\/extract-news\\/dist\\/(check|cli)\\//.test(resolved.url)) throw new Error('loaded ' + resolved.url + ' from ' + context.parentURL);
  return resolved;
}
`,
    );
    writeFileSync(path.join(SCRATCH, 'block.mjs'), `import { register } from 'node:module';\nregister('./hooks.mjs', import.meta.url);\n`);
    writeFileSync(path.join(SCRATCH, 'light.mjs'), `import { extract } from 'extract-news';\nconsole.log(extract('# T\\n\\nHier, Paris.\\n', { refDate: '2024-04-05' }).dates[0].value);\n`);
    const { code, out, err } = run('node', ['--import', './block.mjs', 'light.mjs']);
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out.trim()).toBe('2024-04-04');
  }, 60_000);

  it('CommonJS: require() of every entry (Node 20.19+ requires ES modules without top-level await)', () => {
    writeFileSync(
      path.join(SCRATCH, 'cjs.cjs'),
      `const { extract } = require('extract-news');
const { RULES } = require('extract-news/check');
const remark = require('extract-news/remark-lint').default;
const markdownlint = require('extract-news/markdownlint').default;
const schema = require('extract-news/schema.json');
console.log(JSON.stringify({ title: extract('# Titre\\n\\nTexte.\\n').title, rules: RULES.length === markdownlint.length, plugin: typeof remark, schema: schema.type, version: require('extract-news/package.json').version }));
`,
    );
    const { code, out, err } = run('node', ['cjs.cjs']);
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({ title: 'Titre', rules: true, plugin: 'function', schema: 'object' });
  }, 60_000);

  it('TypeScript: tsc --strict (NodeNext, no skipLibCheck) on the published types; literal unions for type, mod, inferred', () => {
    writeFileSync(
      path.join(SCRATCH, 'consumer.mts'),
      `import { extract, type Article, type DateMention, type Actor, type Event } from 'extract-news';
import { check, RULES, formatSarif, type Finding } from 'extract-news/check';
import remarkExtractNews from 'extract-news/remark-lint';
import markdownlintRules from 'extract-news/markdownlint';

const article: Article = extract('# T', { refDate: '2024-04-05', prefer: 'past' });
const mod: DateMention['mod'] = 'START';
const part: NonNullable<DateMention['inferred']>[number] = 'year';
const type: Actor['type'] = 'misc';
const eventMod: Event['mod'] = null;
// @ts-expect-error not a TIMEX3 mod
const badMod: DateMention['mod'] = 'SOON';
// @ts-expect-error not a part of a date
const badPart: NonNullable<DateMention['inferred']>[number] = 'week';
// @ts-expect-error not an actor type
const badType: Actor['type'] = 'company';
const findings: Finding[] = check('# A', article);
const sarif: string = formatSarif([{ file: 'a.md', diagnostics: findings }]);
const plugin = remarkExtractNews({ rules: { 'person-without-role': 'warn' } });
const names: string[] = markdownlintRules.flatMap((rule) => rule.names);
export { mod, part, type, eventMod, badMod, badPart, badType, sarif, plugin, names, RULES };
`,
    );
    writeFileSync(
      path.join(SCRATCH, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { strict: true, module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', noEmit: true, skipLibCheck: false, types: [] }, files: ['consumer.mts'] }),
    );
    const { code, out, err } = run('node', [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json']);
    expect(out + err).toBe('');
    expect(code).toBe(0);
  }, 120_000);
});

describe('the linter bridges through the real tools, with the configuration a user pastes', () => {
  const lintDir = path.join(SCRATCH, 'lint');
  const copy = (name: string) => {
    mkdirSync(lintDir, { recursive: true });
    copyFileSync(path.join(BRIDGES, name), path.join(lintDir, name));
  };

  it('remark-cli with extract-news/remark-lint in .remarkrc.json', () => {
    copy('article.md');
    copy('.remarkrc.json');
    const { code, err } = run('node', [path.join(ROOT, 'node_modules/remark-cli/cli.js'), 'article.md', '--no-stdout', '--no-color'], lintDir);
    const found = err
      .split('\n')
      .map((line) => /^\s*(\d+):\d+(?:-\d+:\d+)?\s+(error|warning)\s.*\s([a-z-]+)\s+extract-news$/.exec(line))
      .filter((m) => m !== null)
      .map((m) => `${m[1]} ${m[2]} ${m[3]}`);
    expect(found).toEqual(['2 warning front-matter-date', '9 error heading-increment', '9 warning blank-lines-around-headings', '10 warning date-year-unresolved', '11 warning inline-config']);
    // an error is fatal: remark-cli fails
    expect(code).toBe(1);
  }, 60_000);

  it('markdownlint-cli2 with extract-news/markdownlint in .markdownlint-cli2.jsonc', () => {
    copy('article.md');
    copy('.markdownlint-cli2.jsonc');
    const { code, out, err } = run('node', [path.join(ROOT, 'node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs'), 'article.md'], lintDir);
    const found = (out + err)
      .split('\n')
      .map((line) => /^article\.md:(\d+)(?::\d+)? error (extract-[a-z-]+) /.exec(line))
      .filter((m) => m !== null)
      .map((m) => `${m[1]} ${m[2]}`);
    expect(found).toEqual(['5 extract-front-matter-date', '9 extract-blank-lines-around-headings', '9 extract-heading-increment', '10 extract-date-year-unresolved']);
    expect(code).toBe(1);
  }, 60_000);
});
