import type { z } from 'zod';
import { closest, distance } from 'fastest-levenshtein';
import { DEBRIEF } from './step';
import { followChoices, reachable, successors } from '../run/graph';

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

/** Suggests the nearest id when a name is a small typo away from one. */
export function didYouMean(name: string, ids: string[]): string {
  if (ids.length === 0) return '';
  const best = closest(name, ids);
  return distance(name, best) <= Math.max(2, Math.floor(name.length / 3)) ? `; did you mean "${best}"?` : '';
}

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
  const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
  const ids = s.steps.map((step) => step.id);
  for (const [id, i] of duplicates(ids))
    issue(['steps', i, 'id'], `two steps have the id "${id}"; step ids must be unique`);
  for (const [id, i] of duplicates(s.audience.segments.map((seg) => seg.id))) {
    issue(['audience', 'segments', i, 'id'], `two segments have the id "${id}"; segment ids must be unique`);
  }
  const known = new Set(ids);
  if (!known.has(s.start)) issue(['start'], `the start step "${s.start}" does not exist${didYouMean(s.start, ids)}`);

  const edges = new Map<string, string[]>();
  s.steps.forEach((step, si) => {
    for (const [id, ci] of duplicates(step.choices.map((c) => c.id))) {
      issue(['steps', si, 'choices', ci, 'id'], `step "${step.id}" has two choices with the id "${id}"`);
    }
    step.choices.forEach((choice, ci) => {
      if (choice.next !== DEBRIEF && !known.has(choice.next)) {
        // "debrief" is a candidate too: misspelling it is the commonest slip.
        const hint = didYouMean(choice.next, [...ids, DEBRIEF]);
        issue(
          ['steps', si, 'choices', ci, 'next'],
          `step "${step.id}" has a choice "${choice.id}" whose next step "${choice.next}" does not exist${hint}${hint.includes(`"${DEBRIEF}"`) ? '' : ` (use "${DEBRIEF}" to end the scenario)`}`,
        );
      }
    });
    if (step.timer && !step.choices.some((c) => c.id === step.timer!.choice)) {
      issue(
        ['steps', si, 'timer', 'choice'],
        `step "${step.id}" takes the choice "${step.timer.choice}" when time runs out, but has no such choice${didYouMean(
          step.timer.choice,
          step.choices.map((c) => c.id),
        )}`,
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
        issue(
          w.path,
          `step "${step.id}" lets the trainee write a reply that leads to "${w.next}", which does not exist${didYouMean(w.next, [...ids, DEBRIEF])}`,
        );
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
      issue(['steps', si], `step "${step.id}" cannot be reached: no choice leads to it and it is not the start`);
    } else if (!canEnd.has(step.id)) {
      issue(['steps', si], `step "${step.id}" never leads to the debrief: every path from it loops forever`);
    }
  });
}

/** The lesson's path must be a real path: each choice exists at the step the previous one leads to, and the last ends the scenario. */
function checkBestPath(s: GraphInput, issue: (path: (string | number)[], message: string) => void): void {
  const path = s.debrief.bestPath;
  if (!path) return;
  const followed = followChoices(s, path);
  if (followed.ok) {
    // A next step that does not exist is reported on its own.
    if (followed.at !== DEBRIEF && s.steps.some((step) => step.id === followed.at)) {
      issue(
        ['debrief', 'bestPath'],
        `the lesson's path stops at step "${followed.at}" before the debrief: add the choices that lead there`,
      );
    }
    return;
  }
  const { index, at, why } = followed;
  if (why === 'after-debrief') {
    issue(
      ['debrief', 'bestPath', index],
      `the lesson's path ends at choice "${path[index - 1]}", so "${path[index]}" comes after the debrief`,
    );
  } else if (why === 'no-such-choice') {
    const choices = s.steps.find((step) => step.id === at)!.choices.map((c) => c.id);
    issue(
      ['debrief', 'bestPath', index],
      `the lesson's path goes through choice "${path[index]}", but step "${at}" has no such choice${didYouMean(path[index]!, choices)}`,
    );
  }
  // A missing start or next step is reported on its own.
}
