import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { classClient } from '../../src/class/client/client';
import { buildApp } from '../../src/server/app';
import { openDatabase, type Db } from '../../src/server/db/database';
import { loadLibrary } from '../../src/server/library';
import { TEST_ANALYSER } from '../support/analyser';
import { finishReaction, newContext, OUTPUT, waitForScene } from './support/browser';
import { launchChromium } from '../../scripts/support/chromium-flags';

const dir = mkdtempSync(join(tmpdir(), 'brandstorm-class-timer-'));
let browser: Browser;
let app: FastifyInstance;
let db: Db;
let url: string;

/**
 * The game and the server with the Rippon scenario's decision on a five-second
 * timer (the library's timers give a minute or so): the game's copy and the
 * server's, so that both play the same scenario.
 */
beforeAll(async () => {
  const timed = JSON.parse(readFileSync('scenarios/rippon-kondo.json', 'utf8'));
  timed.steps[0].timer = { seconds: 5, choice: 'silent' };
  const game = join(dir, 'game');
  cpSync(inject('gameBuild'), game, { recursive: true });
  writeFileSync(join(game, 'scenarios', 'rippon-kondo.json'), JSON.stringify(timed));
  mkdirSync(join(dir, 'scenarios'));
  writeFileSync(join(dir, 'scenarios', 'rippon-kondo.json'), JSON.stringify(timed));
  db = await openDatabase({ kind: 'sqlite', file: join(dir, 'class.db') });
  app = await buildApp({ db, library: loadLibrary(join(dir, 'scenarios')), analyser: TEST_ANALYSER, dist: game });
  await app.listen({ port: 0, host: '127.0.0.1' });
  url = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
  browser = await launchChromium();
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await app?.close();
  await db?.destroy();
  rmSync(dir, { recursive: true, force: true });
});

const screenText = (page: Page) => page.textContent('#screen-text').then((t) => t ?? '');

describe('a class trainee whose timer runs out', () => {
  it('finishes the scenario: the clock makes the decision, the server takes it, and the class view shows the trainee done', async () => {
    const errors: string[] = [];
    const opened = await classClient(url).open('Against the clock', ['rippon-kondo'], 'self-paced');
    if (!opened.ok) throw new Error(opened.error);
    const instructor = await newContext(browser, { viewport: { width: 1280, height: 900 }, locale: 'en-US' });
    const view = await instructor.newPage();
    view.on('pageerror', (err) => errors.push(`class view: ${err.message}`));
    await view.goto(`${url}/class.html#key=${opened.value.instructorToken}`);
    await view.waitForFunction(() => document.body.dataset.stream === 'live');

    const context = await newContext(browser, { viewport: { width: 1280, height: 720 }, locale: 'en-US' });
    const page = await context.newPage();
    page.on('pageerror', (err) => errors.push(`game: ${err.message}`));
    // Settings of a player who turned timers off: a class runs them anyway.
    await context.addInitScript(() => localStorage.setItem('brandstorm.settings', JSON.stringify({ timers: false })));
    await page.goto(`${url}/?class=${opened.value.joinCode}`);
    await waitForScene(page, 'Join a class');
    await page.click('#join-name');
    await page.keyboard.type('Ada');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() =>
      (document.getElementById('screen-text')?.textContent ?? '').includes('Start: Sparking joy with Adam Rippon'),
    );
    await page.click('body', { position: { x: 5, y: 5 } });
    await page.keyboard.press('Enter');
    await waitForScene(page, 'Sparking joy with Adam Rippon');
    await page.keyboard.press('Enter');
    expect(await waitForScene(page, /^Decision 1/)).toContain('5 s left to decide');

    // Nobody answers: the clock stays silent for the trainee, and the scenario goes on to its end.
    expect(await finishReaction(page)).toContain('You stayed silent');
    await waitForScene(page, 'Debrief');
    await expect
      .poll(() => page.evaluate(() => (window as any).brandstorm.classroom.store.getState().pending), {
        timeout: 10_000,
      })
      .toBe(0);
    await page.keyboard.press('c');
    await page.waitForFunction(() =>
      (document.getElementById('screen-text')?.textContent ?? '').includes(
        'You have played every scenario of the session',
      ),
    );
    expect(await screenText(page)).toMatch(/1\. Sparking joy with Adam Rippon — Done: \d+ points/);

    // The class view counts the clock's decision and shows Ada done.
    await view.waitForFunction(() => document.querySelector('.step h2')?.textContent?.includes('1 answer'), undefined, {
      timeout: 15_000,
    });
    expect(await view.textContent('tr[data-option="silent"] .bar-label')).toBe('1 · 100%');
    await view.waitForFunction(() => /\(1\/1 done\)/.test(document.querySelector('.ranking')?.textContent ?? ''));
    await view.screenshot({ path: join(OUTPUT, 'class-view-timed-out.png'), fullPage: true });
    expect(errors).toEqual([]);
  }, 120_000);
});
