/** `extract chek a.md`: a first argument that is no file and one edit from a command is a usage error with a suggestion. */
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/program.js';
import { fakeIo } from '../helpers/fake-io.js';

describe('a mistyped command', () => {
  it.each([
    [['chek', 'a.md'], 'check'],
    [['checkk', 'a.md'], 'check'],
    [['CHECK', 'a.md'], 'check'],
    [['schem'], 'schema'],
  ])('%j -> did you mean %s? (exit 2, nothing on stdout)', async (args, command) => {
    const io = fakeIo({ 'a.md': '# Titre\n\nTexte.\n' });
    expect(await run(args, io)).toBe(2);
    expect(io.out).toBe('');
    expect(io.err).toBe(`extract: '${args[0]}' is not a file or a command (did you mean ${command}?)\n(run extract --help for usage)\n`);
  });

  it('a file of that name is read as a file; a name far from every command is a missing file', async () => {
    const io = fakeIo({ chek: '# Titre\n\nTexte.\n' });
    expect(await run(['chek'], io)).toBe(0);
    expect(JSON.parse(io.out).title).toBe('Titre');
    const missing = fakeIo({});
    expect(await run(['rapport'], missing)).toBe(2);
    expect(missing.err).toBe('extract: rapport: no such file\n');
  });
});
