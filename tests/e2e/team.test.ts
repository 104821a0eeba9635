import { join as joinPath } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { finishReaction, newContext, OUTPUT, waitForScene } from './support/browser';
import { liveServerAndBrowser, type LiveServer } from './support/live-server';

let browser: Browser;
let server: LiveServer;
liveServerAndBrowser('team', (s, b) => {
  server = s;
  browser = b;
});

const url = () => server.url;
const sceneText = (page: Page) => page.evaluate(() => document.getElementById('screen-text')?.textContent ?? '');

/** From the title screen to the Rippon debrief, with the keyboard, picking the given choice. */
async function playRippon(page: Page, key: string): Promise<void> {
  await waitForScene(page, 'Brandstorm');
  await page.keyboard.press('Enter');
  await waitForScene(page, 'Choose a scenario');
  await page.keyboard.press('Enter');
  await page.waitForTimeout(300);
  await page.keyboard.press('Enter');
  await waitForScene(page, /^Decision 1/);
  await page.keyboard.press(key);
  await finishReaction(page);
  await waitForScene(page, 'Debrief');
}

async function join(context: BrowserContext, code: string, name: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url());
  await waitForScene(page, 'Brandstorm');
  await page.keyboard.press('l');
  await waitForScene(page, 'Leaderboard');
  await page.click('#join-code');
  await page.keyboard.type(code.toLowerCase());
  await page.click('#join-name');
  // Real key presses: "l" and Escape-free typing must stay in the field.
  await page.keyboard.type(name);
  await page.keyboard.press('Enter');
  await page.waitForFunction(
    (n) => (document.getElementById('screen-text')?.textContent ?? '').includes(`· ${n}`),
    name,
  );
  await page.click('body', { position: { x: 5, y: 5 } });
  await page.keyboard.press('Escape');
  return page;
}

describe('teams in Chromium, against the real server', () => {
  it('two players join a team, play, and see each other on the leaderboard; a run made while the server is down is sent once it is back, even after closing the tab', async () => {
    const team = await (
      await fetch(`${url()}/api/teams`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ name: 'Social desk' }),
      })
    ).json();
    const lea = await newContext(browser, { viewport: { width: 1280, height: 720 } });
    const max = await newContext(browser, { viewport: { width: 1280, height: 720 } });
    const leaPage = await join(lea, team.joinCode, 'Lea');
    const maxPage = await join(max, team.joinCode, 'Max');

    await playRippon(leaPage, '1');
    await leaPage.waitForFunction(() =>
      (document.getElementById('screen-text')?.textContent ?? '').includes('Saved, and sent to your team.'),
    );
    await playRippon(maxPage, '4');
    await maxPage.waitForFunction(() =>
      (document.getElementById('screen-text')?.textContent ?? '').includes('Saved, and sent to your team.'),
    );
    await maxPage.keyboard.press('l');
    await waitForScene(maxPage, 'Leaderboard');
    await maxPage.waitForFunction(
      () =>
        /1\. Lea: \d+/.test(document.getElementById('screen-text')?.textContent ?? '') &&
        /2\. Max \(you\): \d+/.test(document.getElementById('screen-text')?.textContent ?? ''),
    );
    await maxPage.screenshot({ path: joinPath(OUTPUT, 'team-leaderboard.png') });

    // The server goes down; Lea plays again from the game already open: the run is kept and queued.
    await server.stop();
    await leaPage.keyboard.press('Enter'); // "Play again" has the focus on the debrief
    await waitForScene(leaPage, 'Sparking joy with Adam Rippon');
    await leaPage.keyboard.press('Enter');
    await waitForScene(leaPage, /^Decision 1/);
    await leaPage.keyboard.press('2');
    await finishReaction(leaPage);
    await waitForScene(leaPage, 'Debrief');
    await leaPage.waitForFunction(() =>
      (document.getElementById('screen-text')?.textContent ?? '').includes('queued for your team'),
    );
    await leaPage.screenshot({ path: joinPath(OUTPUT, 'team-queued.png') });
    // She closes the tab while the server is still down.
    await leaPage.close();

    // Back up; Lea opens the game again: the queued run goes out.
    await server.start();
    const later = await lea.newPage();
    await later.goto(url());
    await waitForScene(later, 'Brandstorm');
    await expect
      .poll(
        async () =>
          (
            await (await fetch(`${url()}/api/leaderboard?scenario=rippon-kondo&team=${team.joinCode}`)).json()
          ).players.find((p: { player: string }) => p.player === 'Lea')?.runs,
        { timeout: 20_000 },
      )
      .toBe(2);
    expect(await sceneText(later)).toContain('Brandstorm');
    await lea.close();
    await max.close();
  }, 180_000);
});
