import {
  answerThread,
  DEBRIEF,
  decide,
  dueAt,
  openThread,
  type ThreadAnswerDecision,
  type Thread,
  type StepOutcome,
  type Analyser,
  loadScenario,
  oneScenarioPerId,
  play,
  startRun as beginRun,
  threadTimeOut,
  timeOut,
  transcriptOf,
  type Decided,
  type Decision,
  type Locale,
  type PlayOptions,
  type RunState,
  type Scenario,
  type Step,
} from '../engine';
import { loadAnalyser, type RetryOptions } from '../shell/load-chunk';
import type { CatalogEntry, GameStore } from './game-store';
import { t, type MessageKey, type MessageValues } from '../i18n';
import type { Figures } from '../i18n/step-text';
import { figuresAt } from './figures';
import { problemLine, type Problem } from '../i18n/problems';
import { refusalText } from '../i18n/refusals';

/** Where a case whose sources give no year sorts among those of its difficulty: after the dated ones. */
const UNDATED = Number.MAX_SAFE_INTEGER;

type Fetch = (url: string) => Promise<{ ok: boolean; status: number; text(): Promise<string> }>;

/**
 * Fetches every scenario file listed in `scenarios/index.json` and checks it.
 * A broken file becomes a problem on the list; the others stay playable.
 */
export async function loadCatalog(store: GameStore, fetchText: Fetch, base = 'scenarios/'): Promise<void> {
  store.setState({ catalog: { status: 'loading', loaded: 0, total: 0, entries: [], problems: [] } });
  const says = (key: MessageKey, values?: MessageValues) => t(store.getState().locale, key, values);
  let files: string[];
  try {
    const res = await fetchText(`${base}index.json`);
    if (!res.ok) throw new Error(says('load.listAnswered', { status: res.status }));
    const list: unknown = JSON.parse(await res.text());
    if (!Array.isArray(list) || !list.every((f) => typeof f === 'string')) throw new Error(says('load.notAList'));
    files = list;
  } catch (err) {
    store.setState((s) => ({
      catalog: { ...s.catalog, status: 'failed', error: says('load.listFailed', { error: (err as Error).message }) },
    }));
    return;
  }
  store.setState((s) => ({ catalog: { ...s.catalog, total: files.length } }));
  const entries: CatalogEntry[] = [];
  const problems: Problem[] = [];
  await Promise.all(
    files.map(async (file) => {
      try {
        const res = await fetchText(`${base}${encodeURIComponent(file)}`);
        // The server's refusal (a file gone from the folder since the list was read), in the player's language.
        if (!res.ok) throw new Error(refusalText(store.getState().locale, jsonOrNull(await res.text()), res.status));
        const result = loadScenario(await res.text(), file);
        if (result.ok) entries.push({ file, scenario: result.scenario });
        else problems.push(...result.problems);
      } catch (err) {
        problems.push({
          file,
          path: '',
          line: 1,
          column: 1,
          key: 'load.notFetched',
          values: { error: (err as Error).message },
        });
      }
      store.setState((s) => ({ catalog: { ...s.catalog, loaded: s.catalog.loaded + 1 } }));
    }),
  );
  // One scenario per id, the first file in name order keeping it: the rule of the server and the checker.
  const unique = oneScenarioPerId(entries);
  entries.splice(0, entries.length, ...unique.entries);
  problems.push(...unique.problems);
  entries.sort(
    (a, b) =>
      a.scenario.difficulty - b.scenario.difficulty ||
      (a.scenario.year ?? UNDATED) - (b.scenario.year ?? UNDATED) ||
      a.scenario.id.localeCompare(b.scenario.id),
  );
  problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  store.setState((s) => ({ catalog: { ...s.catalog, status: 'ready', entries, problems } }));
}

/** The problems as printable lines. */
export const problemLines = (problems: Problem[], locale: Locale) => problems.map((p) => problemLine(p, locale));

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
export function startRun(
  store: GameStore,
  scenarioId: string,
  seed: number,
  opts: { alwaysTimed?: boolean } = {},
): void {
  const entry = store.getState().catalog.entries.find((e) => e.scenario.id === scenarioId);
  if (!entry) throw new Error(`no scenario "${scenarioId}"`);
  // With the timers off, a scenario that has them (a step's, or a thread's clock) is practice: its runs are not ranked.
  const timed = entry.scenario.steps.some((s) => s.timer || s.thread);
  const practice = !opts.alwaysTimed && !store.getState().settings.timers && timed;
  store.setState({
    run: { ...beginRun(entry.scenario), seed, outcome: null, ...(practice ? { practice: true as const } : {}) },
  });
}

/** The game shows a storm of replies; the server and the tools keep the engine's default. */
export const GAME_PLAY_OPTIONS: PlayOptions = { visibleReplies: 400 };

/** How the game plays a run: its storm of replies, and the store's analyser for the written ones. */
export function gamePlayOptions(store: GameStore): PlayOptions {
  const analyser = store.getState().analyser;
  return analyser ? { ...GAME_PLAY_OPTIONS, analyser } : GAME_PLAY_OPTIONS;
}

/** The store's text analyser, or undefined while its word lists are loading (written replies are then refused: `text-not-ready`). */
export function analyserOf(store: GameStore): Analyser | undefined {
  return store.getState().analyser ?? undefined;
}

/**
 * Loads the text analyser's word lists (a chunk of their own, tried again if
 * the request is lost) and keeps the analyser in the store.
 */
export async function loadTextAnalyser(store: GameStore, options: RetryOptions = {}): Promise<Analyser> {
  const analyser = await loadAnalyser(options);
  if (store.getState().analyser !== analyser) store.setState({ analyser });
  return analyser;
}

/**
 * Takes a decision through the engine's run and plays the run so far. A
 * decision the run cannot take throws the engine's PlayError, with its code
 * and values (`playRefusalText` words them), and the run is left as it was.
 */
function take(store: GameStore, decision: (scenario: Scenario, run: RunState) => Decided): void {
  const run = store.getState().run;
  if (!run || run.stepId === DEBRIEF) throw new Error('there is no decision to make');
  const scenario = currentScenario(store);
  const next = decision(scenario, run);
  if (!next.ok) throw next.error;
  const outcome = play(scenario, transcriptOf(scenario, next.run.decisions), run.seed, gamePlayOptions(store));
  store.setState({ run: { ...run, decisions: next.run.decisions, stepId: next.run.stepId, outcome } });
}

/** Records a choice picked at the current step and plays the run so far. */
export function choose(store: GameStore, choiceId: string): void {
  take(store, (scenario, run) => decide(scenario, run, { step: run.stepId, choice: choiceId }));
}

/** Takes again a decision made earlier (a class run picked up where it was), exactly as it was made: the clock's, or a reply in the language it was written in. */
export function retake(store: GameStore, decision: Decision): void {
  take(store, (scenario, run) => decide(scenario, run, decision, analyserOf(store)));
}

/** The step's timer ran out: records its timer choice as a decision the clock made, and plays the run so far. */
export function runOutOfTime(store: GameStore): void {
  take(store, timeOut);
}

/** Records a reply the trainee wrote (empty, too long or at a step without free text: a PlayError) and plays the run so far. */
export function write(store: GameStore, text: string): void {
  const key = draftKey(store);
  const locale = store.getState().locale;
  take(store, (scenario, run) => decide(scenario, run, { step: run.stepId, text, locale }, analyserOf(store)));
  // Posted: the draft of that decision is done with (the run has moved on to the next step).
  store.setState((s) => {
    const { [key]: _posted, ...rest } = s.drafts;
    return { drafts: rest };
  });
}

/** The thread the last post opened, still to answer (with the step's post), or null. */
export function pendingThread(store: GameStore): { step: Step; thread: Thread; outcome: StepOutcome } | null {
  const run = store.getState().run;
  if (!run?.outcome || run.replay) return null;
  const step = openThread(currentScenario(store), run);
  const outcome = run.outcome.steps.at(-1);
  return step?.thread && outcome ? { step, thread: step.thread, outcome } : null;
}

/** Records the answers given in the open thread (none: an empty list) and plays the run again with them. */
export function answer(store: GameStore, answers: ThreadAnswerDecision[]): void {
  settleThread(store, (scenario, run) => answerThread(scenario, run, answers, analyserOf(store)));
}

/** Closes the open thread as `close` says and plays the run again with its answers. */
function settleThread(store: GameStore, close: (scenario: Scenario, run: RunState) => Decided): void {
  const run = store.getState().run;
  if (!run) throw new Error('there is no run');
  const scenario = currentScenario(store);
  const next = close(scenario, run);
  if (!next.ok) throw next.error;
  const outcome = play(scenario, transcriptOf(scenario, next.run.decisions), run.seed, gamePlayOptions(store));
  store.setState({ run: { ...run, decisions: next.run.decisions, stepId: next.run.stepId, outcome } });
}

/** Real seconds a thread's clock gives each reply that asks for an answer, with the timers on. */
export const THREAD_SECONDS_PER_ASKER = 30;

/** The real seconds the open thread's clock runs, or null when it runs none (practice: the timers are off). */
export function threadSeconds(store: GameStore): number | null {
  const open = pendingThread(store);
  if (!open || store.getState().run?.practice) return null;
  return THREAD_SECONDS_PER_ASKER * open.thread.askers.length;
}

/**
 * The thread's clock ran out: records the answers given before it did, and the replies not reached
 * (after the first `settled`, answered or left) as left by the clock, then plays the run again.
 */
export function runOutOfThreadTime(store: GameStore, given: ThreadAnswerDecision[], settled: number): void {
  settleThread(store, (scenario, run) => threadTimeOut(scenario, run, given, settled, analyserOf(store)));
}

/** Simulated hours a reaction may run before the 72 the audience is followed for. */
export const REACTION_MINUTES = 72 * 60;

/**
 * The minute the last post's reaction plays until: when the next decision is due (the run as
 * played says when), or 72 hours after the post when the scenario ends with it.
 */
export function reactionUntil(store: GameStore): number {
  const run = store.getState().run!;
  const last = run.outcome!.steps.at(-1)!;
  const next = run.stepId === DEBRIEF ? undefined : currentScenario(store).steps.find((s) => s.id === run.stepId);
  const until = next ? dueAt(next, last.postedAt) : last.postedAt + REACTION_MINUTES;
  // A step timed before the post (an old file's fixed "at") still shows a moment of reaction.
  return Math.min(last.postedAt + REACTION_MINUTES, Math.max(last.postedAt + 15, until));
}

/**
 * The last post's counts as they stand when the current decision is due (what the reaction showed
 * when it stopped), for a step's text that quotes them; null before the first post.
 */
export function figuresBefore(store: GameStore): Figures | null {
  const run = store.getState().run;
  const last = run?.outcome?.steps.at(-1);
  if (!run?.outcome || !last || run.stepId === DEBRIEF) return null;
  return figuresAt(run.outcome, last, reactionUntil(store));
}

/** A new seed for a run's texture, from the browser's random source. */
export function freshSeed(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0]!;
}

/** Where a draft of the current decision is kept: the run (scenario and seed) and the step. */
const draftKey = (store: GameStore) => {
  const run = store.getState().run;
  return `${run?.scenarioId}:${run?.seed}:${run?.stepId}`;
};

/** The reply being written at the current decision, or "" when none is. */
export function draftOf(store: GameStore): string {
  return store.getState().drafts[draftKey(store)] ?? '';
}

/** Keeps the reply being written at the current decision (nothing is lost when the panel closes or the scene changes). */
export function keepDraft(store: GameStore, text: string): void {
  const key = draftKey(store);
  store.setState((s) => ({ drafts: { ...s.drafts, [key]: text } }));
}

/** A body's JSON, or null when it is not JSON (a proxy's page, an empty answer). */
function jsonOrNull(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
