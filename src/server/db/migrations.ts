import { sql, type CreateTableBuilder, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import { classMigrations } from '../../class/server/migrations';
import { uploadMigrations } from '../uploads/migrations';

type Kind = 'sqlite' | 'postgres';

/**
 * The schema's history, oldest first. Written once and never edited: a
 * change is a new migration. The same definitions run on SQLite and
 * PostgreSQL; only how an id counts up differs.
 */
function history(kind: Kind): Record<string, Migration> {
  const withId = <T extends string>(b: CreateTableBuilder<T, never>) =>
    b.addColumn('id', 'integer', (c) =>
      kind === 'sqlite' ? c.primaryKey().autoIncrement() : c.primaryKey().generatedByDefaultAsIdentity(),
    );
  return {
    '2026-11-001-teams-players-runs': {
      async up(db: Kysely<unknown>) {
        await withId(db.schema.createTable('teams'))
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('join_code', 'text', (c) => c.notNull().unique())
          .addColumn('admin_token_hash', 'text', (c) => c.notNull())
          .addColumn('created_at', 'text', (c) => c.notNull())
          .execute();
        await withId(db.schema.createTable('players'))
          .addColumn('team_id', 'integer', (c) => c.notNull().references('teams.id'))
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('token_hash', 'text', (c) => c.notNull().unique())
          .addColumn('created_at', 'text', (c) => c.notNull())
          .execute();
        await withId(db.schema.createTable('runs'))
          .addColumn('team_id', 'integer', (c) => c.notNull().references('teams.id'))
          .addColumn('player_id', 'integer', (c) => c.notNull().references('players.id'))
          .addColumn('client_run_id', 'text', (c) => c.notNull())
          .addColumn('scenario_id', 'text', (c) => c.notNull())
          .addColumn('scenario_version', 'integer', (c) => c.notNull())
          // Seeds go up to 2^32 − 1, past PostgreSQL's integer.
          .addColumn('seed', 'bigint', (c) => c.notNull())
          .addColumn('transcript', 'text', (c) => c.notNull())
          .addColumn('score', 'integer', (c) => c.notNull())
          .addColumn('followers_delta', 'integer', (c) => c.notNull())
          .addColumn('created_at', 'text', (c) => c.notNull())
          .addUniqueConstraint('runs_player_client_run', ['player_id', 'client_run_id'])
          .execute();
        await db.schema
          .createIndex('runs_team_scenario')
          .on('runs')
          .columns(['team_id', 'scenario_id', 'score'])
          .execute();
        await db.schema.createIndex('runs_scenario_score').on('runs').columns(['scenario_id', 'score']).execute();
        await db.schema.createIndex('players_team').on('players').column('team_id').execute();
      },
    },
    // Each player's best score per scenario, kept up to date as runs arrive, so a leaderboard read is one small join.
    '2026-11-002-bests': {
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable('bests')
          .addColumn('player_id', 'integer', (c) => c.notNull().references('players.id'))
          .addColumn('team_id', 'integer', (c) => c.notNull().references('teams.id'))
          .addColumn('scenario_id', 'text', (c) => c.notNull())
          .addColumn('best', 'integer', (c) => c.notNull())
          .addColumn('runs', 'integer', (c) => c.notNull())
          .addPrimaryKeyConstraint('bests_pk', ['player_id', 'scenario_id'])
          .execute();
        await db.schema.createIndex('bests_scenario').on('bests').columns(['scenario_id', 'best']).execute();
        await db.schema.createIndex('bests_team').on('bests').columns(['team_id', 'scenario_id']).execute();
        await sql`insert into bests (player_id, team_id, scenario_id, best, runs)
          select player_id, team_id, scenario_id, max(score), count(*) from runs group by player_id, team_id, scenario_id`.execute(
          db,
        );
      },
    },
    ...classMigrations(withId),
    ...uploadMigrations(withId),
  };
}

export const migrationsFor = (kind: Kind): MigrationProvider => ({ getMigrations: async () => history(kind) });
