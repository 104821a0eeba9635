import type { Analyser } from '../engine';

/** How often a lazily loaded chunk is asked for, and how long to wait before each new try. */
export interface RetryOptions {
  /** Tries in all, the first included. */
  attempts?: number;
  /** The pause before the second try; each later pause is three times longer. */
  firstDelayMs?: number;
  /** Waits so many milliseconds (tests pass one that does not wait). */
  wait?: (ms: number) => Promise<void>;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Loads a part of the game fetched on demand (a dynamic import), trying again
 * after a short pause when it fails: on a flaky network a chunk's request is
 * sometimes lost. Browsers that follow the HTML standard since 2024 fetch a
 * failed module again when it is imported again (older ones keep the failure
 * until the page is reloaded). Rejects with the last error once every try failed.
 */
export async function loadChunk<T>(load: () => Promise<T>, options: RetryOptions = {}): Promise<T> {
  const { attempts = 3, firstDelayMs = 400, wait = sleep } = options;
  let delay = firstDelayMs;
  for (let attempt = 1; ; attempt++) {
    try {
      return await load();
    } catch (err) {
      if (attempt >= attempts) throw err;
      await wait(delay);
      delay *= 3;
    }
  }
}

/** The game's one analyser, once made; the load under way, while there is one. Kept here, in the game, not in the engine. */
let loaded: Analyser | undefined;
let loading: Promise<Analyser> | undefined;

/**
 * Loads the text analyser (its code and its word lists, one chunk), with
 * retries, and makes the analyser (once: later calls get the same one). Callers at the
 * same time share one load; after a failure the next call starts a new one.
 */
export function loadAnalyser(options: RetryOptions = {}): Promise<Analyser> {
  if (loaded) return Promise.resolve(loaded);
  loading ??= loadChunk(() => import('../engine/text/bundled'), options)
    .then((chunk) => (loaded ??= chunk.bundledAnalyser()))
    .finally(() => (loading = undefined));
  return loading;
}

/** The analyser, when it has been loaded already. */
export function loadedAnalyser(): Analyser | undefined {
  return loaded;
}
