import { DEBRIEF, formatProblem, loadScenario, play, type Locale, type PlayOptions, type Scenario, type ScenarioProblem, type Step } from '../engine';
import type { CatalogEntry, GameStore } from './game-store';

/** Where a case whose sources give no year sorts among those of its difficulty: after the dated ones. */
const UNDATED = Number.MAX_SAFE_INTEGER;

type Fetch = (url: string) => Promise<{ ok: boolean; status: number; text(): Promise<string> }>;

/**
 * Fetches every scenario file listed in `scenarios/index.json` and checks it.
 * A broken file becomes a problem on the list; the others stay playable.
 */
export async function loadCatalog(store: GameStore, fetchText: Fetch, base = 'scenarios/'): Promise<void> {
  store.setState({ catalog: { status: 'loading', loaded: 0, total: 0, entries: [], problems: [] } });
  let files: string[];
  try {
    const res = await fetchText(`${base}index.json`);
    if (!res.ok) throw new Error(`the scenario list answered ${res.status}`);
    const list: unknown = JSON.parse(await res.text());
    if (!Array.isArray(list) || !list.every((f) => typeof f === 'string')) throw new Error('the scenario list is not a list of file names');
    files = list;
  } catch (err) {
    store.setState((s) => ({ catalog: { ...s.catalog, status: 'failed', error: `Could not load the scenario list: ${(err as Error).message}` } }));
    return;
  }
  store.setState((s) => ({ catalog: { ...s.catalog, total: files.length } }));
  const entries: CatalogEntry[] = [];
  const problems: ScenarioProblem[] = [];
  await Promise.all(
    files.map(async (file) => {
      try {
        const res = await fetchText(`${base}${encodeURIComponent(file)}`);
        if (!res.ok) throw new Error(`the server answered ${res.status}`);
        const result = loadScenario(await res.text(), file);
        if (result.ok) entries.push({ file, scenario: result.scenario });
        else problems.push(...result.problems);
      } catch (err) {
        problems.push({ file, path: '', line: 1, column: 1, message: `could not be fetched: ${(err as Error).message}` });
      }
      store.setState((s) => ({ catalog: { ...s.catalog, loaded: s.catalog.loaded + 1 } }));
    }),
  );
  for (const [id, dupes] of groupBy(entries, (e) => e.scenario.id)) {
    for (const e of dupes.slice(1)) {
      problems.push({ file: e.file, path: 'id', line: 1, column: 1, message: `another file (${dupes[0]!.file}) already uses the id "${id}"` });
      entries.splice(entries.indexOf(e), 1);
    }
  }
  entries.sort((a, b) => a.scenario.difficulty - b.scenario.difficulty || (a.scenario.year ?? UNDATED) - (b.scenario.year ?? UNDATED) || a.scenario.id.localeCompare(b.scenario.id));
  problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  store.setState((s) => ({ catalog: { ...s.catalog, status: 'ready', entries, problems } }));
}

function groupBy<T>(items: T[], key: (t: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) map.set(key(item), [...(map.get(key(item)) ?? []), item]);
  return map;
}

/** The problems as printable lines. */
export const problemLines = (problems: ScenarioProblem[]) => problems.map(formatProblem);

/** The scenarios playable in a language. */
export function playable(store: GameStore, locale: Locale): CatalogEntry[] {
  return store.getState().catalog.entries.filter((e) => e.scenario.locales.includes(locale));
}

export function setLocale(store: GameStore, locale: Locale): void {
  store.setState({ locale });
}

/** The scenario of the current run. */
export function currentScenario(store: GameStore): Scenario {
  const run = store.getState().run;
  const entry = store.getState().catalog.entries.find((e) => e.scenario.id === run?.scenarioId);
  if (!entry) throw new Error('no scenario is being played');
  return entry.scenario;
}

/** The step to decide now. */
export function currentStep(store: GameStore): Step {
  const run = store.getState().run!;
  const step = currentScenario(store).steps.find((s) => s.id === run.stepId);
  if (!step) throw new Error(`the run is at "${run.stepId}", which is not a step`);
  return step;
}

/** Starts a run of a scenario with a fresh texture seed. */
export function startRun(store: GameStore, scenarioId: string, seed: number, opts: { alwaysTimed?: boolean } = {}): void {
  const entry = store.getState().catalog.entries.find((e) => e.scenario.id === scenarioId);
  if (!entry) throw new Error(`no scenario "${scenarioId}"`);
  // With the timers off, a scenario that has them is practice: its runs are not ranked.
  const practice = !opts.alwaysTimed && !store.getState().settings.timers && entry.scenario.steps.some((s) => s.timer);
  store.setState({ run: { scenarioId, seed, stepId: entry.scenario.start, decisions: [], outcome: null, ...(practice ? { practice: true as const } : {}) } });
}

/** The game shows a storm of replies; the server and the tools keep the engine's default. */
export const GAME_PLAY_OPTIONS: PlayOptions = { visibleReplies: 400 };

/** Records a decision and plays the run so far through the engine. */
export function choose(store: GameStore, choiceId: string): void {
  const run = store.getState().run;
  if (!run || run.stepId === DEBRIEF) throw new Error('there is no decision to make');
  const scenario = currentScenario(store);
  const step = currentStep(store);
  const choice = step.choices.find((c) => c.id === choiceId);
  if (!choice) throw new Error(`step "${step.id}" has no choice "${choiceId}"`);
  const decisions = [...run.decisions, { step: step.id, choice: choiceId }];
  const outcome = play(scenario, { scenarioId: scenario.id, scenarioVersion: scenario.version, decisions }, run.seed, GAME_PLAY_OPTIONS);
  store.setState({ run: { ...run, decisions, stepId: choice.next, outcome } });
}

/** The step's timer ran out: records its timer choice as a decision the clock made, and plays the run so far. */
export function runOutOfTime(store: GameStore): void {
  const run = store.getState().run;
  if (!run || run.stepId === DEBRIEF) throw new Error('there is no decision to make');
  const scenario = currentScenario(store);
  const step = currentStep(store);
  if (!step.timer) throw new Error(`step "${step.id}" has no timer`);
  const decisions = [...run.decisions, { step: step.id, choice: step.timer.choice, timedOut: true as const }];
  const outcome = play(scenario, { scenarioId: scenario.id, scenarioVersion: scenario.version, decisions }, run.seed, GAME_PLAY_OPTIONS);
  store.setState({ run: { ...run, decisions, stepId: outcome.steps.at(-1)!.next, outcome } });
}

/**
 * Records a reply the trainee wrote and plays the run so far. Throws a
 * PlayError with a clear message for an empty or too long reply, or at a
 * step that offers no free text; the run is then left as it was.
 */
export function write(store: GameStore, text: string): void {
  const run = store.getState().run;
  if (!run || run.stepId === DEBRIEF) throw new Error('there is no decision to make');
  const scenario = currentScenario(store);
  const step = currentStep(store);
  const decisions = [...run.decisions, { step: step.id, text, locale: store.getState().locale }];
  const outcome = play(scenario, { scenarioId: scenario.id, scenarioVersion: scenario.version, decisions }, run.seed, GAME_PLAY_OPTIONS);
  // A written reply's next step depends on what it carries (the step's branches).
  store.setState({ run: { ...run, decisions, stepId: outcome.steps.at(-1)!.next, outcome } });
}

/** A new seed for a run's texture, from the browser's random source. */
export function freshSeed(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0]!;
}
