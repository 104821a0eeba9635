import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { preview, type PreviewServer } from 'vite';
import { inject, onTestFinished } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';

/** Where browser tests save their screenshots (ignored by git). */
export const OUTPUT = join(process.cwd(), 'tests', 'output');

import { CHROMIUM_ARGS, launchChromium } from '../../../scripts/support/chromium-flags';

export { CHROMIUM_ARGS };

export interface Served {
  url: string;
  browser: Browser;
  close(): Promise<void>;
}

/** Serves the game built once for this run (tests/e2e/support/build-once.ts) on loopback, and starts Chromium. */
export async function serveGame(): Promise<Served> {
  const outDir = inject('gameBuild');
  const server: PreviewServer = await preview({
    configLoader: 'runner',
    logLevel: 'warn',
    build: { outDir },
    preview: { port: 0, host: '127.0.0.1', strictPort: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('the preview server did not report its address');
  const browser = await launchChromium();
  mkdirSync(OUTPUT, { recursive: true });
  return {
    url,
    browser,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * A fresh browser context (a visitor of its own), closed when the test ends:
 * a game left open keeps drawing and slows every test after it.
 */
export async function newContext(
  browser: Browser,
  options: Parameters<Browser['newContext']>[0] = {},
): Promise<BrowserContext> {
  const context = await browser.newContext(options);
  onTestFinished(() => context.close());
  return context;
}

/** Opens a page that fails the test on any uncaught page error; `settings` are kept in its storage before the game starts, as a returning player's. */
export async function openPage(
  served: Served,
  path = '',
  viewport = { width: 1280, height: 720 },
  settings?: Record<string, unknown>,
): Promise<{ page: Page; errors: string[] }> {
  const context = await newContext(served.browser, { viewport, locale: 'en-US' });
  if (settings)
    await context.addInitScript((s) => localStorage.setItem('brandstorm.settings', s), JSON.stringify(settings));
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(err.message));
  await page.goto(served.url + path);
  return { page, errors };
}

/** A fresh visitor who plays in this language (kept as their choice), on this viewport, with a touch screen if asked; page errors are recorded. */
export async function openIn(
  served: Served,
  locale: string,
  viewport = { width: 1280, height: 720 },
  touch = false,
): Promise<{ page: Page; errors: string[] }> {
  const context = await newContext(served.browser, {
    viewport,
    locale: 'en-US',
    ...(touch ? { hasTouch: true, isMobile: true } : {}),
  });
  await context.addInitScript((l) => localStorage.setItem('brandstorm.locale', l), locale);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(served.url);
  return { page, errors };
}

/** Waits until the scene mirrored in the page's live region has this title. */
export async function waitForScene(page: Page, title: string | RegExp, timeout = 15_000): Promise<string> {
  await page.waitForFunction(
    ([source, flags]: [string, string]) => {
      const scene = document.getElementById('screen-text')?.dataset.scene ?? '';
      return new RegExp(source, flags).test(scene);
    },
    (typeof title === 'string' ? [wholeTextPattern(title), ''] : [title.source, title.flags]) as [string, string],
    { timeout },
  );
  return (await page.textContent('#screen-text')) ?? '';
}

/** A pattern that matches exactly this text, whole. */
function wholeTextPattern(s: string): string {
  return `^${s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`;
}

/** The text the current scene shows, line by line. */
export async function screenLines(page: Page): Promise<string[]> {
  return page.$$eval('#screen-text > *', (els) => els.map((e) => e.textContent ?? ''));
}

/** Skips the audience's reaction to its end and goes on, once its final figures are shown (in any language). */
export async function finishReaction(
  page: Page,
  title: string | RegExp = /^(The audience reacts|Le public réagit|Il pubblico reagisce)$/,
): Promise<string> {
  await waitForScene(page, title);
  await page.keyboard.press('s');
  // The follower line, "Followers: 6,001,279 (+1,279)", comes with the end of the reaction. Replies that
  // ask for an answer pause it on the way: they are left unanswered (S), and the reaction skipped again.
  for (;;) {
    await page.waitForFunction(
      () =>
        /^(Replies that ask you|Des réponses vous interpellent|Risposte che ti chiamano in causa)/.test(
          document.getElementById('screen-text')?.dataset.scene ?? '',
        ) || /\([+−]?[\d\s\u202f.,]+\)/.test(document.getElementById('screen-text')?.textContent ?? ''),
    );
    const scene = (await page.evaluate(() => document.getElementById('screen-text')?.dataset.scene)) ?? '';
    if (!/^(Replies that ask you|Des réponses vous interpellent|Risposte che ti chiamano in causa)/.test(scene)) break;
    await page.keyboard.press('s');
    await page.waitForFunction((before) => document.getElementById('screen-text')?.dataset.scene !== before, scene);
    if (
      await page.evaluate(() =>
        /^(The audience reacts|Le public réagit|Il pubblico reagisce)$/.test(
          document.getElementById('screen-text')?.dataset.scene ?? '',
        ),
      )
    )
      await page.keyboard.press('s');
  }
  const text = (await page.textContent('#screen-text')) ?? '';
  await page.keyboard.press('Enter');
  return text;
}

/** From the title screen to the Rippon scenario's decision, with the keyboard, in any of the three languages. */
export async function toRipponDecision(page: Page): Promise<void> {
  await waitForScene(page, 'Brandstorm');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => (document.getElementById('screen-text')?.textContent ?? '').includes('Rippon'));
  await page.keyboard.press('Enter');
  await page.waitForTimeout(300);
  await page.keyboard.press('Enter');
  await waitForScene(page, /^(Decision|Décision|Decisione) 1/);
}

/**
 * Drops a file onto the page, as an instructor dragging it from their desktop: a `.json` name is
 * sent as JSON, any other as plain text.
 */
export async function dropFile(page: Page, name: string, text: string): Promise<void> {
  await page.evaluate(
    ([name, text]) => {
      const data = new DataTransfer();
      data.items.add(new File([text], name, { type: name.endsWith('.json') ? 'application/json' : 'text/plain' }));
      for (const type of ['dragenter', 'dragover', 'drop'])
        document.body.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));
    },
    [name, text] as [string, string],
  );
}
