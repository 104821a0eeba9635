import { checkScenario, type CheckResult, type ScenarioProblem } from '../engine';
import type { CheckRequest } from './check.worker';

/** Checks a scenario file's text; in the game, off the main thread and within a time limit. */
export type Checker = (text: string, file: string) => Promise<CheckResult>;

/**
 * How long a check may take before the file is refused. The library's largest
 * scenario checks in about a second on a slow machine; a file made to be slow
 * is stopped here instead of holding the instructor's game.
 */
export const CHECK_TIME_LIMIT_MS = 5000;

/** The part of a Web Worker the checker uses, so that a test can stand in for one. */
export interface CheckWorker {
  onmessage: ((e: MessageEvent<CheckResult>) => void) | null;
  onerror: ((e: ErrorEvent) => void) | null;
  postMessage(message: CheckRequest): void;
  terminate(): void;
}

/** Checks on this thread: for the command line, the tests, and pages that cannot start a worker. */
export const checkHere: Checker = async (text, file) => checkScenario(text, file);

/** One problem that refuses the whole file. */
const refused = (file: string, problem: Pick<ScenarioProblem, 'code' | 'values'>): CheckResult => ({
  file,
  problems: [{ file, path: '', line: 1, column: 1, ...problem }],
});

/**
 * Checks each file in a worker of its own, stopped after `limitMs`: the file
 * is then refused as too slow to check. A worker that fails refuses the file
 * with what went wrong.
 */
export function checkInWorker(limitMs = CHECK_TIME_LIMIT_MS, start: () => CheckWorker = startCheckWorker): Checker {
  return (text, file) =>
    new Promise<CheckResult>((resolve) => {
      let worker: CheckWorker;
      try {
        worker = start();
      } catch {
        // A page that may not start workers (a strict content policy) checks here: the checker's own limits keep it finite.
        return resolve(checkScenario(text, file));
      }
      const done = (result: CheckResult) => {
        clearTimeout(timer);
        worker.terminate();
        resolve(result);
      };
      const timer = setTimeout(
        () => done(refused(file, { code: 'too-slow', values: { file, seconds: limitMs / 1000 } })),
        limitMs,
      );
      worker.onmessage = (e) => done(e.data);
      worker.onerror = (e) => {
        e.preventDefault();
        done(
          refused(file, {
            code: 'checker-stopped',
            values: { error: e.message },
          }),
        );
      };
      worker.postMessage({ text, file });
    });
}

/** A new worker running check.worker.ts (Vite bundles it from this very expression). */
function startCheckWorker(): CheckWorker {
  return new Worker(new URL('./check.worker.ts', import.meta.url), { type: 'module' }) as CheckWorker;
}

/** The game's checker: in a worker where the page can start one, on this thread where it cannot (Node, for tests). */
export function gameChecker(): Checker {
  return typeof Worker === 'undefined' ? checkHere : checkInWorker();
}
