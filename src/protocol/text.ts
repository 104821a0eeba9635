import { z } from 'zod';
import { addProblem, type FieldKind, type RefusalCode } from './refusal';

/**
 * The rules every string the API takes must keep, whatever field it is: well-formed Unicode (a lone
 * surrogate cannot be stored in UTF-8) and no control character but tab and newline (PostgreSQL
 * refuses NUL, and the others only hide or garble what the class view and the CSVs show). Names
 * are stricter still: they are shown on the projector beside scores, so they may not turn text
 * around (bidirectional controls) and must show something.
 */

/** C0 and C1 controls and DEL, except tab and newline. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this pattern finds.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/u;

/** Characters that reorder the text around them: embeddings, overrides, isolates and marks. */
const BIDI_CONTROL = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

/**
 * What a name may not be made of only: spaces, format characters (zero-width space, joiners),
 * marks, and the letters that are blank on screen (Hangul fillers, the braille blank).
 */
const INVISIBLE = /^[\p{White_Space}\p{Cf}\p{Cc}\p{M}\u115f\u1160\u3164\uffa0\u2800]*$/u;

/** A high surrogate without its low half, or a low one without its high half. */
// eslint-disable-next-line no-misleading-character-class
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Why a string cannot go into the database as sent (a broken character, a control character), or undefined when it can. */
export function textProblem(s: string): RefusalCode | undefined {
  if (LONE_SURROGATE.test(s)) return 'text-broken';
  if (CONTROL.test(s)) return 'text-control';
  return undefined;
}

/** Why a name (of a team, a player, a trainee, a session) cannot be shown as given, or undefined when it can. */
export function nameProblem(s: string): RefusalCode | undefined {
  const problem = textProblem(s);
  if (problem) return problem;
  if (/[\t\n]/.test(s)) return 'name-one-line';
  if (BIDI_CONTROL.test(s)) return 'name-reverses';
  if (INVISIBLE.test(s)) return 'name-invisible';
  return undefined;
}

/** Adds the text rules to a string schema: the issue carries the problem's code and what the field is; its path names the field. */
export function cleanText<T extends z.ZodType<string, string>>(schema: T, what: FieldKind) {
  return schema.superRefine((s, ctx) => {
    const problem = textProblem(s);
    if (problem) addProblem(ctx, { code: problem, values: { what } });
  });
}

/**
 * A name: trimmed, in Unicode's composed form (so that two ways of typing "é" are one name), from
 * 1 to `max` characters, with the name rules.
 */
export function nameSchema(what: FieldKind, max: number) {
  return z
    .string()
    .superRefine((s, ctx) => {
      const problem = textProblem(s);
      if (problem) addProblem(ctx, { code: problem, values: { what } }, { abort: true });
    })
    .transform((s) => s.normalize('NFC').trim())
    .pipe(
      z.string().superRefine((s, ctx) => {
        if (s.length === 0) return addProblem(ctx, { code: 'name-missing', values: { what } });
        if (s.length > max) return addProblem(ctx, { code: 'name-too-long', values: { what, max } });
        const problem = nameProblem(s);
        if (problem) addProblem(ctx, { code: problem, values: { what } });
      }),
    );
}

/** Two names that read the same on screen (case and compatibility forms aside) are one name. */
export const nameKey = (name: string) => name.normalize('NFKC').toLocaleLowerCase('en').replace(/\s+/gu, ' ').trim();

/** Rules for the decisions of a run or an answer: a written reply's words keep the text rules. */
export function decisionTextProblem(decision: { text?: string } | object): RefusalCode | undefined {
  return 'text' in decision && typeof decision.text === 'string' ? textProblem(decision.text) : undefined;
}
