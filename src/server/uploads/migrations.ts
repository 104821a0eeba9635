import { sql, type CreateTableBuilder, type Kysely, type Migration } from 'kysely';

type WithId = <T extends string>(b: CreateTableBuilder<T, never>) => CreateTableBuilder<T, 'id'>;

/** Instructors' own scenarios, and bests kept per version of a scenario; after the class sessions' migrations. */
export function uploadMigrations(withId: WithId): Record<string, Migration> {
  return {
    '2026-12-005-uploaded-scenarios': {
      async up(db: Kysely<unknown>) {
        await withId(db.schema.createTable('uploaded_scenarios'))
          .addColumn('owner', 'text', (c) => c.notNull())
          .addColumn('owner_id', 'integer', (c) => c.notNull())
          .addColumn('scenario_id', 'text', (c) => c.notNull())
          .addColumn('scenario_version', 'integer', (c) => c.notNull())
          .addColumn('file', 'text', (c) => c.notNull())
          .addColumn('text', 'text', (c) => c.notNull())
          .addColumn('created_at', 'text', (c) => c.notNull())
          // A version is written once: a change is a new version, so runs of the old one stay replayable.
          .addUniqueConstraint('uploaded_scenarios_once', ['owner', 'owner_id', 'scenario_id', 'scenario_version'])
          .execute();
      },
    },
    // The old bests were kept per scenario, whatever its version: a leaderboard mixed scores of different scenarios.
    '2026-12-006-bests-per-version': {
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable('best_scores')
          .addColumn('player_id', 'integer', (c) => c.notNull().references('players.id'))
          .addColumn('team_id', 'integer', (c) => c.notNull().references('teams.id'))
          .addColumn('scenario_id', 'text', (c) => c.notNull())
          .addColumn('scenario_version', 'integer', (c) => c.notNull())
          .addColumn('best', 'integer', (c) => c.notNull())
          .addColumn('runs', 'integer', (c) => c.notNull())
          .addPrimaryKeyConstraint('best_scores_pk', ['player_id', 'scenario_id', 'scenario_version'])
          .execute();
        await db.schema
          .createIndex('best_scores_scenario')
          .on('best_scores')
          .columns(['scenario_id', 'scenario_version', 'best'])
          .execute();
        await db.schema
          .createIndex('best_scores_team')
          .on('best_scores')
          .columns(['team_id', 'scenario_id', 'scenario_version'])
          .execute();
        await sql`insert into best_scores (player_id, team_id, scenario_id, scenario_version, best, runs)
          select player_id, team_id, scenario_id, scenario_version, max(score), count(*) from runs
          group by player_id, team_id, scenario_id, scenario_version`.execute(db);
        await db.schema.dropTable('bests').execute();
      },
    },
  };
}
