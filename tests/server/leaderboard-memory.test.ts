import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, describe, expect, it } from 'vitest';
import { startServer, stopPostgres } from './support';

afterAll(() => stopPostgres());

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** The heap in use after full collections: what stays. */
async function heapKept(): Promise<number> {
  for (let i = 0; i < 3; i++) {
    gc();
    await new Promise((r) => setTimeout(r, 50));
  }
  return process.memoryUsage().heapUsed;
}

describe('the leaderboard cache', () => {
  it('keeps nothing for scenario names that are not in the library, however many are asked for', async () => {
    // No rate limit: the test asks as a crowd of addresses would.
    const server = await startServer('sqlite', { rateLimit: 1_000_000 });
    try {
      // Warm up: the first requests compile schemas and fill the library's boards.
      for (let i = 0; i < 300; i++) await (await fetch(`${server.url}/api/leaderboard?scenario=warm-${i}`)).text();
      const before = await heapKept();
      const asked = 20_000;
      for (let i = 0; i < asked; i++) {
        // Over HTTP, as a stranger would: an injected request leaves garbage of its own that blurs the count.
        const res = await fetch(`${server.url}/api/leaderboard?scenario=made-up-${i}`);
        await res.text();
        if (res.status !== 200) throw new Error(`the server answered ${res.status}`);
      }
      const grown = (await heapKept()) - before;
      // Kept per name, 20,000 boards took some 9 MB, which stayed.
      expect(grown).toBeLessThan(4 * 1024 * 1024);
    } finally {
      await server.close();
    }
  }, 120_000);
});
