import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { classClient } from '../../src/class/client/client';
import { organiserKeyFrom, SettingError } from '../../src/server/config';
import { startServer, stopPostgres, type Kind, type TestServer } from './support';

afterAll(() => stopPostgres());

const KEY = 'organiser-key-for-the-tests-0123';

async function call(server: TestServer, method: string, path: string, body?: unknown, token?: string) {
  const res = await fetch(`${server.url}${path}`, {
    method,
    headers: {
      ...(body ? { 'Content-Type': 'application/json' } : {}),
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
    },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  return { status: res.status, json: (await res.json()) as any };
}

describe.each<Kind>(['sqlite', 'postgres'])('the organiser key on %s', (kind) => {
  it('when set, is needed to create teams and sessions, and leaderboards are for their team only', async () => {
    const server = await startServer(kind, { organiserKey: KEY });
    try {
      expect(await call(server, 'POST', '/api/teams', { name: 'Desk' })).toEqual({
        status: 401,
        json: { code: 'organiser-key-needed', values: {}, error: expect.stringContaining('organiser key') },
      });
      expect((await call(server, 'POST', '/api/teams', { name: 'Desk' }, 'not-the-organiser-key-at-all')).status).toBe(
        403,
      );
      const desk = await call(server, 'POST', '/api/teams', { name: 'Desk' }, KEY);
      const other = await call(server, 'POST', '/api/teams', { name: 'Other desk', organiserKey: KEY });
      expect([desk.status, other.status]).toEqual([201, 201]);

      const session = { title: 'Tuesday', scenarios: ['rippon-kondo'], mode: 'self-paced' };
      expect((await call(server, 'POST', '/api/class/sessions', session)).status).toBe(401);
      expect(
        await call(server, 'POST', '/api/class/sessions', { ...session, organiserKey: 'wrong-key' }),
      ).toMatchObject({
        status: 403,
        json: { code: 'organiser-key-wrong', values: {} },
      });
      // The class page's form sends the key it asked for.
      expect((await call(server, 'GET', '/api/class/library')).json.organiserKey).toBe(true);
      const opened = await classClient(server.url).open('Tuesday', ['rippon-kondo'], 'self-paced', KEY);
      expect(opened.ok).toBe(true);

      // Joining needs no key: the join code is the players' way in.
      const ada = await call(server, 'POST', '/api/join', { joinCode: desk.json.joinCode, name: 'Ada' });
      const bo = await call(server, 'POST', '/api/join', { joinCode: other.json.joinCode, name: 'Bo' });
      expect([ada.status, bo.status]).toEqual([201, 201]);

      // No one outside a team reads its players.
      expect(await call(server, 'GET', '/api/leaderboard')).toEqual({
        status: 401,
        json: { code: 'leaderboard-closed', values: {}, error: expect.stringContaining('only to its team') },
      });
      expect((await call(server, 'GET', `/api/leaderboard?team=${other.json.joinCode}`)).status).toBe(401);
      expect(
        await call(server, 'GET', `/api/leaderboard?team=${other.json.joinCode}`, undefined, ada.json.token),
      ).toMatchObject({ status: 403, json: { code: 'leaderboard-own-team', values: {} } });
      // A player, and the team's instructor, see their own team.
      expect(
        (await call(server, 'GET', `/api/leaderboard?team=${desk.json.joinCode}`, undefined, ada.json.token)).status,
      ).toBe(200);
      expect((await call(server, 'GET', '/api/leaderboard', undefined, desk.json.adminToken)).status).toBe(200);
    } finally {
      await server.close();
    }
  });

  it('when unset, leaves the server open, as on a laptop in a classroom', async () => {
    const server = await startServer(kind);
    try {
      const desk = await call(server, 'POST', '/api/teams', { name: 'Desk' });
      expect(desk.status).toBe(201);
      expect(
        (
          await call(server, 'POST', '/api/class/sessions', {
            title: 'Tuesday',
            scenarios: ['rippon-kondo'],
            mode: 'self-paced',
          })
        ).status,
      ).toBe(201);
      expect((await call(server, 'GET', '/api/class/library')).json.organiserKey).toBe(false);
      expect((await call(server, 'GET', `/api/leaderboard?team=${desk.json.joinCode}`)).status).toBe(200);
    } finally {
      await server.close();
    }
  });
});

describe('the organiser key from the command line and the environment', () => {
  it('is passed by npm run team -- create, with --key or ORGANISER_KEY', async () => {
    const server = await startServer('sqlite', { organiserKey: KEY });
    const team = (args: string[], env: Record<string, string> = {}) =>
      promisify(execFile)(
        process.execPath,
        ['--import', 'tsx', 'src/cli/team.ts', 'create', 'Desk', '--server', server.url, ...args],
        { env: { ...process.env, ORGANISER_KEY: '', ...env } },
      ).then(
        (r) => ({ code: 0, out: r.stdout + r.stderr }),
        (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, out: e.stdout + e.stderr }),
      );
    try {
      const refused = await team([]);
      expect(refused).toEqual({ code: 1, out: expect.stringContaining('organiser key') });
      expect(await team(['--key', KEY])).toEqual({
        code: 0,
        out: expect.stringContaining('join code for the players'),
      });
      expect(await team([], { ORGANISER_KEY: KEY })).toEqual({
        code: 0,
        out: expect.stringContaining('join code for the players'),
      });
    } finally {
      await server.close();
    }
  }, 60_000);

  it('must be long enough not to be guessed', () => {
    expect(organiserKeyFrom(undefined)).toBeUndefined();
    expect(organiserKeyFrom('  ')).toBeUndefined();
    expect(organiserKeyFrom(KEY)).toBe(KEY);
    expect(() => organiserKeyFrom('short')).toThrow(SettingError);
  });
});
