import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LayoutReport } from '../../scenes/ui/layout-report';
import { OUTPUT, openPage, serveGame, waitForScene, type Served } from './support/browser';

let served: Served;
beforeAll(async () => {
  served = await serveGame();
}, 120_000);
afterAll(async () => served?.close());

/** A phone, a laptop and a large monitor, and the laptop with the text at 150% (Settings). */
const VIEWPORTS: { width: number; height: number; textScale?: number }[] = [
  { width: 360, height: 640 },
  { width: 1280, height: 720 },
  { width: 2560, height: 1440 },
  { width: 1280, height: 720, textScale: 1.5 },
];
const nameOf = (size: { width: number; height: number; textScale?: number }) =>
  `${size.width}x${size.height}${size.textScale ? `-text${size.textScale * 100}` : ''}`;

/** Saves a screenshot and checks that every text and button of the scene lies within the stage (reachable by scrolling at most). */
async function check(
  page: Page,
  name: string,
  size: { width: number; height: number; textScale?: number },
): Promise<LayoutReport> {
  await page.screenshot({ path: join(OUTPUT, `viewport-${nameOf(size)}-${name}.png`) });
  const report = await page.evaluate(() =>
    (window as unknown as { brandstorm: { layout(): LayoutReport | null } }).brandstorm.layout(),
  );
  expect(report, `${name}: no layout report`).not.toBeNull();
  const cut = report!.items.filter(
    (i) => i.x < -1 || i.x + i.width > report!.width + 1 || i.y < -1 || i.y + i.height > report!.contentHeight + 1,
  );
  expect(
    cut.map(
      (i) =>
        `${i.kind} "${i.text.slice(0, 40)}" at ${Math.round(i.x)},${Math.round(i.y)} ${Math.round(i.width)}×${Math.round(i.height)}`,
    ),
    `${name} at ${size.width}×${size.height}: off the stage`,
  ).toEqual([]);
  // An audience segment is named whole: "Young streamers who love a r…" says nothing.
  const shortened = report!.items.filter((i) => i.role === 'segment' && (i.ellipsized || i.text.endsWith('…')));
  expect(
    shortened.map((i) => i.text),
    `${name} at ${size.width}×${size.height}: a segment's name cut short`,
  ).toEqual([]);
  // Larger text than the window can hold on the wide stage reflows into the column, drawn at least that large.
  expect(report!.narrow).toBe(size.width < 900 || size.width / 1280 < (size.textScale ?? 1));
  if (size.textScale) expect(report!.zoom).toBeGreaterThanOrEqual(size.textScale);
  // DOM overlays (the compose panel, forms) stay within the window's width.
  const overflow = await page.evaluate(
    (w) =>
      [...document.querySelectorAll('.compose, .join-form, .written-reply')]
        .map((e) => e.getBoundingClientRect())
        .filter((r) => r.left < -1 || r.right > w + 1).length,
    size.width,
  );
  expect(overflow, `${name}: a panel runs off the side`).toBe(0);
  return report!;
}

describe('the game fits every screen from a phone to a large monitor', () => {
  for (const size of VIEWPORTS) {
    it(`${size.width}×${size.height}${size.textScale ? ` with text at ${size.textScale * 100}%` : ''}: every scene, nothing off the stage`, async () => {
      const { page, errors } = await openPage(
        served,
        '',
        { width: size.width, height: size.height },
        size.textScale ? { textScale: size.textScale } : undefined,
      );
      await waitForScene(page, 'Brandstorm');
      const title = await check(page, '1-title', size);
      // Start is big enough to hit with a finger on every screen: at least 44 CSS pixels tall.
      const start = title.items.find((i) => i.kind === 'button' && i.text === 'Start')!;
      const canvasWidth = await page.evaluate(
        () => (window as unknown as { brandstorm: { game: { scale: { width: number } } } }).brandstorm.game.scale.width,
      );
      expect(start.height * title.zoom).toBeGreaterThanOrEqual(44);
      expect(canvasWidth).toBe(size.width);
      await page.keyboard.press('s');
      await waitForScene(page, 'Settings');
      await check(page, '1-settings', size);
      await page.keyboard.press('Escape');
      await waitForScene(page, 'Brandstorm');
      await page.keyboard.press('Enter');
      await waitForScene(page, 'Choose a scenario');
      await check(page, '2-select', size);
      await page.keyboard.press('Enter');
      await waitForScene(page, 'Sparking joy with Adam Rippon');
      await check(page, '3-briefing', size);
      await page.keyboard.press('Enter');
      await waitForScene(page, /^Decision 1/);
      await check(page, '4-feed', size);
      await page.keyboard.press('w');
      await page.waitForSelector('#compose-text');
      await page.keyboard.type("@Adaripp We'd tell you which organs spark joy, but this is a family website.");
      await page.waitForFunction(() => /Reads as/.test(document.querySelector('.compose-reads')?.textContent ?? ''));
      await check(page, '5-compose', size);
      await page.keyboard.press('Control+Enter');
      await waitForScene(page, 'The audience reacts');
      await page.waitForTimeout(2500);
      const live = await check(page, '6-reaction-live', size);
      expect(live.items.filter((i) => i.role === 'segment').map((i) => i.text)).toContain(
        'Journalists and media analysts',
      );
      await page.keyboard.press('s');
      await page.waitForFunction(() => /Followers: /.test(document.getElementById('screen-text')?.textContent ?? ''));
      await check(page, '7-reaction-end', size);
      await page.keyboard.press('Enter');
      await waitForScene(page, 'Debrief');
      await page.waitForTimeout(1000);
      await check(page, '8-debrief', size);
      await page.keyboard.press('l');
      await waitForScene(page, 'Leaderboard');
      await page.waitForFunction(() => /\d/.test(document.getElementById('screen-text')?.textContent ?? ''));
      await check(page, '9-leaderboard', size);
      expect(errors).toEqual([]);
      // A 2560×1440 canvas is four times the pixels for the software renderer: give it time.
    }, 240_000);
  }
});
