/** Reads a folder of scenarios from disk, for the server, the command line and the build. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isScenarioFile, oneScenarioPerId, type FolderEntry } from '../engine/schema/folder';
import { loadScenario, type ScenarioProblem } from '../engine/schema/load';

/** The scenario files of a folder, in name order. */
export function scenarioFiles(dir: string): string[] {
  return readdirSync(dir).filter(isScenarioFile).sort();
}

/** Every scenario of a folder checked: the playable ones, one per id, and the problems of the others. */
export function readScenarioFolder(dir: string): { entries: FolderEntry[]; problems: ScenarioProblem[] } {
  const loaded: FolderEntry[] = [];
  const problems: ScenarioProblem[] = [];
  for (const file of scenarioFiles(dir)) {
    const result = loadScenario(readFileSync(join(dir, file), 'utf8'), file);
    if (result.ok) loaded.push({ file, scenario: result.scenario });
    else problems.push(...result.problems);
  }
  const unique = oneScenarioPerId(loaded);
  return { entries: unique.entries, problems: [...problems, ...unique.problems] };
}
