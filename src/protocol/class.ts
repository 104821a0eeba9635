import { z } from 'zod';
import { DecisionSchema } from '../engine';
import { normalizeJoinCode } from './join-code';
import { organiserKeyField, scenarioIdSchema as scenarioId } from './team';
import { addProblem } from './refusal';
import { cleanText, decisionTextProblem, nameSchema } from './text';
import { MAX_CLASS_UPLOADS, ScenarioUpload } from './uploads';

/** The class sessions' requests and answers: checked with Zod on the server, parsed with the same schemas by the game and the class view. */

/** The largest id a database row can have (PostgreSQL's integer): a bigger number names no row and must not reach a query. */
export const MAX_ROW_ID = 2 ** 31 - 1;

export const CLASS_MODES = ['self-paced', 'lockstep'] as const;
export type ClassMode = (typeof CLASS_MODES)[number];

/** Scenarios at most in one session's playlist. */
export const MAX_SESSION_SCENARIOS = 10;

export const OpenSessionRequest = z.strictObject({
  title: nameSchema('title', 80),
  scenarios: z.array(scenarioId).superRefine((ids, ctx) => {
    if (ids.length === 0) addProblem(ctx, { code: 'no-scenario-picked' });
    if (ids.length > MAX_SESSION_SCENARIOS)
      addProblem(ctx, { code: 'too-many-scenarios', values: { max: MAX_SESSION_SCENARIOS } });
  }),
  mode: z.enum(CLASS_MODES),
  organiserKey: organiserKeyField,
  /** The instructor's own scenario files, played by this session only; `scenarios` names them by id, in the order they are played. */
  uploads: z
    .array(ScenarioUpload)
    .superRefine((files, ctx) => {
      if (files.length > MAX_CLASS_UPLOADS)
        addProblem(ctx, { code: 'too-many-uploads', values: { max: MAX_CLASS_UPLOADS } });
    })
    .optional(),
});

/** A session as its trainees see it: no other trainee's answer. */
export const SessionInfo = z.object({
  title: z.string(),
  mode: z.enum(CLASS_MODES),
  scenarios: z.array(z.string()),
  status: z.enum(['open', 'ended']),
  /** Lockstep: the scenario the class is on and how many of its decisions are open. */
  stage: z.object({ scenario: z.number(), open: z.number() }),
});
export type SessionInfo = z.infer<typeof SessionInfo>;

export const OpenSessionResponse = z.object({
  session: SessionInfo,
  joinCode: z.string(),
  instructorToken: z.string(),
  /** The checker's design warnings on the instructor's own files: they do not stop the session. */
  warnings: z.array(z.string()).default([]),
});

export const ClassJoinRequest = z.strictObject({
  joinCode: cleanText(z.string().max(40), 'code').transform(normalizeJoinCode),
  name: nameSchema('name', 40),
});
export const ClassJoinResponse = z.object({ session: SessionInfo, trainee: z.string(), token: z.string() });

export const AnswerRequest = z.strictObject({
  /** Which scenario of the playlist. */
  scenarioIndex: z.number().int().min(0).max(9),
  /** 0 for the scenario's first decision: answers go one by one, in order. */
  position: z.number().int().min(0).max(99),
  /** The decision, in the engine's one decision schema (a timed-out one included). */
  decision: DecisionSchema.superRefine((d, ctx) => {
    const problem = decisionTextProblem(d);
    if (problem) addProblem(ctx, { code: problem, values: { what: 'reply' } }, { path: ['text'] });
  }),
});
export type AnswerRequest = z.infer<typeof AnswerRequest>;
/** The server's replay of the trainee's run so far. No score is taken from the client. */
export const AnswerResponse = z.object({
  position: z.number(),
  score: z.number(),
  complete: z.boolean(),
  duplicate: z.boolean(),
});

/** The trainee's own progress: their decisions per scenario of the playlist, as the server stored them. */
export const TraineeState = z.object({
  session: SessionInfo,
  trainee: z.string(),
  progress: z.array(
    z.object({
      scenarioIndex: z.number(),
      decisions: z.array(DecisionSchema),
      complete: z.boolean(),
      score: z.number().nullable(),
    }),
  ),
  /** Lockstep: how many trainees have answered each open decision of the current scenario. */
  answered: z.array(z.number()),
  trainees: z.number(),
});
export type TraineeState = z.infer<typeof TraineeState>;

export const ClassLeaderboard = z.object({
  players: z.array(z.object({ name: z.string(), score: z.number(), finished: z.number() })),
});
export type ClassLeaderboard = z.infer<typeof ClassLeaderboard>;

/** Which scenario of the playlist a trainee asks for. */
export const ScenarioQuery = z.strictObject({ index: z.coerce.number().int().min(0).max(9) });

export const StageRequest = z.strictObject({
  scenario: z.number().int().min(0).max(9),
  open: z.number().int().min(0).max(100),
});
export const HighlightRequest = z.strictObject({ answer: z.number().int().min(1).max(MAX_ROW_ID), shown: z.boolean() });

/** Whether a lockstep class has opened this decision: earlier scenarios stay open, so answers queued offline still count. */
export function isOpen(session: SessionInfo | undefined, scenarioIndex: number, position: number): boolean {
  if (session?.mode !== 'lockstep') return true;
  return (
    scenarioIndex < session.stage.scenario ||
    (scenarioIndex === session.stage.scenario && position < session.stage.open)
  );
}

/** A trainee's standing in a session: the scenarios finished and the final scores summed over them. */
export interface Standing {
  name: string;
  score: number;
  finished: number;
}

/**
 * The session's ranking, for the trainees' leaderboard and the instructor's pages alike: final
 * scores summed over the scenarios each trainee finished; most scenarios finished first, then
 * the higher total, then by name.
 */
export function standingsOf(
  trainees: readonly { id: string | number; name: string }[],
  answers: readonly { trainee: string | number; complete: boolean | number; score: number }[],
): Standing[] {
  return trainees
    .map((t) => {
      const ends = answers.filter((a) => a.trainee === t.id && Boolean(a.complete));
      return { name: t.name, score: ends.reduce((sum, a) => sum + a.score, 0), finished: ends.length };
    })
    .sort((a, b) => b.finished - a.finished || b.score - a.score || a.name.localeCompare(b.name));
}
