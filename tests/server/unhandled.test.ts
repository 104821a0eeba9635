import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { classClient, classStream, type StreamStatus } from '../../src/class/client/client';
import { memoryBus } from '../../src/class/server/bus';
import { freePort, teamServer } from '../support/team-server';
import { startServer } from './support';

const dir = mkdtempSync(join(tmpdir(), 'brandstorm-unhandled-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ok = <T>(a: { ok: true; value: T } | { ok: false; error: string }): T => {
  if (!a.ok) throw new Error(a.error);
  return a.value;
};

describe('a failure nothing handles', () => {
  it('is logged, and the server keeps serving', async () => {
    // A promise that fails when the server is sent SIGUSR2, with nothing to catch it.
    const failOnSignal = `data:text/javascript,${encodeURIComponent("process.on('SIGUSR2', () => Promise.reject(new Error('nobody catches this')))")}`;
    const server = teamServer(await freePort(), join(dir, 'runs.db'), { NODE_OPTIONS: `--import=${failOnSignal}` });
    await server.start();
    try {
      server.signal('SIGUSR2');
      await expect.poll(() => server.printed(), { timeout: 20_000 }).toContain('nobody catches this');
      expect(server.printed()).toContain('a failure nothing handled (the server keeps serving)');
      server.assertRunning();
      expect((await fetch(`${server.url}/api/leaderboard`)).status).toBe(200);
    } finally {
      await server.stop();
    }
  }, 60_000);

  it("on a trainee's stream (the database gone as the class moves on) ends that stream, which reconnects, and nothing else", async () => {
    const unhandled: unknown[] = [];
    const keep = (reason: unknown) => void unhandled.push(reason);
    process.on('unhandledRejection', keep);
    const bus = memoryBus();
    const server = await startServer('sqlite', { classBus: bus });
    try {
      const api = classClient(server.url);
      const opened = ok(await api.open('Lockstep', ['christmas-prince-53', 'rippon-kondo'], 'lockstep'));
      const ada = ok(await api.join(opened.joinCode, 'Ada'));
      const statuses: StreamStatus['state'][] = [];
      const stream = classStream(`${server.url}/api/class/me/events`, ada.token, {
        event: () => {},
        status: (s) => statuses.push(s.state),
      });
      await expect.poll(() => statuses.at(-1)).toBe('live');
      // The class moves on to its second scenario just as the database goes away: counting its answers fails.
      await server.db.destroy();
      const moved = {
        title: 'Lockstep',
        mode: 'lockstep' as const,
        scenarios: ['christmas-prince-53', 'rippon-kondo'],
        status: 'open' as const,
        stage: { scenario: 1, open: 1 },
        joinCode: opened.joinCode,
      };
      bus.publish(1, { type: 'session', data: moved });
      await expect.poll(() => statuses.at(-1)).toBe('reconnecting');
      stream.close();
      await new Promise((r) => setTimeout(r, 100));
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', keep);
      await server.app.close();
    }
  });
});
