import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { play } from '../../src/engine';
import { loadFile, runOf } from '../engine/support/scenarios';

const rippon = loadFile('scenarios/rippon-kondo.json');
const dir = mkdtempSync(join(tmpdir(), 'brandstorm-durable-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

/** Starts `src/server/main.ts` as its own process, as `npm start` does, and waits until it answers. */
async function startProcess(port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    env: { ...process.env, PORT: String(port), BRANDSTORM_DB: join(dir, 'runs.db'), RATE_LIMIT: '100000' },
    stdio: 'ignore',
  });
  for (let i = 0; i < 200; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/leaderboard`)).ok) return child;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGKILL');
  throw new Error('the server did not start');
}

describe('nothing acknowledged is lost', () => {
  it('keeps every acknowledged run when the server is killed (SIGKILL) in the middle of a burst', async () => {
    const port = await freePort();
    let server = await startProcess(port);
    const url = `http://127.0.0.1:${port}`;
    const post = (path: string, body: unknown, token?: string) =>
      fetch(url + path, { method: 'POST', headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify(body) });
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
        post('/api/runs', { clientRunId: id, transcript, seed, claimedScore: play(rippon, transcript, seed).score.total }, player.token)
          .then((res) => {
            if (res.status === 201) acknowledged.push(id);
          })
          .catch(() => {}),
      );
      if (sent.length % 8 === 0) await Promise.race([Promise.all(sent.slice(-8)), new Promise((r) => setTimeout(r, 50))]);
      if (acknowledged.length >= 40 && !killed) {
        server.kill('SIGKILL');
        killed = true;
      }
    }
    await Promise.all(sent);
    expect(killed).toBe(true);
    expect(acknowledged.length).toBeGreaterThanOrEqual(40);

    server = await startProcess(port);
    try {
      const csv = await (await fetch(`${url}/api/team/runs.csv`, { headers: { Authorization: `Bearer ${team.adminToken}` } })).text();
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
      server.kill('SIGTERM');
    }
  }, 90_000);
});
