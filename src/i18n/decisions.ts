import type { Scenario } from '../engine/schema/scenario';
import { localize, type Locale } from '../engine/schema/text';
import type { LessonVerdict } from '../engine/schema/lesson';
import { toneOf, type Band, type Outcome, type StepOutcome } from '../engine/outcome';
import { answerLessonOf, lessonOf } from '../engine/score/lesson';
import { quote } from './numbers';
import { explainReason, featureName, stepTitle } from './debrief';
import { labelled, t } from './index';

/** One decision of a run, as the debrief words it. */
export interface DecisionLine {
  step: string;
  /** The step's title. */
  title: string;
  /** What was posted: the choice's label, the words written, or that nothing was. */
  posted: string;
  /** How each segment took it, largest first ("Families: outrage · Regular customers: delight"). */
  reactions: string;
  verdict: LessonVerdict;
  /** Whether it followed the lesson, and by what ("Went against the lesson: mocking customers"). */
  lesson: string;
  /**
   * The answers given in the step's thread, each with where it stood with the lesson, and the
   * replies left unanswered; null for a step without a thread.
   */
  thread: { text: string; against: boolean } | null;
}

/** Contributions smaller than this are not worth naming. */
const NOTABLE = 0.05;

/** A list in the reader's language: "a, b and c". */
function list(items: string[], locale: Locale): string {
  return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(items);
}

/** What the decision posted, in words. */
function postedOf(scenario: Scenario, step: StepOutcome, locale: Locale): string {
  if (step.written) return t(locale, 'decision.wrote', { text: quote(step.written.text, locale) });
  const choice = scenario.steps.find((s) => s.id === step.step)?.choices.find((c) => c.id === step.choice);
  const label = choice ? quote(localize(choice.label, locale), locale) : step.choice;
  return t(locale, step.silent ? 'decision.stayedSilent' : 'decision.picked', { label });
}

/** How each segment took the reply, the largest first. */
function reactionsOf(scenario: Scenario, step: StepOutcome, locale: Locale): string {
  if (step.silent) return t(locale, 'decision.nothingPosted');
  return scenario.audience.segments
    .filter((seg) => step.segments.some((s) => s.segment === seg.id))
    .sort((a, b) => b.share - a.share)
    .map((seg) =>
      labelled(
        locale,
        localize(seg.name, locale),
        t(locale, `mood.${toneOf(step.segments.find((s) => s.segment === seg.id)!.valence)}`),
      ),
    )
    .join(' · ');
}

/** Whether the decision followed the lesson, and the features that made it so. */
function lessonLine(scenario: Scenario, step: StepOutcome, locale: Locale): { verdict: LessonVerdict; text: string } {
  const lesson = lessonOf(scenario, step);
  const named = (sign: 1 | -1) => strongest(lesson.contributions, sign, locale);
  const said = (head: string, features: string[]) =>
    features.length > 0 ? labelled(locale, head, list(features, locale)) : head;
  if (lesson.verdict === 'follows') return { verdict: 'follows', text: said(t(locale, 'decision.follows'), named(1)) };
  if (lesson.verdict === 'misses') return { verdict: 'misses', text: said(t(locale, 'decision.misses'), named(-1)) };
  const against = named(-1);
  return {
    verdict: 'against',
    text: said(
      t(locale, 'decision.against'),
      against.length > 0 ? against : step.silent ? [featureName('silence', locale)] : [],
    ),
  };
}

/** The features that pushed a verdict most, in the lesson's direction (1) or against it (−1). */
function strongest(contributions: [string, number][], sign: 1 | -1, locale: Locale): string[] {
  return contributions
    .filter(([, v]) => sign * v > NOTABLE)
    .sort((a, b) => sign * (b[1] - a[1]))
    .slice(0, 2)
    .map(([f]) => featureName(f, locale));
}

/** The step's thread in a sentence: who was answered, how, where each answer stood with the lesson; who was not. */
function threadLine(scenario: Scenario, step: StepOutcome, locale: Locale): DecisionLine['thread'] {
  const authored = scenario.steps.find((s) => s.id === step.step)?.thread;
  if (!authored || step.silent) return null;
  let against = false;
  const items = authored.askers.map((asker) => {
    const exchange = step.thread?.find((e) => e.asker === asker.id);
    if (!exchange) {
      const lapsed = step.threadLapsed?.includes(asker.id) ?? false;
      return labelled(locale, asker.author, t(locale, lapsed ? 'decision.threadLapsed' : 'decision.threadLeft'));
    }
    const lesson = answerLessonOf(scenario, step.step, exchange);
    against ||= lesson.verdict === 'against';
    const why = strongest(lesson.contributions, lesson.verdict === 'follows' ? 1 : -1, locale);
    const answered = t(locale, 'decision.threadAnswered', {
      how: exchange.private ? 'private' : 'public',
      verdict: lesson.verdict,
    });
    return labelled(
      locale,
      asker.author,
      why.length > 0 && lesson.verdict !== 'misses' ? `${answered} (${list(why, locale)})` : answered,
    );
  });
  return { text: labelled(locale, t(locale, 'decision.thread'), items.join(' · ')), against };
}

/** A line per decision: what was posted, how each segment took it, and whether it followed the lesson. */
export function explainDecisions(scenario: Scenario, outcome: Pick<Outcome, 'steps'>, locale: Locale): DecisionLine[] {
  return outcome.steps.map((step) => {
    const { verdict, text } = lessonLine(scenario, step, locale);
    return {
      step: step.step,
      title: stepTitle(scenario, step.step, locale),
      posted: postedOf(scenario, step, locale),
      reactions: reactionsOf(scenario, step, locale),
      verdict,
      lesson: text,
      thread: threadLine(scenario, step, locale),
    };
  });
}

/** The band's name and the sentences that say why the run sits in it. */
export function explainBand(scenario: Scenario, band: Band, locale: Locale): { title: string; reasons: string[] } {
  return { title: t(locale, `band.${band.id}`), reasons: band.reasons.map((r) => explainReason(scenario, r, locale)) };
}

/**
 * One sentence that reconciles followers won with trust lost, when the
 * debrief shows both: a follow counts who clicked, trust what every group
 * now thinks of the brand. Null when they do not pull apart.
 */
export function reconcile(
  scenario: Scenario,
  outcome: Pick<Outcome, 'steps' | 'score'>,
  locale: Locale,
): string | null {
  const followers = outcome.score.parts
    .find((p) => p.id === 'followers')
    ?.reasons.find((r) => r.key.startsWith('segment-followed'));
  const trust = outcome.score.parts.find((p) => p.id === 'trust')?.reasons.find((r) => r.key === 'trust-down');
  if (!followers?.segment || !trust?.segment) return null;
  // The decision that cost that segment's trust most.
  let worst: { step: string; drop: number } | null = null;
  for (const step of outcome.steps) {
    const s = step.segments.find((x) => x.segment === trust.segment);
    const drop = s ? s.trustBefore - s.trustAfter : 0;
    if (drop > 0 && (!worst || drop > worst.drop)) worst = { step: step.step, drop };
  }
  const name = (id: string) =>
    quote(localize(scenario.audience.segments.find((s) => s.id === id)!.name, locale), locale);
  const step = worst ? quote(stepTitle(scenario, worst.step, locale), locale) : '';
  return followers.segment === trust.segment
    ? t(locale, 'decision.reconcileSame', { segment: name(trust.segment), step })
    : t(locale, 'decision.reconcile', { gainer: name(followers.segment), loser: name(trust.segment), step });
}
