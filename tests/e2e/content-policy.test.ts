import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { finishReaction, newContext, screenLines, toRipponDecision, waitForScene, dropFile } from './support/browser';
import { liveServerAndBrowser, type LiveServer } from './support/live-server';

let browser: Browser;
let server: LiveServer;
liveServerAndBrowser('csp', (s, b) => {
  server = s;
  browser = b;
});

const rippon = readFileSync('scenarios/rippon-kondo.json', 'utf8');
const own = rippon
  .replace('"id": "rippon-kondo"', '"id": "our-case"')
  .replace('"en": "Sparking joy with Adam Rippon"', '"en": "Our own case"');

/** A page that records what the content policy blocks, and the page's errors. */
async function watchedPage(): Promise<{ page: Page; blocked: () => Promise<string[]>; errors: string[] }> {
  const context = await newContext(browser, { viewport: { width: 1280, height: 720 }, locale: 'en-US' });
  await context.addInitScript(() => {
    const w = window as unknown as { blocked: string[] };
    w.blocked = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.blocked.push(`${e.effectiveDirective} ${e.blockedURI}`),
    );
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(err.message));
  return { page, errors, blocked: () => page.evaluate(() => (window as unknown as { blocked: string[] }).blocked) };
}

describe('the game under the server content policy, in Chromium', () => {
  it('loads, plays a scenario through, checks an opened file in its worker, fetches a linked file and draws its image, and opens the class page, with nothing blocked', async () => {
    const { page, blocked, errors } = await watchedPage();
    const res = await page.goto(server.url);
    expect(res?.headers()['content-security-policy']).toContain("connect-src 'self' https:");
    await toRipponDecision(page);
    await page.keyboard.press('1');
    await finishReaction(page);
    await waitForScene(page, 'Debrief');
    expect((await screenLines(page)).some((l) => /^Score: \d+ \/ 1000$/.test(l))).toBe(true);

    // An instructor's own file, checked in the worker.
    await page.goto(server.url);
    await waitForScene(page, 'Brandstorm');
    await dropFile(page, 'our-case.json', own);
    expect(await waitForScene(page, 'Choose a scenario')).toContain('Our own case is ready to play');
    expect(await blocked()).toEqual([]);

    // A ?scenario= link to a file on another https site.
    await page.route('https://scenarios.example.org/**', (route) =>
      route.fulfill({
        status: 200,
        contentType: 'application/json',
        headers: { 'Access-Control-Allow-Origin': '*' },
        body: readFileSync('tests/fixtures/own-scenario/cold-fries.json', 'utf8'),
      }),
    );
    await page.goto(`${server.url}/?scenario=${encodeURIComponent('https://scenarios.example.org/cold-fries.json')}`);
    // It opens at its briefing; its first post draws the game's own image of cold fries.
    await waitForScene(page, 'Cold fries, hot thread');
    await page.keyboard.press('Enter');
    expect(await waitForScene(page, /^Decision 1/)).toContain('Image: A drawing of a red paper tray');
    expect(await blocked()).toEqual([]);

    // The instructor's class page lists the library.
    await page.goto(`${server.url}/class.html`);
    await page.waitForSelector('input[name=scenario]');
    expect(await blocked()).toEqual([]);
    expect(errors).toEqual([]);

    // And what the policy is for: a script the page did not ship does not run.
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.injected = true';
      document.body.append(s);
    });
    expect(await page.evaluate(() => (window as unknown as { injected?: boolean }).injected)).toBeUndefined();
    expect((await blocked()).some((b) => b.startsWith('script-src'))).toBe(true);
  }, 120_000);
});
