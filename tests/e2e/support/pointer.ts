import type { Page } from 'playwright-core';
import type { LayoutReport } from '../../../scenes/ui/layout-report';

/** What the running scene draws and where (see scenes/ui/layout-report.ts). */
export function layoutOf(page: Page): Promise<LayoutReport | null> {
  return page.evaluate(() =>
    (window as unknown as { brandstorm: { layout(): LayoutReport | null } }).brandstorm.layout(),
  );
}

/** Lets the game run two frames, in which it acts on whatever input it was given. */
export function twoFrames(page: Page): Promise<void> {
  return page.evaluate(
    () => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))),
  );
}

/**
 * Clicks (or taps, with a finger) what the running scene draws with this
 * label: a button, or a text such as What if's ◀ and ▶. Scrolls the page to
 * it first with the wheel when it is out of the window, as a person would.
 */
export async function pressOnScreen(
  page: Page,
  label: string | RegExp,
  how: 'mouse' | 'touch' = 'mouse',
  kind?: 'button' | 'text',
): Promise<void> {
  const matches = (text: string) => (typeof label === 'string' ? text === label : label.test(text));
  const viewport = page.viewportSize()!;
  // Phaser makes what a scene has just drawn clickable at its next frame; a person sees the screen
  // only after that frame, so never clicks sooner. On a slow machine a click that did was lost.
  await twoFrames(page);
  for (let tries = 0; tries < 12; tries++) {
    const report = await layoutOf(page);
    const item = report?.items.find((i) => (!kind || i.kind === kind) && matches(i.text));
    if (!report || !item) {
      await twoFrames(page);
      continue;
    }
    const x = (item.x + item.width / 2 - report.origin.x) * report.zoom;
    const y = (item.y + item.height / 2 - report.origin.y) * report.zoom;
    if (y < 30 || y > viewport.height - 30) {
      await page.mouse.move(viewport.width / 2, viewport.height / 2);
      await page.mouse.wheel(0, y - viewport.height / 2);
      await twoFrames(page);
      continue;
    }
    if (how === 'touch') await page.touchscreen.tap(x, y);
    else await page.mouse.click(x, y);
    return;
  }
  const scene = await page.evaluate(() => document.getElementById('screen-text')?.dataset.scene ?? '');
  throw new Error(`nothing reads "${label}" on the screen of ${scene}`);
}
