import type { Scenario } from '../schema/scenario';
import { DEBRIEF } from '../schema/step';
import { allPaths, stepsById } from '../run/graph';
import { replayTranscript } from '../run/run';
import { play } from '../play';
import { sameDecision, type Decision, type PickedDecision, type Transcript } from '../run/decision';
import { PlayError } from '../run/refusal';
import type { Analyser } from '../text';

/**
 * The most continuations the search plays in full. The library's scenarios
 * have at most a few dozen after any decision; past this many the search
 * picks the best choice step by step instead, so a large scenario stays quick.
 */
export const MAX_CONTINUATIONS = 400;

/** The step a transcript has reached: the start, a step id, or "debrief". `analyser` reads its written replies. */
export function stepReached(scenario: Scenario, transcript: Transcript, analyser?: Analyser): string {
  return replayTranscript(scenario, transcript, analyser).run.stepId;
}

/**
 * The decisions that finish a run with the highest score from where the
 * transcript stops: every continuation is played and the best kept (the
 * first in the scenario's order on a tie). The score does not depend on the
 * seed, so neither does the answer. `analyser` reads the transcript's written replies.
 */
export function bestContinuation(
  scenario: Scenario,
  transcript: Transcript,
  seed: number,
  analyser?: Analyser,
): PickedDecision[] {
  const from = stepReached(scenario, transcript, analyser);
  if (from === DEBRIEF) return [];
  const scoreOf = (more: Decision[]) =>
    play(scenario, { ...transcript, decisions: [...transcript.decisions, ...more] }, seed, { analyser }).score.total;
  const paths = allPaths(scenario, MAX_CONTINUATIONS, from);
  if (paths.complete) {
    let best: PickedDecision[] = [];
    let bestScore = -Infinity;
    for (const path of paths) {
      const score = scoreOf(path);
      if (score > bestScore) [best, bestScore] = [path, score];
    }
    return best;
  }
  // Too many to play: the best choice at each step in turn.
  const chosen: PickedDecision[] = [];
  const steps = stepsById(scenario);
  for (let id = from; id !== DEBRIEF && chosen.length < scenario.steps.length; ) {
    const step = steps.get(id)!;
    const ranked = step.choices.map((c) => ({ c, score: scoreOf([...chosen, { step: id, choice: c.id }]) }));
    const top = ranked.reduce((a, b) => (b.score > a.score ? b : a));
    chosen.push({ step: id, choice: top.c.id });
    id = top.c.next;
  }
  return chosen;
}

/**
 * The run in which decision `at` of `base` becomes `decision`: the decisions
 * before it are kept, and the run goes on by the best continuation. When the
 * result is the trainee's own path up to that decision, it goes on as they
 * played it instead, so switching back restores their run. `analyser` reads
 * the written replies.
 */
export function branch(
  scenario: Scenario,
  original: Transcript,
  base: Transcript,
  at: number,
  decision: Decision,
  seed: number,
  analyser?: Analyser,
): Transcript {
  if (!Number.isInteger(at) || at < 0 || at >= base.decisions.length) {
    throw new PlayError('unknown-step', { case: 'change', decision: at + 1, decisions: base.decisions.length });
  }
  if (decision.step !== base.decisions[at]!.step) {
    throw new PlayError('out-of-order', {
      case: 'change',
      decision: at + 1,
      step: decision.step,
      at: base.decisions[at]!.step,
    });
  }
  const prefix = [...base.decisions.slice(0, at), decision];
  const own = prefix.every((d, i) => sameDecision(d, original.decisions[i]));
  if (own) return { ...original, decisions: [...original.decisions] };
  const head: Transcript = { ...base, decisions: prefix };
  return { ...head, decisions: [...prefix, ...bestContinuation(scenario, head, seed, analyser)] };
}
