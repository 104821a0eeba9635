import type { Scenario } from '../schema/scenario';
import type { LessonVerdict } from '../schema/step';
import type { StepOutcome } from '../outcome';
import type { Move } from '../text/analysis';
import { FEATURE_NAMES } from '../schema/features';

/** What a written reply does that the lesson of any scenario warns against: contempt, blame, exposing a customer. */
const HARMFUL_MOVES: readonly Move[] = [
  'negated-apology',
  'conditional-apology',
  'apology-then-blame',
  'blame',
  'apology-then-insult',
  'sarcasm',
  'personal-exposure',
];

/** From this alignment up, a reply read from its features follows the lesson; below the second, it goes against it. */
const FOLLOWS_FROM = 0.4;
const AGAINST_BELOW = -0.1;

/** How one decision stands with the lesson, and why, as data. */
export interface DecisionLesson {
  verdict: LessonVerdict;
  /** Where the verdict comes from: the author's judgement of the choice, or the reply's features read against the lesson's rewards. */
  from: 'author' | 'features';
  /** The features' alignment with `debrief.rewards`, in −1..1. */
  alignment: number;
  /** The decision's share of the lesson part, in −1..1. */
  value: number;
  /** Each feature's contribution to the alignment (reward weight × feature), for the words. */
  contributions: [string, number][];
}

/** The alignment of one decision's reply with the lesson's rewards, in −1..1, and what each feature added. */
export function alignmentOf(
  scenario: Scenario,
  step: Pick<StepOutcome, 'features' | 'silent' | 'speed' | 'voice'>,
): { alignment: number; contributions: [string, number][] } {
  const rewards = scenario.debrief.rewards;
  const positive = Object.values(rewards).reduce<number>((sum, w) => sum + Math.max(0, w ?? 0), 0) || 1;
  // The features, then the speed and the voice; summed in that order. Spelled out rather than through a closure:
  // this runs for every decision of every replay.
  const contributions: [string, number][] = [];
  for (const name of FEATURE_NAMES) contributions.push([name, (rewards[name] ?? 0) * step.features[name]]);
  contributions.push(['speed', (rewards.speed ?? 0) * (step.silent ? 0 : step.speed)]);
  contributions.push(['voice', (rewards.voice ?? 0) * (step.silent ? 0 : step.voice)]);
  let a = 0;
  for (const [, c] of contributions) a += c;
  return { alignment: Math.max(-1, Math.min(1, a / positive)), contributions };
}

/**
 * How a decision stands with the lesson. A picked choice carries the
 * author's verdict (`lesson` on the choice); a written reply, or a choice
 * the author left unjudged, is read from its features: a reply that blames,
 * mocks or exposes the customer goes against any lesson.
 *
 * Its value in the lesson part: following is worth 0.5 to 1 (its alignment
 * with what the lesson rewards, and never less than 0.5), missing 0 down to −0.5
 * (a reply that misses can still carry what the lesson warns against),
 * going against it −1, the least there is. A reply read from its features
 * keeps their alignment as its value, so that better words always score better;
 * one that goes against the lesson stays between −1 and −0.75.
 */
export function lessonOf(scenario: Scenario, step: StepOutcome): DecisionLesson {
  const { alignment, contributions } = alignmentOf(scenario, step);
  const choices = scenario.steps.find((s) => s.id === step.step)?.choices ?? [];
  // A written reply that says nothing is silence to the audience, and so to the lesson: it takes the verdict the
  // author gave the step's silent choice, so that typing filler never earns more than staying quiet.
  const declared = step.written
    ? step.silent
      ? choices.find((c) => c.silent)?.lesson
      : undefined
    : choices.find((c) => c.id === step.choice)?.lesson;
  if (declared) {
    const value =
      declared === 'follows' ? Math.max(0.5, alignment) : declared === 'misses' ? Math.min(0, alignment) / 2 : -1;
    return { verdict: declared, from: 'author', alignment, value, contributions };
  }
  const harmful = step.written?.moves.some((m) => HARMFUL_MOVES.includes(m.move)) ?? false;
  const verdict: LessonVerdict =
    harmful || alignment < AGAINST_BELOW ? 'against' : alignment >= FOLLOWS_FROM ? 'follows' : 'misses';
  // Against the lesson is the least there is, whatever the other words add: −1 to −0.75, the better words still higher.
  const value = verdict === 'against' ? -1 + (0.25 * (1 + alignment)) / 2 : alignment;
  return { verdict, from: 'features', alignment, value, contributions };
}
