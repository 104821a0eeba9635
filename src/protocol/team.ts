import { z } from 'zod';
import { TranscriptSchema } from '../engine';
import { normalizeJoinCode } from './join-code';
import { addProblem, type FieldKind } from './refusal';
import { cleanText, decisionTextProblem, nameSchema } from './text';

/** The API's requests and answers, checked with Zod on the server and used by the game's client. */

const name = (what: FieldKind) => nameSchema(what, 60);

/** A join code as typed: the text rules first, so that a stray control character is a 400, not a database error. */
export const joinCodeSchema = (max: number) =>
  cleanText(z.string().trim().min(4).max(max), 'code').transform(normalizeJoinCode);

/** The largest version number a scenario may have (the database's integer). */
export const MAX_SCENARIO_VERSION = 2 ** 31 - 1;

/** A scenario id, as the library names scenarios. */
export const scenarioIdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/)
  .max(100);

/** The server's organiser key, when it asks for one (ORGANISER_KEY): a Bearer token does as well. */
export const organiserKeyField = z.string().min(1).max(200).optional();

export const CreateTeamRequest = z.strictObject({ name: name('team'), organiserKey: organiserKeyField });
export const CreateTeamResponse = z.object({ team: z.string(), joinCode: z.string(), adminToken: z.string() });

export const JoinRequest = z.strictObject({ joinCode: joinCodeSchema(32), name: name('name') });
export const JoinResponse = z.object({ team: z.string(), player: z.string(), token: z.string() });

export const SubmitRunRequest = z.strictObject({
  /** The client's id for the run: sending it again stores it once. */
  clientRunId: z.string().regex(/^[A-Za-z0-9-]{8,64}$/),
  /** The run, in the engine's one transcript schema. */
  transcript: TranscriptSchema.superRefine((t, ctx) => {
    t.decisions.forEach((d, i) => {
      const problem = decisionTextProblem(d);
      if (problem) addProblem(ctx, { code: problem, values: { what: 'reply' } }, { path: ['decisions', i, 'text'] });
    });
  }),
  seed: z.number().int().min(0).max(0xffffffff),
  /** The score the client computed; the server replays the run and refuses a different one. */
  claimedScore: z.number().int().min(0).max(100_000),
});
export type SubmitRun = z.infer<typeof SubmitRunRequest>;
export const SubmitRunResponse = z.object({ runId: z.number(), score: z.number(), duplicate: z.boolean() });

export const LeaderboardQuery = z.strictObject({
  scenario: scenarioIdSchema.optional(),
  /** One version of the scenario; the current one (the library's, or the team's latest) by default. */
  version: z.coerce.number().int().min(1).max(MAX_SCENARIO_VERSION).optional(),
  team: joinCodeSchema(32).optional(),
});

export const LeaderboardResponse = z.object({
  scenario: z.string().nullable(),
  /** The version the board ranks; null for the total over the scenarios' current versions. */
  version: z.number().nullable(),
  players: z.array(z.object({ player: z.string(), team: z.string(), score: z.number(), runs: z.number() })),
  teams: z.array(z.object({ team: z.string(), average: z.number(), players: z.number() })),
});
export type Leaderboard = z.infer<typeof LeaderboardResponse>;
