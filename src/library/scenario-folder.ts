/** Reads a folder of scenarios from disk, for the server, the command line and the build. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isScenarioFile, oneScenarioPerId, type FolderEntry } from '../engine/schema/folder';
import { imageSrcProblem } from '../engine/schema/image';
import { loadScenario, type ScenarioProblem } from '../engine/schema/load';

/** The scenario files of a folder, in name order. */
export function scenarioFiles(dir: string): string[] {
  return readdirSync(dir).filter(isScenarioFile).sort();
}

/**
 * The image files of a folder that its scenarios' posts may name (a png, jpg, jpeg, webp or gif
 * file, by the same rule as the schema), in name order: the build and the server serve these
 * beside the scenario files, and nothing else of the folder.
 */
export function scenarioImages(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((f) => f.isFile() && imageSrcProblem(f.name) === undefined)
    .map((f) => f.name)
    .sort();
}

/** The type a browser is told for an image file, by its extension. */
export function imageType(file: string): string {
  const extension = file.slice(file.lastIndexOf('.') + 1).toLowerCase();
  return `image/${extension === 'jpg' ? 'jpeg' : extension}`;
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
