/**
 * Engine benchmark: prints figures, asserts nothing.
 * A brand of 10 million followers, 72 simulated hours after every reply.
 */
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { CHECK_ONLY, loadScenario, play, type PlayOptions, type Scenario, type Transcript } from '../src/engine';
import { answerHelp } from '../src/cli/help';

answerHelp(
  process.argv.slice(2),
  `
usage: npm run bench -- [--write]

  Times the engine: five-step replays a second as the game plays them (with
  replies) and as the servers re-check them, and one reply's simulation. With
  -- --write, rewrites its section of docs/benchmarks.md.
`,
);
import { benchReport } from './report';

const out = benchReport('engine', 'npm run bench');

const loaded = loadScenario(readFileSync('scenarios/rippon-kondo.json', 'utf8'), 'rippon-kondo.json');
if (!loaded.ok) throw new Error('the Rippon scenario does not load');
const base: Scenario = { ...loaded.scenario, brand: { ...loaded.scenario.brand, followers: 10_000_000 } };

/** Five copies of the Rippon decision in a row, an hour apart: a five-step run. */
function fiveSteps(): Scenario {
  const [step] = base.steps;
  const steps = [0, 1, 2, 3, 4].map((i) => ({
    ...step!,
    id: `step-${i}`,
    at: i * 60,
    choices: step!.choices.map((c) => ({ ...c, next: i < 4 ? `step-${i + 1}` : 'debrief' })),
  }));
  return { ...base, id: 'bench-five', start: 'step-0', steps };
}

const CHOICES = ['witty', 'edgy', 'corporate', 'warm'];
const one = (i: number): Transcript => ({
  scenarioId: base.id,
  scenarioVersion: base.version,
  decisions: [{ step: 'the-joke', choice: CHOICES[i % 4]! }],
});
const five = fiveSteps();
const fiveRun = (i: number): Transcript => ({
  scenarioId: five.id,
  scenarioVersion: five.version,
  decisions: [0, 1, 2, 3, 4].map((s) => ({ step: `step-${s}`, choice: CHOICES[(i + s) % 4]! })),
});

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

// Warm up the JIT before measuring.
for (let i = 0; i < 300; i++) play(base, one(i), i);

const times: number[] = [];
for (let i = 0; i < 2000; i++) {
  const t0 = performance.now();
  play(base, one(i), i);
  times.push(performance.now() - t0);
}

/** Five one-second rounds of five-step replays: timings on a shared machine wander, so the median and the range. */
function replayRounds(options: PlayOptions): number[] {
  for (let i = 0; i < 100; i++) play(five, fiveRun(i), i, options);
  const rounds: number[] = [];
  let replays = 0;
  for (let r = 0; r < 5; r++) {
    const start = performance.now();
    let n = 0;
    while (performance.now() - start < 1000) play(five, fiveRun(replays++), n++, options);
    rounds.push(n / ((performance.now() - start) / 1000));
  }
  return rounds;
}
// As the game plays them (40 replies drawn per step for its feed), and as the servers re-check a submission (none drawn).
const played = replayRounds({});
const checked = replayRounds(CHECK_ONLY);
const summary = (rounds: number[]) =>
  `${median(rounds).toFixed(0)} per second, median of 5 rounds (range ${Math.min(...rounds).toFixed(0)}–${Math.max(...rounds).toFixed(0)}; target ≥ 1,000/s)`;

out.line(`machine: ${cpus()[0]?.model ?? 'unknown CPU'} (${cpus().length} cores), Node ${process.version}, one thread`);
out.line(
  `brand: 10,000,000 followers, ${base.audience.segments.length} segments, 72 simulated hours in 15-minute bins`,
);
out.line(`one reply, full simulation: median ${median(times).toFixed(3)} ms (target ≤ 5 ms)`);
out.line(`five-step transcript replays, as the game plays them (40 replies drawn a step): ${summary(played)}`);
out.line(
  `five-step transcript replays, as the servers re-check a score (no replies drawn, same score): ${summary(checked)}`,
);
out.line(`peak memory (max RSS): ${(process.resourceUsage().maxRSS / 1024).toFixed(1)} MB`);
out.save();
