import { afterAll, describe, expect, it } from 'vitest';
import { play, type Transcript } from '../../src/engine';
import { loadFile, runOf } from '../engine/support/scenarios';
import { call, startServer, stopPostgres, type Kind } from './support';
import { WITH_ANALYSER } from '../support/analyser';

afterAll(() => stopPostgres());

const rippon = loadFile('scenarios/rippon-kondo.json');

/** A run as the game submits it: the transcript, the seed and the score the client computed. */
function submission(transcript: Transcript, seed: number, clientRunId: string) {
  return { clientRunId, transcript, seed, claimedScore: play(rippon, transcript, seed, WITH_ANALYSER).score.total };
}

describe.each<Kind>(['sqlite', 'postgres'])('the team server on %s, over HTTP on loopback', (kind) => {
  it('creates a team, lets players join, checks and stores their runs, and ranks them', async () => {
    const server = await startServer(kind);
    try {
      const team = await call(server.url, '/api/teams', { body: { name: 'Social desk' } });
      expect(team.status).toBe(201);
      expect(team.json.joinCode).toMatch(/^[A-HJ-NP-Z2-9]{10}$/);
      const ada = await call(server.url, '/api/join', {
        body: { joinCode: team.json.joinCode.toLowerCase(), name: 'Ada' },
      });
      const bob = await call(server.url, '/api/join', { body: { joinCode: team.json.joinCode, name: 'Bob' } });
      expect(ada.status).toBe(201);
      expect(ada.json).toMatchObject({ team: 'Social desk', player: 'Ada' });

      const witty = submission(runOf(rippon, 'witty'), 7, 'run-ada-0001');
      const first = await call(server.url, '/api/runs', { body: witty, token: ada.json.token });
      expect(first.status).toBe(201);
      expect(first.json).toMatchObject({ score: witty.claimedScore, duplicate: false });
      // Sent again (a retry, the offline queue): stored once.
      const again = await call(server.url, '/api/runs', { body: witty, token: ada.json.token });
      expect(again).toMatchObject({ status: 200, json: { runId: first.json.runId, duplicate: true } });
      const written: Transcript = {
        scenarioId: rippon.id,
        scenarioVersion: rippon.version,
        decisions: [{ step: 'the-joke', text: '@Adaripp which organs spark joy? 😉', locale: 'en' }],
      };
      expect(
        (await call(server.url, '/api/runs', { body: submission(written, 3, 'run-bob-0001'), token: bob.json.token }))
          .status,
      ).toBe(201);
      expect(
        (
          await call(server.url, '/api/runs', {
            body: submission(runOf(rippon, 'corporate'), 5, 'run-bob-0002'),
            token: bob.json.token,
          })
        ).status,
      ).toBe(201);

      const board = await call(server.url, `/api/leaderboard?scenario=rippon-kondo&team=${team.json.joinCode}`);
      expect(board.status).toBe(200);
      expect(board.json.players.map((p: { player: string }) => p.player)).toEqual(
        witty.claimedScore >= board.json.players[1].score ? ['Ada', 'Bob'] : ['Bob', 'Ada'],
      );
      expect(board.json.players.find((p: { player: string }) => p.player === 'Bob').runs).toBe(2);
      expect(board.json.teams).toEqual([
        {
          team: 'Social desk',
          players: 2,
          average: Math.round((board.json.players[0].score + board.json.players[1].score) / 2),
        },
      ]);
      const overall = await call(server.url, '/api/leaderboard');
      expect(overall.json.scenario).toBeNull();
      expect(overall.json.players).toHaveLength(2);

      const csv = await call(server.url, '/api/team/runs.csv', { token: team.json.adminToken });
      expect(csv.status).toBe(200);
      expect(csv.headers.get('content-type')).toContain('text/csv');
      const lines = csv.text.trim().split('\r\n');
      expect(lines[0]).toBe(
        '"player","scenario","version","score","followers_delta","seed","submitted_at","choices","written_replies"',
      );
      expect(lines).toHaveLength(4);
      expect(lines[1]).toMatch(new RegExp(`^"Ada","rippon-kondo","1","${witty.claimedScore}","-?\\d+","7","\\d{4}-`));
      expect((await call(server.url, '/api/team/runs.csv', { token: ada.json.token })).status).toBe(401);
    } finally {
      await server.close();
    }
  }, 60_000);

  it('refuses forged scores, unknown teams and scenarios, impossible runs and strangers, with a clear error', async () => {
    const server = await startServer(kind);
    try {
      const team = await call(server.url, '/api/teams', { body: { name: 'T' } });
      const player = await call(server.url, '/api/join', { body: { joinCode: team.json.joinCode, name: 'P' } });
      const token = player.json.token;
      const good = submission(runOf(rippon, 'edgy'), 1, 'run-forged-01');
      const forged = await call(server.url, '/api/runs', {
        body: { ...good, claimedScore: good.claimedScore + 100 },
        token,
      });
      expect(forged).toMatchObject({
        status: 422,
        json: {
          code: 'score-mismatch',
          values: { claimed: good.claimedScore + 100, total: good.claimedScore },
          error: `the claimed score ${good.claimedScore + 100} is not what this run gives (${good.claimedScore})`,
        },
      });
      const unknownTeam = await call(server.url, '/api/join', { body: { joinCode: 'NOPE2345XY', name: 'P' } });
      expect(unknownTeam).toMatchObject({
        status: 404,
        json: {
          code: 'wrong-team-code',
          values: {},
          error: 'no team has this join code: check it with your instructor',
        },
      });
      const unknownScenario = await call(server.url, '/api/runs', {
        body: { ...good, transcript: { ...good.transcript, scenarioId: 'nowhere' } },
        token,
      });
      expect(unknownScenario).toMatchObject({
        status: 404,
        json: {
          code: 'unknown-scenario-version',
          values: { id: 'nowhere', version: 1 },
          error: 'this server has no scenario "nowhere" at version 1',
        },
      });
      const impossible = await call(server.url, '/api/runs', {
        body: { ...good, transcript: { ...good.transcript, decisions: [{ step: 'the-joke', choice: 'teleport' }] } },
        token,
      });
      expect(impossible.status).toBe(422);
      expect(impossible.json).toMatchObject({
        code: 'cannot-replay',
        values: {
          reason: 'unknown-choice',
          decision: 1,
          step: 'the-joke',
          choice: 'teleport',
          choices: 'witty, edgy, corporate, warm, silent',
        },
        error:
          'this run cannot be replayed: decision 1 picks the choice "teleport", which step "the-joke" does not have (its choices: witty, edgy, corporate, warm, silent)',
      });
      const unfinished = await call(server.url, '/api/runs', {
        body: { ...good, transcript: { ...good.transcript, decisions: [] } },
        token,
      });
      expect(unfinished).toMatchObject({ status: 422, json: { code: 'incomplete' } });
      expect((await call(server.url, '/api/runs', { body: good, token: 'x'.repeat(43) })).status).toBe(401);
      expect((await call(server.url, '/api/runs', { body: good })).status).toBe(401);
      const malformed = await call(server.url, '/api/runs', { body: { ...good, seed: -1 }, token });
      expect(malformed).toMatchObject({ status: 400, json: { code: 'invalid-field', values: { field: 'seed' } } });
      expect(await call(server.url, '/api/runs', { raw: '{"clientRunId": ', token })).toMatchObject({
        status: 400,
        json: { code: 'request-refused', values: { status: 400 } },
      });
    } finally {
      await server.close();
    }
  }, 60_000);

  it('stores SQL and HTML in names literally, and answers them back as text', async () => {
    const server = await startServer(kind);
    try {
      const hostileTeam = "Robert'); DROP TABLE runs;--";
      const hostileName = '<img src=x onerror=alert(1)> "Ada"';
      const team = await call(server.url, '/api/teams', { body: { name: hostileTeam } });
      const player = await call(server.url, '/api/join', { body: { joinCode: team.json.joinCode, name: hostileName } });
      expect(player.json).toMatchObject({ team: hostileTeam, player: hostileName });
      expect(
        (
          await call(server.url, '/api/runs', {
            body: submission(runOf(rippon, 'warm'), 2, 'run-hostile-1'),
            token: player.json.token,
          })
        ).status,
      ).toBe(201);
      const board = await call(server.url, '/api/leaderboard?scenario=rippon-kondo');
      expect(board.json.players[0]).toMatchObject({ player: hostileName, team: hostileTeam });
      expect(board.headers.get('content-type')).toContain('application/json');
      const csv = await call(server.url, '/api/team/runs.csv', { token: team.json.adminToken });
      expect(csv.text).toContain('"<img src=x onerror=alert(1)> ""Ada"""');
    } finally {
      await server.close();
    }
  }, 60_000);
});

describe('limits', () => {
  it('refuses an oversized body with 413 and too many requests with 429', async () => {
    const server = await startServer('sqlite', { bodyLimit: 16 * 1024, rateLimit: 5 });
    try {
      const big = await call(server.url, '/api/teams', { raw: JSON.stringify({ name: 'x'.repeat(20_000) }) });
      expect(big).toMatchObject({ status: 413, json: { code: 'too-large', error: 'the request is too large' } });
      const statuses: number[] = [];
      for (let i = 0; i < 6; i++) statuses.push((await call(server.url, '/api/leaderboard')).status);
      expect(statuses.slice(0, 4).every((s) => s === 200)).toBe(true);
      expect(statuses.at(-1)).toBe(429);
      const refused = (await call(server.url, '/api/leaderboard')).json;
      expect(refused).toMatchObject({ code: 'too-many-requests', values: { seconds: expect.any(Number) } });
      expect(refused.error).toMatch(/^too many requests: wait \d+ seconds? and try again$/);
    } finally {
      await server.close();
    }
  }, 30_000);

  it('sends no CORS headers, so other sites cannot read the API from a browser', async () => {
    const server = await startServer('sqlite');
    try {
      const res = await fetch(`${server.url}/api/leaderboard`, { headers: { Origin: 'https://evil.example' } });
      expect(res.headers.get('access-control-allow-origin')).toBeNull();
    } finally {
      await server.close();
    }
  });
});
