import { completeFeatures, FEATURE_NAMES, type FeatureName } from '../schema/features';
import type { Scenario } from '../schema/scenario';
import type { Choice } from '../schema/step';
import { localize } from '../schema/text';
import type { DesignProblem } from './design';
import { play } from '../play';
import { routeTo } from '../run/graph';
import { transcriptOf } from '../run/decision';

/** A choice is clearly faulted past this much of a full feature at a full weight. */
const CLEAR = 0.3;

const signed = (x: number) => `${x > 0 ? '+' : x < 0 ? '−' : ''}${Math.abs(x).toFixed(1).replace(/\.0$/, '')}`;

/** The features that weigh most in a sum of weight × value, strongest first. */
function strongest(
  weights: Partial<Record<string, number>>,
  features: Record<FeatureName, number>,
  sign: 1 | -1,
): string {
  return FEATURE_NAMES.map((f) => ({ f, w: weights[f] ?? 0, v: features[f] }))
    .filter((t) => Math.sign(t.w * t.v) === sign && t.v > 0)
    .sort((a, b) => Math.abs(b.w * b.v) - Math.abs(a.w * a.v))
    .slice(0, 2)
    .map((t) => `${t.f} ${signed(t.w)}`)
    .join(', ');
}

/**
 * Whether the lesson faults a choice: the author's verdict ("lesson":
 * "against") when there is one; otherwise what it does, weighed by what the
 * debrief rewards, is clearly negative (silence is then left to the score's
 * timing part).
 */
export function faultedByLesson(scenario: Scenario, choice: Choice): boolean {
  if (choice.lesson) return choice.lesson === 'against';
  if (choice.silent) return false;
  const rewards = scenario.debrief.rewards as Partial<Record<string, number>>;
  const features = completeFeatures(choice.features);
  return FEATURE_NAMES.reduce((sum, f) => sum + (rewards[f] ?? 0) * features[f], 0) <= -CLEAR;
}

/** The audience as a whole likes a reply past this sentiment (the engine's "liked", −1..1). */
const LIKED = 0.15;

/**
 * An audience that likes a choice the lesson faults: followers cheer what
 * the debrief blames, and the trainee learns the opposite of the lesson (an
 * instructor's "Regulars" liked a joke that mocked a customer). Each faulted
 * choice is played after the shortest route to its step, and the segments'
 * own reactions are read; the problem names the weights behind them so the
 * author can see what to change.
 */
export function segmentLessonProblems(scenario: Scenario): DesignProblem[] {
  const problems: DesignProblem[] = [];
  scenario.steps.forEach((step, si) => {
    const route = routeTo(scenario, step.id);
    if (!route) return;
    const reactionTo = (choice: Choice) =>
      play(scenario, transcriptOf(scenario, [...route, { step: step.id, choice: choice.id }]), 1).steps.at(-1)!;
    // Applause for a wrong answer is a lesson too, when the right one is applauded more; the trap is a crowd that prefers the wrong one.
    const followers = step.choices.filter(
      (c) => !c.silent && (c.lesson ? c.lesson === 'follows' : !faultedByLesson(scenario, c)),
    );
    const bar = Math.max(LIKED, ...followers.map((c) => reactionTo(c).sentiment));
    step.choices.forEach((choice, ci) => {
      if (!faultedByLesson(scenario, choice) || choice.silent) return;
      const reaction = reactionTo(choice);
      if (reaction.sentiment < bar) return;
      const features = completeFeatures(choice.features);
      const fans = scenario.audience.segments
        .map((segment) => ({ segment, valence: reaction.segments.find((r) => r.segment === segment.id)?.valence ?? 0 }))
        .filter((f) => f.valence >= LIKED)
        .sort((a, b) => b.segment.share * b.valence - a.segment.share * a.valence);
      // Names, shares and weights only: the catalogue words the sentence around them.
      const carriers = fans.map((f) => {
        const weights = strongest(f.segment.values as Partial<Record<string, number>>, features, 1);
        return `"${localize(f.segment.name, 'en')}" (${Math.round(f.segment.share * 100)}%${weights ? `: ${weights}` : ''})`;
      });
      problems.push({
        path: ['steps', si, 'choices', ci],
        code: 'segment-likes-wrong',
        values: {
          choice: choice.id,
          step: step.id,
          segments: carriers.join(', '),
        },
      });
    });
  });
  return problems;
}
