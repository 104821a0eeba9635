import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatProblem, loadScenario, type Scenario } from '../engine';

/** The scenarios the server can verify runs of: the library's files, by id. */
export type Library = Map<string, Scenario>;

/** Reads every scenario of a folder; a broken file stops the server with its problems, as a bad deploy should. */
export function loadLibrary(dir: string): Library {
  const library: Library = new Map();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json') && f !== 'index.json')) {
    const result = loadScenario(readFileSync(join(dir, file), 'utf8'), file);
    if (!result.ok) throw new Error(`scenario ${file} is broken:\n${result.problems.map(formatProblem).join('\n')}`);
    library.set(result.scenario.id, result.scenario);
  }
  return library;
}
