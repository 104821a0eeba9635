/** Writes scenarios/scenario.schema.json from the Zod schema, and the presets' tables in docs/authoring.md: `npm run schema`. */
import { readFileSync, writeFileSync } from 'node:fs';
import { scenarioJsonSchema } from '../src/build/json-schema';
import { withPresetTables } from '../src/build/preset-docs';
import { answerHelp } from '../src/cli/help';

answerHelp(
  process.argv.slice(2),
  `
usage: npm run schema

  Writes scenarios/scenario.schema.json from the scenario schema, so that an
  editor checks a scenario file as it is typed and shows each field's help,
  and the audience presets' tables in docs/authoring.md from the presets.
`,
);

writeFileSync('scenarios/scenario.schema.json', `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`);
console.log('wrote scenarios/scenario.schema.json');
const doc = 'docs/authoring.md';
writeFileSync(doc, withPresetTables(readFileSync(doc, 'utf8')));
console.log(`wrote the audience presets' tables in ${doc}`);
