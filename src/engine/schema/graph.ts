import type { z } from 'zod';
import { closest, distance } from 'fastest-levenshtein';
import { DEBRIEF } from './step';
import { followChoices, reachable, successors } from '../run/graph';
import { coded, type ProblemCode, type ProblemValues } from './problem';

interface GraphInput {
  start: string;
  steps: {
    id: string;
    choices: { id: string; next: string }[];
    freeText?: { next: string; branches?: { next: string }[] | undefined } | undefined;
    timer?: { choice: string } | undefined;
  }[];
  debrief: { bestPath?: string[] | undefined };
  audience: { segments: { id: string }[] };
}

/** The id a name is a small typo away from, if any. */
export function nearest(name: string, ids: string[]): string | undefined {
  if (ids.length === 0) return undefined;
  const best = closest(name, ids);
  return distance(name, best) <= Math.max(2, Math.floor(name.length / 3)) ? best : undefined;
}

/** The values of a problem about a name, with the id it was probably meant to be. */
export const meaning = (name: string, ids: string[], values: ProblemValues): ProblemValues => {
  const best = nearest(name, ids);
  return best === undefined ? values : { ...values, meant: best };
};

/** Reports a problem with its code and values. */
export type Report = (path: (string | number)[], code: ProblemCode, values?: ProblemValues) => void;

export const reporter =
  (ctx: z.RefinementCtx): Report =>
  (path, code, values) =>
    ctx.addIssue({ code: 'custom', path, ...coded(code, values) });

function duplicates(ids: string[]): Map<string, number> {
  const seen = new Set<string>();
  const dup = new Map<string, number>();
  ids.forEach((id, i) => {
    if (seen.has(id) && !dup.has(id)) dup.set(id, i);
    seen.add(id);
  });
  return dup;
}

/**
 * Checks the step graph: ids are unique, every `next` names a step, every
 * step can be reached from the start, and every step can still reach the debrief.
 */
export function checkGraph(s: GraphInput, ctx: z.RefinementCtx): void {
  const issue = reporter(ctx);
  const ids = s.steps.map((step) => step.id);
  for (const [id, i] of duplicates(ids)) issue(['steps', i, 'id'], 'duplicate-step', { id });
  for (const [id, i] of duplicates(s.audience.segments.map((seg) => seg.id))) {
    issue(['audience', 'segments', i, 'id'], 'duplicate-segment', { id });
  }
  const known = new Set(ids);
  if (!known.has(s.start)) issue(['start'], 'start-missing', meaning(s.start, ids, { start: s.start }));

  const edges = new Map<string, string[]>();
  s.steps.forEach((step, si) => {
    for (const [id, ci] of duplicates(step.choices.map((c) => c.id))) {
      issue(['steps', si, 'choices', ci, 'id'], 'duplicate-choice', { step: step.id, id });
    }
    step.choices.forEach((choice, ci) => {
      if (choice.next !== DEBRIEF && !known.has(choice.next)) {
        // "debrief" is a candidate too: misspelling it is the commonest slip.
        issue(
          ['steps', si, 'choices', ci, 'next'],
          'next-missing',
          meaning(choice.next, [...ids, DEBRIEF], { step: step.id, choice: choice.id, next: choice.next }),
        );
      }
    });
    if (step.timer && !step.choices.some((c) => c.id === step.timer!.choice)) {
      issue(
        ['steps', si, 'timer', 'choice'],
        'timer-choice-missing',
        meaning(
          step.timer.choice,
          step.choices.map((c) => c.id),
          { step: step.id, choice: step.timer.choice },
        ),
      );
    }
    const written = step.freeText
      ? [
          { next: step.freeText.next, path: ['steps', si, 'freeText', 'next'] },
          ...(step.freeText.branches ?? []).map((b, bi) => ({
            next: b.next,
            path: ['steps', si, 'freeText', 'branches', bi, 'next'],
          })),
        ]
      : [];
    for (const w of written) {
      if (w.next !== DEBRIEF && !known.has(w.next)) {
        issue(w.path, 'written-next-missing', meaning(w.next, [...ids, DEBRIEF], { step: step.id, next: w.next }));
      }
    }
    edges.set(step.id, successors(step));
  });

  checkBestPath(s, issue);
  const fromStart = reachable([s.start], (id) => edges.get(id) ?? []);
  const reverse = new Map<string, string[]>();
  for (const [from, tos] of edges) for (const to of tos) reverse.set(to, [...(reverse.get(to) ?? []), from]);
  const canEnd = reachable([DEBRIEF], (id) => reverse.get(id) ?? []);

  s.steps.forEach((step, si) => {
    if (!fromStart.has(step.id)) {
      issue(['steps', si], 'unreachable', { step: step.id });
    } else if (!canEnd.has(step.id)) {
      issue(['steps', si], 'no-way-out', { step: step.id });
    }
  });
}

/** The lesson's path must be a real path: each choice exists at the step the previous one leads to, and the last ends the scenario. */
function checkBestPath(s: GraphInput, issue: Report): void {
  const path = s.debrief.bestPath;
  if (!path) return;
  const followed = followChoices(s, path);
  if (followed.ok) {
    // A next step that does not exist is reported on its own.
    if (followed.at !== DEBRIEF && s.steps.some((step) => step.id === followed.at)) {
      issue(['debrief', 'bestPath'], 'lesson-path-stops', { step: followed.at });
    }
    return;
  }
  const { index, at, why } = followed;
  if (why === 'after-debrief') {
    issue(['debrief', 'bestPath', index], 'lesson-path-after-end', {
      last: path[index - 1] ?? '',
      choice: path[index] ?? '',
    });
  } else if (why === 'no-such-choice') {
    const choices = s.steps.find((step) => step.id === at)!.choices.map((c) => c.id);
    issue(
      ['debrief', 'bestPath', index],
      'lesson-path-no-choice',
      meaning(path[index]!, choices, { choice: path[index]!, step: at }),
    );
  }
  // A missing start or next step is reported on its own.
}
