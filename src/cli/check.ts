/**
 * The scenario checker for instructors:
 *
 *   npm run check -- [files or folders…] [--json] [--locale en|fr|it]
 *
 * Checks every scenario file given (every .json of a folder; scenarios/ by
 * default) and prints each problem with its file, line, column, JSON path
 * and a plain sentence from the catalogue. Exits 0 when every file is clean, 1 otherwise.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { checkScenario, LOCALES, MAX_SCENARIO_BYTES, oneScenarioPerId, type CheckResult, type Locale } from '../engine';
import { loadCatalogue, t } from '../i18n';
import { formatProblem, problemMessage, type Problem } from '../i18n/problems';
import { scenarioFiles } from '../library/scenario-folder';
import { missingImages } from '../library/scenario-images';
import { answerHelp } from './help';

const USAGE = `
usage: npm run check -- [files or folders…] [--json] [--locale en|fr|it]

  Checks scenario files as the game and the server do: JSON syntax, the
  schema, the story graph, translations, then design warnings, and that
  each post's image is on disk (next to the file, or in assets/). Each problem
  is printed as file:line:column, its JSON path and a sentence. Folders are
  read for their .json files; scenarios/ when nothing is given.

  --json     one JSON object: { files, problems: [...], warnings: [...] }, each
             problem with its code, values and sentence
  --locale   the language of the sentences: en (the default), fr or it
  exit       0 when every file is clean, 1 when a problem was found, 2 when a
             file cannot be read
`.trim();
answerHelp(process.argv.slice(2), USAGE);

/** The scenario files named, folders expanded to their .json files (JSON Schemas and the generated index left out). */
function filesOf(paths: string[]): string[] {
  return paths.flatMap((p) => {
    if (!existsSync(p)) throw new Error(`no file or folder "${p}"`);
    if (!statSync(p).isDirectory()) return [p];
    return scenarioFiles(p).map((f) => join(p, f));
  });
}

function check(file: string): CheckResult {
  const bytes = statSync(file).size;
  if (bytes > MAX_SCENARIO_BYTES) {
    const values = { mb: Number((bytes / 1e6).toFixed(1)), max: MAX_SCENARIO_BYTES / 1e6 };
    return { file, problems: [{ file, path: '', line: 1, column: 1, code: 'file-too-big', values }] };
  }
  const text = readFileSync(file, 'utf8');
  const result = checkScenario(text, file);
  // The game shows a missing image as its alternative text: the checker says which file to add.
  if (result.scenario) result.problems.push(...missingImages(file, text, result.scenario));
  return result;
}

try {
  const { values, positionals } = parseArgs({
    args: process.argv.slice(2),
    options: { json: { type: 'boolean', default: false }, locale: { type: 'string', default: 'en' } },
    allowPositionals: true,
  });
  const locale = values.locale as Locale;
  if (!LOCALES.includes(locale)) throw new Error(`--locale must be one of ${LOCALES.join(', ')}`);
  await loadCatalogue(locale);
  const worded = (p: Problem) => ({ ...p, message: problemMessage(p, locale) });
  const results = filesOf(positionals.length > 0 ? positionals : ['scenarios']).map(check);
  // Two files with the same id would shadow each other: the same rule as the game and the server.
  const { problems: sameIds } = oneScenarioPerId(
    results.flatMap((r) => (r.scenario ? [{ file: r.file, scenario: r.scenario }] : [])),
  );
  for (const p of sameIds) results.find((r) => r.file === p.file)!.problems.push(p);
  const problems = results.flatMap((r) => r.problems);
  if (values.json) {
    console.log(
      JSON.stringify({
        files: results.length,
        problems: problems.map(worded),
        warnings: results.flatMap((r) => r.warnings ?? []).map(worded),
      }),
    );
  } else {
    for (const p of problems) console.log(formatProblem(p, locale));
    // Warnings are printed but never fail the check: the file plays as it is.
    const warnings = results.flatMap((r) => r.warnings ?? []);
    for (const w of warnings) console.log(t(locale, 'check.warning', { line: formatProblem(w, locale) }));
    const broken = results.filter((r) => r.problems.length > 0).length;
    console.log(t(locale, 'check.summary', { files: results.length, problems: problems.length, broken }));
  }
  process.exitCode = problems.length === 0 ? 0 : 1;
} catch (err) {
  console.error(`check: ${(err as Error).message}\n${USAGE.split('\n')[0]}`);
  process.exitCode = 2;
}
