/**
 * The run's clock: when each decision is due and when its post goes out, as the run is played.
 * A step that says `after` is due that many minutes after the previous post went out, so a slow
 * reply pushes what follows later; a step that says `at` keeps its fixed minute.
 */
import type { Step } from '../schema/step';

/** The minute a step's decision is due, the previous post having gone out at `previousPost` (0 before the first). */
export function dueAt(step: Pick<Step, 'at' | 'after'>, previousPost: number): number {
  return step.after !== undefined ? previousPost + step.after : (step.at ?? previousPost);
}

/** The minute a step's post goes out after a delay of `delayMinutes`. */
export function postedAtOf(step: Pick<Step, 'at' | 'after'>, delayMinutes: number, previousPost: number): number {
  return dueAt(step, previousPost) + delayMinutes;
}
