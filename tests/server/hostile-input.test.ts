import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app';
import { openDatabase } from '../../src/server/db/database';
import { loadLibrary } from '../../src/server/library';
import { TEST_ANALYSER } from '../support/analyser';
import { startServer, stopPostgres, type Kind, type TestServer } from './support';

afterAll(() => stopPostgres());

async function post(server: TestServer, path: string, body: unknown, token?: string) {
  const res = await fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return { status: res.status, json: (await res.json().catch(() => undefined)) as any };
}

async function get(server: TestServer, path: string, token?: string) {
  const res = await fetch(`${server.url}${path}`, token ? { headers: { Authorization: `Bearer ${token}` } } : {});
  return { status: res.status, json: (await res.json().catch(() => undefined)) as any };
}

const NUL = '\u0000';
const LONE_SURROGATE = '\ud800';
const RLO = '\u202e';

describe.each<Kind>(['sqlite', 'postgres'])('hostile input on %s', (kind) => {
  it('refuses control characters and broken text in every field with a 400 that names it, and keeps serving', async () => {
    const server = await startServer(kind);
    try {
      const team = await post(server, '/api/teams', { name: 'Desk' });
      const session = await post(server, '/api/class/sessions', {
        title: 'Tuesday',
        scenarios: ['rippon-kondo'],
        mode: 'self-paced',
      });
      const trainee = await post(server, '/api/class/join', { joinCode: session.json.joinCode, name: 'Ada' });
      const cases: [string, Promise<{ status: number; json: any }>, string][] = [
        ['team name', post(server, '/api/teams', { name: `De${NUL}sk` }), 'name'],
        ['team name, lone surrogate', post(server, '/api/teams', { name: `Desk${LONE_SURROGATE}` }), 'name'],
        ['display name', post(server, '/api/join', { joinCode: team.json.joinCode, name: `A${NUL}da` }), 'name'],
        ['team join code', post(server, '/api/join', { joinCode: `AB${NUL}CD`, name: 'Ada' }), 'joinCode'],
        [
          'class title',
          post(server, '/api/class/sessions', {
            title: `Tues${NUL}day`,
            scenarios: ['rippon-kondo'],
            mode: 'self-paced',
          }),
          'title',
        ],
        [
          'trainee name',
          post(server, '/api/class/join', { joinCode: session.json.joinCode, name: `Bo${NUL}b` }),
          'name',
        ],
        [
          'trainee name, escape',
          post(server, '/api/class/join', { joinCode: session.json.joinCode, name: `Bob\u001b[2J` }),
          'name',
        ],
        [
          'written reply',
          post(
            server,
            '/api/class/answers',
            { scenarioIndex: 0, position: 0, decision: { step: 'the-joke', text: `Nice${NUL} one` } },
            trainee.json.token,
          ),
          'decision.text',
        ],
        [
          'written reply, lone surrogate',
          post(
            server,
            '/api/class/answers',
            { scenarioIndex: 0, position: 0, decision: { step: 'the-joke', text: `Nice one ${LONE_SURROGATE}` } },
            trainee.json.token,
          ),
          'decision.text',
        ],
        ['leaderboard team', get(server, `/api/leaderboard?team=AB%00CD`), 'team'],
        ['leaderboard scenario', get(server, `/api/leaderboard?scenario=a%00b`), 'scenario'],
        [
          'highlight number',
          post(server, '/api/class/highlights', { answer: 3e9, shown: true }, session.json.instructorToken),
          'answer',
        ],
      ];
      for (const [what, answer, field] of cases) {
        const { status, json } = await answer;
        expect({ what, status }).toEqual({ what, status: 400 });
        // Each refusal names the field, and says by its code what is wrong with it: the pages word it.
        expect({ what, field: json.values?.field }).toEqual({ what, field });
        expect(json.code, what).toMatch(/^(text-control|text-broken|invalid-field)$/);
      }
      // A class code with a NUL is a wrong code like any other.
      expect((await post(server, '/api/class/join', { joinCode: `AB${NUL}CD`, name: 'Bob' })).status).toBe(404);
      // Tab and newline are ordinary in a written reply, and the trainee's answer is taken after all the refusals.
      const reply = await post(
        server,
        '/api/class/answers',
        { scenarioIndex: 0, position: 0, decision: { step: 'the-joke', text: 'Nice one.\n\tReally.' } },
        trainee.json.token,
      );
      expect(reply.status).toBe(201);
    } finally {
      await server.close();
    }
  });

  it('keeps names honest on the projector: no bidirectional controls, something visible, one of each name', async () => {
    const server = await startServer(kind);
    try {
      const team = await post(server, '/api/teams', { name: 'Desk' });
      const session = await post(server, '/api/class/sessions', {
        title: 'Tuesday',
        scenarios: ['rippon-kondo'],
        mode: 'self-paced',
      });
      const joinTeam = (name: string) => post(server, '/api/join', { joinCode: team.json.joinCode, name });
      const joinClass = (name: string) => post(server, '/api/class/join', { joinCode: session.json.joinCode, name });
      for (const join of [joinTeam, joinClass]) {
        const spoof = await join(`Mallory${RLO}`);
        expect(spoof).toEqual({
          status: 400,
          json: {
            code: 'name-reverses',
            values: { what: 'name', field: 'name' },
            error: 'the name has a character that reverses the text around it (a bidirectional control)',
          },
        });
        expect((await join(`Bob${RLO}gnp.exe`)).status).toBe(400);
        expect((await join('\u2066Eve\u2069')).status).toBe(400);
        const invisible = await join('\u200b\u200b\u200b');
        expect(invisible).toMatchObject({ status: 400, json: { code: 'name-invisible', values: { what: 'name' } } });
        expect((await join('\u3164')).status).toBe(400);
        expect((await join('Alice')).status).toBe(201);
        const second = await join('Alice');
        expect(second).toEqual({
          status: 409,
          json: {
            code: join === joinTeam ? 'team-name-taken' : 'class-name-taken',
            values: { name: 'Alice' },
            error: expect.stringContaining('already called "Alice"'),
          },
        });
        // The same name in other case, or another way of typing it, is the same name.
        expect((await join(' ALICE ')).status).toBe(409);
        expect((await join('Ａｌｉｃｅ')).status).toBe(409);
        // Right-to-left names are welcome: only the controls are refused.
        expect((await join('שרה')).status).toBe(201);
      }
    } finally {
      await server.close();
    }
  });

  it('answers 409 with the stored answer to the tab whose different answer lost a race', async () => {
    const server = await startServer(kind);
    try {
      const session = await post(server, '/api/class/sessions', {
        title: 'Race',
        scenarios: ['rippon-kondo'],
        mode: 'self-paced',
      });
      for (let race = 0; race < 30; race++) {
        const trainee = await post(server, '/api/class/join', { joinCode: session.json.joinCode, name: `Tab ${race}` });
        const send = (choice: string) =>
          post(
            server,
            '/api/class/answers',
            { scenarioIndex: 0, position: 0, decision: { step: 'the-joke', choice } },
            trainee.json.token,
          );
        const answers = await Promise.all([send('witty'), send('corporate')]);
        const kept = answers.filter((a) => a.status === 201);
        expect(kept).toHaveLength(1);
        const lost = answers.find((a) => a.status !== 201)!;
        // Never "duplicate" for an answer that was not the one kept.
        expect(lost.status).toBe(409);
        expect(lost.json.code).toBe('already-answered');
        expect(lost.json.stored.score).toBe(kept[0]!.json.score);
        expect(lost.json.stored.decision.choice).toBe(answers[0] === kept[0] ? 'witty' : 'corporate');
      }
    } finally {
      await server.close();
    }
  });
});

describe('failures of the server', () => {
  it('are logged by default, with the request they failed', async () => {
    const lines: string[] = [];
    const db = await openDatabase({ kind: 'sqlite', file: ':memory:' });
    const app = await buildApp({
      db,
      library: loadLibrary('scenarios'),
      analyser: TEST_ANALYSER,
      log: (line) => lines.push(line),
    });
    app.get('/api/broken', async () => {
      throw new Error('the disk is full');
    });
    try {
      const res = await app.inject({ method: 'GET', url: '/api/broken?x=1' });
      expect(res.statusCode).toBe(500);
      expect(res.json()).toEqual({ code: 'failed', values: {}, error: 'the server failed; try again' });
      expect(lines).toEqual([expect.stringMatching(/GET \/api\/broken failed: the disk is full/)]);
    } finally {
      await app.close();
      await db.destroy();
    }
  });
});
