import type { CreateTableBuilder, Kysely, Migration } from 'kysely';

type WithId = <T extends string>(b: CreateTableBuilder<T, never>) => CreateTableBuilder<T, 'id'>;

/** The class sessions' migrations, after the teams' ones; `withId` adds an id column that counts up on either database. */
export function classMigrations(withId: WithId): Record<string, Migration> {
  return {
    '2026-12-003-class-sessions': {
      async up(db: Kysely<unknown>) {
        await withId(db.schema.createTable('class_sessions'))
          .addColumn('title', 'text', (c) => c.notNull())
          .addColumn('join_code', 'text', (c) => c.notNull().unique())
          .addColumn('instructor_token_hash', 'text', (c) => c.notNull().unique())
          .addColumn('mode', 'text', (c) => c.notNull())
          .addColumn('scenarios', 'text', (c) => c.notNull())
          .addColumn('stage_scenario', 'integer', (c) => c.notNull().defaultTo(0))
          .addColumn('stage_open', 'integer', (c) => c.notNull().defaultTo(0))
          .addColumn('status', 'text', (c) => c.notNull())
          .addColumn('created_at', 'text', (c) => c.notNull())
          .execute();
        await withId(db.schema.createTable('class_trainees'))
          .addColumn('session_id', 'integer', (c) => c.notNull().references('class_sessions.id'))
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('token_hash', 'text', (c) => c.notNull().unique())
          .addColumn('created_at', 'text', (c) => c.notNull())
          .execute();
        await withId(db.schema.createTable('class_answers'))
          .addColumn('session_id', 'integer', (c) => c.notNull().references('class_sessions.id'))
          .addColumn('trainee_id', 'integer', (c) => c.notNull().references('class_trainees.id'))
          .addColumn('scenario_index', 'integer', (c) => c.notNull())
          .addColumn('scenario_id', 'text', (c) => c.notNull())
          .addColumn('scenario_version', 'integer', (c) => c.notNull())
          .addColumn('position', 'integer', (c) => c.notNull())
          .addColumn('step_id', 'text', (c) => c.notNull())
          .addColumn('choice_id', 'text', (c) => c.notNull())
          .addColumn('text', 'text')
          .addColumn('locale', 'text')
          .addColumn('signals', 'text')
          .addColumn('sentiment', 'real', (c) => c.notNull())
          .addColumn('score', 'integer', (c) => c.notNull())
          .addColumn('score_max', 'integer', (c) => c.notNull())
          .addColumn('complete', 'integer', (c) => c.notNull())
          .addColumn('highlighted', 'integer', (c) => c.notNull().defaultTo(0))
          .addColumn('created_at', 'text', (c) => c.notNull())
          // One answer per trainee, scenario of the playlist and decision: a resent answer is stored once.
          .addUniqueConstraint('class_answers_once', ['trainee_id', 'scenario_index', 'position'])
          .execute();
        await db.schema.createIndex('class_trainees_session').on('class_trainees').column('session_id').execute();
        await db.schema
          .createIndex('class_answers_session')
          .on('class_answers')
          .columns(['session_id', 'id'])
          .execute();
      },
    },
    // A decision the step's timer made: replayed as such, so a later decision's replay and a resent answer match what the trainee played.
    '2026-12-004-class-answers-timed-out': {
      async up(db: Kysely<unknown>) {
        await db.schema
          .alterTable('class_answers')
          .addColumn('timed_out', 'integer', (c) => c.notNull().defaultTo(0))
          .execute();
      },
    },
    // The answers given in the step's thread, as sent (JSON), so that later replays include them.
    '2026-12-005-class-answers-thread': {
      async up(db: Kysely<unknown>) {
        await db.schema.alterTable('class_answers').addColumn('thread', 'text').execute();
      },
    },
  };
}
