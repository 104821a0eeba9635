/** Checks that the images a scenario names are files on disk, for the command-line checker. */
import { statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ASSETS_PREFIX, inAssets, type Scenario, type ScenarioProblem } from '../engine';
import { formatPath, locatorOf } from '../engine/schema/load';

/** True when `path` is a file (not a folder, not missing). */
const isFile = (path: string): boolean => statSync(path, { throwIfNoEntry: false })?.isFile() ?? false;

/**
 * A problem, at the image's `src`, for each image that is not on disk: a file name is looked for
 * next to the scenario file, an `assets/` path in the project's `assets/` folder (`assetsDir`).
 */
export function missingImages(file: string, text: string, scenario: Scenario, assetsDir = 'assets'): ScenarioProblem[] {
  const problems: ScenarioProblem[] = [];
  let locate: ReturnType<typeof locatorOf> | undefined;
  scenario.steps.forEach((step, s) => {
    step.feed.forEach((post, p) => {
      const src = post.image?.src;
      if (!src) return;
      const onDisk = inAssets(src) ? join(assetsDir, src.slice(ASSETS_PREFIX.length)) : join(dirname(file), src);
      if (isFile(onDisk)) return;
      const path = ['steps', s, 'feed', p, 'image', 'src'];
      locate ??= locatorOf(text);
      problems.push({
        file,
        path: formatPath(path),
        ...locate(path),
        code: 'image-missing',
        values: { src, onDisk },
      });
    });
  });
  return problems;
}
