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
      await page
        .waitForFunction(
          () =>
            document.documentElement.lang !== 'en' ||
            document.getElementById('screen-text')?.dataset.scene !== 'Brandstorm',
          undefined,
          { timeout: 5000 },
        )
        .catch(() => undefined);
      await page.waitForTimeout(300);
      landed.push(
        `${await page.evaluate(() => document.documentElement.lang)} · ${await page.evaluate(() => document.getElementById('screen-text')?.dataset.scene ?? '')}`,
      );
      await page.evaluate(() => localStorage.clear());
    }
    expect(landed).toEqual(Array(6).fill('fr · Brandstorm'));
    expect(errors).toEqual([]);
  }, 90_000);
});

describe('two presses within one frame', () => {
  it('make two changes on the settings screen, not one', async () => {
    const { page, errors } = await openPage(served);
    await page.goto(served.url);
    await waitForScene(page, 'Brandstorm');
    await page.keyboard.press('s');
    expect(await waitForScene(page, 'Settings')).toContain('Text size: 100%');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.waitForTimeout(200);
    // Two Enters in the same task: the scene gets both in one frame, before it is laid out again.
    await page.evaluate(() => {
      for (let i = 0; i < 2; i++) {
        window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', keyCode: 13, bubbles: true }));
        window.dispatchEvent(new KeyboardEvent('keyup', { key: 'Enter', code: 'Enter', keyCode: 13, bubbles: true }));
      }
    });
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => document.getElementById('screen-text')?.textContent ?? '')).toContain(
      'Text size: 150%',
    );
    expect(errors).toEqual([]);
  }, 60_000);
});
