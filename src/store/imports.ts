import { createStore, del, entries, set, type UseStore } from 'idb-keyval';
import { MAX_SCENARIO_BYTES } from '../engine';
import { gameChecker, type Checker } from '../import/checker';
import { t, type MessageKey, type MessageValues } from '../i18n';
import type { GameProblem } from '../i18n/problems';
import type { CatalogEntry, GameStore } from './game-store';

/** Where opened scenario files are kept between visits. */
export interface Shelf {
  /** Every file kept, with the scenario id it is kept under. */
  all(): Promise<{ id: string; file: string; text: string }[]>;
  put(id: string, file: string, text: string): Promise<void>;
  remove(id: string): Promise<void>;
}

/** The browser's IndexedDB, through idb-keyval: one record per scenario id. */
export function indexedDbShelf(): Shelf {
  const db: UseStore = createStore('brandstorm', 'imported-scenarios');
  return {
    all: async () => (await entries<string, { file: string; text: string }>(db)).map(([id, v]) => ({ id, ...v })),
    put: (id, file, text) => set(id, { file, text }, db),
    remove: (id) => del(id, db),
  };
}

/** A shelf in memory, for tests and for browsers that refuse storage. */
export function memoryShelf(): Shelf {
  const items = new Map<string, { file: string; text: string }>();
  return {
    all: async () => [...items].map(([id, v]) => ({ id, ...v })),
    put: async (id, file, text) => void items.set(id, { file, text }),
    remove: async (id) => void items.delete(id),
  };
}

/** A file opened and listed as playable, waiting for the scenario list to show it before it is kept. */
interface Unshown {
  file: string;
  text: string;
  shelf: Shelf;
}

/** Per store, the opened files the scenario list has not shown yet, by scenario id. */
const unshown = new WeakMap<GameStore, Map<string, Unshown>>();

const unshownOf = (store: GameStore) => {
  let files = unshown.get(store);
  if (!files) {
    files = new Map();
    unshown.set(store, files);
  }
  return files;
};

/**
 * Checks a scenario file the instructor opened and, when it is valid, makes
 * it playable at once; it is kept on the shelf for next time once the
 * scenario list has shown it (keepShown), so that a file that froze the game
 * is not met again at the next visit. A file with errors is reported and
 * changes nothing; design warnings are reported but do not stop a valid
 * file. Opening a new version of an opened scenario replaces it; a scenario
 * cannot take the id of one shipped with the game.
 */
export async function importScenario(
  store: GameStore,
  text: string,
  file: string,
  shelf?: Shelf,
  check: Checker = gameChecker(),
): Promise<boolean> {
  store.setState({ imports: { status: 'checking', file, problems: [] } });
  const result = await check(text, file);
  const scenario = result.scenario;
  if (!scenario) {
    store.setState({ imports: { status: 'failed', file, problems: result.problems } });
    return false;
  }
  const clash = store.getState().catalog.entries.find((e) => e.scenario.id === scenario.id && !e.imported);
  if (clash) {
    const problem = {
      file,
      path: 'id',
      line: 1,
      column: 1,
      key: 'import.idClash' as const,
      values: { id: scenario.id, file: clash.file },
    };
    store.setState({ imports: { status: 'failed', file, problems: [problem] } });
    return false;
  }
  const entry: CatalogEntry = { file, scenario, imported: true };
  if (shelf) unshownOf(store).set(scenario.id, { file, text, shelf });
  store.setState((s) => ({
    catalog: { ...s.catalog, entries: [...s.catalog.entries.filter((e) => e.scenario.id !== scenario.id), entry] },
    imports: { status: 'ready', file, scenarioId: scenario.id, problems: result.problems },
  }));
  return true;
}

/**
 * Keeps on the shelf the opened files among `shown`, the scenario ids the
 * list has just drawn: drawn without freezing, they are safe to meet again.
 */
export async function keepShown(store: GameStore, shown: readonly string[]): Promise<void> {
  const files = unshownOf(store);
  for (const id of shown) {
    const waiting = files.get(id);
    if (!waiting) continue;
    files.delete(id);
    try {
      await waiting.shelf.put(id, waiting.file, waiting.text);
    } catch {
      // Storage can be full or refused (private browsing): the scenario is still playable now.
    }
  }
}

/**
 * Puts the scenarios kept on the shelf back into the catalog. One that no
 * longer passes the checker (a stricter game, or a check past its time
 * limit) is taken off the shelf: it could never be played again, and it
 * would be checked again at every visit.
 */
export async function restoreImported(store: GameStore, shelf: Shelf, check: Checker = gameChecker()): Promise<void> {
  let kept: { id: string; file: string; text: string }[];
  try {
    kept = await shelf.all();
  } catch {
    return;
  }
  for (const { id, file, text } of kept) {
    const scenario = (await check(text, file)).scenario;
    if (!scenario) {
      await shelf.remove(id).catch(() => undefined);
      continue;
    }
    if (store.getState().catalog.entries.some((e) => e.scenario.id === scenario.id)) continue;
    store.setState((s) => ({
      catalog: { ...s.catalog, entries: [...s.catalog.entries, { file, scenario, imported: true }] },
    }));
  }
}

/** Forgets an opened scenario: off the list and off the shelf, and says so on the list. */
export async function removeImported(store: GameStore, id: string, shelf?: Shelf): Promise<void> {
  const entry = store.getState().catalog.entries.find((e) => e.imported && e.scenario.id === id);
  unshownOf(store).delete(id);
  store.setState((s) => ({
    catalog: { ...s.catalog, entries: s.catalog.entries.filter((e) => e !== entry) },
    ...(entry
      ? {
          imports: {
            status: 'removed' as const,
            file: entry.file,
            scenarioId: id,
            title: entry.scenario.title,
            problems: [],
          },
        }
      : {}),
  }));
  await shelf?.remove(id).catch(() => undefined);
}

type Fetch = (
  url: string,
  init?: { signal?: AbortSignal },
) => Promise<{ ok: boolean; status: number; text(): Promise<string> }>;

/** Loads a scenario from a link (`?scenario=<url>`), with a time limit and the same checks as a file. */
export async function importFromUrl(
  store: GameStore,
  url: string,
  fetchText: Fetch,
  shelf?: Shelf,
  timeoutMs = 15_000,
  check: Checker = gameChecker(),
): Promise<boolean> {
  const says = (key: MessageKey, values?: MessageValues) => t(store.getState().locale, key, values);
  const fail = (key: MessageKey, values: GameProblem['values'] = {}) => {
    store.setState({
      imports: { status: 'failed', file: url, problems: [{ file: url, path: '', line: 1, column: 1, key, values }] },
    });
    return false;
  };
  let parsed: URL;
  try {
    parsed = new URL(url, typeof location !== 'undefined' ? location.href : 'http://localhost/');
  } catch {
    return fail('import.badLink');
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return fail('import.httpOnly');
  store.setState({ imports: { status: 'checking', file: url, problems: [] } });
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const res = await fetchText(parsed.href, { signal: controller.signal });
    if (!res.ok) return fail('import.linkAnswered', { status: res.status });
    const text = await res.text();
    if (text.length > MAX_SCENARIO_BYTES)
      return fail('import.linkTooBig', { mb: (text.length / 1e6).toFixed(1), max: MAX_SCENARIO_BYTES / 1e6 });
    const name = decodeURIComponent(parsed.pathname.split('/').pop() || parsed.hostname);
    return await importScenario(store, text, name, shelf, check);
  } catch (err) {
    if (controller.signal.aborted) return fail('import.linkSlow', { seconds: timeoutMs / 1000 });
    // fetch throws a TypeError, and tells no more, when the host refuses cross-origin reads or cannot be reached.
    if (err instanceof TypeError) return fail('import.linkBlocked', { host: parsed.host, openFile: says('openFile') });
    return fail('import.linkFailed', { error: (err as Error).message });
  } finally {
    clearTimeout(timer);
  }
}
