import { createRequire } from 'node:module';

// package.json sits two folders up from both src/cli and dist/cli
const pkg = createRequire(import.meta.url)('../../package.json') as { version: string };

/** The version of the installed package. */
export const VERSION: string = pkg.version;
