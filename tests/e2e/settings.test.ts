import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newContext, OUTPUT, type Served, serveGame, toRipponDecision, waitForScene } from './support/browser';

let served: Served;
beforeAll(async () => {
  served = await serveGame();
}, 120_000);
afterAll(async () => served?.close());

const sounds = (page: Page) =>
  page.evaluate(() => [...(window as unknown as { brandstorm: { sounds: string[] } }).brandstorm.sounds]);

/** From the title to the Rippon decision, with the keyboard, and the witty reply posted. */
async function postWittyReply(page: Page): Promise<void> {
  await toRipponDecision(page);
  await page.keyboard.press('1');
  await waitForScene(page, 'The audience reacts');
}

describe('the settings', () => {
  it('turn sound on with the keyboard, keep it for the next visit, and the reaction plays its cues', async () => {
    const context = await newContext(served.browser, { viewport: { width: 1280, height: 720 }, locale: 'en-US' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(served.url);
    await waitForScene(page, 'Brandstorm');
    await page.keyboard.press('s');
    const before = await waitForScene(page, 'Settings');
    // Sound is off until the player turns it on.
    expect(before).toContain('Sound: Off');
    expect(before).toContain('Decision timers: On');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => (document.getElementById('screen-text')?.textContent ?? '').includes('Sound: On'));
    await page.screenshot({ path: join(OUTPUT, 'settings-sound-on.png') });
    // The text size goes round 100%, 125%, 150%.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() =>
      (document.getElementById('screen-text')?.textContent ?? '').includes('Text size: 125%'),
    );
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() =>
      (document.getElementById('screen-text')?.textContent ?? '').includes('Text size: 100%'),
    );

    await page.reload();
    await waitForScene(page, 'Brandstorm');
    await page.keyboard.press('s');
    expect(await waitForScene(page, 'Settings')).toContain('Sound: On');
    await page.keyboard.press('Escape');
    await postWittyReply(page);
    await page.waitForTimeout(3000);
    await page.keyboard.press('s');
    await page.waitForFunction(() => (document.getElementById('screen-text')?.textContent ?? '').includes('Likes:'));
    const heard = await sounds(page);
    expect(heard).toContain('mention');
    expect(heard).toContain('likes');
    // A well-received joke sets off no backlash.
    expect(heard).not.toContain('backlash');
    // The synthesiser was loaded to play them, in its own chunk.
    expect(await page.evaluate(() => performance.getEntriesByType('resource').some((e) => /zzfx/i.test(e.name)))).toBe(
      true,
    );
    expect(errors).toEqual([]);
  }, 90_000);

  it('play no sound by default', async () => {
    const context = await newContext(served.browser, { viewport: { width: 1280, height: 720 }, locale: 'en-US' });
    const page = await context.newPage();
    await page.goto(served.url);
    await postWittyReply(page);
    await page.waitForTimeout(2000);
    expect(await sounds(page)).toEqual([]);
  }, 60_000);

  it("follow the system's reduced motion: a reaction shows its result at once, and the setting says so", async () => {
    const context = await newContext(served.browser, {
      viewport: { width: 1280, height: 720 },
      locale: 'en-US',
      reducedMotion: 'reduce',
    });
    const page = await context.newPage();
    await page.goto(served.url);
    await waitForScene(page, 'Brandstorm');
    await page.keyboard.press('s');
    expect(await waitForScene(page, 'Settings')).toContain('Motion: Reduced');
    await page.keyboard.press('Escape');
    await postWittyReply(page);
    // No skip pressed: the final figures are there within a moment.
    await page.waitForFunction(
      () => (document.getElementById('screen-text')?.textContent ?? '').includes('Likes:'),
      undefined,
      { timeout: 2000 },
    );
    await page.screenshot({ path: join(OUTPUT, 'settings-reduced-motion-reaction.png') });
  }, 60_000);
});
