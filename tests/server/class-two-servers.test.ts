import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { classClient, classStream } from '../../src/class/client/client';
import { buildApp } from '../../src/server/app';
import { postgresBus } from '../../src/class/server/bus';
import { openDatabase } from '../../src/server/db/database';
import { loadLibrary } from '../../src/server/library';
import { TEST_ANALYSER } from '../support/analyser';
import { startPostgres, type TestPostgres } from '../../scripts/support/postgres';

let postgres: TestPostgres | undefined;
afterAll(() => postgres?.stop());

const ok = <T>(a: { ok: true; value: T } | { ok: false; error: string }): T => {
  if (!a.ok) throw new Error(a.error);
  return a.value;
};

/** A game server on loopback over a shared PostgreSQL database, passing live events through it; what it logs is kept in `logged`. */
async function server(url: string) {
  const logged: string[] = [];
  const log = (line: string) => void logged.push(line);
  const db = await openDatabase({ kind: 'postgres', url }, log);
  const bus = await postgresBus(db, url, { log });
  const app = await buildApp({ db, library: loadLibrary('scenarios'), analyser: TEST_ANALYSER, classBus: bus });
  await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    url: `http://127.0.0.1:${(app.server.address() as { port: number }).port}`,
    logged,
    bus,
    db,
    async close() {
      await app.close();
      await bus.close();
      await db.destroy();
    },
  };
}

let databases = 0;
/** A fresh database on the test PostgreSQL server. */
async function freshDatabase(): Promise<string> {
  postgres ??= await startPostgres();
  const name = `shared_class_${++databases}`;
  const admin = await openDatabase({ kind: 'postgres', url: postgres.url });
  await sql`create database ${sql.raw(name)}`.execute(admin);
  await admin.destroy();
  return postgres.url.replace(/\/postgres$/, `/${name}`);
}

describe('two game servers sharing one PostgreSQL', () => {
  it('bring an answer made on one server to the class view held by the other, live', async () => {
    const url = await freshDatabase();
    const a = await server(url);
    const b = await server(url);
    try {
      const opened = ok(await classClient(a.url).open('Two servers', ['rippon-kondo'], 'self-paced'));
      const events: { type: string; data: any }[] = [];
      const stream = classStream(`${a.url}/api/class/events`, opened.instructorToken, {
        event: (type, data) => events.push({ type, data }),
        status: () => {},
      });
      await expect.poll(() => events.length).toBeGreaterThan(0);
      // The trainee reaches the other server (another process behind the same address, say).
      const ada = ok(await classClient(b.url).join(opened.joinCode, 'Ada'));
      ok(
        await classClient(b.url).answer(
          { scenarioIndex: 0, position: 0, decision: { step: 'the-joke', choice: 'warm' } },
          ada.token,
        ),
      );
      await expect.poll(() => events.map((e) => e.type)).toEqual(['snapshot', 'trainee', 'answer']);
      expect(events[2]!.data).toMatchObject({ choice: 'warm', position: 0, complete: true });
      stream.close();
    } finally {
      await a.close();
      await b.close();
    }
  }, 60_000);

  it('pass a reply as long as the feed allows to the other server, in a notification of a few dozen bytes whatever was written', async () => {
    const url = await freshDatabase();
    const a = await server(url);
    const b = await server(url);
    // What PostgreSQL carries between the servers, as any other listener sees it.
    const eavesdropper = new pg.Client({ connectionString: url });
    const payloads: string[] = [];
    eavesdropper.on('notification', (n) => payloads.push(n.payload ?? ''));
    await eavesdropper.connect();
    await eavesdropper.query('LISTEN brandstorm_class');
    try {
      const opened = ok(await classClient(a.url).open('Long replies', ['rippon-kondo'], 'self-paced'));
      const events: { type: string; data: any }[] = [];
      const stream = classStream(`${a.url}/api/class/events`, opened.instructorToken, {
        event: (type, data) => events.push({ type, data }),
        status: () => {},
      });
      await expect.poll(() => events.length).toBeGreaterThan(0);
      const ada = ok(await classClient(b.url).join(opened.joinCode, 'Ada'));
      // 280 characters, most of them three bytes long in UTF-8.
      const text = `@Adaripp ${'心ときめく'.repeat(60)}`.slice(0, 280);
      expect(
        ok(
          await classClient(b.url).answer(
            { scenarioIndex: 0, position: 0, decision: { step: 'the-joke', text, locale: 'en' } },
            ada.token,
          ),
        ).complete,
      ).toBe(true);
      await expect.poll(() => events.find((e) => e.type === 'answer')?.data.text).toBe(text);
      await expect.poll(() => payloads.length).toBe(2);
      for (const p of payloads) expect(Buffer.byteLength(p)).toBeLessThan(200);
      expect(payloads.join('')).not.toContain('心');
      stream.close();
    } finally {
      await eavesdropper.end();
      await a.close();
      await b.close();
    }
  }, 60_000);

  it('log a notification that could not be sent, instead of dropping it without a word', async () => {
    const url = await freshDatabase();
    const a = await server(url);
    await a.close();
    // The server's database is closed: telling the other servers fails.
    a.bus.publish(7, { type: 'highlight', data: { answer: 12, shown: true } });
    await expect
      .poll(() => a.logged)
      .toEqual([expect.stringMatching(/^the other servers were not told of a class event \(session 7, highlight\): /)]);
  });
});
