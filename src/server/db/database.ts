import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { messageOf, stderrLog, type ServerLog } from '../log';
import { migrationsFor } from './migrations';
import type { Database } from './schema';

export type Db = Kysely<Database>;

/** Where the data lives: an embedded SQLite file, or a PostgreSQL server. */
export type DatabaseConfig = { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string };

/** SQLite under data/ by default; PostgreSQL when DATABASE_URL is set. */
export function configFromEnv(env: NodeJS.ProcessEnv = process.env): DatabaseConfig {
  return env.DATABASE_URL
    ? { kind: 'postgres', url: env.DATABASE_URL }
    : { kind: 'sqlite', file: env.BRANDSTORM_DB ?? 'data/brandstorm.db' };
}

/**
 * Opens the database and brings its schema up to date. SQLite runs in WAL
 * mode with synchronous=NORMAL: a committed run survives the server process
 * being killed (the write is in the log before the answer goes out); only a
 * power cut could lose the last commits.
 */
export async function openDatabase(config: DatabaseConfig, log: ServerLog = stderrLog): Promise<Db> {
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
    // A connection that cannot be made within five seconds fails the request (503) rather than holding it.
    const pool = new pg.Pool({
      connectionString: config.url,
      max: 10,
      connectionTimeoutMillis: 5_000,
      application_name: 'brandstorm',
    });
    // An idle connection the database drops (a restart, pg_terminate_backend) is an 'error' event on the
    // pool: without a listener it would end the process. The pool discards that connection and opens a new
    // one for the next query, so the server carries on once the database is back.
    pool.on('error', (err) =>
      log(`an idle database connection was lost (${messageOf(err)}); the next request opens a new one`),
    );
    // A connection can also be lost while a request holds it between two queries (the database's farewell may
    // come in the same packet as a query's last row, before the request has handed the connection back): its
    // 'error' would then have no listener. The request sees the failure itself, and the pool discards the
    // connection when it comes back.
    pool.on('connect', (client) => client.on('error', () => {}));
    db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  }
  const { error, results } = await new Migrator({ db, provider: migrationsFor(config.kind) }).migrateToLatest();
  if (error) {
    await db.destroy();
    throw new Error(
      `the database could not be migrated: ${(error as Error).message} (${results?.map((r) => `${r.migrationName} ${r.status}`).join(', ')})`,
    );
  }
  return db;
}

/** Errors that mean the database cannot be reached for now, rather than a bad query: PostgreSQL restarting or refusing connections, a connection lost or timed out, SQLite busy. */
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  // admin_shutdown, crash_shutdown, cannot_connect_now (starting up or shutting down), too_many_connections
  '57P01',
  '57P02',
  '57P03',
  '53300',
  'SQLITE_BUSY',
]);
const UNAVAILABLE_MESSAGES =
  /^(Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Client was closed)/;

/** Whether an error says the database is away for a moment (the request may be tried again) rather than that the request was wrong. */
export function isDatabaseUnavailable(err: unknown): boolean {
  if (!(err instanceof Error)) return false;
  const code = (err as { code?: unknown }).code;
  // SQLSTATE class 08: connection exceptions.
  if (typeof code === 'string' && (UNAVAILABLE_CODES.has(code) || /^08[0-9A-Z]{3}$/.test(code))) return true;
  return UNAVAILABLE_MESSAGES.test(err.message);
}
