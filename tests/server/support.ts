import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { buildApp, type AppOptions } from '../../src/server/app';
import { openDatabase, type Db } from '../../src/server/db/database';
import { loadLibrary } from '../../src/server/library';
import { TEST_ANALYSER } from '../support/analyser';
import { startPostgres, type TestPostgres } from '../../scripts/support/postgres';

export type Kind = 'sqlite' | 'postgres';

/** A running server on loopback, with a fresh database of the given kind. */
export interface TestServer {
  url: string;
  app: FastifyInstance;
  db: Db;
  close(): Promise<void>;
}

let postgres: TestPostgres | undefined;
let databases = 0;

export async function startServer(kind: Kind, options: Partial<AppOptions> = {}): Promise<TestServer> {
  let db: Db;
  let cleanup = () => {};
  if (kind === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'brandstorm-db-'));
    db = await openDatabase({ kind: 'sqlite', file: join(dir, 'test.db') });
    cleanup = () => rmSync(dir, { recursive: true, force: true });
  } else {
    postgres ??= await startPostgres();
    // A database per server, so tests do not see each other's teams.
    const name = `test_${process.pid}_${++databases}`;
    const admin = await openDatabase({ kind: 'postgres', url: postgres.url });
    await sql`create database ${sql.raw(name)}`.execute(admin);
    await admin.destroy();
    db = await openDatabase({ kind: 'postgres', url: postgres.url.replace(/\/postgres$/, `/${name}`) });
  }
  const app = await buildApp({ db, library: loadLibrary('scenarios'), analyser: TEST_ANALYSER, ...options });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${address.port}`,
    app,
    db,
    async close() {
      await app.close();
      await db.destroy();
      cleanup();
    },
  };
}

/** Stops the test PostgreSQL server, if one was started. */
export function stopPostgres(): void {
  postgres?.stop();
  postgres = undefined;
}

/** One API request as a client sends it: JSON in, the status, the text, the parsed JSON (if any) and the headers out. */
export async function call(
  url: string,
  path: string,
  init: { method?: string; body?: unknown; token?: string; raw?: string } = {},
) {
  const res = await fetch(url + path, {
    method: init.method ?? (init.body !== undefined || init.raw !== undefined ? 'POST' : 'GET'),
    headers: {
      ...(init.body !== undefined || init.raw !== undefined ? { 'Content-Type': 'application/json' } : {}),
      ...(init.token ? { Authorization: `Bearer ${init.token}` } : {}),
    },
    ...(init.raw !== undefined
      ? { body: init.raw }
      : init.body !== undefined
        ? { body: JSON.stringify(init.body) }
        : {}),
  });
  const text = await res.text();
  let json: any;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.status, json, text, headers: res.headers };
}
