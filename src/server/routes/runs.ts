import type { FastifyInstance } from 'fastify';
import { CHECK_ONLY, play, PlayError, type Analyser, type Outcome } from '../../engine';
import { LeaderboardQuery, SubmitRunRequest, type Leaderboard } from '../../protocol/team';
import { bearer } from '../auth';
import type { Db } from '../db/database';
import { insertRun, leaderboard, playerByToken, teamByAdmin, teamByCode, type ScenarioVersion } from '../db/queries';
import type { Library } from '../library';
import { hashToken } from '../secrets';
import { latestVersions, type UploadedScenarios } from '../uploads/shelf';
import { refuse, refuseRequest } from '../speak';

/** How long a leaderboard answer is reused: other servers sharing the database show a new run within this time. */
const BOARD_TTL_MS = 1000;
/** Players found by their token are remembered this long (a player never changes team), and at most this many. */
const PLAYER_TTL_MS = 60_000;
const PLAYERS_KEPT = 10_000;
/** Leaderboards kept at most: one per scenario of the library and team asking, far more than a class asks for in a second. */
const BOARDS_KEPT = 1_000;

/**
 * Submitting runs, checked by replaying them, and reading leaderboards. A `closed` server (one with
 * an organiser key) shows a leaderboard only to its team: a player's or instructor's token picks it.
 */
export function runRoutes(
  app: FastifyInstance,
  db: Db,
  library: Library,
  uploads: UploadedScenarios,
  analyser: Analyser,
  opts: { closed: boolean } = { closed: false },
): void {
  // A class refreshing the leaderboard at once asks the same question many times a second.
  const boards = new Map<string, { at: number; board: Promise<Leaderboard> }>();
  // A player posts run after run: one query fewer for each (only players found are kept, so a new one is seen at once).
  const players = new Map<string, { at: number; player: NonNullable<Awaited<ReturnType<typeof playerByToken>>> }>();
  const findPlayer = async (token: string) => {
    const hash = hashToken(token);
    const known = players.get(hash);
    if (known && Date.now() - known.at < PLAYER_TTL_MS) return known.player;
    const player = await playerByToken(db, hash);
    if (player) {
      if (players.size >= PLAYERS_KEPT) players.clear();
      players.set(hash, { at: Date.now(), player });
    }
    return player;
  };
  app.post('/api/runs', async (req, reply) => {
    const playerToken = bearer(req);
    const player = playerToken ? await findPlayer(playerToken) : undefined;
    if (!player) return refuse(req, reply, 401, 'join-team-first');
    const body = SubmitRunRequest.safeParse(req.body);
    if (!body.success) return refuseRequest(req, reply, body.error);
    const { transcript, seed, claimedScore, clientRunId } = body.data;
    // The library's, or the player's team's own scenario at the version played; a library scenario at
    // another version is replayed anyway, so that the engine refuses it with its own sentence.
    const scenario =
      (await uploads.find({ kind: 'team', id: player.team_id }, transcript.scenarioId, transcript.scenarioVersion)) ??
      library.get(transcript.scenarioId);
    if (!scenario)
      return refuse(req, reply, 404, 'unknown-scenario-version', {
        id: transcript.scenarioId,
        version: transcript.scenarioVersion,
      });
    // Scores are checked, not trusted: the server plays the run itself.
    let outcome: Outcome;
    try {
      outcome = play(scenario, transcript, seed, { ...CHECK_ONLY, analyser });
    } catch (err) {
      // The engine's values go along with its code, so that each page words what was refused.
      if (err instanceof PlayError)
        return refuse(req, reply, 422, 'cannot-replay', { ...err.values, reason: err.code });
      throw err;
    }
    if (!outcome.complete) return refuse(req, reply, 422, 'incomplete');
    if (outcome.score.total !== claimedScore)
      return refuse(req, reply, 422, 'score-mismatch', { claimed: claimedScore, total: outcome.score.total });
    const stored = await insertRun(db, {
      teamId: player.team_id,
      playerId: player.id,
      clientRunId,
      scenarioId: scenario.id,
      scenarioVersion: scenario.version,
      seed,
      transcript: JSON.stringify(transcript),
      score: outcome.score.total,
      followersDelta: outcome.followers.delta,
    });
    // This server's own cache never hides a run it has just stored.
    if (!stored.duplicate) boards.clear();
    return reply
      .code(stored.duplicate ? 200 : 201)
      .send({ runId: stored.id, score: stored.score, duplicate: stored.duplicate });
  });

  app.get('/api/leaderboard', async (req, reply) => {
    const query = LeaderboardQuery.safeParse(req.query);
    if (!query.success) return refuseRequest(req, reply, query.error);
    let teamId: number | undefined;
    if (opts.closed) {
      const given = bearer(req);
      const own = given
        ? ((await findPlayer(given))?.team_id ?? (await teamByAdmin(db, hashToken(given)))?.id)
        : undefined;
      if (own === undefined) return refuse(req, reply, 401, 'leaderboard-closed');
      if (query.data.team && (await teamByCode(db, query.data.team.toUpperCase()))?.id !== own)
        return refuse(req, reply, 403, 'leaderboard-own-team');
      teamId = own;
    } else if (query.data.team) {
      const team = await teamByCode(db, query.data.team.toUpperCase());
      if (!team) return refuse(req, reply, 404, 'wrong-team-code');
      teamId = team.id;
    }
    // The boards a team can see: the library's scenarios and its own, each at its current version.
    const own = teamId === undefined ? [] : latestVersions(await uploads.all({ kind: 'team', id: teamId }));
    const current: ScenarioVersion[] = [...library.values(), ...own].map((s) => ({ id: s.id, version: s.version }));
    const asked = query.data.scenario;
    const version =
      asked === undefined ? undefined : (query.data.version ?? current.find((s) => s.id === asked)?.version);
    // A name the server does not know is a board with no runs.
    if (asked !== undefined && version === undefined)
      return { scenario: asked, version: null, players: [], teams: [] } satisfies Leaderboard;
    const scenario = asked === undefined ? undefined : { id: asked, version: version! };
    // Only known boards are kept: one per name and version anyone can type would let a stranger fill the server's memory.
    if (scenario && !current.some((s) => s.id === scenario.id && s.version === scenario.version))
      return leaderboard(db, scenario, current, teamId);
    const key = `${scenario?.id ?? ''}|${scenario?.version ?? ''}|${teamId ?? ''}`;
    const cached = boards.get(key);
    if (cached && Date.now() - cached.at < BOARD_TTL_MS) return cached.board;
    const board = leaderboard(db, scenario, current, teamId);
    if (boards.size >= BOARDS_KEPT) boards.clear();
    boards.set(key, { at: Date.now(), board });
    board.catch(() => boards.delete(key));
    return board;
  });
}
