import type { Scenario } from '../schema/scenario';
import { localize, type Locale } from '../schema/text';
import type { LessonVerdict } from '../schema/step';
import { toneOf, type Band, type Outcome, type StepOutcome } from '../outcome';
import { lessonOf } from '../score/lesson';
import { explainReason, stepTitle } from './explain';
import { MESSAGES } from './messages';
import { quote } from './quote';

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
}

/** Contributions smaller than this are not worth naming. */
const NOTABLE = 0.05;

/** A list in the reader's language: "a, b and c". */
function list(items: string[], locale: Locale): string {
  return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(items);
}

/** What the decision posted, in words. */
function postedOf(scenario: Scenario, step: StepOutcome, locale: Locale): string {
  const m = MESSAGES[locale].decisions;
  if (step.written) return m.wrote.replace('{text}', quote(step.written.text, locale));
  const choice = scenario.steps.find((s) => s.id === step.step)?.choices.find((c) => c.id === step.choice);
  const label = choice ? quote(localize(choice.label, locale), locale) : step.choice;
  return (step.silent ? m.stayedSilent : m.picked).replace('{label}', label);
}

/** How each segment took the reply, the largest first. */
function reactionsOf(scenario: Scenario, step: StepOutcome, locale: Locale): string {
  const m = MESSAGES[locale];
  if (step.silent) return m.decisions.nothingPosted;
  const colon = locale === 'fr' ? '\u00a0: ' : ': ';
  return scenario.audience.segments
    .filter((seg) => step.segments.some((s) => s.segment === seg.id))
    .sort((a, b) => b.share - a.share)
    .map((seg) => `${localize(seg.name, locale)}${colon}${m.moods[toneOf(step.segments.find((s) => s.segment === seg.id)!.valence)]}`)
    .join(' · ');
}

/** Whether the decision followed the lesson, and the features that made it so. */
function lessonLine(scenario: Scenario, step: StepOutcome, locale: Locale): { verdict: LessonVerdict; text: string } {
  const m = MESSAGES[locale];
  const lesson = lessonOf(scenario, step);
  const named = (sign: 1 | -1) =>
    lesson.contributions
      .filter(([, v]) => sign * v > NOTABLE)
      .sort((a, b) => sign * (b[1] - a[1]))
      .slice(0, 2)
      .map(([f]) => m.features[f] ?? f);
  const colon = locale === 'fr' ? '\u00a0: ' : ': ';
  const said = (head: string, features: string[]) => (features.length > 0 ? `${head}${colon}${list(features, locale)}` : head);
  if (lesson.verdict === 'follows') return { verdict: 'follows', text: said(m.decisions.follows, named(1)) };
  if (lesson.verdict === 'misses') return { verdict: 'misses', text: said(m.decisions.misses, named(-1)) };
  const against = named(-1);
  return { verdict: 'against', text: said(m.decisions.against, against.length > 0 ? against : step.silent ? [m.features.silence!] : []) };
}

/** A line per decision: what was posted, how each segment took it, and whether it followed the lesson. */
export function explainDecisions(scenario: Scenario, outcome: Pick<Outcome, 'steps'>, locale: Locale): DecisionLine[] {
  return outcome.steps.map((step) => {
    const { verdict, text } = lessonLine(scenario, step, locale);
    return { step: step.step, title: stepTitle(scenario, step.step, locale), posted: postedOf(scenario, step, locale), reactions: reactionsOf(scenario, step, locale), verdict, lesson: text };
  });
}

/** The band's name and the sentences that say why the run sits in it. */
export function explainBand(scenario: Scenario, band: Band, locale: Locale): { title: string; reasons: string[] } {
  return { title: MESSAGES[locale].bands[band.id], reasons: band.reasons.map((r) => explainReason(scenario, r, locale)) };
}

/**
 * One sentence that reconciles followers won with trust lost, when the
 * debrief shows both: a follow counts who clicked, trust what every group
 * now thinks of the brand. Null when they do not pull apart.
 */
export function reconcile(scenario: Scenario, outcome: Pick<Outcome, 'steps' | 'score'>, locale: Locale): string | null {
  const followers = outcome.score.parts.find((p) => p.id === 'followers')?.reasons.find((r) => r.key.startsWith('segment-followed'));
  const trust = outcome.score.parts.find((p) => p.id === 'trust')?.reasons.find((r) => r.key === 'trust-down');
  if (!followers?.segment || !trust?.segment) return null;
  // The decision that cost that segment's trust most.
  let worst: { step: string; drop: number } | null = null;
  for (const step of outcome.steps) {
    const s = step.segments.find((x) => x.segment === trust.segment);
    const drop = s ? s.trustBefore - s.trustAfter : 0;
    if (drop > 0 && (!worst || drop > worst.drop)) worst = { step: step.step, drop };
  }
  const m = MESSAGES[locale].decisions;
  const name = (id: string) => localize(scenario.audience.segments.find((s) => s.id === id)!.name, locale);
  const text = (followers.segment === trust.segment ? m.reconcileSame : m.reconcile)
    .replace('{gainer}', quote(name(followers.segment), locale))
    .replace('{loser}', quote(name(trust.segment), locale))
    .replace('{segment}', quote(name(trust.segment), locale))
    .replace('{step}', worst ? quote(stepTitle(scenario, worst.step, locale), locale) : '');
  return text;
}
