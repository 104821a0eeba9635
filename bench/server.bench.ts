/**
 * Team server benchmark: prints figures, asserts nothing. Runs the real
 * server as its own process (as `npm start` does) on loopback, once on
 * SQLite and once on PostgreSQL, and loads it with autocannon; then a live
 * class session of 200 trainees (bench/class-session.ts).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { loadScenario, play, type Transcript } from '../src/engine';
import { readFileSync } from 'node:fs';
import { startPostgres } from '../scripts/support/postgres';
import { benchClassSession } from './class-session';
import { answerHelp } from '../src/cli/help';

answerHelp(
  process.argv.slice(2),
  `
usage: npm run bench:server -- [--write]

  Times the team server on SQLite and PostgreSQL (verified submissions a
  second, latency percentiles) and a class of 200 trainees. Needs PostgreSQL's
  binaries. With -- --write, rewrites its section of docs/benchmarks.md.
`,
);
import { benchReport } from './report';

const out = benchReport('server', 'npm run bench:server');

const loaded = loadScenario(readFileSync('scenarios/rippon-kondo.json', 'utf8'), 'rippon-kondo.json');
if (!loaded.ok) throw new Error('the Rippon scenario does not load');
const rippon = loaded.scenario;
const transcript: Transcript = {
  scenarioId: rippon.id,
  scenarioVersion: rippon.version,
  decisions: [{ step: 'the-joke', choice: 'witty' }],
};
// The score does not depend on the seed (see play.ts), so one claim fits every seed.
const claimedScore = play(rippon, transcript, 1).score.total;
const SECONDS = 10;

async function start(env: Record<string, string>, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    env: { ...process.env, ...env, PORT: String(port), RATE_LIMIT: '100000000', CLASS_JOIN_LIMIT: '100000000' },
    stdio: 'ignore',
  });
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/leaderboard`)).ok) return child;
    } catch {
      // starting
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the server did not start');
}

async function json(url: string, body: unknown): Promise<any> {
  return (
    await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) })
  ).json();
}

function report(label: string, r: autocannon.Result): void {
  const ok = r['2xx'];
  out.line(
    `  ${label}: ${Math.round(ok / r.duration).toLocaleString('en')}/s verified and stored (${r.non2xx} refused or failed), latency p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms`,
  );
}

async function bench(kind: string, env: Record<string, string>, port: number): Promise<void> {
  const server = await start(env, port);
  const slug = kind.replace(/[^A-Za-z0-9]+/g, '-');
  const url = `http://127.0.0.1:${port}`;
  try {
    const team = await json(`${url}/api/teams`, { name: 'Bench' });
    // Ten players, one per connection, as a class submitting at once.
    const players = await Promise.all(
      Array.from({ length: 10 }, (_, i) => json(`${url}/api/join`, { joinCode: team.joinCode, name: `Player ${i}` })),
    );
    let n = 0;
    const submissions = await autocannon({
      url,
      connections: 10,
      duration: SECONDS,
      requests: [
        {
          method: 'POST',
          path: '/api/runs',
          setupRequest: (req) => {
            const i = n++;
            return {
              ...req,
              headers: {
                'content-type': 'application/json',
                authorization: `Bearer ${players[i % players.length].token}`,
              },
              body: JSON.stringify({
                clientRunId: `bench-${slug}-${i}`,
                transcript,
                seed: i % 4_000_000_000,
                claimedScore,
              }),
            };
          },
        },
      ],
    });
    out.line(`${kind}:`);
    report('run submissions (each replayed by play())', submissions);
    const reads = await autocannon({
      url: `${url}/api/leaderboard?scenario=rippon-kondo`,
      connections: 10,
      duration: SECONDS,
    });
    out.line(
      `  leaderboard reads over ${n.toLocaleString('en')} stored runs (answers reused for up to 1 s): ${Math.round(reads['2xx'] / reads.duration).toLocaleString('en')}/s, latency p50 ${reads.latency.p50} ms, p99 ${reads.latency.p99} ms`,
    );
    await benchClassSession(url, out.line);
  } finally {
    server.kill('SIGTERM');
  }
}

out.line(
  `machine: ${cpus()[0]?.model ?? 'unknown CPU'} (${cpus().length} cores), Node ${process.version}; server and load generator share the machine; ${SECONDS} s per measure, 10 connections`,
);
const dir = mkdtempSync(join(tmpdir(), 'brandstorm-bench-'));
try {
  await bench('SQLite (WAL)', { BRANDSTORM_DB: join(dir, 'bench.db') }, 4391);
  const pg = await startPostgres();
  try {
    await bench('PostgreSQL', { DATABASE_URL: pg.url }, 4392);
  } finally {
    pg.stop();
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
out.save();
