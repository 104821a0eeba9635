import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { finishReaction, newContext, OUTPUT, type Served, serveGame, waitForScene } from './support/browser';

let served: Served;
beforeAll(async () => {
  served = await serveGame();
}, 120_000);
afterAll(async () => served?.close());

/** Opens a copy of the Rippon scenario with a five-second timer on its decision, at the decision. */
async function openTimed(settings?: Record<string, unknown>) {
  const timed = JSON.parse(readFileSync('scenarios/rippon-kondo.json', 'utf8'));
  timed.id = 'rippon-timed';
  timed.steps[0].timer = { seconds: 5, choice: 'silent' };
  const context = await newContext(served.browser, { viewport: { width: 1280, height: 720 } });
  if (settings)
    await context.addInitScript((s) => localStorage.setItem('brandstorm.settings', s), JSON.stringify(settings));
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.route('https://scenarios.example.org/**', (route) =>
    route.fulfill({
      status: 200,
      contentType: 'application/json',
      headers: { 'Access-Control-Allow-Origin': '*' },
      body: JSON.stringify(timed),
    }),
  );
  await page.goto(`${served.url}?scenario=${encodeURIComponent('https://scenarios.example.org/timed.json')}`);
  // A link opens its scenario's briefing.
  await waitForScene(page, timed.title.en);
  await page.keyboard.press('Enter');
  return { context, page, errors, feed: await waitForScene(page, /^Decision 1/) };
}

describe('a decision against the clock', () => {
  it('shows the time left and takes the timer choice when it runs out', async () => {
    const { page, errors, feed } = await openTimed();
    expect(feed).toContain('5 s left to decide');
    // Nobody answers: after five seconds the scenario moves on without a post.
    const reaction = await waitForScene(page, 'The audience reacts', 20_000);
    expect(reaction).toContain('You stayed silent');
    expect(errors).toEqual([]);
  }, 60_000);

  it('runs no clock in practice (timers off in the settings), and keeps the run out of the rankings', async () => {
    const { page, errors, feed } = await openTimed({ timers: false });
    expect(feed).toContain('Practice: no time limit');
    expect(feed).not.toContain('left to decide');
    // Well past the five seconds, the decision is still the trainee's.
    await page.waitForTimeout(7000);
    await waitForScene(page, /^Decision 1/);
    await page.screenshot({ path: join(OUTPUT, 'timer-practice.png') });
    await page.keyboard.press('1');
    await finishReaction(page);
    await waitForScene(page, 'Debrief');
    await page.waitForFunction(() =>
      (document.getElementById('screen-text')?.textContent ?? '').includes('Practice run'),
    );
    expect(await page.textContent('#screen-text')).toContain(
      'Practice run (timers off): not ranked on the leaderboards.',
    );
    // Nothing was kept for the local leaderboard: this browser has no finished run.
    await page.keyboard.press('l');
    await waitForScene(page, 'Leaderboard');
    await page.waitForFunction(() =>
      /No finished run yet|Sparking joy/.test(document.getElementById('screen-text')?.textContent ?? ''),
    );
    expect(await page.textContent('#screen-text')).toContain('No finished run yet.');
    expect(errors).toEqual([]);
  }, 60_000);
});
