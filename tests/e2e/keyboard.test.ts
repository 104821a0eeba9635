import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage, serveGame, waitForScene, type Served } from './support/browser';

let served: Served;
beforeAll(async () => {
  served = await serveGame();
}, 120_000);
afterAll(async () => served?.close());

describe('quick key presses', () => {
  it('each move the focus once, and an Enter that opens a screen is not pressed again on it', async () => {
    const { page, errors } = await openPage(served);
    const landed: string[] = [];
    for (let round = 0; round < 6; round++) {
      await page.goto(served.url);
      await waitForScene(page, 'Brandstorm');
      // Start, English, Français: two presses down and Enter, as fast as a keyboard sends them.
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.documentElement.lang !== 'en' || document.getElementById('screen-text')?.dataset.scene !== 'Brandstorm', undefined, { timeout: 5000 }).catch(() => undefined);
      await page.waitForTimeout(300);
      landed.push(`${await page.evaluate(() => document.documentElement.lang)} · ${await page.evaluate(() => document.getElementById('screen-text')?.dataset.scene ?? '')}`);
      await page.evaluate(() => localStorage.clear());
    }
    expect(landed).toEqual(Array(6).fill('fr · Brandstorm'));
    expect(errors).toEqual([]);
  }, 90_000);
});
