import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it, onTestFailed } from 'vitest';
import { classClient, classStream } from '../../src/class/client/client';
import { applyEvent } from '../../src/class/view/model';
import type { AnswerRequest } from '../../src/protocol/class';
import { LISTENER_NAME } from '../../src/class/server/bus';
import type { ClassEvent, ClassSnapshot } from '../../src/protocol/class-view';
import { loadFile, runOf } from '../engine/support/scenarios';
import { startPostgres, type TestPostgres } from '../../scripts/support/postgres';
import { freePort, teamServer } from '../support/team-server';

const dir = mkdtempSync(join(tmpdir(), 'brandstorm-outage-'));
let postgres: TestPostgres | undefined;
const servers: ReturnType<typeof teamServer>[] = [];
afterAll(async () => {
  for (const s of servers) await s.kill();
  postgres?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const ok = <T>(a: { ok: true; value: T } | { ok: false; error: string }): T => {
  if (!a.ok) throw new Error(a.error);
  return a.value;
};

/** One answer `n` from the database, asked as its administrator on a connection of its own (the servers' may be gone). */
async function ask(url: string, text: string): Promise<unknown> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<{ n: unknown }>(text)).rows[0]?.n;
  } finally {
    await client.end();
  }
}

/** The class view's stream, as the instructor's page holds it: every event, in order. */
function watch(url: string, token: string) {
  const events: ClassEvent[] = [];
  const stream = classStream(`${url}/api/class/events`, token, {
    event: (type, data) => events.push({ type, data } as ClassEvent),
    status: () => {},
  });
  return {
    events,
    close: stream.close,
    /** The picture the class view draws from these events. */
    picture: () => events.reduce<ClassSnapshot | null>(applyEvent, null),
    /** The largest number of times one answer came between two snapshots: 1 when each event came once. */
    mostCopies: () => {
      let most = 0;
      let seen = new Map<number, number>();
      for (const e of events) {
        if (e.type === 'snapshot') seen = new Map();
        if (e.type !== 'answer') continue;
        seen.set(e.data.id, (seen.get(e.data.id) ?? 0) + 1);
        most = Math.max(most, seen.get(e.data.id)!);
      }
      return most;
    },
  };
}

/** Sends an answer as the game's outbox does: again after a 503 or a refused connection, until it is taken. */
async function answer(url: string, body: AnswerRequest, token: string) {
  for (let attempt = 0; ; attempt++) {
    const sent = await classClient(url).answer(body, token);
    if (sent.ok) return sent.value;
    if (attempt > 40 || (sent.status !== undefined && sent.status !== 503))
      throw new Error(`the answer was refused: ${sent.status} ${sent.error}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

const snapshotsOf = (view: { events: ClassEvent[] }) => view.events.filter((e) => e.type === 'snapshot').length;

const prince = loadFile('scenarios/christmas-prince-53.json');
const path = runOf(prince, 'post-it', 'no-names', 'clarify-keep').decisions;

describe('two servers sharing a PostgreSQL that goes away and comes back', () => {
  it.skipIf(Boolean(process.env.TEST_DATABASE_URL))(
    'stay up, answer 503 meanwhile, serve again by themselves, and bring every answer to both class views exactly once, with one listener each',
    async () => {
      postgres = await startPostgres();
      await ask(postgres.url, 'create database outage');
      const url = postgres.url.replace(/\/postgres$/, '/outage');
      const adminUrl = postgres.url;
      const listeners = async () =>
        Number(
          await ask(
            adminUrl,
            `select count(*) as n from pg_stat_activity where datname = 'outage' and application_name = '${LISTENER_NAME}'`,
          ),
        );
      // Which backends listen: a new pair after each drop.
      const listenerPids = async () =>
        String(
          await ask(
            adminUrl,
            `select string_agg(pid::text, ',' order by pid) as n from pg_stat_activity where datname = 'outage' and application_name = '${LISTENER_NAME}'`,
          ),
        ).split(',');
      const connections = async () =>
        Number(await ask(adminUrl, `select count(*) as n from pg_stat_activity where datname = 'outage'`));
      const a = teamServer(await freePort(), join(dir, 'a.db'), { DATABASE_URL: url });
      const b = teamServer(await freePort(), join(dir, 'b.db'), { DATABASE_URL: url });
      servers.push(a, b);
      // What the servers printed says why a request failed.
      onTestFailed(() => console.error(`server A printed:\n${a.printed()}\nserver B printed:\n${b.printed()}`));
      // The servers must still be running for their listeners to count.
      const listenersOfRunningServers = () => {
        for (const s of [a, b]) s.assertRunning();
        return listeners();
      };
      await a.start();
      await b.start();
      expect(await listeners()).toBe(2);

      const opened = ok(await classClient(a.url).open('Outage drill', ['christmas-prince-53'], 'self-paced'));
      const views = [watch(a.url, opened.instructorToken), watch(b.url, opened.instructorToken)];
      for (const v of views) await expect.poll(() => v.picture()?.session.title).toBe('Outage drill');
      const ada = ok(await classClient(a.url).join(opened.joinCode, 'Ada'));
      const bob = ok(await classClient(b.url).join(opened.joinCode, 'Bob'));
      // Ada's waiting screen, held by the other server: how many answered each decision.
      let adaAnswered: number[] = [];
      const adaStream = classStream(`${b.url}/api/class/me/events`, ada.token, {
        event: (type, data) => {
          if (type === 'state' || type === 'class') adaAnswered = (data as { answered: number[] }).answered;
        },
        status: () => {},
      });
      const allSee = async (answers: number) => {
        for (const v of views) await expect.poll(() => v.picture()?.answers.length, { timeout: 30_000 }).toBe(answers);
      };

      // Before: each trainee answers on the server they reached.
      await answer(a.url, { scenarioIndex: 0, position: 0, decision: path[0]! }, ada.token);
      await answer(b.url, { scenarioIndex: 0, position: 0, decision: path[0]! }, bob.token);
      await allSee(2);

      // Every connection to the database is terminated, five times over: the servers stay up and listen again,
      // once each, and each class view starts again from a fresh snapshot.
      for (let drop = 0; drop < 5; drop++) {
        const before = await listenerPids();
        const snapshots = views.map(snapshotsOf);
        await ask(
          adminUrl,
          `select count(pg_terminate_backend(pid)) as n from pg_stat_activity where datname = 'outage'`,
        );
        await expect
          .poll(async () => (await listenerPids()).filter((pid) => !before.includes(pid)).length, { timeout: 30_000 })
          .toBe(2);
        expect(await listenersOfRunningServers()).toBe(2);
        for (const [i, v] of views.entries())
          await expect.poll(() => snapshotsOf(v), { timeout: 30_000 }).toBeGreaterThan(snapshots[i]!);
      }
      await answer(b.url, { scenarioIndex: 0, position: 1, decision: path[1]! }, ada.token);
      await answer(a.url, { scenarioIndex: 0, position: 1, decision: path[1]! }, bob.token);
      await allSee(4);

      // The database shuts down for a few seconds: requests get 503 with a sentence; the game's files are still served.
      const snapshots = views.map(snapshotsOf);
      postgres.shutDown();
      for (const s of [a, b]) {
        const res = await fetch(`${s.url}/api/class/session`, {
          headers: { Authorization: `Bearer ${opened.instructorToken}` },
        });
        expect(res.status).toBe(503);
        expect(await res.json()).toEqual({
          code: 'database-away',
          values: {},
          error: 'the database cannot be reached for the moment: try again in a few seconds',
        });
        expect((await fetch(`${s.url}/`)).status).toBe(200);
      }
      const refused = await classClient(b.url).answer({ scenarioIndex: 0, position: 2, decision: path[2]! }, ada.token);
      expect(refused).toMatchObject({ ok: false, status: 503 });
      await new Promise((r) => setTimeout(r, 3000));
      postgres.startUp();
      // Back: both serve again by themselves, and listen again, once each.
      for (const s of [a, b]) {
        await expect
          .poll(
            async () =>
              (
                await fetch(`${s.url}/api/class/session`, {
                  headers: { Authorization: `Bearer ${opened.instructorToken}` },
                })
              ).status,
            { timeout: 30_000 },
          )
          .toBe(200);
      }
      await expect.poll(listenersOfRunningServers, { timeout: 30_000 }).toBe(2);
      for (const [i, v] of views.entries())
        await expect.poll(() => snapshotsOf(v), { timeout: 30_000 }).toBeGreaterThan(snapshots[i]!);

      // After: the last decisions, and a trainee who joins on one server and answers on the other.
      await answer(b.url, { scenarioIndex: 0, position: 2, decision: path[2]! }, ada.token);
      await answer(a.url, { scenarioIndex: 0, position: 2, decision: path[2]! }, bob.token);
      const cy = ok(await classClient(b.url).join(opened.joinCode, 'Cy'));
      await answer(a.url, { scenarioIndex: 0, position: 0, decision: path[0]! }, cy.token);
      await allSee(7);

      // Both class views show what the database holds, each answer once; no event came twice.
      const stored: ClassSnapshot = await (
        await fetch(`${a.url}/api/class/session`, { headers: { Authorization: `Bearer ${opened.instructorToken}` } })
      ).json();
      expect(stored.answers).toHaveLength(7);
      for (const v of views) {
        const picture = v.picture()!;
        expect(picture.answers.map((x) => x.id).sort()).toEqual(stored.answers.map((x) => x.id).sort());
        expect(picture.trainees.map((t) => t.name)).toEqual(['Ada', 'Bob', 'Cy']);
        expect(v.mostCopies()).toBe(1);
      }
      // Ada's waiting screen counts what the database counts.
      await expect.poll(() => adaAnswered, { timeout: 10_000 }).toEqual([3, 2, 2]);
      expect(await listeners()).toBe(2);
      // Each server: its pool (at most 10) and its one listener.
      expect(await connections()).toBeLessThanOrEqual(22);

      adaStream.close();
      for (const v of views) v.close();
      expect(await a.stop()).toBe(0);
      expect(await b.stop()).toBe(0);
    },
    180_000,
  );
});
