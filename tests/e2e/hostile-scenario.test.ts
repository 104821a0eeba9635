import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LayoutReport } from '../../scenes/ui/layout-report';
import { millionCharacterTitle, twoToThe26Paths } from '../support/hostile-scenarios';
import { openPage, OUTPUT, screenLines, type Served, serveGame, waitForScene, dropFile } from './support/browser';
import { twoFrames } from './support/pointer';

let served: Served;
beforeAll(async () => {
  served = await serveGame();
}, 120_000);
afterAll(async () => served?.close());

/**
 * Waits, at most `ms`, until the page's screen text has this line; returns how long it took. The limit
 * only guards against a hang (a busy machine may be slow): the time it took is printed beside the test.
 */
async function lineWithin(page: Page, line: string, ms: number): Promise<number> {
  const start = Date.now();
  await page.waitForFunction(
    (l) => [...(document.getElementById('screen-text')?.children ?? [])].some((e) => e.textContent === l),
    line,
    { timeout: ms },
  );
  return Date.now() - start;
}

const layoutOf = (page: Page) =>
  page.evaluate(() => (window as unknown as { brandstorm: { layout(): LayoutReport | null } }).brandstorm.layout());

/** The scenario list after the title screen, as a returning visitor opens it. */
async function listAfterReload(page: Page): Promise<string[]> {
  await page.reload();
  await waitForScene(page, 'Brandstorm');
  await page.keyboard.press('Enter');
  await waitForScene(page, 'Choose a scenario');
  return screenLines(page);
}

const TWENTY_SIX = 'Twenty-six decisions';

describe('a hostile scenario file', () => {
  it('with a title of a million characters is refused without hanging, saying the limit, and nothing of it is left after a reload', async () => {
    const { page, errors } = await openPage(served);
    await waitForScene(page, 'Brandstorm');
    const text = millionCharacterTitle();
    await dropFile(page, 'long.json', text);
    const took = await lineWithin(page, 'long.json cannot be played:', 20_000);
    const line = text.slice(0, text.indexOf('"en": "xxx')).split('\n').length;
    expect(await screenLines(page)).toContain(
      `long.json, line ${line}, column 5, title.en: may have at most 150 characters; this one has 1,000,000`,
    );
    console.log(`a title of a million characters refused in ${took} ms`);
    await page.screenshot({ path: join(OUTPUT, 'hostile-1-long-title.png') });

    const after = await listAfterReload(page);
    expect(after.some((l) => l.startsWith('Sparking joy with Adam Rippon.'))).toBe(true);
    expect(after.join('\n')).not.toContain('long.json');
    expect(errors).toEqual([]);
  }, 90_000);

  it('with 2^26 paths is listed without hanging, with its warnings, kept after a reload, and removed with the mouse and with the keyboard', async () => {
    const { page, errors } = await openPage(served);
    await waitForScene(page, 'Brandstorm');
    const text = twoToThe26Paths();
    await dropFile(page, 'many-paths.json', text);
    const took = await lineWithin(page, `${TWENTY_SIX} is ready to play, and kept for next time.`, 20_000);
    console.log(`a scenario of 2^26 paths listed in ${took} ms`);
    const lines = await screenLines(page);
    expect(
      lines.some((l) =>
        l.includes('debrief.bestPath: the scenario has more than 1000 paths from the start to the debrief'),
      ),
    ).toBe(true);
    expect(lines).toContain(`Remove ${TWENTY_SIX} from the list`);
    await page.screenshot({ path: join(OUTPUT, 'hostile-2-many-paths.png') });

    // Kept, since the list showed it: a reload finds it, and the game still answers.
    const kept = await listAfterReload(page);
    expect(kept.some((l) => l.startsWith(`${TWENTY_SIX}. Opened by you`))).toBe(true);

    // The mouse: the Remove button beside the card, at the bottom of the list.
    await page.mouse.move(640, 360);
    await page.mouse.wheel(0, 2000);
    await page.waitForFunction(
      () => (window as unknown as { brandstorm: { layout(): LayoutReport | null } }).brandstorm.layout()!.origin.y > 0,
    );
    const report = (await layoutOf(page))!;
    const remove = report.items.find((i) => i.kind === 'button' && i.text === 'Remove')!;
    expect(remove).toBeDefined();
    const card = report.items.find((i) => i.kind === 'button' && i.text === TWENTY_SIX)!;
    expect(remove.y).toBe(card.y);
    expect(remove.x).toBeGreaterThan(card.x + card.width);
    const at = {
      x: (remove.x + remove.width / 2 - report.origin.x) * report.zoom,
      y: (remove.y + remove.height / 2 - report.origin.y) * report.zoom,
    };
    expect(at.y).toBeGreaterThan(0);
    expect(at.y).toBeLessThan(720);
    await twoFrames(page);
    await page.mouse.click(at.x, at.y);
    await lineWithin(page, `${TWENTY_SIX} is removed from the list and from this browser.`, 5000);
    expect((await screenLines(page)).some((l) => l.startsWith(`${TWENTY_SIX}.`))).toBe(false);
    await page.screenshot({ path: join(OUTPUT, 'hostile-3-removed.png') });
    expect((await listAfterReload(page)).some((l) => l.startsWith(`${TWENTY_SIX}.`))).toBe(false);

    // The keyboard: opened again, its card has the focus; the next key reaches Remove.
    await dropFile(page, 'many-paths.json', text);
    await lineWithin(page, `${TWENTY_SIX} is ready to play, and kept for next time.`, 5000);
    await page.keyboard.press('ArrowDown');
    const focused = (await layoutOf(page))!.items.filter((i) => i.kind === 'button' && i.focused).map((i) => i.text);
    expect(focused).toEqual(['Remove']);
    await page.keyboard.press('Enter');
    await lineWithin(page, `${TWENTY_SIX} is removed from the list and from this browser.`, 5000);
    expect((await listAfterReload(page)).some((l) => l.startsWith(`${TWENTY_SIX}.`))).toBe(false);
    expect(errors).toEqual([]);
  }, 120_000);
});
