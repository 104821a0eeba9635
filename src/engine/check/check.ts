import { loadScenario, locatorOf, formatPath, type ScenarioProblem } from '../schema/load';
import type { Scenario } from '../schema/scenario';
import { designProblems, designWarnings, type DesignProblem } from './design';

/** What the checker found in one file. */
export interface CheckResult {
  file: string;
  /** The scenario, when the file is valid (it may still have design problems). */
  scenario?: Scenario;
  problems: ScenarioProblem[];
  /** What the scenario would teach better with, though it plays: choices with no verdict on the lesson. Never makes a file fail. */
  warnings?: ScenarioProblem[];
}

/**
 * The whole check of one scenario file, the same in the command line and in
 * the game: syntax, schema, step graph and translations, then design.
 */
export function checkScenario(text: string, file: string): CheckResult {
  const loaded = loadScenario(text, file);
  if (!loaded.ok) return { file, problems: loaded.problems };
  const design = designProblems(loaded.scenario);
  const unjudged = designWarnings(loaded.scenario);
  if (design.length === 0 && unjudged.length === 0) return { file, scenario: loaded.scenario, problems: [] };
  // One syntax tree for every problem's place: a tree per problem took seconds on a large file.
  const locate = locatorOf(text);
  const placed = (p: DesignProblem): ScenarioProblem => ({
    file,
    path: formatPath(p.path),
    ...locate(p.path),
    code: p.code,
    values: p.values,
  });
  return {
    file,
    scenario: loaded.scenario,
    problems: design.map(placed),
    ...(unjudged.length > 0 ? { warnings: unjudged.map(placed) } : {}),
  };
}
