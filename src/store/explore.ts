import {
  compareRuns,
  DEBRIEF,
  decide,
  isWritten,
  localize,
  play,
  startRun,
  timelineOf,
  transcriptOf,
  transcriptOfRun,
  whatIf,
  type Decision,
  type Outcome,
  type Timeline,
  type Transcript,
} from '../engine';
import { decodeReplayLink, ReplayLinkError, replayLink, resolveReplay } from '../replay-links/replay-link';
import { analyserOf, currentScenario, gamePlayOptions, loadTextAnalyser } from './actions';
import type { GameStore } from './game-store';
import { decisionLabel, explainComparison } from '../i18n/whatif';

/** The finished run the debrief shows: its transcript and outcome. */
export function finishedRun(store: GameStore): { transcript: Transcript; outcome: Outcome; seed: number } {
  const run = store.getState().run;
  if (!run?.outcome) throw new Error('no run has been played');
  const transcript: Transcript = transcriptOfRun(run);
  return { transcript, outcome: run.outcome, seed: run.seed };
}

/** Opens the "what if" on the trainee's own path, with the first decision in focus. */
export function openWhatIf(store: GameStore, row = 0): void {
  const mine = finishedRun(store);
  const comparison = compareRuns(currentScenario(store), mine, mine);
  store.setState({
    whatIf: {
      row: Math.min(row, mine.transcript.decisions.length - 1),
      writing: null,
      picked: null,
      transcript: mine.transcript,
      outcome: mine.outcome,
      comparison,
    },
  });
}

/** Leaves the "what if". */
export function closeWhatIf(store: GameStore): void {
  store.setState({ whatIf: null });
}

/** One option at a decision: a choice, or writing one's own reply. */
export interface WhatIfOption {
  kind: 'choice' | 'write';
  /** The decision it makes; for "write", the reply written so far at that decision, if any. */
  decision: Decision | null;
  label: string;
}

/** The options at a decision of the alternative path: the step's choices, then writing a reply where the step allows it. */
export function whatIfOptions(store: GameStore, row: number): WhatIfOption[] {
  const { whatIf: state, locale } = store.getState();
  if (!state) return [];
  const scenario = currentScenario(store);
  const current = state.transcript.decisions[row];
  const step = scenario.steps.find((s) => s.id === current?.step);
  if (!step) return [];
  const options: WhatIfOption[] = step.choices.map((c) => ({
    kind: 'choice',
    decision: { step: step.id, choice: c.id },
    label: localize(c.label, locale),
  }));
  if (step.freeText) {
    const written =
      [current, state.written?.[step.id], finishedRun(store).transcript.decisions[row]].find(
        (d) => d && d.step === step.id && isWritten(d),
      ) ?? null;
    options.push({ kind: 'write', decision: written, label: written ? decisionLabel(scenario, written, locale) : '' });
  }
  return options;
}

/** The option the alternative path takes at a decision (or the "write" option being shown). */
export function whatIfSelected(store: GameStore, row: number): number {
  const state = store.getState().whatIf;
  const options = whatIfOptions(store, row);
  if (!state) return 0;
  if (state.writing === row) return options.findIndex((o) => o.kind === 'write');
  const d = state.transcript.decisions[row];
  if (d && isWritten(d)) return options.findIndex((o) => o.kind === 'write');
  return Math.max(
    0,
    options.findIndex(
      (o) =>
        o.kind === 'choice' &&
        d &&
        !isWritten(d) &&
        o.decision &&
        !isWritten(o.decision) &&
        o.decision.choice === d.choice,
    ),
  );
}

/** Puts a decision of the alternative path in focus. */
export function focusWhatIf(store: GameStore, row: number): void {
  store.setState((s) => (s.whatIf ? { whatIf: { ...s.whatIf, row } } : {}));
}

/**
 * Makes decision `row` of the alternative path `decision` and plays the new
 * path (best continuation after it). Throws a PlayError (its code and values,
 * which `playRefusalText` words) for a written reply the engine refuses (empty,
 * too long); nothing changes then.
 */
export function pickWhatIf(store: GameStore, row: number, decision: Decision): void {
  const state = store.getState().whatIf;
  if (!state) throw new Error('the "what if" is not open');
  const mine = finishedRun(store);
  const next = whatIf(currentScenario(store), mine, mine.seed, row, decision, state.transcript, analyserOf(store));
  const written = isWritten(decision) ? { ...state.written, [decision.step]: decision } : state.written;
  store.setState({ whatIf: { row, writing: null, picked: row, ...(written ? { written } : {}), ...next } });
}

/** Moves the option at the focused decision one step (−1 or +1), playing the new path at once for a choice. */
export function cycleWhatIf(store: GameStore, direction: 1 | -1): void {
  const state = store.getState().whatIf;
  if (!state) return;
  const options = whatIfOptions(store, state.row);
  if (options.length === 0) return;
  const next = options[(whatIfSelected(store, state.row) + direction + options.length) % options.length]!;
  if (next.decision) pickWhatIf(store, state.row, next.decision);
  // "Write your own" with nothing written yet: shown, and played once the reply is written.
  else store.setState({ whatIf: { ...state, writing: state.row } });
}

/**
 * The decision where "write your own" is chosen and nothing is written yet,
 * or null. Until the reply is written the alternative path has no figures:
 * the comparison and the decisions after it in the state are still the
 * previous option's, and must not be shown as this one's.
 */
export function whatIfAwaitingReply(store: GameStore): number | null {
  return store.getState().whatIf?.writing ?? null;
}

/** How many decisions of the alternative path there are to show: up to the one awaiting its reply, whose path on is not known yet. */
export function whatIfRows(store: GameStore): number {
  const state = store.getState().whatIf;
  if (!state) return 0;
  const awaiting = whatIfAwaitingReply(store);
  return awaiting === null ? state.transcript.decisions.length : awaiting + 1;
}

/** The sentences that explain the difference between the trainee's run and the alternative (with the segments that reacted differently, or without); none while a reply is awaited. */
export function whatIfExplanation(store: GameStore, segments = true): string[] {
  const { whatIf: state, locale } = store.getState();
  if (!state || whatIfAwaitingReply(store) !== null) return [];
  return explainComparison(
    currentScenario(store),
    state.comparison,
    finishedRun(store).transcript,
    state.transcript,
    locale,
    { segments },
  );
}

/** The finished run as a timeline of decisions. */
export function runTimeline(store: GameStore): Timeline {
  const { transcript, seed } = finishedRun(store);
  return timelineOf(currentScenario(store), transcript, seed, analyserOf(store));
}

/** The link that replays the finished run, on the game's own address. */
export function runReplayLink(store: GameStore, base: string): string {
  const { transcript, outcome, seed } = finishedRun(store);
  return replayLink(base, transcript, seed, outcome);
}

/**
 * Opens a replay link: reads and checks it, replays it against the game's
 * scenarios and, when it holds, sets up the run to be played back decision by
 * decision. A link that cannot be played leaves a typed reason in `replay`.
 */
export async function openReplayLink(store: GameStore, href: string): Promise<boolean> {
  store.setState({ replay: { status: 'opening' } });
  try {
    const payload = decodeReplayLink(href);
    // A written reply is read by the analyser, whose word lists load on their own (tried again if their request is lost).
    if (payload[4].some((d) => typeof d === 'object' && 't' in d)) await loadTextAnalyser(store);
    const replay = resolveReplay(
      payload,
      store.getState().catalog.entries.map((e) => e.scenario),
      analyserOf(store),
    );
    store.setState({
      replay: { status: 'ready', score: { total: replay.outcome.score.total, max: replay.outcome.score.max } },
      whatIf: null,
      run: { ...startRun(replay.scenario), seed: replay.seed, outcome: null, replay: replay.transcript.decisions },
    });
    return true;
  } catch (err) {
    const e = err instanceof ReplayLinkError ? err : new ReplayLinkError('invalid-run', (err as Error).message);
    store.setState({ replay: { status: 'failed', error: { code: e.code, message: e.message, details: e.details } } });
    return false;
  }
}

/** Plays back the next decision of a replayed run; false when there is none left (or the run is not a replay). */
export function replayNext(store: GameStore): boolean {
  const run = store.getState().run;
  if (!run?.replay || run.decisions.length >= run.replay.length) return false;
  const scenario = currentScenario(store);
  // The link was checked whole when it was opened (resolveReplay), so its next decision is one the run can take.
  const next = decide(scenario, run, run.replay[run.decisions.length]!, analyserOf(store));
  if (!next.ok) throw next.error;
  // The reaction plays back as the player saw it, with the game's full stream of replies.
  const outcome = play(scenario, transcriptOf(scenario, next.run.decisions), run.seed, gamePlayOptions(store));
  store.setState({ run: { ...run, decisions: next.run.decisions, outcome, stepId: next.run.stepId } });
  return true;
}

/** Plays back every decision left at once, for "skip to the debrief". */
export function replayAll(store: GameStore): void {
  const run = store.getState().run;
  if (!run?.replay) return;
  const scenario = currentScenario(store);
  const outcome = play(scenario, transcriptOf(scenario, run.replay), run.seed, gamePlayOptions(store));
  store.setState({ run: { ...run, decisions: run.replay, outcome, stepId: DEBRIEF } });
}
