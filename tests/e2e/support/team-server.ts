import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { inject } from 'vitest';

/** A free loopback port. */
export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const p = (s.address() as { port: number }).port;
      s.close(() => resolve(p));
    });
  });
}

/** The real server as `npm start` runs it (this run's build and the API on one port, SQLite in `dbFile`), stoppable and startable again on the same port. */
export function teamServer(port: number, dbFile: string) {
  let child: ChildProcess | undefined;
  return {
    url: `http://127.0.0.1:${port}`,
    async start(): Promise<void> {
      child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
        env: { ...process.env, PORT: String(port), BRANDSTORM_DB: dbFile, BRANDSTORM_DIST: inject('gameBuild') },
        stdio: 'ignore',
      });
      for (let i = 0; i < 200; i++) {
        try {
          if ((await fetch(`http://127.0.0.1:${port}/api/leaderboard`)).ok) return;
        } catch {
          // starting
        }
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error('the server did not start');
    },
    async stop(): Promise<void> {
      const s = child;
      child = undefined;
      if (!s || s.exitCode !== null) return;
      await new Promise<void>((resolve) => {
        s.once('exit', () => resolve());
        s.kill('SIGTERM');
      });
    },
  };
}
