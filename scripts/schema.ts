/** Writes scenarios/scenario.schema.json from the Zod schema: `npm run schema`. */
import { writeFileSync } from 'node:fs';
import { scenarioJsonSchema } from '../src/build/json-schema';

writeFileSync('scenarios/scenario.schema.json', `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`);
console.log('wrote scenarios/scenario.schema.json');
