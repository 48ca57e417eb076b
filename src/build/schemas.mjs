// Build step after tsc: writes the JSON Schemas the package publishes, so that
// consumers validate without TypeBox or ajv at run time:
//   dist/article.schema.json   the output (open: accepts fields added later)
//   dist/extractrc.schema.json the configuration of `extract check`
import { writeFileSync } from 'node:fs';
import { articleJsonSchema } from '../../dist/schema.js';
import { configSchema } from '../../dist/check/config.js';

const write = (name, schema) => writeFileSync(new URL(`../../dist/${name}`, import.meta.url), `${JSON.stringify(schema, null, 2)}\n`);
write('article.schema.json', articleJsonSchema({ open: true }));
write('extractrc.schema.json', configSchema());
