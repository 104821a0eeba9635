/**
 * Checks of a step that need the whole scenario: when the step happens, and whether its thread's
 * askers belong to the audience and its answers can be told apart.
 */
import type { z } from 'zod';
import { meaning, type Report, reporter } from './graph';
import { FIGURES, placeholdersIn } from './figures';

interface StepInput {
  id: string;
  at?: number | undefined;
  after?: number | undefined;
  choices: { silent: boolean }[];
  freeText?: unknown;
  thread?: { askers: { id: string; segment: string; answers: { id: string; private: boolean }[] }[] } | undefined;
  situation: string | Partial<Record<string, string>>;
  prompt: string | Partial<Record<string, string>>;
}

/** Each step says when it happens (once), and each thread can be played. */
export function checkSteps(
  s: { start: string; steps: StepInput[]; audience: { segments: { id: string }[] } },
  ctx: z.RefinementCtx,
): void {
  const issue = reporter(ctx);
  const segments = s.audience.segments.map((seg) => seg.id);
  s.steps.forEach((step, si) => {
    if (step.at === undefined && step.after === undefined) {
      issue(['steps', si], 'no-time', { step: step.id });
    } else if (step.at !== undefined && step.after !== undefined) {
      issue(['steps', si, 'after'], 'both-times', { step: step.id });
    }
    checkFigures(step, si, step.id === s.start, issue);
    const thread = step.thread;
    if (!thread) return;
    if (step.choices.every((c) => c.silent) && !step.freeText) {
      issue(['steps', si, 'thread'], 'thread-silent', { step: step.id });
    }
    const askerIds = new Set<string>();
    thread.askers.forEach((asker, ai) => {
      const at = ['steps', si, 'thread', 'askers', ai];
      if (askerIds.has(asker.id)) issue([...at, 'id'], 'duplicate-asker', { step: step.id, id: asker.id });
      askerIds.add(asker.id);
      if (!segments.includes(asker.segment)) {
        issue(
          [...at, 'segment'],
          'asker-segment-missing',
          meaning(asker.segment, segments, { asker: asker.id, segment: asker.segment }),
        );
      }
      const answerIds = new Set<string>();
      asker.answers.forEach((answer, ni) => {
        if (answerIds.has(answer.id))
          issue([...at, 'answers', ni, 'id'], 'duplicate-answer', { asker: asker.id, id: answer.id });
        answerIds.add(answer.id);
      });
      if (asker.answers.filter((a) => a.private).length > 1) {
        issue([...at, 'answers'], 'two-private', { asker: asker.id });
      }
    });
  });
}

/** A step's text quotes the previous post's figures only by the placeholders the game fills, and never before a first post. */
function checkFigures(step: StepInput, si: number, first: boolean, issue: Report): void {
  for (const field of ['situation', 'prompt'] as const) {
    const text = step[field];
    const texts = typeof text === 'string' ? [text] : Object.values(text).filter((x) => typeof x === 'string');
    const named = [...new Set(texts.flatMap(placeholdersIn))];
    for (const name of named) {
      if (!(FIGURES as readonly string[]).includes(name))
        issue(
          ['steps', si, field],
          'unknown-figure',
          meaning(name, [...FIGURES], {
            field,
            step: step.id,
            placeholder: `{${name}}`,
            figures: FIGURES.map((f) => `{${f}}`).join(', '),
          }),
        );
      else if (first)
        issue(['steps', si, field], 'figure-on-first-step', { field, step: step.id, placeholder: `{${name}}` });
    }
  }
}
