import type { Scenario } from '../schema/scenario';
import type { LessonVerdict } from '../schema/lesson';
import type { StepOutcome, ThreadExchange, WrittenReply } from '../outcome';
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
  'details-in-public',
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
  /** How each answer in the step's thread stands with the lesson, in the thread's order (`answerLessonOf`). */
  answers: readonly DecisionLesson[];
}

/** The alignment of one decision's reply with the lesson's rewards, in −1..1, and what each feature added. */
export function alignmentOf(
  scenario: Scenario,
  step: Pick<StepOutcome, 'features' | 'silent' | 'speed' | 'voice'>,
): { alignment: number; contributions: [string, number][] } {
  return align(scenario, step.features, {
    speed: step.silent ? 0 : step.speed,
    voice: step.silent ? 0 : step.voice,
  });
}

/**
 * The features' alignment with the rewards, over what the reply could have earned: with
 * `timing`, its speed and voice count too; without, they are left out of both sides, so
 * that a reply judged on its words alone can reach the top as a post can.
 */
function align(
  scenario: Scenario,
  features: StepOutcome['features'],
  timing?: { speed: number; voice: number },
): { alignment: number; contributions: [string, number][] } {
  const rewards = scenario.debrief.rewards;
  let positive = 0;
  for (const [name, w] of Object.entries(rewards))
    if (timing || (name !== 'speed' && name !== 'voice')) positive += Math.max(0, w ?? 0);
  // The features, then the speed and the voice; summed in that order. Spelled out rather than through a closure:
  // this runs for every decision of every replay.
  const contributions: [string, number][] = [];
  for (const name of FEATURE_NAMES) contributions.push([name, (rewards[name] ?? 0) * features[name]]);
  if (timing) {
    contributions.push(['speed', (rewards.speed ?? 0) * timing.speed]);
    contributions.push(['voice', (rewards.voice ?? 0) * timing.voice]);
  }
  let a = 0;
  for (const [, c] of contributions) a += c;
  return { alignment: Math.max(-1, Math.min(1, a / (positive || 1))), contributions };
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
  const answers = (step.thread ?? []).map((e) => answerLessonOf(scenario, step.step, e));
  return { ...judged(alignment, contributions, declared, step.written), answers };
}

/** The verdict and value of a reply with the author's verdict, if any, or read from its features and words. */
function judged(
  alignment: number,
  contributions: [string, number][],
  declared: LessonVerdict | undefined,
  written: Pick<WrittenReply, 'moves'> | undefined,
): DecisionLesson {
  if (declared) {
    const value =
      declared === 'follows' ? Math.max(0.5, alignment) : declared === 'misses' ? Math.min(0, alignment) / 2 : -1;
    return { verdict: declared, from: 'author', alignment, value, contributions, answers: [] };
  }
  const verdict = readVerdict(alignment, written);
  // Against the lesson is the least there is, whatever the other words add: −1 to −0.75, the better words still higher.
  const value = verdict === 'against' ? -1 + (0.25 * (1 + alignment)) / 2 : alignment;
  return { verdict, from: 'features', alignment, value, contributions, answers: [] };
}

/** The verdict of a reply read from its features: one that blames, mocks or exposes goes against any lesson. */
function readVerdict(alignment: number, written: Pick<WrittenReply, 'moves'> | undefined): LessonVerdict {
  const harmful = written?.moves.some((m) => HARMFUL_MOVES.includes(m.move)) ?? false;
  return harmful || alignment < AGAINST_BELOW ? 'against' : alignment >= FOLLOWS_FROM ? 'follows' : 'misses';
}

/**
 * How an answer in a thread stands with the lesson, as a post does: the author's
 * verdict on a picked answer (`lesson` on the answer), or its features and words
 * read against the lesson's rewards. Only what the answer says counts, as in the
 * score: its timing is the game's.
 */
export function answerLessonOf(
  scenario: Scenario,
  step: string,
  exchange: Pick<ThreadExchange, 'asker' | 'answer' | 'features' | 'written'>,
): DecisionLesson {
  const { alignment, contributions } = align(scenario, exchange.features);
  const declared = exchange.written
    ? undefined
    : scenario.steps
        .find((s) => s.id === step)
        ?.thread?.askers.find((a) => a.id === exchange.asker)
        ?.answers.find((a) => a.id === exchange.answer)?.lesson;
  return judged(alignment, contributions, declared, exchange.written);
}
