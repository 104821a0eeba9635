import { sql } from 'kysely';
import type { Leaderboard } from '../../protocol/team';
import type { Db } from './database';

const now = () => new Date().toISOString();

export async function insertTeam(db: Db, name: string, joinCode: string, adminTokenHash: string): Promise<void> {
  await db
    .insertInto('teams')
    .values({ name, join_code: joinCode, admin_token_hash: adminTokenHash, created_at: now() })
    .execute();
}

export async function teamByCode(db: Db, joinCode: string) {
  return db.selectFrom('teams').select(['id', 'name']).where('join_code', '=', joinCode).executeTakeFirst();
}

export async function teamByAdmin(db: Db, adminTokenHash: string) {
  return db
    .selectFrom('teams')
    .select(['id', 'name'])
    .where('admin_token_hash', '=', adminTokenHash)
    .executeTakeFirst();
}

export async function insertPlayer(db: Db, teamId: number, name: string, tokenHash: string): Promise<void> {
  await db.insertInto('players').values({ team_id: teamId, name, token_hash: tokenHash, created_at: now() }).execute();
}

/** The names of a team's players. */
export async function teamPlayerNames(db: Db, teamId: number): Promise<string[]> {
  const rows = await db.selectFrom('players').select('name').where('team_id', '=', teamId).execute();
  return rows.map((r) => r.name);
}

export async function playerByToken(db: Db, tokenHash: string) {
  return db
    .selectFrom('players')
    .select(['id', 'team_id', 'name'])
    .where('token_hash', '=', tokenHash)
    .executeTakeFirst();
}

export interface NewRun {
  teamId: number;
  playerId: number;
  clientRunId: string;
  scenarioId: string;
  scenarioVersion: number;
  seed: number;
  transcript: string;
  score: number;
  followersDelta: number;
}

/**
 * Stores a verified run once: sending the same client run id again finds the
 * stored one. The player's best moves in the same transaction.
 */
export async function insertRun(db: Db, run: NewRun): Promise<{ id: number; score: number; duplicate: boolean }> {
  return db.transaction().execute(async (tx) => {
    const inserted = await tx
      .insertInto('runs')
      .values({
        team_id: run.teamId,
        player_id: run.playerId,
        client_run_id: run.clientRunId,
        scenario_id: run.scenarioId,
        scenario_version: run.scenarioVersion,
        seed: run.seed,
        transcript: run.transcript,
        score: run.score,
        followers_delta: run.followersDelta,
        created_at: now(),
      })
      .onConflict((oc) => oc.columns(['player_id', 'client_run_id']).doNothing())
      .returning(['id', 'score'])
      .executeTakeFirst();
    if (!inserted) {
      const existing = await tx
        .selectFrom('runs')
        .select(['id', 'score'])
        .where('player_id', '=', run.playerId)
        .where('client_run_id', '=', run.clientRunId)
        .executeTakeFirstOrThrow();
      return { id: Number(existing.id), score: existing.score, duplicate: true };
    }
    await tx
      .insertInto('best_scores')
      .values({
        player_id: run.playerId,
        team_id: run.teamId,
        scenario_id: run.scenarioId,
        scenario_version: run.scenarioVersion,
        best: run.score,
        runs: 1,
      })
      .onConflict((oc) =>
        oc.columns(['player_id', 'scenario_id', 'scenario_version']).doUpdateSet({
          // CASE rather than max()/greatest(): the same SQL in SQLite and PostgreSQL.
          best: sql<number>`case when excluded.best > best_scores.best then excluded.best else best_scores.best end`,
          runs: sql<number>`best_scores.runs + 1`,
        }),
      )
      .execute();
    return { id: Number(inserted.id), score: inserted.score, duplicate: false };
  });
}

/** A scenario at one of its versions. */
export interface ScenarioVersion {
  id: string;
  version: number;
}

/**
 * Best score per player (for one version of a scenario, or summed over the
 * current versions of the scenarios when none is given), and each team's
 * average of its players' bests. Versions are never mixed: a changed
 * scenario is another game.
 */
export async function leaderboard(
  db: Db,
  scenario: ScenarioVersion | undefined,
  current: readonly ScenarioVersion[],
  teamId: number | undefined,
  limit = 100,
): Promise<Leaderboard> {
  const boards = scenario ? [scenario] : current;
  if (boards.length === 0) return { scenario: null, version: null, players: [], teams: [] };
  let query = db
    .selectFrom('best_scores as b')
    .innerJoin('players', 'players.id', 'b.player_id')
    .innerJoin('teams', 'teams.id', 'b.team_id')
    .select([
      'players.id as id',
      'players.name as player',
      'teams.id as teamId',
      'teams.name as team',
      sql<number>`sum(b.best)`.as('score'),
      sql<number>`sum(b.runs)`.as('runs'),
    ])
    .where((eb) =>
      eb.or(boards.map((s) => eb.and([eb('b.scenario_id', '=', s.id), eb('b.scenario_version', '=', s.version)]))),
    );
  if (teamId !== undefined) query = query.where('b.team_id', '=', teamId);
  const perPlayer = await query
    .groupBy(['players.id', 'players.name', 'teams.id', 'teams.name'])
    .orderBy('score', 'desc')
    .orderBy('players.id')
    .execute();
  // By id: two teams may share a name.
  const teams = new Map<number, { team: string; total: number; players: number }>();
  for (const p of perPlayer) {
    const t = teams.get(p.teamId) ?? { team: p.team, total: 0, players: 0 };
    t.total += Number(p.score);
    t.players += 1;
    teams.set(p.teamId, t);
  }
  return {
    scenario: scenario?.id ?? null,
    version: scenario?.version ?? null,
    players: perPlayer
      .slice(0, limit)
      .map((p) => ({ player: p.player, team: p.team, score: Number(p.score), runs: Number(p.runs) })),
    teams: [...teams.values()]
      .map((t) => ({ team: t.team, average: Math.round(t.total / t.players), players: t.players }))
      .sort((a, b) => b.average - a.average)
      .slice(0, limit),
  };
}

/** Every run of a team, oldest first, for the instructor's CSV. */
export async function teamRuns(db: Db, teamId: number) {
  return db
    .selectFrom('runs')
    .innerJoin('players', 'players.id', 'runs.player_id')
    .select([
      'players.name as player',
      'runs.scenario_id',
      'runs.scenario_version',
      'runs.score',
      'runs.followers_delta',
      'runs.seed',
      'runs.transcript',
      'runs.created_at',
    ])
    .where('runs.team_id', '=', teamId)
    .orderBy('runs.id')
    .execute();
}
