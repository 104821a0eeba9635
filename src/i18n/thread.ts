/**
 * A thread's exchange in words, for the debrief and the class view: who asked what, what the
 * brand answered, and how the asker's segment took it (its tone and the trust it moved).
 */
import type { Scenario } from '../engine/schema/scenario';
import { localize, type Locale } from '../engine/schema/text';
import { toneOf, type StepOutcome, type ThreadExchange } from '../engine/outcome';
import { labelled, t } from './index';

/** One exchange as the debrief shows it. */
export interface ExchangeLines {
  /** "Dana Ortiz @dana_eats". */
  asker: string;
  /** The reply that asked, in the trainee's language. */
  question: string;
  /** The brand's answer as posted. */
  answer: string;
  /** "Regular customers: approval" (a noun: no verb has to agree with the segment's name) */
  took: string;
  /** The change in the segment's trust, in points as the score's reasons count them (+3, −5). */
  trustPoints: number;
}

/** The exchanges of a step's thread in words; none for a step without one. */
export function explainThread(scenario: Scenario, step: StepOutcome, locale: Locale): ExchangeLines[] {
  const authored = scenario.steps.find((s) => s.id === step.step)?.thread;
  if (!authored || !step.thread) return [];
  return step.thread.map((e: ThreadExchange) => {
    const asker = authored.askers.find((k) => k.id === e.asker)!;
    const segment = scenario.audience.segments.find((s) => s.id === e.segment);
    const answer = e.written?.text ?? localize(asker.answers.find((n) => n.id === e.answer)?.post ?? '', locale);
    const took = labelled(
      locale,
      segment ? localize(segment.name, locale) : e.segment,
      t(locale, `mood.${toneOf(e.valence)}`),
    );
    return {
      asker: `${asker.author} ${asker.handle}`,
      question: localize(asker.text, locale),
      answer,
      took,
      trustPoints: Math.round((e.trustAfter - e.trustBefore) * 100),
    };
  });
}
