import { completeFeatures, FEATURE_NAMES, type FeatureName } from '../schema/features';
import type { Scenario } from '../schema/scenario';
import type { Choice } from '../schema/step';
import { localize } from '../schema/text';
import type { DesignProblem } from './design';

/** A choice is clearly liked or faulted past this much of a full feature at a full weight. */
const CLEAR = 0.3;

const signed = (x: number) => `${x > 0 ? '+' : x < 0 ? '−' : ''}${Math.abs(x).toFixed(1).replace(/\.0$/, '')}`;

/** The features that weigh most in a sum of weight × value, strongest first. */
function strongest(weights: Partial<Record<string, number>>, features: Record<FeatureName, number>, sign: 1 | -1): string {
  return FEATURE_NAMES.map((f) => ({ f, w: weights[f] ?? 0, v: features[f] }))
    .filter((t) => Math.sign(t.w * t.v) === sign && t.v > 0)
    .sort((a, b) => Math.abs(b.w * b.v) - Math.abs(a.w * a.v))
    .slice(0, 2)
    .map((t) => `${t.f} ${signed(t.w)}`)
    .join(', ');
}

/**
 * Whether the lesson faults a choice: what it does, weighed by what the
 * debrief rewards, is clearly negative. Silence is never faulted here: the
 * score's timing part judges it.
 */
export function faultedByLesson(scenario: Scenario, choice: Choice): boolean {
  if (choice.silent) return false;
  const rewards = scenario.debrief.rewards as Partial<Record<string, number>>;
  const features = completeFeatures(choice.features);
  return FEATURE_NAMES.reduce((sum, f) => sum + (rewards[f] ?? 0) * features[f], 0) <= -CLEAR;
}

/**
 * An audience that likes a choice the lesson faults: followers cheer what
 * the debrief blames, and the trainee learns the opposite of the lesson (an
 * instructor's "Regulars" liked a joke that mocked a customer). Read on the
 * declared features and weights, so the author can see which to change.
 */
export function segmentLessonProblems(scenario: Scenario): DesignProblem[] {
  const rewards = scenario.debrief.rewards as Partial<Record<string, number>>;
  const problems: DesignProblem[] = [];
  scenario.steps.forEach((step, si) => {
    step.choices.forEach((choice, ci) => {
      if (!faultedByLesson(scenario, choice)) return;
      const features = completeFeatures(choice.features);
      // The audience as a whole, each segment by its share of followers: a niche that enjoys a roast is realistic,
      // an audience that cheers what the lesson faults teaches the opposite of the lesson.
      const liking = scenario.audience.segments.map((segment) => {
        const values = segment.values as Partial<Record<string, number>>;
        return { segment, values, liking: FEATURE_NAMES.reduce((sum, f) => sum + (values[f] ?? 0) * features[f], 0) };
      });
      const overall = liking.reduce((sum, l) => sum + l.segment.share * l.liking, 0);
      if (overall < CLEAR) return;
      const fans = liking.filter((l) => l.liking >= CLEAR).sort((a, b) => b.segment.share * b.liking - a.segment.share * a.liking);
      const carriers = fans.map((l) => `"${localize(l.segment.name, 'en')}" (${Math.round(l.segment.share * 100)}% of followers; it values ${strongest(l.values, features, 1)})`).join(', ');
      problems.push({
        path: ['steps', si, 'choices', ci],
        message: `the audience likes choice "${choice.id}" of step "${step.id}", carried by ${carriers}, but the lesson faults it (it rewards ${strongest(rewards, features, -1)}): trainees will see followers cheer what the debrief blames; lower those weights in the segments' "values", or change the choice's features`,
      });
    });
  });
  return problems;
}
