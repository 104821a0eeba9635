import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { migrationsFor } from './migrations';
import type { Database } from './schema';

export type Db = Kysely<Database>;

/** Where the data lives: an embedded SQLite file, or a PostgreSQL server. */
export type DatabaseConfig = { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string };

/** SQLite under data/ by default; PostgreSQL when DATABASE_URL is set. */
export function configFromEnv(env: NodeJS.ProcessEnv = process.env): DatabaseConfig {
  return env.DATABASE_URL ? { kind: 'postgres', url: env.DATABASE_URL } : { kind: 'sqlite', file: env.BRANDSTORM_DB ?? 'data/brandstorm.db' };
}

/**
 * Opens the database and brings its schema up to date. SQLite runs in WAL
 * mode with synchronous=NORMAL: a committed run survives the server process
 * being killed (the write is in the log before the answer goes out); only a
 * power cut could lose the last commits.
 */
export async function openDatabase(config: DatabaseConfig): Promise<Db> {
  let db: Db;
  if (config.kind === 'sqlite') {
    if (config.file !== ':memory:') mkdirSync(dirname(config.file), { recursive: true });
    const file = new SQLite(config.file);
    file.pragma('journal_mode = WAL');
    file.pragma('synchronous = NORMAL');
    file.pragma('foreign_keys = ON');
    file.pragma('busy_timeout = 5000');
    db = new Kysely<Database>({ dialect: new SqliteDialect({ database: file }) });
  } else {
    // Several stateless game servers can share one PostgreSQL: the pool is per server.
    db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: config.url, max: 10 }) }) });
  }
  const { error, results } = await new Migrator({ db, provider: migrationsFor(config.kind) }).migrateToLatest();
  if (error) {
    await db.destroy();
    throw new Error(`the database could not be migrated: ${(error as Error).message} (${results?.map((r) => `${r.migrationName} ${r.status}`).join(', ')})`);
  }
  return db;
}
