import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../support/team-server';

/**
 * `npm start` as a service manager runs it, in a copy of the project (its
 * own dist/ and database; the sources, scenarios and node_modules linked),
 * so that its build does not touch the working copy's.
 */
const project = mkdtempSync(join(tmpdir(), 'brandstorm-npm-start-'));
beforeAll(() => {
  for (const file of ['package.json', 'index.html', 'class.html', 'vite.config.ts', 'tsconfig.json'])
    copyFileSync(file, join(project, file));
  for (const dir of ['src', 'scenes', 'scenarios', 'node_modules']) symlinkSync(resolve(dir), join(project, dir));
});
const started: ChildProcess[] = [];
afterAll(() => {
  for (const c of started) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  rmSync(project, { recursive: true, force: true });
});

/** The server's grace period for requests in flight (src/server/main.ts), and the time it may take beyond it to close the database. */
const GRACE_MS = 5_000;
const STOP_DEADLINE_MS = 2 * GRACE_MS;

/** Runs `npm start` and waits until the server answers; returns npm's process and the server's address. */
async function npmStart(): Promise<{ npm: ChildProcess; url: string; printed: () => string }> {
  const port = await freePort();
  const npm = spawn('npm', ['start'], {
    cwd: project,
    env: { ...process.env, PORT: String(port), BRANDSTORM_DB: join(project, 'data', 'runs.db') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  started.push(npm);
  let output = '';
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-3000));
  npm.stdout?.on('data', keep);
  npm.stderr?.on('data', keep);
  const url = `http://127.0.0.1:${port}`;
  for (const deadline = Date.now() + 120_000; Date.now() < deadline; ) {
    if (npm.exitCode !== null)
      throw new Error(`npm start exited (code ${npm.exitCode}) before the server answered:\n${output}`);
    try {
      if ((await fetch(`${url}/api/leaderboard`, { signal: AbortSignal.timeout(5_000) })).ok)
        return { npm, url, printed: () => output };
    } catch {
      // building, starting
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`the server did not answer within two minutes of npm start:\n${output}`);
}

/** The process npm started for the script. */
function scriptProcess(npm: ChildProcess): number {
  const children = execFileSync('pgrep', ['-P', String(npm.pid)], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .map(Number);
  expect(children).toHaveLength(1);
  return children[0]!;
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** Waits until no process of these ids runs and the address answers no more; says what still runs after the deadline. */
async function stopped(pids: number[], url: string, printed: () => string): Promise<void> {
  for (const deadline = Date.now() + STOP_DEADLINE_MS; Date.now() < deadline; ) {
    const answering = await fetch(`${url}/api/leaderboard`, { signal: AbortSignal.timeout(1_000) }).then(
      () => true,
      () => false,
    );
    if (!answering && pids.every((p) => !alive(p))) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  const running = pids
    .filter(alive)
    .map((p) => `${p}: ${readFileSync(`/proc/${p}/cmdline`, 'utf8').replace(/\0/g, ' ')}`);
  throw new Error(
    `still running ${STOP_DEADLINE_MS / 1000} s after SIGTERM: ${running.join('; ') || 'something answers on the port'}\n${printed()}`,
  );
}

describe('npm start under a service manager', () => {
  it('stops the server when the process npm started gets SIGTERM', async () => {
    const { npm, url, printed } = await npmStart();
    const server = scriptProcess(npm);
    // Everything that runs under npm for this script, the server itself included.
    const tree = [
      server,
      ...execFileSync('sh', ['-c', `pgrep -P ${server} || true`], { encoding: 'utf8' })
        .split('\n')
        .filter(Boolean)
        .map(Number),
    ];
    const npmExit = new Promise<number | null>((r) => npm.once('exit', (code) => r(code)));
    process.kill(server, 'SIGTERM');
    await stopped(tree, url, printed);
    expect(await npmExit).toBe(0);
  }, 180_000);

  it('stops the server when npm itself gets SIGTERM', async () => {
    const { npm, url, printed } = await npmStart();
    const server = scriptProcess(npm);
    const npmExit = new Promise<number | null>((r) =>
      npm.once('exit', (code, signal) => r(code ?? (signal ? -1 : null))),
    );
    npm.kill('SIGTERM');
    await stopped([server, npm.pid!], url, printed);
    await npmExit;
  }, 180_000);
});
