// The golden master in Chromium: the browser's engine plays every recorded run to the
// outcome Node recorded, byte for byte (the servers replay runs in Node and refuse a
// score that differs, so the browser must agree with them).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type ViteDevServer } from 'vite';
import type { Browser } from 'playwright-core';
import { goldenCases } from '../golden/cases';
import { TEST_ANALYSER } from '../support/analyser';
import { firstDifference, libraryFiles, readGolden } from '../golden/files';
import { loadFile } from '../engine/support/scenarios';
import { launchChromium } from '../../scripts/support/chromium-flags';

let server: ViteDevServer;
let browser: Browser;
let url: string;

beforeAll(async () => {
  server = await createServer({
    configLoader: 'runner',
    logLevel: 'warn',
    server: { port: 0, host: '127.0.0.1', hmr: false },
  });
  await server.listen();
  url = `${server.resolvedUrls!.local[0]!}tests/golden/browser.html`;
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the golden master in Chromium', () => {
  for (const file of libraryFiles()) {
    it(`plays every recorded run of ${file} as Node recorded it`, async () => {
      const scenario = loadFile(`scenarios/${file}`);
      const recorded = readGolden(scenario.id)!;
      const page = await browser.newPage();
      try {
        await page.goto(url);
        await page.waitForFunction(() => document.title === 'golden ready', undefined, { timeout: 60_000 });
        const cases = goldenCases(scenario, TEST_ANALYSER);
        const hashes = await page.evaluate(
          ([source, list]) =>
            (window as unknown as { golden: { run(s: string, c: unknown): Promise<string[]> } }).golden.run(
              source,
              list,
            ),
          [readFileSync(`scenarios/${file}`, 'utf8'), cases] as const,
        );
        const expected = recorded.map((line) => createHash('sha256').update(line).digest('hex'));
        const differing = hashes.flatMap((h, i) => (h === expected[i] ? [] : [i]));
        if (differing.length > 0) {
          const first = differing[0]!;
          const inBrowser = await page.evaluate(
            ([source, c]) =>
              (window as unknown as { golden: { line(s: string, c: unknown): string } }).golden.line(source, c),
            [readFileSync(`scenarios/${file}`, 'utf8'), cases[first]!] as const,
          );
          expect.fail(
            `${differing.length} of ${cases.length} runs of ${scenario.id} differ in Chromium; run ${first + 1} at ${firstDifference(recorded[first]!, inBrowser)}`,
          );
        }
        expect(hashes.length).toBe(recorded.length);
      } finally {
        await page.close();
      }
    }, 180_000);
  }
});
