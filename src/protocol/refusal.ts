import { z } from 'zod';

/**
 * Why the server refused a request, as every error answer of the API says it: a stable `code`,
 * the `values` its sentence names, and `error`, that sentence made from the catalogue in the
 * request's Accept-Language (English by default) for API users and logs. Pages do not show
 * `error`: they word the code and values in their own language (`refusalText` in `src/i18n`).
 */
export const REFUSAL_CODES = [
  // Teams and their runs.
  'wrong-team-code',
  'team-name-taken',
  'join-team-first',
  'team-instructor-token',
  'team-token',
  'unknown-scenario-version',
  'cannot-replay',
  'incomplete',
  'score-mismatch',
  'leaderboard-closed',
  'leaderboard-own-team',
  'library-has-id',
  'version-taken',
  'organiser-key-needed',
  'organiser-key-wrong',
  // Class sessions.
  'wrong-class-code',
  'class-name-taken',
  'join-class-first',
  'trainee-key',
  'instructor-key',
  'no-scenario-number',
  'not-open',
  'already-answered',
  'out-of-order',
  'cannot-play',
  'two-files-one-id',
  'no-such-scenario',
  'at-most-decisions',
  'no-written-reply',
  'streams-per-key',
  'streams-per-address',
  // An instructor's own scenario file.
  'upload-refused',
  // Any request.
  'no-scenario-file',
  'method-not-allowed',
  'not-found',
  'too-many-requests',
  'too-large',
  'request-refused',
  'database-away',
  'failed',
  // A request's fields, as its schema checks them.
  'name-missing',
  'name-too-long',
  'name-one-line',
  'name-reverses',
  'name-invisible',
  'text-broken',
  'text-control',
  'no-scenario-picked',
  'too-many-scenarios',
  'too-many-uploads',
  'file-too-large',
  'invalid-field',
] as const;
export type RefusalCode = (typeof REFUSAL_CODES)[number];

/** What a refusal's sentence names: numbers, ids, names, and codes that are worded in turn (`what`, `reason`). */
export type RefusalValues = Record<string, string | number>;

/** A refusal as a server sends it. */
export interface Refusal {
  code: RefusalCode;
  values: RefusalValues;
}

/** An error answer as it arrives: any code (a newer server may have more), its values and its sentence. */
export const RefusalBody = z.object({
  code: z.string(),
  values: z.record(z.string(), z.union([z.string(), z.number()])).default({}),
  error: z.string().optional(),
});
export type RefusalBody = z.infer<typeof RefusalBody>;

export const isRefusalCode = (code: string): code is RefusalCode => (REFUSAL_CODES as readonly string[]).includes(code);

/**
 * What a field of a request is, for the sentence that names it: a title, a team name, a display
 * name, a written reply, a file name, a join code.
 */
export type FieldKind = 'title' | 'team' | 'name' | 'reply' | 'file' | 'code';

/** A schema's problem with a field, carried on the Zod issue so that the server answers its code. */
export interface FieldProblem {
  code: RefusalCode;
  values?: RefusalValues;
}

/**
 * Adds an issue to a refinement that carries its refusal code and values. The issue's message is
 * the code itself: the server words it (with `requestRefusal`), and the pages word it again in
 * their own language.
 */
export function addProblem(
  ctx: Pick<z.RefinementCtx<unknown>, 'addIssue'>,
  problem: FieldProblem,
  opts: { path?: PropertyKey[]; abort?: boolean } = {},
): void {
  ctx.addIssue({
    code: 'custom',
    message: problem.code,
    params: { refusal: problem },
    ...(opts.path ? { path: opts.path } : {}),
    ...(opts.abort ? { abort: true } : {}),
  });
}

/**
 * The refusal for a request its schema refused, from its first issue: the schema's own code and
 * values when it gave one, otherwise `invalid-field` with Zod's description (a request no page
 * sends, made by hand). The field's path is always among the values.
 */
export function requestRefusal(error: z.ZodError): Refusal {
  const issue = error.issues[0];
  const field = issue?.path.join('.') || 'request';
  const coded = issue?.code === 'custom' ? (issue.params?.refusal as FieldProblem | undefined) : undefined;
  if (coded) return { code: coded.code, values: { ...coded.values, field } };
  return { code: 'invalid-field', values: { field, detail: issue?.message ?? '' } };
}
