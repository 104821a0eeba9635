import { formatProblem, type Scenario } from '../engine';
import { readScenarioFolder } from '../library/scenario-folder';

/** The scenarios the server can verify runs of: the library's files, by id. */
export type Library = Map<string, Scenario>;

/** Reads every scenario of a folder; a broken file, or two files with one id, stops the server with the problems, as a bad deploy should. */
export function loadLibrary(dir: string): Library {
  const { entries, problems } = readScenarioFolder(dir);
  if (problems.length > 0) throw new Error(`the scenarios in ${dir} have problems:\n${problems.map(formatProblem).join('\n')}`);
  return new Map(entries.map((e) => [e.scenario.id, e.scenario]));
}
