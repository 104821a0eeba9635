import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveGame, waitForScene, type Served } from './support/browser';

let served: Served;
beforeAll(async () => {
  served = await serveGame();
}, 120_000);
afterAll(async () => served?.close());

describe('a decision against the clock', () => {
  it('shows the time left and takes the timer choice when it runs out', async () => {
    const timed = JSON.parse(readFileSync('scenarios/rippon-kondo.json', 'utf8'));
    timed.id = 'rippon-timed';
    timed.steps[0].timer = { seconds: 5, choice: 'silent' };
    const context = await served.browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.route('https://scenarios.example.org/**', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', headers: { 'Access-Control-Allow-Origin': '*' }, body: JSON.stringify(timed) }),
    );
    await page.goto(`${served.url}?scenario=${encodeURIComponent('https://scenarios.example.org/timed.json')}`);
    await waitForScene(page, 'Choose a scenario');
    await page.keyboard.press('Enter');
    await page.waitForTimeout(300);
    await page.keyboard.press('Enter');
    const feed = await waitForScene(page, /^Decision 1/);
    expect(feed).toContain('5 s left to decide');
    // Nobody answers: after five seconds the scenario moves on without a post.
    const reaction = await waitForScene(page, 'The audience reacts', 20_000);
    expect(reaction).toContain('You stayed silent');
    expect(errors).toEqual([]);
    await context.close();
  }, 60_000);
});
