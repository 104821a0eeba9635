/**
 * Interface benchmark: prints figures, asserts nothing.
 * - gzip size of the JavaScript loaded before the title screen;
 * - time from navigation to an interactive title screen (median of 5 loads);
 * - frame rate while a reaction with hundreds of visible replies animates.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { build, preview } from 'vite';
import { initialScripts } from '../src/build/initial-scripts';
import { launchChromium } from '../scripts/support/chromium-flags';
import { answerHelp } from '../src/cli/help';

answerHelp(
  process.argv.slice(2),
  `
usage: npm run bench:ui -- [--write]

  Times the game in headless Chromium: initial JavaScript, the title screen
  becoming interactive, and the reaction's frame rate with 400 replies. With
  -- --write, rewrites its section of docs/benchmarks.md.
`,
);
import { benchReport } from './report';

const out = benchReport('ui', 'npm run bench:ui');

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const scene = (page: Page) => page.evaluate(() => document.getElementById('screen-text')?.dataset.scene ?? '');

/** Frame rate while the Rippon joke's witty reply plays out its whole reaction, with the renderer a query picks. */
async function measureReaction(query: string, label: string): Promise<void> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, locale: 'en-US' });
  const page = await context.newPage();
  await page.goto(url + query);
  await page.waitForFunction(() => document.getElementById('screen-text')?.dataset.scene === 'Brandstorm');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.getElementById('screen-text')?.dataset.scene === 'Choose a scenario');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() =>
    (document.getElementById('screen-text')?.dataset.scene ?? '').startsWith('Sparking'),
  );
  await page.keyboard.press('Enter');
  await page.waitForFunction(() =>
    (document.getElementById('screen-text')?.dataset.scene ?? '').startsWith('Decision'),
  );
  // Start counting frames just before the reply is posted.
  // As a string: tsx would wrap a named function in a helper the page does not have.
  await page.evaluate(`(() => {
      window.frames$ = [];
      const tick = (t) => { window.frames$.push(t); requestAnimationFrame(tick); };
      requestAnimationFrame(tick);
    })()`);
  await page.keyboard.press('1');
  await page.waitForFunction(() => document.getElementById('screen-text')?.dataset.scene === 'The audience reacts');
  const startedAt = await page.evaluate(() => performance.now());
  await page.waitForFunction(
    () => /Followers: /.test(document.getElementById('screen-text')?.textContent ?? ''),
    undefined,
    { timeout: 60_000 },
  );
  const endedAt = await page.evaluate(() => performance.now());
  const frames = await page.evaluate(
    ([from, to]) => (window as unknown as { frames$: number[] }).frames$.filter((t) => t >= from && t <= to),
    [startedAt, endedAt] as const,
  );
  const replies = await page.evaluate(
    () =>
      (
        window as unknown as {
          brandstorm: { store: { getState(): { run: { outcome: { steps: { replies: unknown[] }[] } } } } };
        }
      ).brandstorm.store
        .getState()
        .run.outcome.steps.at(-1)!.replies.length,
  );
  // Frames per second in each whole second of the animation.
  const perSecond: number[] = [];
  for (let s = startedAt; s + 1000 <= endedAt; s += 1000)
    perSecond.push(frames.filter((t) => t >= s && t < s + 1000).length);
  const gaps = frames.slice(1).map((t, i) => t - frames[i]!);
  const renderer = await page.evaluate(() =>
    (window as unknown as { brandstorm: { game: { renderer: { type: number } } } }).brandstorm.game.renderer.type === 2
      ? 'WebGL'
      : 'Canvas 2D',
  );
  out.line(
    `reaction animation, ${renderer} (${label}): ${replies} replies arrived in the stream over ${((endedAt - startedAt) / 1000).toFixed(1)} s; median ${median(perSecond)} fps by second (range ${Math.min(...perSecond)}–${Math.max(...perSecond)}; target ≥ 55), median frame ${median(gaps).toFixed(1)} ms, slowest ${Math.max(...gaps).toFixed(1)} ms`,
  );
  if ((await scene(page)) !== 'The audience reacts') out.line(`  (the scene at the end was ${await scene(page)})`);
  await context.close();
}

const outDir = mkdtempSync(join(tmpdir(), 'brandstorm-bench-'));
await build({ configLoader: 'runner', logLevel: 'warn', build: { outDir, emptyOutDir: true } });
const server = await preview({
  configLoader: 'runner',
  logLevel: 'warn',
  build: { outDir },
  preview: { port: 0, host: '127.0.0.1', strictPort: false },
});
const url = server.resolvedUrls!.local[0]!;
const browser = await launchChromium();

try {
  out.line(
    `machine: ${cpus()[0]?.model.trim()} (${cpus().length} cores), headless Chromium ${browser.version()}, viewport 1280×720`,
  );
  const scripts = initialScripts(outDir);
  const total = scripts.reduce((sum, s) => sum + s.gzip, 0);
  out.line(
    `initial JavaScript: ${(total / 1024).toFixed(1)} KB gzip (target ≤ 500 KB): ${scripts.map((s) => `${s.file.replace(/^assets\//, '')} ${(s.gzip / 1024).toFixed(1)} KB`).join(', ')}`,
  );

  // Navigation to the title screen taking keys, in a fresh context each time (nothing cached).
  const loads: number[] = [];
  for (let i = 0; i < 5; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, locale: 'en-US' });
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction(
      () => document.getElementById('screen-text')?.dataset.scene === 'Brandstorm',
      undefined,
      { timeout: 30_000 },
    );
    loads.push(await page.evaluate(() => performance.now()));
    await context.close();
  }
  out.line(
    `navigation to an interactive title screen: median ${Math.round(median(loads))} ms over 5 loads (range ${Math.round(Math.min(...loads))}–${Math.round(Math.max(...loads))}; target ≤ 1,500 ms)`,
  );

  // A reaction: the game's own choice of renderer (Canvas 2D where WebGL is emulated in software, as here), then WebGL forced, to compare.
  await measureReaction('', "the game's choice");
  await measureReaction('?renderer=webgl', 'forced');
  out.save();
} finally {
  await browser.close();
  await server.close();
  rmSync(outDir, { recursive: true, force: true });
}
