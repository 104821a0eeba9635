import { watch } from 'node:fs';
import type { Scenario } from '../engine';
import { formatProblem } from '../i18n/problems';
import { readScenarioFolder } from '../library/scenario-folder';

/** The scenarios the server can verify runs of: the library's files, by id. */
export type Library = Map<string, Scenario>;

/** Reads every scenario of a folder; a broken file, or two files with one id, stops the server with the problems, as a bad deploy should. */
export function loadLibrary(dir: string): Library {
  const { entries, problems } = readScenarioFolder(dir);
  if (problems.length > 0)
    throw new Error(`the scenarios in ${dir} have problems:\n${problems.map((p) => formatProblem(p)).join('\n')}`);
  return new Map(entries.map((e) => [e.scenario.id, e.scenario]));
}

/** Edits come as bursts of file events (an editor writes, renames, touches): one reload after the burst. */
const SETTLE_MS = 250;

/**
 * Keeps `library` in step with its folder while the server runs, so that an
 * instructor who adds or edits a scenario file sees it without a rebuild or a
 * restart, and is told so. While any file has a problem the previous library
 * stays in use (a half-saved file must not take a scenario away from a class),
 * and the problems are said, placed in their files.
 */
export function watchLibrary(dir: string, library: Library, say: (message: string) => void): { close(): void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const reload = () => {
    let read: ReturnType<typeof readScenarioFolder>;
    try {
      read = readScenarioFolder(dir);
    } catch (err) {
      return say(`${dir} cannot be read (${(err as Error).message}): the scenarios already loaded stay in use`);
    }
    if (read.problems.length > 0) {
      return say(
        `${dir} has problems; the scenarios already loaded stay in use until they are fixed:\n${read.problems.map((p) => formatProblem(p)).join('\n')}`,
      );
    }
    const before = new Map([...library].map(([id, s]) => [id, JSON.stringify(s)]));
    const added = read.entries.filter((e) => !before.has(e.scenario.id)).map((e) => e.scenario.id);
    const changed = read.entries
      .filter((e) => before.has(e.scenario.id) && before.get(e.scenario.id) !== JSON.stringify(e.scenario))
      .map((e) => `${e.scenario.id} (version ${e.scenario.version})`);
    const removed = [...before.keys()].filter((id) => !read.entries.some((e) => e.scenario.id === id));
    library.clear();
    for (const e of read.entries) library.set(e.scenario.id, e.scenario);
    const news = [
      added.length ? `added ${added.join(', ')}` : '',
      changed.length ? `reloaded ${changed.join(', ')}` : '',
      removed.length ? `removed ${removed.join(', ')}` : '',
    ].filter(Boolean);
    if (news.length === 0) return;
    say(
      `${dir}: ${news.join('; ')}; ${library.size} scenarios in the library (players see the change when they reload the page)`,
    );
  };
  const watcher = watch(dir, (_event, file) => {
    if (file && !String(file).endsWith('.json')) return;
    clearTimeout(timer);
    timer = setTimeout(reload, SETTLE_MS);
  });
  return {
    close() {
      clearTimeout(timer);
      watcher.close();
    },
  };
}
