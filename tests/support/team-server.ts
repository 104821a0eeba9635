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
export function teamServer(port: number, dbFile: string, env: Record<string, string> = {}) {
  let child: ChildProcess | undefined;
  return {
    url: `http://127.0.0.1:${port}`,
    async start(): Promise<void> {
      child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
        env: { ...process.env, PORT: String(port), BRANDSTORM_DB: dbFile, BRANDSTORM_DIST: inject('gameBuild'), ...env },
        stdio: 'ignore',
      });
      // A cold start compiles the server's TypeScript: on a busy machine that takes seconds.
      for (const deadline = Date.now() + 30_000; Date.now() < deadline; ) {
        try {
          if ((await fetch(`http://127.0.0.1:${port}/api/leaderboard`, { signal: AbortSignal.timeout(2_000) })).ok) return;
        } catch {
          // starting
        }
        await new Promise((r) => setTimeout(r, 100));
      }
      child.kill('SIGKILL');
      throw new Error('the server did not start within 30 s');
    },
    /** Kills the server outright (a power cut), and waits until it is gone. */
    async kill(): Promise<void> {
      const s = child;
      child = undefined;
      if (!s || s.exitCode !== null) return;
      await new Promise<void>((resolve) => {
        s.once('exit', () => resolve());
        s.kill('SIGKILL');
      });
    },
    /** Stops the server as a service manager does (SIGTERM), and says so if it does not exit within 20 s. */
    async stop(): Promise<number | null> {
      const s = child;
      child = undefined;
      if (!s || s.exitCode !== null) return s?.exitCode ?? null;
      return new Promise<number | null>((resolve, reject) => {
        const late = setTimeout(() => {
          s.kill('SIGKILL');
          reject(new Error('the server did not stop within 20 s of SIGTERM'));
        }, 20_000);
        s.once('exit', (code) => {
          clearTimeout(late);
          resolve(code);
        });
        s.kill('SIGTERM');
      });
    },
  };
}
