/**
 * The rules of a folder of scenarios, wherever it is read (the server's library, the checker,
 * the simulator, the game's catalog): which files are scenarios, and one scenario per id.
 */
import type { ScenarioProblem } from './load';
import type { Scenario } from './scenario';

/** True for a scenario file's name: a .json file that is not a JSON Schema or the generated list of files. */
export const isScenarioFile = (name: string): boolean =>
  name.endsWith('.json') && !name.endsWith('.schema.json') && name !== 'index.json';

/** A scenario and the file it came from. */
export interface FolderEntry {
  file: string;
  scenario: Scenario;
}

/**
 * One scenario per id: the first file in name order keeps it, every later file with the same
 * id is left out and reported, so that no file silently shadows another.
 */
export function oneScenarioPerId<E extends FolderEntry>(
  entries: readonly E[],
): { entries: E[]; problems: ScenarioProblem[] } {
  const byId = new Map<string, E>();
  const problems: ScenarioProblem[] = [];
  for (const e of [...entries].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))) {
    const first = byId.get(e.scenario.id);
    if (first)
      problems.push({
        file: e.file,
        path: 'id',
        line: 1,
        column: 1,
        code: 'duplicate-id',
        values: { other: first.file, id: e.scenario.id },
      });
    else byId.set(e.scenario.id, e);
  }
  return { entries: entries.filter((e) => byId.get(e.scenario.id) === e), problems };
}
