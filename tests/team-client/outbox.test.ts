import { describe, expect, it } from 'vitest';
import { play } from '../../src/engine';
import { teamClient } from '../../src/team-client/client';
import { enqueue, flush, GIVE_UP_AFTER, waiting } from '../../src/team-client/outbox';
import { keepRun, localBests, runId, type LocalRun, type Outgoing } from '../../src/team-client/runs';
import { memoryTable } from '../../src/team-client/storage';
import { loadFile, runOf } from '../engine/support/scenarios';
import { startServer } from '../server/support';

const rippon = loadFile('scenarios/rippon-kondo.json');

function finished(choice: string, seed: number, date: string): LocalRun {
  const transcript = runOf(rippon, choice);
  return {
    id: runId(),
    player: 'Ada',
    scenarioId: rippon.id,
    scenarioVersion: rippon.version,
    score: play(rippon, transcript, seed).score.total,
    date,
    transcript,
    seed,
  };
}

describe('the local leaderboard', () => {
  it('keeps every finished run and ranks the best per scenario', async () => {
    const runs = memoryTable<LocalRun>();
    const witty = finished('witty', 1, '2026-11-23T10:00:00Z');
    await keepRun(runs, finished('corporate', 2, '2026-11-23T09:00:00Z'));
    await keepRun(runs, witty);
    const { scenarios, total } = await localBests(runs);
    expect(scenarios.map((r) => r.id)).toEqual([witty.id]);
    expect(total).toBe(witty.score);
  });

  it('survives storage that refuses to write', async () => {
    const broken = {
      all: async () => [],
      put: async () => Promise.reject(new Error('QuotaExceededError')),
      remove: async () => {},
    };
    expect(await keepRun(broken, finished('witty', 1, '2026-11-23T10:00:00Z'))).toBe(false);
  });
});

describe('the outbox of runs for the team server', () => {
  it('sends queued runs, keeps them while the server is unreachable, and sends them when it is back', async () => {
    const server = await startServer('sqlite');
    try {
      const team = await (
        await fetch(`${server.url}/api/teams`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ name: 'Desk' }),
        })
      ).json();
      let online = true;
      // The network as the browser sees it: switched off and on by the test.
      const network: typeof fetch = (input, init) =>
        online ? fetch(input, init) : Promise.reject(new TypeError('Failed to fetch'));
      const client = teamClient(server.url, network);
      const joined = await client.join(team.joinCode, 'Ada');
      if (!joined.ok) throw new Error(joined.error);
      const outbox = memoryTable<Outgoing>();

      const first = finished('witty', 1, '2026-11-23T10:00:00Z');
      await enqueue(outbox, first, joined.value.token);
      expect((await flush(outbox, client, 'en')).sent.map((r) => r.id)).toEqual([first.id]);
      expect(await waiting(outbox)).toBe(0);

      online = false;
      const second = finished('warm', 2, '2026-11-23T10:05:00Z');
      await enqueue(outbox, second, joined.value.token);
      const offline = await flush(outbox, client, 'en');
      expect(offline).toMatchObject({ sent: [], waiting: 1 });
      expect((await outbox.all())[0]!.delivery).toMatchObject({
        state: 'queued',
        attempts: 1,
        lastError: 'Failed to fetch',
      });

      online = true;
      expect((await flush(outbox, client, 'en')).sent.map((r) => r.id)).toEqual([second.id]);
      const board = await client.leaderboard(rippon.id, team.joinCode);
      expect(board.ok && board.value.players[0]).toMatchObject({ player: 'Ada', runs: 2 });
    } finally {
      await server.close();
    }
  }, 30_000);

  it('stops retrying a run the server refuses, and says why', async () => {
    const server = await startServer('sqlite');
    try {
      const team = await (
        await fetch(`${server.url}/api/teams`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ name: 'Desk' }),
        })
      ).json();
      const client = teamClient(server.url);
      const joined = await client.join(team.joinCode, 'Ada');
      if (!joined.ok) throw new Error(joined.error);
      const outbox = memoryTable<Outgoing>();
      const forged = { ...finished('edgy', 3, '2026-11-23T11:00:00Z'), score: 999 };
      await enqueue(outbox, forged, joined.value.token);
      const result = await flush(outbox, client, 'en');
      expect(result.refused[0]!.error).toMatch(/^the claimed score 999 is not what this run gives \(\d+\)$/);
      expect(await waiting(outbox)).toBe(0);
      expect((await flush(outbox, client, 'en')).refused).toEqual([]);
    } finally {
      await server.close();
    }
  }, 30_000);

  it('sets aside a run the server fails on the same way again and again, and tells the player', async () => {
    const outbox = memoryTable<Outgoing>();
    const failing = {
      submit: async () => ({
        ok: false as const,
        kind: 'offline' as const,
        status: 500,
        error: 'the server failed; try again',
      }),
    } as unknown as ReturnType<typeof teamClient>;
    const run = finished('witty', 1, '2026-11-23T10:00:00Z');
    await enqueue(outbox, run, 'player-token-0123456789');
    for (let round = 1; round < GIVE_UP_AFTER; round++)
      expect(await flush(outbox, failing, 'en')).toMatchObject({ refused: [], waiting: 1 });
    const last = await flush(outbox, failing, 'en');
    expect(last.refused).toEqual([
      { run, error: expect.stringContaining(`failed on this run ${GIVE_UP_AFTER} times`) },
    ]);
    expect(await waiting(outbox)).toBe(0);
    expect((await outbox.all())[0]!.delivery).toMatchObject({ state: 'refused' });
  });

  it('tells a French player in French that a run was set aside', async () => {
    const outbox = memoryTable<Outgoing>();
    const failing = {
      submit: async () => ({ ok: false as const, kind: 'offline' as const, status: 500, error: 'le serveur a échoué' }),
    } as unknown as ReturnType<typeof teamClient>;
    await enqueue(outbox, finished('witty', 1, '2026-11-23T10:00:00Z'), 'player-token-0123456789');
    for (let round = 1; round < GIVE_UP_AFTER; round++) await flush(outbox, failing, 'fr');
    expect((await flush(outbox, failing, 'fr')).refused.map((r) => r.error)).toEqual([
      `le serveur a échoué ${GIVE_UP_AFTER} fois sur cette partie (le serveur a échoué)\u00A0: elle a été mise de côté`,
    ]);
  });

  it('keeps a run, however long, while the server says its database is away (503) or a proxy cannot reach it', async () => {
    for (const status of [502, 503, 504]) {
      const outbox = memoryTable<Outgoing>();
      const away = {
        submit: async () => ({
          ok: false as const,
          kind: 'offline' as const,
          status,
          error: 'the database is not answering; try again in a moment',
        }),
      } as unknown as ReturnType<typeof teamClient>;
      await enqueue(outbox, finished('witty', 1, '2026-11-23T10:00:00Z'), 'player-token-0123456789');
      for (let round = 0; round < GIVE_UP_AFTER * 3; round++)
        expect(await flush(outbox, away, 'en'), `status ${status}`).toMatchObject({ refused: [], waiting: 1 });
    }
  });
});
