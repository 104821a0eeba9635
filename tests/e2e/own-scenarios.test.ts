import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { finishReaction, newContext, OUTPUT, waitForScene } from './support/browser';
import { liveServerAndBrowser, type LiveServer } from './support/live-server';

/** An instructor's own scenario, written from the new-scenario template: a cold-fries complaint to a burger chain. */
const FILE = join(process.cwd(), 'tests/fixtures/own-scenario/cold-fries.json');
const TITLE = 'Cold fries, hot thread';
/** The library's scenarios, which the list shows before a team's own. */
const LIBRARY_SIZE = readdirSync('scenarios').filter((f) => f.endsWith('.json') && f !== 'scenario.schema.json').length;

let browser: Browser;
let server: LiveServer;
const dir = liveServerAndBrowser('own', (s, b) => {
  server = s;
  browser = b;
});

const screenText = (page: Page) => page.evaluate(() => document.getElementById('screen-text')?.textContent ?? '');
const watch = (page: Page, errors: string[]) => {
  page.on('pageerror', (err) => errors.push(`${page.url()}: ${err.stack ?? err.message}`));
  return page;
};

/** A trainee opens the class link, joins, and starts the session's first scenario. */
async function joinClass(code: string, name: string, errors: string[]): Promise<Page> {
  const page = watch(
    await (await newContext(browser, { viewport: { width: 1280, height: 720 }, locale: 'en-US' })).newPage(),
    errors,
  );
  await page.goto(`${server.url}/?class=${code}`);
  await waitForScene(page, 'Join a class');
  await page.click('#join-name');
  await page.keyboard.type(name);
  await page.keyboard.press('Enter');
  await page.waitForFunction(
    (t) => (document.getElementById('screen-text')?.textContent ?? '').includes(`Start: ${t}`),
    TITLE,
  );
  await page.click('body', { position: { x: 5, y: 5 } });
  await page.keyboard.press('Enter');
  await waitForScene(page, TITLE);
  await page.keyboard.press('Enter');
  await waitForScene(page, /^Decision 1/);
  return page;
}

describe("instructors' own scenarios in Chromium, against the real server", () => {
  it('an instructor uploads a scenario on the class page; two trainees play it; the class view, the presenter view and the CSV show their answers', async () => {
    const errors: string[] = [];
    const instructor = await newContext(browser, { viewport: { width: 1440, height: 900 }, locale: 'en-US' });
    const form = watch(await instructor.newPage(), errors);
    await form.goto(`${server.url}/class.html`);
    await form.waitForSelector('input[name=scenario]');
    await form.fill('#session-title', 'Burger chain workshop');
    for (const box of await form.$$('input[name=scenario]')) await box.uncheck();

    // A broken file first: the page says what is wrong, where, before anything is sent.
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, readFileSync(FILE, 'utf8').replace('"share": 0.5', '"share": "half"'));
    await form.setInputFiles('#own-files', broken);
    await form.waitForSelector('text=broken.json cannot be played');
    expect(await form.textContent('.open-form [role=alert]')).toMatch(/broken\.json, line \d+, column \d+/);

    // The real file joins the list, first in the order; Rippon, ticked next, comes second.
    await form.setInputFiles('#own-files', FILE);
    await form.waitForSelector('input[name=scenario][value=cold-fries]:checked');
    await form.check('input[name=scenario][value=rippon-kondo]');
    expect(await form.textContent('label:has(input[value=cold-fries]) .order')).toBe('1');
    expect(await form.textContent('label:has(input[value=rippon-kondo]) .order')).toBe('2');
    await form.screenshot({ path: join(OUTPUT, 'class-open-own-file.png'), fullPage: true });
    await form.click('button[type=submit]');
    await form.waitForSelector('.code');
    await form.waitForFunction(() => document.body.dataset.stream === 'live');
    const code = ((await form.textContent('.code')) ?? '').replace('-', '');
    const key = new URLSearchParams(new URL(form.url()).hash.slice(1)).get('key') ?? '';

    const noor = await joinClass(code, 'Noor', errors);
    const sam = await joinClass(code, 'Sam', errors);
    await noor.keyboard.press('1');
    const reply =
      "@samrivera Sorry Sam, that's on us tonight. DM us your order number and the next meal is on the house.";
    await sam.keyboard.press('w');
    await sam.waitForSelector('.compose-text');
    await sam.keyboard.type(reply, { delay: 2 });
    await sam.keyboard.press('Control+Enter');

    // The class view fills in by itself, with the uploaded scenario's own options.
    await form.waitForFunction(
      () => document.querySelector('.step h2')?.textContent?.includes('2 answers'),
      undefined,
      { timeout: 20_000 },
    );
    expect(await form.textContent('tr[data-option="own-it"] .bar-label')).toBe('1 · 50%');
    expect(await form.textContent('tr[data-option="@written"] .bar-label')).toBe('1 · 50%');
    expect(await form.textContent('.written blockquote')).toBe(reply);
    await form.screenshot({ path: join(OUTPUT, 'class-view-own-scenario.png'), fullPage: true });

    for (const page of [noor, sam]) {
      await finishReaction(page);
      await waitForScene(page, 'Debrief');
    }
    // A class's scenario is the server's: the trainee's debrief does not call it unranked.
    expect(await screenText(noor)).not.toContain('goes on no leaderboard');

    const presenter = watch(await instructor.newPage(), errors);
    await presenter.goto(`${server.url}/class.html?view=presenter#key=${key}`);
    await presenter.waitForSelector('.big-bars');
    expect(await presenter.textContent('.slide h1')).toBe('How does the brand answer?');
    expect(await presenter.$$eval('.big-bars .num', (els) => els.map((e) => e.textContent))).toEqual(
      expect.arrayContaining(['1 · 50%']),
    );

    const csv = await (
      await fetch(`${server.url}/api/class/answers.csv`, { headers: { Authorization: `Bearer ${key}` } })
    ).text();
    expect(csv).toContain('"Noor","1","cold-fries","1","the-complaint","Cold fries","own-it"');
    expect(csv).toContain(`"Sam","1","cold-fries","1","the-complaint","Cold fries","written"`);
    expect(csv).toContain("that's on us tonight");
    expect(errors).toEqual([]);
  }, 240_000);

  it("a team's instructor uploads a scenario; players play it in the game; two versions keep two leaderboards", async () => {
    const errors: string[] = [];
    const team = await (
      await fetch(`${server.url}/api/teams`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ name: 'Burger desk' }),
      })
    ).json();
    const upload = (file: string) =>
      spawnSync(
        process.execPath,
        ['--import', 'tsx', 'src/cli/team.ts', 'upload', team.adminToken, file, '--server', server.url],
        { encoding: 'utf8' },
      );
    const first = upload(FILE);
    expect(first.stdout).toContain('"cold-fries" version 1 is now the team\'s');

    /** A player joins the team from the leaderboard screen, then plays the team's scenario from the list. */
    const play = async (name: string, key: string) => {
      const page = watch(
        await (await newContext(browser, { viewport: { width: 1280, height: 720 } })).newPage(),
        errors,
      );
      await page.goto(server.url);
      await waitForScene(page, 'Brandstorm');
      await page.keyboard.press('l');
      await waitForScene(page, 'Leaderboard');
      await page.click('#join-code');
      await page.keyboard.type(team.joinCode);
      await page.click('#join-name');
      await page.keyboard.type(name);
      await page.keyboard.press('Enter');
      await page.waitForFunction(
        (n) => (document.getElementById('screen-text')?.textContent ?? '').includes(`· ${n}`),
        name,
      );
      await page.click('body', { position: { x: 5, y: 5 } });
      await page.keyboard.press('Escape');
      await waitForScene(page, 'Brandstorm');
      await page.keyboard.press('Enter');
      await waitForScene(page, 'Choose a scenario');
      await page.waitForFunction(
        (t) => (document.getElementById('screen-text')?.textContent ?? '').includes(`${t}. Your team’s`),
        TITLE,
      );
      // The team's scenario is listed after the library's.
      for (let i = 0; i < LIBRARY_SIZE; i++) await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await waitForScene(page, TITLE);
      await page.keyboard.press('Enter');
      await waitForScene(page, /^Decision 1/);
      await page.keyboard.press(key);
      await finishReaction(page);
      await waitForScene(page, 'Debrief');
      await page.waitForFunction(() =>
        (document.getElementById('screen-text')?.textContent ?? '').includes('Saved, and sent to your team.'),
      );
      return page;
    };
    await play('Ada', '1');

    // The instructor changes the scenario: a new version, on a board of its own.
    const v2 = join(dir, 'cold-fries-v2.json');
    const v1 = JSON.parse(readFileSync(FILE, 'utf8'));
    writeFileSync(
      v2,
      JSON.stringify(
        { ...v1, version: 2, debrief: { ...v1.debrief, rewards: { ...v1.debrief.rewards, apology: 2 } } },
        null,
        2,
      ),
    );
    expect(upload(v2).stdout).toContain("version 2 is now the team's");
    await play('Bob', '1');

    const board = async (q: string) =>
      (await (await fetch(`${server.url}/api/leaderboard?team=${team.joinCode}&${q}`)).json()) as {
        version: number;
        players: { player: string }[];
      };
    const current = await board('scenario=cold-fries');
    expect(current.version).toBe(2);
    expect(current.players.map((p) => p.player)).toEqual(['Bob']);
    expect((await board('scenario=cold-fries&version=1')).players.map((p) => p.player)).toEqual(['Ada']);
    const csv = await (
      await fetch(`${server.url}/api/team/runs.csv`, { headers: { Authorization: `Bearer ${team.adminToken}` } })
    ).text();
    expect(csv).toMatch(/"Ada","cold-fries","1",.*"the-complaint=own-it"/);
    expect(csv).toMatch(/"Bob","cold-fries","2",.*"the-complaint=own-it"/);
    expect(errors).toEqual([]);
  }, 240_000);
});
