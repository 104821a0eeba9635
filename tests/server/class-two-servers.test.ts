import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { classClient, classStream } from '../../src/classroom/client';
import { buildApp } from '../../src/server/app';
import { postgresBus } from '../../src/server/class/bus';
import { openDatabase } from '../../src/server/db/database';
import { loadLibrary } from '../../src/server/library';
import { startPostgres, type TestPostgres } from '../support/postgres';

let postgres: TestPostgres | undefined;
afterAll(() => postgres?.stop());

const ok = <T>(a: { ok: true; value: T } | { ok: false; error: string }): T => {
  if (!a.ok) throw new Error(a.error);
  return a.value;
};

/** A game server on loopback over a shared PostgreSQL database, passing live events through it. */
async function server(url: string) {
  const db = await openDatabase({ kind: 'postgres', url });
  const bus = await postgresBus(db, url);
  const app = await buildApp({ db, library: loadLibrary('scenarios'), classBus: bus });
  await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    url: `http://127.0.0.1:${(app.server.address() as { port: number }).port}`,
    async close() {
      await app.close();
      await bus.close();
      await db.destroy();
    },
  };
}

describe('two game servers sharing one PostgreSQL', () => {
  it("bring an answer made on one server to the class view held by the other, live", async () => {
    postgres = await startPostgres();
    const admin = await openDatabase({ kind: 'postgres', url: postgres.url });
    await sql`create database shared_class`.execute(admin);
    await admin.destroy();
    const url = postgres.url.replace(/\/postgres$/, '/shared_class');
    const a = await server(url);
    const b = await server(url);
    try {
      const opened = ok(await classClient(a.url).open('Two servers', ['rippon-kondo'], 'self-paced'));
      const events: { type: string; data: any }[] = [];
      const stream = classStream(`${a.url}/api/class/events`, opened.instructorToken, { event: (type, data) => events.push({ type, data }), status: () => {} });
      await expect.poll(() => events.length).toBeGreaterThan(0);
      // The trainee reaches the other server (another process behind the same address, say).
      const ada = ok(await classClient(b.url).join(opened.joinCode, 'Ada'));
      ok(await classClient(b.url).answer({ scenarioIndex: 0, position: 0, decision: { step: 'the-joke', choice: 'warm' } }, ada.token));
      await expect.poll(() => events.map((e) => e.type)).toEqual(['snapshot', 'trainee', 'answer']);
      expect(events[2]!.data).toMatchObject({ choice: 'warm', position: 0, complete: true });
      stream.close();
    } finally {
      await a.close();
      await b.close();
    }
  }, 60_000);
});
