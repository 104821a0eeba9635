import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadScenario, play, type Outcome } from '../../src/engine';
import { GAME_PLAY_OPTIONS } from '../../src/store/actions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OUTPUT, openPage, screenLines, serveGame, waitForScene, type Served } from './support/browser';

let served: Served;
beforeAll(async () => {
  served = await serveGame();
}, 120_000);
afterAll(async () => served?.close());

const shot = (name: string) => ({ path: join(OUTPUT, `rippon-${name}.png`) });

describe('a trainee plays the Rippon scenario in Chromium', () => {
  it('goes from the title to the debrief with the keyboard and sees the score and follower change', async () => {
    const { page, errors } = await openPage(served);
    // Hold the scenario list back a moment to see the loading screen.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/scenarios/index.json', async (route) => {
      await held;
      await route.continue();
    });
    await page.reload();
    await waitForScene(page, 'Loading scenarios…');
    await page.waitForTimeout(300);
    await page.screenshot(shot('0-loading'));
    release();
    await waitForScene(page, 'Brandstorm');
    await page.screenshot(shot('1-title'));
    await page.keyboard.press('Enter');

    const list = await waitForScene(page, 'Choose a scenario');
    expect(list).toContain('Sparking joy with Adam Rippon');
    expect(list).toContain('Netflix US');
    await page.screenshot(shot('2-select'));
    await page.keyboard.press('Enter');

    const briefing = await waitForScene(page, 'Sparking joy with Adam Rippon');
    expect(briefing).toContain('Adam Rippon');
    await page.screenshot(shot('3-briefing'));
    await page.keyboard.press('Enter');

    const feed = await waitForScene(page, /^Decision 1/);
    expect(feed).toContain("I'd let Marie Kondo rearrange the organs in my body");
    expect(feed).toContain('1. A quick joke that stays clean');
    await page.screenshot(shot('4-feed'));
    await page.keyboard.press('1');

    // The reaction plays out; let it run a moment, then skip to the end.
    await page.waitForTimeout(2500);
    await page.screenshot(shot('5-reaction-live'));
    await page.keyboard.press('s');
    await waitForScene(page, 'The audience reacts');
    // The figures are on screen once the reaction has played to its end.
    await page.waitForFunction(() => (document.getElementById('screen-text')?.textContent ?? '').includes('Likes:'));
    const reaction = (await page.textContent('#screen-text')) ?? '';
    expect(reaction).toMatch(/Likes: [\d,]+/);
    expect(reaction).toMatch(/Followers: [\d,]+ \([+−]?[\d,]+\)/);
    await page.screenshot(shot('6-reaction-end'));
    await page.keyboard.press('Enter');

    await waitForScene(page, 'Debrief');
    await page.waitForTimeout(1200);
    const lines = await screenLines(page);
    const score = lines.find((l) => l.startsWith('Score:'));
    expect(score).toMatch(/^Score: \d+ \/ 1000$/);
    const points = Number(/Score: (\d+)/.exec(score!)![1]);
    expect(points).toBeGreaterThan(500);
    const change = lines.find((l) => l.startsWith('Follower change:'));
    expect(change).toMatch(/^Follower change: \+[\d,]+ \(6,000,000 → [\d,]+\)$/);
    expect(lines.some((l) => l.startsWith('What really happened:') && l.includes('this is a family site'))).toBe(true);
    await page.screenshot(shot('7-debrief'));
    expect(errors).toEqual([]);

    // The browser's outcome is the one Node computes from the same inputs, byte for byte.
    const browserOutcome = await page.evaluate(() =>
      JSON.stringify(
        (
          window as unknown as { brandstorm: { store: { getState(): { run: { outcome: unknown } } } } }
        ).brandstorm.store.getState().run.outcome,
      ),
    );
    const parsed = JSON.parse(browserOutcome) as Outcome;
    const loaded = loadScenario(readFileSync('scenarios/rippon-kondo.json', 'utf8'), 'rippon-kondo.json');
    if (!loaded.ok) throw new Error('the Rippon scenario does not load');
    const nodeOutcome = play(
      loaded.scenario,
      { scenarioId: 'rippon-kondo', scenarioVersion: 1, decisions: [{ step: 'the-joke', choice: 'witty' }] },
      parsed.seed,
      GAME_PLAY_OPTIONS,
    );
    expect(browserOutcome).toBe(JSON.stringify(nodeOutcome));
    expect(parsed.score.total).toBe(points);
  }, 90_000);
});
