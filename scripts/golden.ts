/**
 * npm run golden: records the whole outcome of every golden run of every
 * library scenario (tests/golden/outcomes/), after a change of the model has
 * been reviewed. Prints, per scenario, how many runs changed and how the
 * scores moved, so that the change can be judged before it is committed.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { createAnalyser, loadScenario } from '../src/engine';
import { formatProblem } from '../src/i18n/problems';
import { LANGUAGE_DATA } from '../src/engine/text/data/index';
import { goldenCases, goldenLine } from '../tests/golden/cases';
import { answerHelp } from '../src/cli/help';
import { GOLDEN_DIR, goldenPath, libraryFiles, readGolden } from '../tests/golden/files';

answerHelp(
  process.argv.slice(2),
  `
usage: npm run golden

  Re-records the golden master (tests/golden/outcomes/): the whole outcome of
  every path of every library scenario and of written replies at every
  free-text step. Prints how many runs and scores moved, per scenario. Run it
  after a reviewed change of the model, and commit the files with the change.
`,
);
const analyser = createAnalyser(LANGUAGE_DATA);
mkdirSync(GOLDEN_DIR, { recursive: true });
for (const file of libraryFiles()) {
  const loaded = loadScenario(readFileSync(`scenarios/${file}`, 'utf8'), file);
  if (!loaded.ok) throw new Error(loaded.problems.map((p) => formatProblem(p)).join('\n'));
  const scenario = loaded.scenario;
  const lines = goldenCases(scenario, analyser).map((c) => goldenLine(scenario, c, analyser));
  const before = readGolden(scenario.id);
  const changed = before
    ? lines.filter((l, i) => l !== before[i]).length + Math.max(0, before.length - lines.length)
    : lines.length;
  const score = (l: string) => (JSON.parse(l) as { outcome: { score: { total: number } } }).outcome.score.total;
  const moved = before ? lines.filter((l, i) => before[i] !== undefined && score(l) !== score(before[i]!)).length : 0;
  if (changed > 0) writeFileSync(goldenPath(scenario.id), gzipSync(lines.join('\n'), { level: 9 }));
  console.log(
    `${scenario.id}: ${lines.length} runs, ${changed} changed${before ? `, ${moved} with another score` : ' (new)'}`,
  );
}
