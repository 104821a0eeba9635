/**
 * The ways a thread can be answered, for the tools that play every path (the checker,
 * `simulate --paths`): unanswered, or one asker answered with one of their answers.
 */
import type { Step } from '../schema/step';
import type { PickedAnswer, PickedDecision } from './decision';
import { stepsById } from './graph';

/** The thread answers tried at a step after a choice: none, then each answer to each asker alone. */
export function threadVariants(step: Pick<Step, 'thread' | 'choices'>, choiceId: string): PickedAnswer[][] {
  const silent = step.choices.find((c) => c.id === choiceId)?.silent ?? true;
  if (!step.thread || silent) return [[]];
  return [[], ...step.thread.askers.flatMap((k) => k.answers.map((n) => [{ asker: k.id, answer: n.id }]))];
}

/**
 * Each path with every combination of its threads' variants (a path through no thread stays as
 * it is, without a `thread` field), at most `limit` in all: the second value says whether all fit.
 */
export function withThreadVariants(
  scenario: { steps: readonly Step[] },
  paths: readonly PickedDecision[][],
  limit: number,
): { paths: PickedDecision[][]; complete: boolean } {
  const steps = stepsById(scenario);
  const out: PickedDecision[][] = [];
  for (const path of paths) {
    let variants: PickedDecision[][] = [[]];
    for (const d of path) {
      const step = steps.get(d.step);
      const options = step ? threadVariants(step, d.choice) : [[]];
      const withThread = step?.thread && options.length > 1;
      variants = variants.flatMap((head) =>
        options.map((answers) => [...head, withThread ? { ...d, thread: answers } : d]),
      );
      if (out.length + variants.length > limit) return { paths: out, complete: false };
    }
    out.push(...variants);
  }
  return { paths: out, complete: true };
}

/**
 * How a path's thread answers read in a list: "asker:answer" ("✎" written, "⏱" left by the clock, " ✗" after
 * an answer in `against`), or "—" for a thread left unanswered.
 */
export function threadLabel(d: PickedDecision, against: ReadonlySet<string> = new Set()): string {
  if (!d.thread) return '';
  const answer = (a: NonNullable<PickedDecision['thread']>[number]) =>
    `${a.asker}:${'answer' in a ? a.answer : 'text' in a ? '✎' : '⏱'}${against.has(a.asker) ? ' ✗' : ''}`;
  return ` [${d.thread.length === 0 ? '—' : d.thread.map(answer).join(', ')}]`;
}
