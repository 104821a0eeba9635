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

/** Whether a child process has ended (a process killed by a signal has a signal code and no exit code). */
const ended = (c: ChildProcess) => c.exitCode !== null || c.signalCode !== null;

/** Waits until `c` has ended, sending it `signal`; rejects with `message` after `ms`. */
function end(c: ChildProcess, signal: NodeJS.Signals, ms: number, message: () => string): Promise<number | null> {
  if (ended(c)) return Promise.resolve(c.exitCode);
  return new Promise((resolve, reject) => {
    const late = setTimeout(() => {
      c.kill('SIGKILL');
      reject(new Error(message()));
    }, ms);
    c.once('exit', (code) => {
      clearTimeout(late);
      resolve(code);
    });
    c.kill(signal);
  });
}

/** The real server as `npm start` runs it (this run's build and the API on one port, SQLite in `dbFile`), stoppable and startable again on the same port. */
export function teamServer(port: number, dbFile: string, env: Record<string, string> = {}) {
  let child: ChildProcess | undefined;
  // What the server printed last, to say why it did not start or stop.
  let output = '';
  const said = () => (output.trim() ? `; it printed:\n${output.trim()}` : '');
  return {
    url: `http://127.0.0.1:${port}`,
    async start(): Promise<void> {
      output = '';
      const c = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
        env: {
          ...process.env,
          PORT: String(port),
          BRANDSTORM_DB: dbFile,
          BRANDSTORM_DIST: inject('gameBuild'),
          ...env,
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      child = c;
      const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-2000));
      c.stdout?.on('data', keep);
      c.stderr?.on('data', keep);
      // A cold start compiles the server's TypeScript: on a busy machine that takes seconds.
      for (const deadline = Date.now() + 60_000; Date.now() < deadline; ) {
        if (ended(c))
          throw new Error(`the server exited (code ${c.exitCode ?? c.signalCode}) before it answered${said()}`);
        try {
          if ((await fetch(`http://127.0.0.1:${port}/api/leaderboard`, { signal: AbortSignal.timeout(5_000) })).ok)
            return;
        } catch {
          // starting
        }
        await new Promise((r) => setTimeout(r, 100));
      }
      await end(c, 'SIGKILL', 5_000, () => 'the server did not die on SIGKILL');
      throw new Error(`the server did not answer within 60 s of starting${said()}`);
    },
    /** Sends the running server a signal. */
    signal(signal: NodeJS.Signals): void {
      child?.kill(signal);
    },
    /** The last 2,000 characters the server printed since it started. */
    printed: () => output,
    /** Throws, with what the server printed, if it has exited since it started. */
    assertRunning(): void {
      if (!child || ended(child))
        throw new Error(
          `the server is not running (exit ${child?.exitCode ?? child?.signalCode ?? 'before start'})${said()}`,
        );
    },
    /** Kills the server outright (a power cut), and waits until it is gone. */
    async kill(): Promise<void> {
      const c = child;
      child = undefined;
      if (c) await end(c, 'SIGKILL', 5_000, () => 'the server did not die on SIGKILL');
    },
    /** Stops the server as a service manager does (SIGTERM), and says so if it does not exit within 20 s. */
    async stop(): Promise<number | null> {
      const c = child;
      child = undefined;
      return c ? end(c, 'SIGTERM', 20_000, () => `the server did not stop within 20 s of SIGTERM${said()}`) : null;
    },
  };
}
