import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage, OUTPUT, screenLines, type Served, serveGame, waitForScene, dropFile } from './support/browser';

let served: Served;
beforeAll(async () => {
  served = await serveGame();
}, 120_000);
afterAll(async () => served?.close());

/** The cold-fries example, whose first post carries the drawing in assets/images/cold-fries.png. */
const fries = readFileSync('tests/fixtures/own-scenario/cold-fries.json', 'utf8');
const ALT = 'A drawing of a red paper tray of pale, limp fries on a grey counter, with snowflakes around it';

/** Opens a scenario file in the game and goes to its first decision; returns the live region's lines there. */
async function firstDecision(page: Page, text: string): Promise<string[]> {
  await waitForScene(page, 'Brandstorm');
  await dropFile(page, 'cold-fries.json', text);
  await waitForScene(page, 'Choose a scenario');
  await page.keyboard.press('Enter');
  await waitForScene(page, 'Cold fries, hot thread');
  await page.keyboard.press('Enter');
  await waitForScene(page, /^Decision 1/);
  return screenLines(page);
}

/** How many pixels of the screenshot have the tray's red (#d8342c): the drawing is on screen when there are many. */
async function trayRedPixels(page: Page): Promise<number> {
  const shot = (await page.screenshot()).toString('base64');
  return page.evaluate(async (data) => {
    const image = new Image();
    image.src = `data:image/png;base64,${data}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const { data: px } = context.getImageData(0, 0, image.width, image.height);
    let red = 0;
    for (let i = 0; i < px.length; i += 4)
      if (Math.abs(px[i]! - 0xd8) < 20 && Math.abs(px[i + 1]! - 0x34) < 20 && Math.abs(px[i + 2]! - 0x2c) < 20) red++;
    return red;
  }, shot);
}

describe('an image in a feed post', () => {
  it('is drawn in the post, and its alternative text is read with the post', async () => {
    const { page, errors } = await openPage(served);
    const lines = await firstDecision(page, fries);
    expect(lines).toContain(
      `Sam Rivera @samrivera: Fries arrived stone cold. Again. @pattyshack do you even care? Image: ${ALT}`,
    );
    expect(await trayRedPixels(page)).toBeGreaterThan(2000);
    await page.screenshot({ path: join(OUTPUT, 'post-image-1-shown.png') });
    // On a phone it is scaled down to the post's width.
    const phone = await openPage(served, '', { width: 390, height: 844 });
    await firstDecision(phone.page, fries);
    expect(await trayRedPixels(phone.page)).toBeGreaterThan(1000);
    await phone.page.screenshot({ path: join(OUTPUT, 'post-image-4-phone.png') });
    expect([...errors, ...phone.errors]).toEqual([]);
  }, 90_000);

  it('shows the alternative text in a box when the file is missing, or when a file opened in the browser names one in its folder', async () => {
    const missing = await openPage(served);
    const lines = await firstDecision(
      missing.page,
      fries.replace('assets/images/cold-fries.png', 'assets/images/gone.png'),
    );
    expect(lines.some((l) => l.endsWith(`Image not shown: ${ALT} The image file could not be loaded.`))).toBe(true);
    expect(await trayRedPixels(missing.page)).toBe(0);
    await missing.page.screenshot({ path: join(OUTPUT, 'post-image-2-missing.png') });

    const { page, errors } = await openPage(served);
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    const beside = await firstDecision(page, fries.replace('assets/images/cold-fries.png', 'cold-fries.png'));
    expect(
      beside.some((l) =>
        l.endsWith(
          `Image not shown: ${ALT} This scenario was opened from a file, a link or an upload, which brings no images from its own folder: only images in the game’s assets/ folder can be shown.`,
        ),
      ),
    ).toBe(true);
    expect(requested.filter((u) => u.includes('cold-fries.png'))).toEqual([]);
    await page.screenshot({ path: join(OUTPUT, 'post-image-3-no-folder.png') });
    expect([...missing.errors, ...errors]).toEqual([]);
  }, 90_000);

  it('refuses a file whose image is a web address, and fetches nothing from it', async () => {
    const { page, errors } = await openPage(served);
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    await waitForScene(page, 'Brandstorm');
    await dropFile(
      page,
      'cold-fries.json',
      fries.replace('assets/images/cold-fries.png', 'https://tracker.example/fries.png'),
    );
    await waitForScene(page, 'Choose a scenario');
    const lines = await screenLines(page);
    expect(lines).toContain('cold-fries.json cannot be played:');
    expect(lines.some((l) => l.includes('steps[0].feed[0].image.src: an image must be a file of the project'))).toBe(
      true,
    );
    expect(requested.filter((u) => u.includes('tracker.example'))).toEqual([]);
    expect(errors).toEqual([]);
  }, 60_000);
});
