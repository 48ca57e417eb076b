/** `extract check` in-process: inputs, exit codes, formats, configuration, --fix. */
import { chmodSync, lstatSync, mkdtempSync, symlinkSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheck, type CheckCliOptions } from '../../src/cli/check-command.js';
import type { CliIo } from '../../src/cli/io.js';
import { nodeIo } from '../../src/cli/node-io.js';
import { runCli } from './cli-harness.js';
import { check, defaultConfig, fixDocument } from '../../src/check/index.js';
import { SEED, emptyArticle, fakeIo } from './helpers.js';
import type { ExtractArticle } from '../../src/cli/check-command.js';

/** Stands in for the pipeline: the structure rules do not need it, and the content rules get what it returns. */
const stub: ExtractArticle = (_source, { file }) => emptyArticle(file);

const seed = readFileSync(SEED, 'utf8');
const SEED_PATH = 'fixtures/lecornu-choigou.md';
const base: CheckCliOptions = { format: 'json', color: false };
const parse = (io: { out: string[] }) => JSON.parse(io.out.join('')) as { file: string; diagnostics: { ruleId: string; severity: string; span: { start: { line: number } } | null }[] }[];

describe('the seed', () => {
  it('json: blank lines around headings 1, 2, 5, 8 and paragraph separation 4, 7, 10; exit 0', async () => {
    const io = fakeIo({ [SEED_PATH]: seed });
    expect(await runCheck([SEED_PATH], base, io, stub)).toBe(0);
    const [result] = parse(io);
    expect(result!.file).toBe(SEED_PATH);
    const at = (ruleId: string) => result!.diagnostics.filter((d) => d.ruleId === ruleId).map((d) => d.span!.start.line);
    expect(at('blank-lines-around-headings')).toEqual([1, 2, 2, 5, 5, 8, 8]);
    expect(at('paragraph-separation')).toEqual([4, 7, 10]);
    expect(result!.diagnostics.every((d) => d.severity === 'warning')).toBe(true);
  });

  it('--max-warnings 0 exits 1, --max-warnings 100 exits 0', async () => {
    const io = fakeIo({ [SEED_PATH]: seed });
    expect(await runCheck([SEED_PATH], { ...base, maxWarnings: 0 }, io, stub)).toBe(1);
    expect(io.err.join('')).toMatch(/too many warnings/);
    expect(await runCheck([SEED_PATH], { ...base, maxWarnings: 100 }, fakeIo({ [SEED_PATH]: seed }), stub)).toBe(0);
  });
});

describe('exit codes and inputs', () => {
  it('a skipped heading level from stdin exits 1', async () => {
    const io = fakeIo({}, { stdin: '# Titre\n\n### Trop profond\n\nTexte.\n' });
    expect(await runCheck(['-'], base, io, stub)).toBe(1);
    expect(parse(io)[0]!.file).toBe('-');
  });

  it('a missing file: one line on stderr, exit 2, the other files still checked, in input order', async () => {
    const io = fakeIo({ 'b.md': '# B\n\nTexte.\n', 'a.md': '# A\n\nTexte.\n' });
    expect(await runCheck(['b.md', 'no/such.md', 'a.md'], base, io, stub)).toBe(2);
    expect(io.err).toEqual(['extract: no/such.md: no such file\n']);
    expect(parse(io).map((r) => r.file)).toEqual(['b.md', 'a.md']);
  });

  it('usage errors exit 2: no inputs, two stdins, unknown format, bad --max-warnings', async () => {
    expect(await runCheck([], base, fakeIo(), stub)).toBe(2);
    expect(await runCheck(['-', '-'], base, fakeIo(), stub)).toBe(2);
    expect(await runCheck(['a.md'], { ...base, format: 'xml' }, fakeIo({ 'a.md': '# A\n' }), stub)).toBe(2);
    expect(await runCheck(['a.md'], { ...base, maxWarnings: -1 }, fakeIo({ 'a.md': '# A\n' }), stub)).toBe(2);
  });

  it('the same file twice is checked once', async () => {
    const io = fakeIo({ 'a.md': '# A\n\nTexte.\n' });
    await runCheck(['a.md', './a.md'], base, io, stub);
    expect(parse(io)).toHaveLength(1);
  });

  it('globs expand against the working directory, sorted, after and before literal files', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'extract-check-'));
    mkdirSync(path.join(dir, 'articles/sub'), { recursive: true });
    mkdirSync(path.join(dir, 'articles/node_modules'), { recursive: true });
    writeFileSync(path.join(dir, 'articles/b.md'), '# B\n\nTexte.\n');
    writeFileSync(path.join(dir, 'articles/a.md'), '# A\n\nTexte.\n');
    writeFileSync(path.join(dir, 'articles/sub/c.md'), '# C\n\nTexte.\n');
    writeFileSync(path.join(dir, 'articles/node_modules/x.md'), '# X\n');
    writeFileSync(path.join(dir, 'first.md'), '# F\n\nTexte.\n');
    const io = realIo(dir);
    expect(await runCheck(['first.md', 'articles/**/*.md'], base, io, stub)).toBe(0);
    expect(parse(io).map((r) => r.file)).toEqual(['first.md', 'articles/a.md', 'articles/b.md', 'articles/sub/c.md']);
    const byDirectory = realIo(dir);
    expect(await runCheck(['articles/'], base, byDirectory, stub)).toBe(0);
    expect(parse(byDirectory).map((r) => r.file)).toEqual(['articles/a.md', 'articles/b.md', 'articles/sub/c.md']);
    const none = realIo(dir);
    expect(await runCheck(['nothing/**/*.md'], base, none, stub)).toBe(2);
    expect(none.err.join('')).toBe('extract: nothing/**/*.md: no files match\n');
  });
});

describe('configuration', () => {
  const doc = '# Titre\n## Partie\nTexte.\n';

  it('the nearest .extractrc.json above the file wins', async () => {
    const io = fakeIo({
      '.extractrc.json': JSON.stringify({ rules: { 'blank-lines-around-headings': 'error' } }),
      'news/.extractrc.yaml': 'rules:\n  blank-lines-around-headings: off\n',
      'news/a.md': doc,
      'b.md': doc,
    });
    expect(await runCheck(['news/a.md', 'b.md'], base, io, stub)).toBe(1);
    const [a, b] = parse(io);
    expect(a!.diagnostics).toEqual([]);
    expect(b!.diagnostics.map((d) => d.severity)).toEqual(['error', 'error', 'error']);
  });

  it('--config FILE is used for every input instead of discovery', async () => {
    const io = fakeIo({ 'news/.extractrc.json': '{"rules":{"blank-lines-around-headings":"error"}}', 'ci.yaml': 'rules:\n  blank-lines-around-headings: off\n', 'news/a.md': doc });
    expect(await runCheck(['news/a.md'], { ...base, config: 'ci.yaml' }, io, stub)).toBe(0);
    expect(parse(io)[0]!.diagnostics).toEqual([]);
  });

  it('options given as [level, options] reach the rule', async () => {
    const io = fakeIo({ '.extractrc.json': JSON.stringify({ rules: { 'required-sections': ['error', { headings: ['?', '## Contexte'] }] } }), 'a.md': '# T\n\n## Autre\n\nTexte.\n' });
    expect(await runCheck(['a.md'], base, io, stub)).toBe(1);
    expect(parse(io)[0]!.diagnostics.map((d) => d.ruleId)).toEqual(['required-sections']);
  });

  it.each([
    ['unknown rule', '{"rules":{"no-such-rule":"warn"}}', /extract: \.extractrc\.json: unknown rule "no-such-rule"; valid rules: heading-increment, single-title, .*person-without-role/],
    ['unknown option', '{"rules":{"required-sections":["warn",{"heading":[]}]}}', /unknown option "heading" \(did you mean "headings"\?\); valid options: headings, matchCase/],
    ['a near miss', '{"rules":{"blank-lines":"warn"}}', /unknown rule "blank-lines" \(did you mean "blank-lines-around-headings"\?\)/],
    ['option of a rule without options', '{"rules":{"empty-section":["warn",{"x":1}]}}', /rule "empty-section": unknown option "x"; it takes no options/],
    ['bad level', '{"rules":{"empty-section":"warning"}}', /the setting must be "off", "warn", "error" or \[level, options\]/],
    ['bad option type', '{"rules":{"single-title":["error",{"level":9}]}}', /rule "single-title": option "level" must be <= 6/],
    ['unknown top-level key', '{"rule":{}}', /unknown setting "rule" \(did you mean "rules"\?\); valid settings: \$schema, extends, ignores, rules, overrides/],
    ['invalid JSON', '{"rules":', /extract: \.extractrc\.json: not valid JSON/],
  ])('%s: exit 2 with a one-line message', async (_name, text, message) => {
    const io = fakeIo({ '.extractrc.json': text, 'a.md': doc, 'b.md': doc });
    expect(await runCheck(['a.md', 'b.md'], base, io, stub)).toBe(2);
    expect(io.err).toHaveLength(1);
    expect(io.err[0]).toMatch(message);
    expect(io.err[0]!.trim().split('\n')).toHaveLength(1);
  });

  it('a missing --config file exits 2 before checking anything', async () => {
    const io = fakeIo({ 'a.md': doc });
    expect(await runCheck(['a.md'], { ...base, config: 'nope.json' }, io, stub)).toBe(2);
    expect(io.err).toEqual(['extract: nope.json: no such file\n']);
    expect(io.out).toEqual([]);
  });
});

describe('content rules take the extraction\'s diagnostics and results', () => {
  const span = { start: { line: 3, column: 1, offset: 9 }, end: { line: 3, column: 11, offset: 19 } };
  const withDiagnostics: ExtractArticle = (_source, { file }) =>
    emptyArticle(file, {
      diagnostics: [
        { ruleId: 'date-year-unresolved', severity: 'warning', message: 'year of "le 3 avril" unknown', span },
        { ruleId: 'something-else', severity: 'error', message: 'not a check rule', span: null },
      ],
      actors: [{ id: 'x', type: 'person', name: 'Emmanuel Macron', aliases: [], roles: [], mentions: [{ text: 'Le 3 avril', span, section: 'titre' }] }],
    });
  const doc = '# Titre\n\nLe 3 avril, Emmanuel Macron a parlé.\n';

  it('maps a diagnostic to its rule, with the configured severity; unknown ids are not check findings', async () => {
    const io = fakeIo({ 'a.md': doc });
    expect(await runCheck(['a.md'], base, io, withDiagnostics)).toBe(0);
    expect(parse(io)[0]!.diagnostics).toEqual([{ ruleId: 'date-year-unresolved', severity: 'warning', message: 'year of "le 3 avril" unknown', span }]);
    const strict = fakeIo({ 'a.md': doc, '.extractrc.json': '{"rules":{"date-year-unresolved":"error","person-without-role":"warn"}}' });
    expect(await runCheck(['a.md'], base, strict, withDiagnostics)).toBe(1);
    expect(parse(strict)[0]!.diagnostics.map((d) => `${d.ruleId} ${d.severity}`)).toEqual(['date-year-unresolved error', 'person-without-role warning']);
  });

  it('does not extract when every content rule is off', async () => {
    const io = fakeIo({
      'a.md': doc,
      '.extractrc.yaml': 'rules:\n  date-year-unresolved: off\n  event-conflict: off\n  actor-name-variants: off\n  front-matter-invalid: off\n  front-matter-date: off\n',
    });
    const boom: ExtractArticle = () => {
      throw new Error('should not run');
    };
    expect(await runCheck(['a.md'], base, io, boom)).toBe(0);
  });

  it('an extraction failure is exit 2 with the file named, other files still checked', async () => {
    const io = fakeIo({ 'a.md': doc, 'b.md': doc });
    const failing: ExtractArticle = (source, { file }) => {
      if (file === 'a.md') throw new Error('boom');
      return emptyArticle(file);
    };
    expect(await runCheck(['a.md', 'b.md'], base, io, failing)).toBe(2);
    expect(io.err).toEqual(['extract: a.md: internal error: boom\n']);
    expect(parse(io).map((r) => r.file)).toEqual(['b.md']);
  });
});

describe('--fix', () => {
  it('fixes the seed, writes it atomically once, and a second --fix changes nothing', async () => {
    const io = fakeIo({ [SEED_PATH]: seed, 'clean.md': '# Titre\n\nTexte.\n' });
    await runCheck([SEED_PATH, 'clean.md'], { ...base, fix: true }, io, stub);
    expect(io.writes).toEqual([path.resolve('/work', SEED_PATH)]);
    const fixed = io.files.get(path.resolve('/work', SEED_PATH)) as string;
    expect(fixed.split('\n').slice(0, 6)).toEqual([
      '## Sébastien Lecornu et Sergueï Choïgou échangent au téléphone',
      '',
      '### Une mise en garde du Kremlin à la France',
      '',
      expect.stringMatching(/^Lors d’un appel/),
      '',
    ]);
    const remaining = parse(io)[0]!.diagnostics.filter((d) => ['blank-lines-around-headings', 'paragraph-separation'].includes(d.ruleId));
    expect(remaining).toEqual([]);
    io.writes.length = 0;
    await runCheck([SEED_PATH, 'clean.md'], { ...base, fix: true }, io, stub);
    expect(io.writes).toEqual([]);
    expect(io.files.get(path.resolve('/work', SEED_PATH))).toBe(fixed);
  });

  it('keeps CRLF line endings and a byte order mark', async () => {
    const io = fakeIo({ 'a.md': '\uFEFF# Titre\r\nTexte.\r\n' });
    await runCheck(['a.md'], { ...base, fix: true }, io, stub);
    expect(io.files.get(path.resolve('/work', 'a.md'))).toBe('\uFEFF# Titre\r\n\r\nTexte.\r\n');
  });

  it('standard input: the fixed text goes to standard output and the report to standard error', async () => {
    const io = fakeIo({}, { stdin: '# A\n## B\ntext\n' });
    expect(await runCheck(['-'], { ...base, fix: true }, io, stub)).toBe(0);
    expect(io.writes).toEqual([]);
    expect(io.out.join('')).toBe('# A\n\n## B\n\ntext\n');
    const report = JSON.parse(io.err.join('')) as { diagnostics: { ruleId: string }[] }[];
    expect(report[0]!.diagnostics.map((d) => d.ruleId)).not.toContain('blank-lines-around-headings');
  });

  it('standard input with nothing to fix: the text comes back unchanged', async () => {
    const io = fakeIo({}, { stdin: '# A\n\nTexte.\n' });
    await runCheck(['-'], { ...base, fix: true }, io, stub);
    expect(io.out.join('')).toBe('# A\n\nTexte.\n');
  });

  const long = `Première phrase d’un paragraphe assez long pour que la règle le juge écrit ligne par ligne, avec un point final.`;
  it.each([
    ['an indented line would become code', `${long}\n    indentée de quatre espaces.\n`],
    ['a tab-indented line would become code', `${long}\n\tindentée d’une tabulation.\n`],
    ['a [x]: url line would become a link definition', `${long}\n[x]: https://exemple.fr\n`],
    ['a "2. " line would become a list', `${long}\n2. Deuxième point de la liste.\n`],
  ])('a fix that would change what the document says is skipped and reported: %s', async (_name, text) => {
    const io = fakeIo({ 'a.md': `# Titre\n\n${text}` });
    await runCheck(['a.md'], { ...base, fix: true }, io, stub);
    expect(io.writes).toEqual([]);
    expect(io.err.join('')).toBe('extract: a.md:4: paragraph-separation: fix skipped: it would change what the document says\n');
    expect(parse(io)[0]!.diagnostics.map((d) => d.ruleId)).toContain('paragraph-separation');
  });

  it('the safe fixes of a document are still made when another is skipped', async () => {
    const io = fakeIo({ 'a.md': `# Titre\n## Partie\n\n${long}\n    indentée.\n` });
    await runCheck(['a.md'], { ...base, fix: true }, io, stub);
    expect(io.files.get(path.resolve('/work', 'a.md'))).toBe(`# Titre\n\n## Partie\n\n${long}\n    indentée.\n`);
  });
});

describe('--fix on the real file system', () => {
  const dir = () => mkdtempSync(path.join(os.tmpdir(), 'extract-fix-'));

  it('refuses a read-only file (mode 0444) like markdownlint-cli2, even as root, and leaves it as it was', async () => {
    const file = path.join(dir(), 'a.md');
    writeFileSync(file, '# A\n## B\n\nTexte.\n');
    chmodSync(file, 0o444);
    const err: string[] = [];
    const io: CliIo = { ...nodeIo(), cwd: path.dirname(file), stdout: () => {}, stderr: (t) => void err.push(t) };
    expect(await runCheck([file], { ...base, fix: true }, io, stub)).toBe(2);
    expect(err.join('')).toMatch(/^extract: .*a\.md: cannot write the fixes \(permission denied/);
    expect(readFileSync(file, 'utf8')).toBe('# A\n## B\n\nTexte.\n');
    expect(statSync(file).mode & 0o777).toBe(0o444);
  });

  it('does not overwrite an edit made after the file was read (compared just before the rename)', async () => {
    const file = path.join(dir(), 'a.md');
    writeFileSync(file, 'version lue\n');
    const expected = readFileSync(file);
    writeFileSync(file, 'version modifiée pendant ce temps\n');
    await expect(nodeIo().writeFileAtomic(file, 'correction\n', expected)).rejects.toMatchObject({ code: 'ECHANGED' });
    expect(readFileSync(file, 'utf8')).toBe('version modifiée pendant ce temps\n');
    expect(readdirSync(path.dirname(file))).toEqual(['a.md']);
  });

  it('writes through a symbolic link, which stays a link', async () => {
    const folder = dir();
    const file = path.join(folder, 'real.md');
    writeFileSync(file, '# A\n## B\n\nTexte.\n');
    symlinkSync(file, path.join(folder, 'link.md'));
    const io: CliIo = { ...nodeIo(), cwd: folder, stdout: () => {}, stderr: () => {} };
    await runCheck([path.join(folder, 'link.md')], { ...base, fix: true }, io, stub);
    expect(lstatSync(path.join(folder, 'link.md')).isSymbolicLink()).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe('# A\n\n## B\n\nTexte.\n');
  });

  it('writes atomically and keeps the mode of a writable file', async () => {
    const file = path.join(dir(), 'a.md');
    writeFileSync(file, '# A\n## B\n\nTexte.\n');
    chmodSync(file, 0o640);
    const io: CliIo = { ...nodeIo(), cwd: path.dirname(file), stdout: () => {}, stderr: () => {} };
    await runCheck([file], { ...base, fix: true }, io, stub);
    expect(readFileSync(file, 'utf8')).toBe('# A\n\n## B\n\nTexte.\n');
    expect(statSync(file).mode & 0o777).toBe(0o640);
    expect(readdirSync(path.dirname(file))).toEqual(['a.md']);
  });
});

describe('through the commander program', () => {
  it('check --format json reaches the subcommand (not the program --format)', async () => {
    const io = fakeIo({ [SEED_PATH]: seed });
    expect(await runCli(['check', '--format', 'json', SEED_PATH], io)).toBe(0);
    expect(parse(io)[0]!.diagnostics.length).toBeGreaterThanOrEqual(10);
  });

  it.each([
    [['check', '--max-warnings', '0', SEED_PATH], 1],
    [['check', '--format', 'sarif', SEED_PATH], 0],
    [['check', '--format', 'nope', SEED_PATH], 2],
    [['check', '--max-warnings', 'x', SEED_PATH], 2],
    [['check', 'no/such.md'], 2],
    [['check', '--print-config-schema'], 0],
    [['check', '--help'], 0],
  ])('%j exits %i', async (argv, code) => {
    expect(await runCli(argv, fakeIo({ [SEED_PATH]: seed }))).toBe(code);
  });

  it('--ref-date before or after check resolves the years: no date-year-unresolved finding', async () => {
    for (const argv of [['--ref-date', '2024-04-05', 'check', '--format', 'json', SEED_PATH], ['check', '--format', 'json', '--ref-date', '2024-04-05', SEED_PATH]]) {
      const io = fakeIo({ [SEED_PATH]: seed });
      expect(await runCli(argv, io)).toBe(0);
      expect(parse(io)[0]!.diagnostics.filter((d) => d.ruleId === 'date-year-unresolved')).toEqual([]);
    }
    const without = fakeIo({ [SEED_PATH]: seed });
    await runCli(['check', '--format', 'json', SEED_PATH], without);
    expect(parse(without)[0]!.diagnostics.filter((d) => d.ruleId === 'date-year-unresolved').length).toBeGreaterThan(0);
  });

  it('an invalid --ref-date is a usage error', async () => {
    const io = fakeIo({ [SEED_PATH]: seed });
    expect(await runCli(['check', '--ref-date', '2024-13-45', SEED_PATH], io)).toBe(2);
    expect(io.err.join('')).toMatch(/invalid reference date '2024-13-45'/);
  });

  it('github annotations', async () => {
    const io = fakeIo({ [SEED_PATH]: seed });
    await runCli(['check', '--format', 'github', SEED_PATH], io);
    expect(io.out.join('')).toMatch(/^::warning file=fixtures\/lecornu-choigou\.md,line=1,col=1,endLine=1,endColumn=\d+,title=blank-lines-around-headings::/m);
  });

  it('colour only on a terminal without NO_COLOR, or with --color', async () => {
    const tty = fakeIo({ [SEED_PATH]: seed }, { tty: true });
    await runCli(['check', SEED_PATH], tty);
    expect(tty.out.join('')).toMatch(/\x1b\[/);
    const noColor = fakeIo({ [SEED_PATH]: seed }, { tty: true, env: { NO_COLOR: '1' } });
    await runCli(['check', SEED_PATH], noColor);
    expect(noColor.out.join('')).not.toMatch(/\x1b\[/);
    const piped = fakeIo({ [SEED_PATH]: seed });
    await runCli(['check', '--color', SEED_PATH], piped);
    expect(piped.out.join('')).toMatch(/\x1b\[/);
  });

  it('the extract command itself still works next to check', async () => {
    const io = fakeIo({ [SEED_PATH]: seed });
    expect(await runCli(['--format', 'json', SEED_PATH], io)).toBe(0);
    expect(JSON.parse(io.out.join('')).title).toBe('Sébastien Lecornu et Sergueï Choïgou échangent au téléphone');
  });
});

/** A CliIo over the real file system, rooted at `cwd`. */
function realIo(cwd: string): CliIo & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  const full = (p: string) => path.resolve(cwd, p);
  return {
    out,
    err,
    cwd,
    env: {},
    stdoutIsTTY: false,
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
    readFile: async (p) => readFile(full(p)),
    readStdin: async () => new Uint8Array(),
    writeFileAtomic: (p, t) => writeFile(full(p), t),
    makeDir: async (p) => void (await mkdir(full(p), { recursive: true })),
    exists: async (p) => stat(full(p)).then(
      () => true,
      () => false,
    ),
  };
}

describe('--fix stays bounded on a document full of unsafe fixes', () => {
  const long = `Une phrase d’un paragraphe assez long pour que la règle le juge écrit ligne par ligne, avec un point final.`;
  const only = new Map([...defaultConfig()].map(([id, s]) => [id, id === 'paragraph-separation' ? s : { ...s, level: 'off' as const }]));
  const run = (source: string) => {
    const counter = { comparisons: 0 };
    const outcome = fixDocument(source, (text) => check(text, emptyArticle(), only), { counter });
    return { ...outcome, comparisons: counter.comparisons };
  };

  it('one unsafe fix among many safe ones: found by halves (a few comparisons), the safe ones made', () => {
    const blocks = Array.from({ length: 64 }, (_, i) => (i === 40 ? `${long}\n    indentée.\n` : `${long}\nSuite ${i}.\n`));
    const { text, skipped, comparisons } = run(`# Titre\n\n${blocks.join('\n')}`);
    expect(skipped.map((s) => s.reason)).toEqual(['changes-content']);
    expect(comparisons).toBeLessThanOrEqual(2 * Math.log2(64) + 3);
    expect(text).toContain(`${long}\n\nSuite 0.\n`);
    expect(text).toContain(`${long}\n    indentée.\n`);
  });

  it('all unsafe: the comparisons stop at the budget whatever the size (8x the fixes, same work)', () => {
    const doc = (n: number) => `# Titre\n\n${Array.from({ length: n }, () => `${long}\n    indentée.\n`).join('\n')}`;
    const small = run(doc(50));
    const large = run(doc(400));
    expect(small.comparisons).toBeLessThanOrEqual(25);
    expect(large.comparisons).toBeLessThanOrEqual(25);
    expect(large.skipped).toHaveLength(400);
    expect(large.skipped.some((s) => s.reason === 'too-many')).toBe(true);
    expect(large.text).toBe(doc(400));
  }, 60_000);
});
