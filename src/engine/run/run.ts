/**
 * A run as a tiny runtime over the scenario, in the manner of ink's Story: where the run is
 * (`optionsAt`), and what a decision makes of it (`decide`, `timeOut`), as plain JSON. The
 * store, the servers, replay links and `play()` all move a run through these, so one place
 * says what may happen next.
 */
import type { Scenario } from '../schema/scenario';
import { DEBRIEF, type Choice, type Step } from '../schema/step';
import { completeFeatures } from '../schema/features';
import { LOCALES, localize, type Locale, type Text } from '../schema/text';
import { featuresInRange, type PlayedChoice } from '../audience/respond';
import { charactersOver, PLATFORM_LIMIT, type Analyser, type Analysis, type AnalyseOptions } from '../text';
import {
  isWritten,
  transcriptOf,
  transcriptOfRun,
  WRITTEN,
  type Decision,
  type ThreadAnswerDecision,
  type Transcript,
  type WrittenDecision,
} from './decision';
import { resolveThread, type ResolvedAnswer } from './thread';
import { dueAt, postedAtOf } from './clock';
import { PlayError } from './refusal';
import { stepsById } from './graph';
import { withoutPlaceholders } from '../schema/figures';

/** A run in progress: its transcript so far and the step it has reached ("debrief" at the end). Plain JSON. */
export interface RunState extends Transcript {
  stepId: string;
}

/** What the run may do at the step it has reached. */
export interface Options {
  step: Step;
  /** The choices offered, in the scenario's order. */
  choices: readonly Choice[];
  /** Whether the trainee may write their own reply here. */
  canWrite: boolean;
  /** The step's time limit and the choice taken when it runs out, if it has one. */
  timer: Step['timer'] | null;
}

/** A decision as the engine plays it: the step, the choice it amounts to, and for a written reply what was read in it. */
export interface ResolvedDecision {
  step: Step;
  choice: Choice;
  /** Minutes since the scenario began when the decision was due (the run as played says when: see the step's `after`). */
  dueAt: number;
  /** Minutes since the scenario began when the reply goes out. */
  postedAt: number;
  timedOut?: true;
  /** The answers given in the step's thread. */
  thread?: ResolvedAnswer[];
  /** The askers of the step's thread the time ran out on, by id (absent when it ran out on none). */
  threadLapsed?: string[];
  analysis?: Analysis;
  text?: string;
}

/** What `decide` returns: the next run, or a typed refusal (the run is then as it was). */
export type Decided = { ok: true; run: RunState; resolved: ResolvedDecision } | { ok: false; error: PlayError };

/** A new run of the scenario, at its first step. */
export function startRun(scenario: Scenario): RunState {
  return { ...transcriptOf(scenario, []), stepId: scenario.start };
}

/**
 * The run a transcript has reached, checked decision by decision; throws the
 * first refusal as a PlayError. Written replies are read by `analyser`.
 */
export function replayTranscript(
  scenario: Scenario,
  transcript: Transcript,
  analyser?: Analyser,
): { run: RunState; resolved: ResolvedDecision[] } {
  if (transcript.scenarioId !== scenario.id) {
    throw new PlayError('wrong-scenario', { scenario: scenario.id, runScenario: transcript.scenarioId });
  }
  if (transcript.scenarioVersion !== scenario.version) {
    throw new PlayError('wrong-version', {
      scenario: scenario.id,
      version: scenario.version,
      runVersion: transcript.scenarioVersion,
    });
  }
  let run = startRun(scenario);
  const resolved: ResolvedDecision[] = [];
  for (const d of transcript.decisions) {
    const next = decideAfter(scenario, run, d, analyser, resolved.at(-1)?.postedAt ?? 0);
    if (!next.ok) throw next.error;
    resolved.push(next.resolved);
    run = next.run;
  }
  return { run, resolved };
}

/** What the run may do now, or null once it has reached the debrief. */
export function optionsAt(scenario: Scenario, run: RunState): Options | null {
  if (run.stepId === DEBRIEF) return null;
  const step = stepsById(scenario).get(run.stepId);
  if (!step) throw new PlayError('unknown-step', { case: 'run', step: run.stepId, scenario: scenario.id });
  return { step, choices: step.choices, canWrite: Boolean(step.freeText), timer: step.timer ?? null };
}

/**
 * Takes one decision: the run that follows, or why it cannot be taken. A
 * written reply is read by `analyser` (without one: `text-not-ready`).
 */
export function decide(scenario: Scenario, run: RunState, d: Decision, analyser?: Analyser): Decided {
  return decideAfter(scenario, run, d, analyser, lastPostedAt(scenario, run));
}

/** `decide`, the previous post having gone out at minute `previousPost`. */
function decideAfter(
  scenario: Scenario,
  run: RunState,
  d: Decision,
  analyser: Analyser | undefined,
  previousPost: number,
): Decided {
  try {
    const resolved = resolveDecision(scenario, run, d, analyser, previousPost);
    const decisions = [...run.decisions, d];
    return { ok: true, run: { ...transcriptOfRun(run), decisions, stepId: resolved.choice.next }, resolved };
  } catch (err) {
    if (err instanceof PlayError) return { ok: false, error: err };
    throw err;
  }
}

/**
 * The step whose thread the run has open: the last decision's, when that step has a thread, its
 * post went out, and no answers are recorded yet. Null otherwise. A run may go on without
 * answering (the next decision closes the thread unanswered); the game asks first.
 */
export function openThread(scenario: Scenario, run: RunState): Step | null {
  const last = run.decisions.at(-1);
  if (!last || last.thread) return null;
  const step = stepsById(scenario).get(last.step);
  if (!step?.thread) return null;
  if (isWritten(last)) return step;
  return step.choices.find((c) => c.id === last.choice)?.silent === false ? step : null;
}

/**
 * Records the answers given in the open thread (an empty list: none) on the decision that
 * opened it, checked as `decide` checks a decision: the run that follows, or why it cannot.
 */
export function answerThread(
  scenario: Scenario,
  run: RunState,
  answers: ThreadAnswerDecision[],
  analyser?: Analyser,
): Decided {
  const step = openThread(scenario, run);
  if (!step)
    return {
      ok: false,
      // The last post drew no replies that ask for an answer, or they were answered already.
      error: new PlayError('no-thread', { case: 'none' }),
    };
  const before = { ...run, decisions: run.decisions.slice(0, -1), stepId: step.id };
  return decide(scenario, before, { ...run.decisions.at(-1)!, thread: answers }, analyser);
}

/**
 * The thread's clock ran out (the timers are on): the answers given before it did, and the askers
 * not reached yet (those after the first `settled`, in the thread's order: the ones the trainee had
 * answered or left are settled) recorded as left by the clock, which the engine plays as left unanswered.
 */
export function threadTimeOut(
  scenario: Scenario,
  run: RunState,
  given: ThreadAnswerDecision[],
  settled: number,
  analyser?: Analyser,
): Decided {
  const step = openThread(scenario, run);
  const answered = new Set(given.map((a) => a.asker));
  const left = (step?.thread?.askers ?? []).slice(settled).filter((k) => !answered.has(k.id));
  if (step && left.length === 0)
    return {
      ok: false,
      error: new PlayError('not-timed', { case: 'threadDone', step: step.id }),
    };
  return answerThread(
    scenario,
    run,
    [...given, ...left.map((k) => ({ asker: k.id, timedOut: true as const }))],
    analyser,
  );
}

/** The step's timer ran out: its timer choice, taken for the trainee. */
export function timeOut(scenario: Scenario, run: RunState): Decided {
  const options = optionsAt(scenario, run);
  if (!options?.timer) {
    const values = options ? { case: 'noTimer' as const, step: options.step.id } : { case: 'ended' as const };
    return { ok: false, error: new PlayError('not-timed', values) };
  }
  return decide(scenario, run, { step: options.step.id, choice: options.timer.choice, timedOut: true });
}

/** When the run's last post went out (0 before the first decision): the clock a step's `after` counts from. */
function lastPostedAt(scenario: Scenario, run: RunState): number {
  const steps = stepsById(scenario);
  let posted = 0;
  for (const d of run.decisions) {
    const step = steps.get(d.step);
    if (!step) return posted;
    posted = postedAtOf(
      step,
      isWritten(d)
        ? (step.freeText?.delayMinutes ?? 0)
        : (step.choices.find((c) => c.id === d.choice)?.delayMinutes ?? 0),
      posted,
    );
  }
  return posted;
}

/** Checks a decision against the step the run has reached, and resolves it to the choice it amounts to. */
function resolveDecision(
  scenario: Scenario,
  run: RunState,
  d: Decision,
  analyser: Analyser | undefined,
  previousPost: number,
): ResolvedDecision {
  const i = run.decisions.length;
  const resolved = resolveChoice(scenario, run, d, analyser, previousPost);
  if (d.thread) {
    const { answers, lapsed } = resolveThread(scenario, resolved, d.thread, i, analyser);
    resolved.thread = answers;
    if (lapsed.length > 0) resolved.threadLapsed = lapsed;
  }
  return resolved;
}

/** The step's own decision, before its thread. */
function resolveChoice(
  scenario: Scenario,
  run: RunState,
  d: Decision,
  analyser: Analyser | undefined,
  previousPost: number,
): ResolvedDecision {
  const i = run.decisions.length;
  if (run.stepId === DEBRIEF) throw new PlayError('after-end', { decision: i + 1 });
  const step = stepsById(scenario).get(d.step);
  if (!step) throw new PlayError('unknown-step', { case: 'decision', decision: i + 1, step: d.step });
  if (d.step !== run.stepId)
    throw new PlayError('out-of-order', { case: 'decision', decision: i + 1, step: d.step, at: run.stepId });
  if (isWritten(d)) {
    const { choice, analysis, text } = writtenChoice(scenario, step, d, i, analyser);
    const due = dueAt(step, previousPost);
    return { step, choice, dueAt: due, postedAt: due + choice.delayMinutes, analysis, text };
  }
  const choice = step.choices.find((c) => c.id === d.choice);
  if (!choice) {
    throw new PlayError('unknown-choice', {
      decision: i + 1,
      step: step.id,
      choice: d.choice,
      choices: step.choices.map((c) => c.id).join(', '),
    });
  }
  const bad = featuresInRange(completeFeatures(choice.features));
  if (bad)
    throw new PlayError('features-out-of-range', { case: 'choice', choice: choice.id, step: step.id, feature: bad });
  // Running out of time is a decision too, but only the timer's own choice can be taken that way.
  if (d.timedOut && step.timer?.choice !== choice.id) {
    throw new PlayError(
      'not-timed',
      step.timer
        ? { case: 'otherChoice', decision: i + 1, step: step.id, choice: choice.id, timerChoice: step.timer.choice }
        : { case: 'decisionNoTimer', decision: i + 1, step: step.id },
    );
  }
  const due = dueAt(step, previousPost);
  const resolved: ResolvedDecision = { step, choice, dueAt: due, postedAt: due + choice.delayMinutes };
  if (d.timedOut) resolved.timedOut = true;
  return resolved;
}

/**
 * How the analyser reads a reply written at this step: the people in its feed,
 * the brand's names, the step's forced language and case words. The compose
 * preview uses the same, so it shows what the engine will read.
 */
export function replyAnalysisOptions(scenario: Scenario, step: Step, hint?: Locale): AnalyseOptions {
  const free = step.freeText;
  return {
    ...(free?.language ? { language: free.language } : {}),
    ...(hint ? { hint } : {}),
    handles: step.feed.map((item) => item.handle),
    brand: [scenario.brand.name, scenario.brand.handle.replace(/^@/, '')],
    ...(free?.cues ? { cues: free.cues } : {}),
    topic: topicOf(scenario, step),
    conversation: conversationOf(step),
  };
}

/** What the post answered says in each language: the step's situation, prompt and feed, and the handles in it. */
function conversationOf(step: Step): Partial<Record<Locale, string[]>> {
  const out: Partial<Record<Locale, string[]>> = {};
  const handles = step.feed.flatMap((item) => [item.author, item.handle]);
  for (const locale of LOCALES)
    out[locale] = [
      withoutPlaceholders(localize(step.situation, locale)),
      withoutPlaceholders(localize(step.prompt, locale)),
      ...step.feed.map((item) => localize(item.text, locale)),
      ...handles,
    ];
  return out;
}

/** What the conversation at a step is about: the scenario's title and briefing, the step's prompt, situation and feed, in every language given, and the handles in it. */
function topicOf(scenario: Scenario, step: Step): string[] {
  const texts = (t: Text) =>
    typeof t === 'string' ? [t] : Object.values(t).filter((x): x is string => typeof x === 'string');
  return [
    ...texts(scenario.title),
    ...texts(scenario.summary),
    ...texts(scenario.briefing),
    ...texts(step.prompt).map(withoutPlaceholders),
    ...texts(step.situation).map(withoutPlaceholders),
    ...step.feed.flatMap((item) => [...texts(item.text), item.author, item.handle]),
  ];
}

/** Turns a written reply into a choice whose features come from the analyser. */
function writtenChoice(
  scenario: Scenario,
  step: Step,
  d: WrittenDecision,
  i: number,
  analyser: Analyser | undefined,
): { choice: Choice; analysis: Analysis; text: string } {
  const free = step.freeText;
  if (!free) throw new PlayError('no-free-text', { case: 'step', decision: i + 1, step: step.id });
  const text = d.text.trim();
  if (text.length === 0) throw new PlayError('empty-reply', { case: 'step', decision: i + 1 });
  // Written replies need the text analyser: load its word lists (loadLanguageData) and pass createAnalyser(data).
  if (!analyser) throw new PlayError('text-not-ready', {});
  if (charactersOver(text) > 0)
    throw new PlayError('reply-too-long', {
      case: 'step',
      decision: i + 1,
      length: PLATFORM_LIMIT + charactersOver(text),
      limit: PLATFORM_LIMIT,
    });
  const analysis = analyser.analyse(text, replyAnalysisOptions(scenario, step, d.locale));
  // The story follows what the reply carries: the first branch whose feature is strong enough, else the default.
  const next = free.branches?.find((b) => analysis.features[b.feature] >= b.atLeast)?.next ?? free.next;
  // A reply that says nothing the audience can answer (gibberish, "ok.", emoji alone, a pile of cues) is met as silence is.
  const choice: PlayedChoice = {
    id: WRITTEN,
    label: text,
    post: text,
    silent: analysis.saysNothing,
    delayMinutes: free.delayMinutes,
    features: analysis.features,
    next,
    heard: analysis.heard,
  };
  return { choice, analysis, text };
}
