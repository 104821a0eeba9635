import type { Scenario } from '../schema/scenario';
import type { Outcome } from '../outcome';
import type { Decision, Transcript } from '../run/decision';
import { play } from '../play';
import { branch } from './continuation';
import { compareRuns, type Comparison } from './compare';
import type { Analyser } from '../text';

export { bestContinuation, branch, stepReached, MAX_CONTINUATIONS } from './continuation';
export {
  compareRuns,
  type Comparison,
  type ComparisonChart,
  type Curves,
  type Driver,
  type PartDifference,
  type SegmentDifference,
  type SegmentSide,
} from './compare';
export { timelineOf, STORM_MIN_ANGRY, STORM_SHARE, type Storm, type Timeline, type TimelineEntry } from '../timeline';

/** An alternative path and how it compares with the trainee's. */
export interface WhatIf {
  transcript: Transcript;
  outcome: Outcome;
  comparison: Comparison;
}

/**
 * What would have happened had decision `at` been `decision`: the run
 * branches there (from `base`, the alternative explored so far, or the
 * trainee's own run) and goes on by the best continuation; the alternative is
 * played by `play()` and compared with the trainee's run. `analyser` reads
 * the written replies (the trainee's and the one being tried).
 */
export function whatIf(
  scenario: Scenario,
  mine: { transcript: Transcript; outcome: Outcome },
  seed: number,
  at: number,
  decision: Decision,
  base: Transcript = mine.transcript,
  analyser?: Analyser,
): WhatIf {
  const transcript = branch(scenario, mine.transcript, base, at, decision, seed, analyser);
  const outcome = play(scenario, transcript, seed, { analyser });
  return { transcript, outcome, comparison: compareRuns(scenario, mine, { transcript, outcome }) };
}
