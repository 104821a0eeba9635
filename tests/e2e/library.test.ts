import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { finishReaction, OUTPUT, openPage, screenLines, serveGame, waitForScene, type Served } from './support/browser';
import { loadFile } from '../engine/support/scenarios';
import { sourceLine } from '../../src/i18n/sources';
import { sourcesOf } from '../../src/engine/schema/source';

let served: Served;
beforeAll(async () => {
  served = await serveGame();
}, 120_000);
afterAll(async () => served?.close());

const files = readdirSync('scenarios').filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'));
// The order the list shows them in: by difficulty, then year, then id.
const scenarios = files
  .map((f) => loadFile(`scenarios/${f}`))
  .sort(
    (a, b) =>
      a.difficulty - b.difficulty ||
      (a.year ?? Number.MAX_SAFE_INTEGER) - (b.year ?? Number.MAX_SAFE_INTEGER) ||
      a.id.localeCompare(b.id),
  );

describe('every scenario of the library plays to its debrief in Chromium', () => {
  scenarios.forEach((scenario, index) => {
    it(`${scenario.id}: the first choice at every step, with the keyboard`, async () => {
      const { page, errors } = await openPage(served);
      await waitForScene(page, 'Brandstorm');
      await page.keyboard.press('Enter');
      await waitForScene(page, 'Choose a scenario');
      for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      const title = typeof scenario.title === 'string' ? scenario.title : scenario.title.en!;
      await waitForScene(page, title);
      await page.keyboard.press('Enter');
      for (let step = 0; step < 20; step++) {
        await waitForScene(page, /^Decision \d+/).catch(async (err) => {
          await page.screenshot({ path: join(OUTPUT, `library-${scenario.id}-stuck.png`) });
          throw new Error(
            `${(err as Error).message}\nthe screen says: ${await page.evaluate(() => document.getElementById('screen-text')?.textContent)}`,
          );
        });
        await page.screenshot({ path: join(OUTPUT, `library-${scenario.id}-step-${step + 1}.png`) });
        await page.keyboard.press('1');
        await finishReaction(page);
        await page.waitForFunction(
          () =>
            /^(Debrief|Decision \d+)/.test(document.getElementById('screen-text')?.dataset.scene ?? '') &&
            document.getElementById('screen-text')?.dataset.scene !== undefined,
        );
        if ((await page.evaluate(() => document.getElementById('screen-text')?.dataset.scene)) === 'Debrief') break;
      }
      await waitForScene(page, 'Debrief');
      const lines = await screenLines(page);
      expect(lines.some((l) => /^Score: \d+ \/ 1000$/.test(l))).toBe(true);
      expect(lines.some((l) => l.startsWith('What really happened:'))).toBe(true);
      // The sources, as the engine words them, are read out too.
      expect(
        lines.some((l) => l.startsWith(sourceLine(sourcesOf(scenario), 'en'))),
        'the source line',
      ).toBe(true);
      await page.screenshot({ path: join(OUTPUT, `library-${scenario.id}-debrief.png`) });
      expect(errors).toEqual([]);
    }, 120_000);
  });
});
