import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { classClient } from '../../src/class/client/client';
import { finishReaction, newContext, OUTPUT, waitForScene } from './support/browser';
import { liveServerAndBrowser, type LiveServer } from './support/live-server';

let browser: Browser;
let server: LiveServer;
liveServerAndBrowser('class', (s, b) => {
  server = s;
  browser = b;
});

/** Fails the test on any uncaught error of the page. */
function watchErrors(page: Page, errors: string[]): Page {
  page.on('pageerror', (err) => errors.push(`${page.url()}: ${err.message}`));
  return page;
}

/** The instructor opens a session from the class page, and lands on its class view. */
async function openSession(
  page: Page,
  title: string,
  scenario: string,
  mode: 'self-paced' | 'lockstep',
): Promise<{ code: string; key: string }> {
  await page.goto(`${server.url}/class.html`);
  await page.waitForSelector('input[name=scenario]');
  if (mode === 'self-paced') await page.screenshot({ path: join(OUTPUT, 'class-open.png'), fullPage: true });
  await page.fill('#session-title', title);
  for (const box of await page.$$('input[name=scenario]')) {
    if ((await box.getAttribute('value')) === scenario) await box.check();
    else await box.uncheck();
  }
  await page.check(`input[name=mode][value=${mode}]`);
  await page.click('button[type=submit]');
  await page.waitForSelector('.code');
  await page.waitForFunction(() => document.body.dataset.stream === 'live');
  const code = ((await page.textContent('.code')) ?? '').replace('-', '');
  const key = new URLSearchParams(new URL(page.url()).hash.slice(1)).get('key') ?? '';
  expect(code).toMatch(/^[A-HJ-NP-Z2-9]{8}$/);
  return { code, key };
}

/** A trainee opens the class link, types their name and joins; the class's lobby shows. */
async function joinByLink(code: string, name: string, errors: string[]): Promise<Page> {
  const context = await newContext(browser, { viewport: { width: 1280, height: 720 }, locale: 'en-US' });
  const page = watchErrors(await context.newPage(), errors);
  await page.goto(`${server.url}/?class=${code}`);
  await waitForScene(page, 'Join a class');
  expect(await page.inputValue('#join-code')).toBe(`${code.slice(0, 4)}-${code.slice(4)}`);
  if (name === 'Lea') await page.screenshot({ path: join(OUTPUT, 'class-trainee-join.png') });
  await page.click('#join-name');
  await page.keyboard.type(name);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() =>
    (document.getElementById('screen-text')?.textContent ?? '').includes('Connected to the class'),
  );
  await page.click('body', { position: { x: 5, y: 5 } });
  return page;
}

/** From the lobby's Start button through the briefing. */
async function startScenario(page: Page, title: string): Promise<void> {
  await page.waitForFunction(
    (t) => (document.getElementById('screen-text')?.textContent ?? '').includes(`Start: ${t}`),
    title,
  );
  await page.keyboard.press('Enter');
  await waitForScene(page, title);
  await page.keyboard.press('Enter');
}

const PRINCE = 'The 53 viewers of A Christmas Prince';
const optionCell = (page: Page, option: string) => page.textContent(`tr[data-option="${option}"] .bar-label`);

describe('a class session in Chromium, against the real server', () => {
  it('three trainees join with the code and answer differently; the class view shows the counts and the written reply live; the presenter view shows the distribution and a picked reply without names', async () => {
    const errors: string[] = [];
    const instructor = await newContext(browser, { viewport: { width: 1440, height: 900 }, locale: 'en-US' });
    const view = watchErrors(await instructor.newPage(), errors);
    const { code, key } = await openSession(view, 'Tuesday workshop', 'rippon-kondo', 'self-paced');
    expect(await view.textContent('.empty')).toContain('No answers yet');

    const names = ['Lea', 'Bruno', 'Chloé'];
    const trainees = [];
    for (const name of names) trainees.push(await joinByLink(code, name, errors));
    await view.waitForFunction(() => document.querySelectorAll('.trainees li').length === 3);
    expect(await view.$$eval('.trainees li', (els) => els.map((e) => e.textContent))).toEqual(names);

    for (const page of trainees) await startScenario(page, 'Sparking joy with Adam Rippon');
    for (const page of trainees) await waitForScene(page, /^Decision 1/);
    // Ada picks the first reply, Bruno the third, Chloé writes her own.
    await trainees[0]!.keyboard.press('1');
    await trainees[1]!.keyboard.press('3');
    const reply = '@Adaripp Our organs all spark joy, thank you for asking 😂 #KonMari';
    await trainees[2]!.keyboard.press('w');
    await trainees[2]!.waitForSelector('.compose-text');
    await trainees[2]!.keyboard.type(reply, { delay: 2 });
    await trainees[2]!.keyboard.press('Control+Enter');

    // The class view fills in by itself: no reload.
    const url = view.url();
    await view.waitForFunction(
      () => document.querySelector('.step h2')?.textContent?.includes('3 answers'),
      undefined,
      { timeout: 15_000 },
    );
    expect(view.url()).toBe(url);
    expect(await optionCell(view, 'witty')).toBe('1 · 33%');
    expect(await optionCell(view, 'corporate')).toBe('1 · 33%');
    expect(await optionCell(view, '@written')).toBe('1 · 33%');
    expect(await optionCell(view, 'edgy')).toBe('0 · 0%');
    expect(await view.textContent('.written blockquote')).toBe(reply);
    expect(await view.textContent('.written .who')).toContain('Chloé');
    const features = await view.$$eval('.written .features li', (els) => els.map((e) => e.textContent ?? ''));
    expect(features.some((f) => f.startsWith('humour'))).toBe(true);
    expect(features.some((f) => f.startsWith('speaking to a person: @Adaripp'))).toBe(true);
    // Each row gives the mean reaction and the mean score after the decision.
    expect(await view.textContent('tr[data-option="witty"] td:nth-child(4)')).toMatch(/^\d+$/);

    // The trainees see their own debrief; the lobby then shows the class's leaderboard.
    for (const page of trainees.slice(0, 2)) await finishReaction(page);
    await waitForScene(trainees[0]!, 'Debrief');
    await trainees[0]!.waitForTimeout(1000);
    await trainees[0]!.screenshot({ path: join(OUTPUT, 'class-trainee-debrief.png') });
    await trainees[0]!.keyboard.press('c');
    await trainees[0]!.waitForFunction(() =>
      (document.getElementById('screen-text')?.textContent ?? '').includes(
        'You have played every scenario of the session',
      ),
    );
    expect(await trainees[0]!.textContent('#screen-text')).toMatch(
      /1\. Sparking joy with Adam Rippon — Done: \d+ points/,
    );
    await trainees[0]!.waitForFunction(() =>
      /Class leaderboard\s*1\. /.test(document.getElementById('screen-text')?.textContent ?? ''),
    );
    await trainees[0]!.screenshot({ path: join(OUTPUT, 'class-trainee-lobby.png') });

    // The instructor picks the written reply for the projector, and opens the presenter view.
    await view.click('.written button');
    await view.waitForSelector('text=✓ On the projector (remove)');
    await view.waitForTimeout(300);
    await view.screenshot({ path: join(OUTPUT, 'class-view.png'), fullPage: true });
    const presenter = watchErrors(await instructor.newPage(), errors);
    await presenter.setViewportSize({ width: 1920, height: 1080 });
    await presenter.goto(`${server.url}/class.html?view=presenter#key=${key}`);
    await presenter.waitForSelector('.big-bars');
    expect(await presenter.textContent('.slide h1')).toBe('How does Netflix US answer?');
    expect(await presenter.$$eval('.big-bars .num', (els) => els.map((e) => e.textContent))).toContain('1 · 33%');
    expect(await presenter.textContent('.quotes blockquote')).toBe(reply);
    // Anonymised: no trainee's name on the projector's decision slide.
    const slideText = (await presenter.textContent('.slide')) ?? '';
    for (const name of names) expect(slideText).not.toContain(name);
    await presenter.screenshot({ path: join(OUTPUT, 'class-presenter.png') });
    await presenter.keyboard.press('ArrowRight');
    expect(await presenter.textContent('.slide h1')).toBe('What really happened');
    await presenter.screenshot({ path: join(OUTPUT, 'class-presenter-outcome.png') });
    await presenter.keyboard.press('ArrowRight');
    expect(await presenter.textContent('.slide h1')).toBe('Leaderboard');
    expect(await presenter.$$eval('.big-ranking li', (els) => els.length)).toBe(3);
    await presenter.screenshot({ path: join(OUTPUT, 'class-presenter-leaderboard.png') });

    // A trainee's key does not open the class view.
    const intruder = watchErrors(await (await newContext(browser)).newPage(), errors);
    const traineeKey = await trainees[1]!.evaluate(
      () => JSON.parse(localStorage.getItem('brandstorm.class') ?? '{}').token as string,
    );
    await intruder.goto(`${server.url}/class.html#key=${traineeKey}`);
    await intruder.waitForFunction(() => document.body.dataset.stream === 'refused');
    expect(await intruder.textContent('h1')).toBe('This link opens no class view');
    expect(await intruder.textContent('#app')).toContain('this is a trainee’s key');
    expect(errors).toEqual([]);
  }, 180_000);

  it("a trainee's thread answers show in the class view per decision, and a written one goes on the projector", async () => {
    const errors: string[] = [];
    const instructor = await newContext(browser, { viewport: { width: 1280, height: 900 }, locale: 'en-US' });
    const view = watchErrors(await instructor.newPage(), errors);
    const { code, key } = await openSession(view, 'Threads', 'wendys-sassy-voice', 'self-paced');
    const api = classClient(server.url);
    const joined = await api.join(code, 'Ada');
    if (!joined.ok) throw new Error(joined.error);
    const written = '@kevduarte Bring him in, the fries are on us.';
    const sent = await api.answer(
      {
        scenarioIndex: 0,
        position: 0,
        decision: {
          step: 'the-dare',
          choice: 'defend-the-fries',
          thread: [
            { asker: 'fries-question', answer: 'dm-her' },
            { asker: 'roast-my-brother', text: written, locale: 'en' },
          ],
        },
      },
      joined.value.token,
    );
    if (!sent.ok) throw new Error(sent.error);
    await view.waitForSelector('.asker[data-asker="roast-my-brother"] .written blockquote');
    const tasha = (await view.textContent('.asker[data-asker="fries-question"]')) ?? '';
    expect(tasha).toContain('Tasha Greene @tashagreene_eats asked:');
    expect(await view.textContent('.asker[data-asker="fries-question"] [data-thread-option="dm-her"]')).toBe(
      'Moved to private messages: 1',
    );
    const kev = view.locator('.asker[data-asker="roast-my-brother"]');
    expect(await kev.locator('.written blockquote').textContent()).toBe(written);
    expect(await kev.locator('[data-thread-option="@written"]').textContent()).toBe('Written answer: 1');
    await kev.locator('.written button').click();
    await view.waitForSelector('text=✓ On the projector (remove)');
    await view.screenshot({ path: join(OUTPUT, 'class-view-thread.png'), fullPage: true });
    const presenter = watchErrors(await instructor.newPage(), errors);
    await presenter.setViewportSize({ width: 1920, height: 1080 });
    await presenter.goto(`${server.url}/class.html?view=presenter#key=${key}`);
    await presenter.waitForSelector('.quotes blockquote');
    expect(await presenter.textContent('.quotes blockquote cite')).toBe('Answer to @kevduarte');
    expect(await presenter.textContent('.quotes blockquote')).toBe(`Answer to @kevduarte${written}`);
    expect((await presenter.textContent('.slide')) ?? '').not.toContain('Ada');
    await presenter.screenshot({ path: join(OUTPUT, 'class-presenter-thread.png') });
    expect(errors).toEqual([]);
  }, 120_000);

  it('lockstep: trainees wait until the instructor opens each decision; an answer made while the server is down is sent when it is back, and the class view reconnects by itself', async () => {
    const errors: string[] = [];
    const instructor = await newContext(browser, { viewport: { width: 1280, height: 900 }, locale: 'en-US' });
    const view = watchErrors(await instructor.newPage(), errors);
    await openSession(view, 'Lockstep drill', 'christmas-prince-53', 'lockstep');
    const code = ((await view.textContent('.code')) ?? '').replace('-', '');
    const ada = await joinByLink(code, 'Ada', errors);
    await startScenario(ada, PRINCE);
    // The briefing's Begin leads to the waiting screen, not to the decision.
    await waitForScene(ada, 'Waiting for your instructor');
    expect(await ada.textContent('#screen-text')).toContain('The first decision opens when your instructor says so');
    await view.click('button[data-key=open-next]');
    await waitForScene(ada, /^Decision 1/);
    await ada.keyboard.press('3');
    await finishReaction(ada);
    // Decision 2 waits for the instructor; the screen says how many have answered and that Ada's answer went.
    await waitForScene(ada, 'Waiting for your instructor');
    // The class's count can come over the stream before the answer's own acknowledgement: wait for both.
    await ada.waitForFunction(() =>
      (document.getElementById('screen-text')?.textContent ?? '').includes('1 of 1 trainees has answered decision 1.'),
    );
    await ada.waitForFunction(() =>
      (document.getElementById('screen-text')?.textContent ?? '').includes(
        'Your answer to decision 1 has reached the class.',
      ),
    );
    await ada.screenshot({ path: join(OUTPUT, 'class-trainee-waiting.png') });
    await view.waitForFunction(() =>
      (document.querySelector('.stage')?.textContent ?? '').includes('1 of 1 answered decision 1'),
    );
    await view.click('button[data-key=open-next]');
    await waitForScene(ada, /^Decision 2/);

    // The server goes down: the class view says it is reconnecting; Ada answers anyway.
    await server.stop();
    await view.waitForFunction(
      () => document.body.dataset.stream === 'reconnecting' || document.body.dataset.stream === 'connecting',
    );
    expect(await view.textContent('.status')).toMatch(/reconnecting|Connecting/);
    await view.screenshot({ path: join(OUTPUT, 'class-view-reconnecting.png') });
    await ada.keyboard.press('1');
    await finishReaction(ada);
    await waitForScene(ada, 'Debrief');
    expect(await ada.evaluate(() => (window as any).brandstorm.classroom.store.getState().pending)).toBe(1);

    // Back up: the answer goes out, and the class view, reconnected, shows it without a reload.
    await server.start();
    await view.waitForFunction(() => document.body.dataset.stream === 'live', undefined, { timeout: 20_000 });
    await view.waitForFunction(
      () =>
        [...document.querySelectorAll('.step h2')].some(
          (h) => /1 answer$/.test(h.textContent ?? '') && !h.textContent?.startsWith('The draft'),
        ) && document.querySelectorAll('.step').length === 2,
      undefined,
      { timeout: 20_000 },
    );
    await expect
      .poll(() => ada.evaluate(() => (window as any).brandstorm.classroom.store.getState().pending), {
        timeout: 10_000,
      })
      .toBe(0);
    await view.screenshot({ path: join(OUTPUT, 'class-view-lockstep.png'), fullPage: true });
    expect(errors).toEqual([]);
  }, 180_000);
});
