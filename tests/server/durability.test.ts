import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { play } from '../../src/engine';
import { loadFile, runOf } from '../engine/support/scenarios';
import { freePort, teamServer } from '../support/team-server';

const rippon = loadFile('scenarios/rippon-kondo.json');
const dir = mkdtempSync(join(tmpdir(), 'brandstorm-durable-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('nothing acknowledged is lost', () => {
  it('keeps every acknowledged run when the server is killed (SIGKILL) in the middle of a burst', async () => {
    const server = teamServer(await freePort(), join(dir, 'runs.db'), { RATE_LIMIT: '100000' });
    await server.start();
    const url = server.url;
    const post = (path: string, body: unknown, token?: string) =>
      fetch(url + path, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify(body),
      });
    const team = await (await post('/api/teams', { name: 'Durable' })).json();
    const player = await (await post('/api/join', { joinCode: team.joinCode, name: 'P' })).json();
    const transcript = runOf(rippon, 'witty');
    const acknowledged: string[] = [];
    const sent: Promise<void>[] = [];
    // A burst of submissions, 8 at a time; the server is killed after the first acknowledgements.
    let killed = false;
    for (let i = 0; i < 400 && !killed; i++) {
      const seed = i + 1;
      const id = `burst-${String(i).padStart(4, '0')}`;
      sent.push(
        post(
          '/api/runs',
          { clientRunId: id, transcript, seed, claimedScore: play(rippon, transcript, seed).score.total },
          player.token,
        )
          .then((res) => {
            if (res.status === 201) acknowledged.push(id);
          })
          .catch(() => {}),
      );
      if (sent.length % 8 === 0)
        await Promise.race([Promise.all(sent.slice(-8)), new Promise((r) => setTimeout(r, 50))]);
      if (acknowledged.length >= 40 && !killed) {
        killed = true;
        await server.kill();
      }
    }
    await Promise.all(sent);
    expect(killed).toBe(true);
    expect(acknowledged.length).toBeGreaterThanOrEqual(40);

    await server.start();
    try {
      const csv = await (
        await fetch(`${url}/api/team/runs.csv`, { headers: { Authorization: `Bearer ${team.adminToken}` } })
      ).text();
      const stored = csv.trim().split('\r\n').length - 1;
      // Every acknowledged run is there (runs in flight at the kill may or may not be).
      expect(stored).toBeGreaterThanOrEqual(acknowledged.length);
      const board = await (await fetch(`${url}/api/leaderboard?scenario=rippon-kondo`)).json();
      expect(board.players[0].runs).toBe(stored);
      // And by id: each acknowledged run is in the database file.
      const file = new SQLite(join(dir, 'runs.db'), { readonly: true });
      const ids = new Set(file.prepare('select client_run_id from runs').pluck().all() as string[]);
      file.close();
      expect(acknowledged.filter((id) => !ids.has(id))).toEqual([]);
    } finally {
      await server.stop();
    }
  }, 90_000);
});
