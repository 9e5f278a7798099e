// Regenerates schema/manifest-gate.schema.json from the rule registry: npm run schema.
import { mkdirSync, writeFileSync } from 'node:fs';
import { configSchema } from '../src/config/schema.js';
import { RULES } from '../src/rules/index.js';

mkdirSync('schema', { recursive: true });
writeFileSync('schema/manifest-gate.schema.json', JSON.stringify(configSchema(RULES), null, 2) + '\n');
console.log('wrote schema/manifest-gate.schema.json');
