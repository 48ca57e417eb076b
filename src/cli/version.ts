import { createRequire } from 'node:module';

// package.json sits two folders up from both src/cli and dist/cli
const pkg = createRequire(import.meta.url)('../../package.json') as { name: string; version: string };

/** The version of the installed package. */
export const VERSION: string = pkg.version;

/** The tool that wrote a record: `extractor` in every JSON record of the CLI. */
export const EXTRACTOR: { readonly name: string; readonly version: string } = { name: pkg.name, version: pkg.version };
