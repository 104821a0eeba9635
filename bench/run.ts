/**
 * `npm run bench`: the engine's and the text analyser's benchmarks, each in a process of its own (so that neither
 * warms the other's JIT or counts in its memory), with the flags given to it (`npm run bench -- --write`).
 */
import { spawnSync } from 'node:child_process';

for (const file of ['bench/engine.bench.ts', 'bench/text.bench.ts']) {
  const { status } = spawnSync(process.execPath, ['--import', 'tsx', file, ...process.argv.slice(2)], {
    stdio: 'inherit',
  });
  if (status !== 0) process.exit(status ?? 1);
}
