import { describe, expect, it } from 'vitest';
import { classClient } from '../../src/class/client/client';
import { teamClient } from '../../src/team-client/client';
import { startServer } from './support';

const ok = <T>(a: { ok: true; value: T } | { ok: false; error: string }): T => {
  if (!a.ok) throw new Error(a.error);
  return a.value;
};

describe('join codes typed as people type them', () => {
  it('lets a player join a team with its code in lower case, with a dash or spaces, and finds the team board by it', async () => {
    const server = await startServer('sqlite');
    try {
      const created = await fetch(`${server.url}/api/teams`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ name: 'Social desk' }),
      });
      const { joinCode } = (await created.json()) as { joinCode: string };
      const api = teamClient(server.url);
      const dashed = `${joinCode.slice(0, 4)}-${joinCode.slice(4)}`.toLowerCase();
      expect(ok(await api.join(dashed, 'Ada'))).toMatchObject({ team: 'Social desk', player: 'Ada' });
      expect(ok(await api.join(` ${joinCode.slice(0, 5)} ${joinCode.slice(5)} `, 'Bob'))).toMatchObject({
        team: 'Social desk',
        player: 'Bob',
      });
      expect(ok(await api.leaderboard(undefined, dashed)).players).toEqual([]);
      // A wrong code is still refused: the last character changed (a code may itself end in X).
      const wrong = `${joinCode.slice(0, 9)}-${joinCode.endsWith('X') ? 'Y' : 'X'}`;
      expect(await api.join(wrong, 'Eve')).toMatchObject({ ok: false, status: 404 });
    } finally {
      await server.close();
    }
  }, 30_000);

  it('lets a trainee join a class with the en dash a phone types', async () => {
    const server = await startServer('sqlite');
    try {
      const api = classClient(server.url);
      const opened = ok(await api.open('Room 1', ['rippon-kondo'], 'self-paced'));
      const typed = `${opened.joinCode.slice(0, 4)}–${opened.joinCode.slice(4)}`.toLowerCase();
      expect(ok(await api.join(typed, 'Ada')).session.title).toBe('Room 1');
    } finally {
      await server.close();
    }
  }, 30_000);
});
