import type { Scenario } from '../schema/scenario';
import type { Band, Reason, StepOutcome } from '../outcome';
import { lessonOf, type DecisionLesson } from './lesson';

/** From this total up, a run that followed the lesson is "strong". */
export const STRONG_FROM = 700;
/** Saying nothing at every step scores 500: under it, the run did more harm than silence. */
export const SILENCE = 500;

/**
 * The run's band, with its reasons:
 * - "harmful": it scored under silence, or went against the lesson at half
 *   its decisions or more;
 * - "strong": it scored at least 700, went against the lesson nowhere, and
 *   followed it at half its decisions or more;
 * - "mixed": anything else. A run that went against the lesson at any
 *   decision, or in any answer to a reply, is never "strong", however high
 *   its total.
 * `lessons` are the steps' (`lessonOf`), when the caller has them already.
 */
export function bandOf(
  scenario: Scenario,
  steps: StepOutcome[],
  total: number,
  lessons: readonly DecisionLesson[] = steps.map((s) => lessonOf(scenario, s)),
): Band {
  const verdicts = steps.map((s, i) => ({ step: s.step, verdict: lessons[i]!.verdict }));
  const against = verdicts.filter((v) => v.verdict === 'against');
  const followed = verdicts.filter((v) => v.verdict === 'follows').length;
  const reasons: Reason[] = against.map((v) => ({ key: 'band-against', step: v.step, value: -1 }));
  // An answer in a thread is a decision too, though a smaller one: it keeps the run out of the top band.
  for (const [i, step] of steps.entries()) {
    const n = lessons[i]!.answers.filter((a) => a.verdict === 'against').length;
    if (n > 0) reasons.push({ key: 'band-answer-against', step: step.step, value: n });
  }
  if (total < SILENCE) reasons.push({ key: 'band-below-silence', value: total });
  const harmful = total < SILENCE || (steps.length > 0 && against.length * 2 >= steps.length);
  if (harmful) return { id: 'harmful', reasons };
  if (total < STRONG_FROM) reasons.push({ key: 'band-under-strong', value: STRONG_FROM });
  if (followed * 2 < steps.length) reasons.push({ key: 'band-few-followed', value: followed });
  if (reasons.length > 0) return { id: 'mixed', reasons };
  return { id: 'strong', reasons: [{ key: 'band-strong', value: followed }] };
}
