/**
 * The last post's counts as they stand at a given simulated minute: what the reaction's counters
 * show when it stops at the next decision, and what that decision's text may quote.
 */
import type { Outcome, StepOutcome } from '../engine';
import type { Figures } from '../i18n/step-text';

/** The share of engagement from `from` that has happened by `minute`. */
export function shareByMinute(engagement: number[], from: number, minute: number): number {
  const start = Math.floor(from / 60);
  let total = 0;
  let sofar = 0;
  for (let h = start; h < engagement.length; h++) {
    total += engagement[h]!;
    if (h * 60 < minute) sofar += engagement[h]! * Math.min(1, (minute - h * 60) / 60);
  }
  return total > 0 ? sofar / total : 1;
}

/** A post's counts over its whole reaction. */
export function totalFigures(step: StepOutcome): Figures {
  const { likes, replies, reshares, quotes } = step.totals;
  return { likes, replies: replies.positive + replies.neutral + replies.negative, reshares, quotes };
}

/** A post's counts at `minute`, as the reaction's counters round them. */
export function figuresAt(outcome: Outcome, step: StepOutcome, minute: number): Figures {
  const share = step.silent ? 1 : shareByMinute(outcome.series.engagement, step.postedAt, minute);
  const total = totalFigures(step);
  return {
    likes: Math.round(total.likes * share),
    replies: Math.round(total.replies * share),
    reshares: Math.round(total.reshares * share),
    quotes: Math.round(total.quotes * share),
  };
}
