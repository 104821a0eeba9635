/** Writes scenarios/scenario.schema.json from the Zod schema: `npm run schema`. */
import { writeFileSync } from 'node:fs';
import { scenarioJsonSchema } from '../src/build/json-schema';
import { answerHelp } from '../src/cli/help';

answerHelp(
  process.argv.slice(2),
  `
usage: npm run schema

  Writes scenarios/scenario.schema.json from the scenario schema, so that an
  editor checks a scenario file as it is typed and shows each field's help.
`,
);

writeFileSync('scenarios/scenario.schema.json', `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`);
console.log('wrote scenarios/scenario.schema.json');
