import { join } from 'node:path';
import type { BrowserContext, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadScenario, play, type Locale, type Transcript } from '../../src/engine';
import { replayLink } from '../../src/replay-links/replay-link';
import { WITH_ANALYSER } from '../support/analyser';
import { t } from '../../src/i18n';
import {
  finishReaction,
  newContext,
  OUTPUT,
  screenLines,
  type Served,
  serveGame,
  toRipponDecision,
  waitForScene,
} from './support/browser';

let served: Served;
beforeAll(async () => {
  served = await serveGame();
}, 120_000);
afterAll(async () => served?.close());

const shot = (name: string) => ({ path: join(OUTPUT, `failed-chunk-${name}.png`) });

/** The game's files a test makes fail: the analyser's word lists, the faces (DiceBear's two chunks), the entry and Phaser. */
const CHUNKS = {
  words: '**/assets/bundled-*.js',
  faces: '**/assets/lib-*.js',
  entry: '**/assets/main-*.js',
  phaser: '**/assets/phaser-*.js',
} as const;

/**
 * Makes the requests for a chunk fail: the first `times` requests of each of
 * its files, or all of them while `failing.now` is true. Counts the requests,
 * so that a test fails plainly if the build names its files otherwise.
 */
async function breakChunk(
  context: BrowserContext,
  pattern: string,
  plan: { times: number } | { now: boolean },
): Promise<{ requests: number; failing: { now: boolean } }> {
  const seen = new Map<string, number>();
  const state = { requests: 0, failing: { now: 'now' in plan ? plan.now : true } };
  await context.route(pattern, (route: Route) => {
    const url = route.request().url();
    const n = (seen.get(url) ?? 0) + 1;
    seen.set(url, n);
    state.requests++;
    const fail = 'times' in plan ? n <= plan.times : state.failing.now;
    return fail ? route.abort('internetdisconnected') : route.continue();
  });
  return state;
}

/** A fresh visitor in a language, whose requests for a chunk fail as planned, with page errors recorded. */
async function open(
  locale: Locale,
  chunk: keyof typeof CHUNKS,
  plan: { times: number } | { now: boolean },
  viewport = { width: 1280, height: 720 },
  path = '',
) {
  const context = await newContext(served.browser, { viewport, locale: 'en-US' });
  await context.addInitScript((l) => localStorage.setItem('brandstorm.locale', l), locale);
  const broken = await breakChunk(context, CHUNKS[chunk], plan);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(served.url + path);
  return { page, errors, broken };
}

/** Whether the game's own error screen ("Something went wrong") is up. */
const fatalShown = (page: Page) =>
  page.evaluate(() => getComputedStyle(document.getElementById('fatal')!).display !== 'none');

/** The faces drawn in the running scene (images of the accounts' faces, rather than their initials). */
const facesDrawn = (page: Page) =>
  page.evaluate(() => {
    type Drawn = { texture?: { key?: string }; list?: Drawn[]; visible?: boolean };
    const game = (
      window as unknown as {
        brandstorm: { game: { scene: { getScenes(active: boolean): { children: { list: Drawn[] } }[] } } };
      }
    ).brandstorm.game;
    const count = (objects: Drawn[]): number =>
      objects.reduce(
        (n, o) => n + (o.visible !== false && o.texture?.key?.startsWith('face:') ? 1 : 0) + count(o.list ?? []),
        0,
      );
    return count(game.scene.getScenes(true)[0]?.children.list ?? []);
  });

describe('a part of the game that fails to load', () => {
  it('the analyser’s word lists, lost twice, come on the third try: writing works as if nothing happened', async () => {
    const { page, errors, broken } = await open('en', 'words', { times: 2 });
    await toRipponDecision(page);
    await page.keyboard.press('w');
    await page.waitForSelector('.compose-text');
    const reply = "@Adaripp We'd tell you which organs spark joy 😉";
    await page.keyboard.type(reply, { delay: 2 });
    await page.waitForFunction(() => (document.querySelector('.compose-reads')?.textContent ?? '').includes('English'));
    expect(broken.requests).toBe(3);
    expect(await page.isHidden('.compose-failure')).toBe(true);
    await page.keyboard.press('Control+Enter');
    await finishReaction(page);
    await waitForScene(page, 'Debrief');
    expect(await page.textContent('.written-reply blockquote')).toBe(reply);
    expect(await fatalShown(page)).toBe(false);
    expect(errors).toEqual([]);
  }, 90_000);

  it('the word lists, lost every time, in French: the panel says so and keeps the draft; Try again once the network is back posts it', async () => {
    const { page, errors, broken } = await open('fr', 'words', { now: true });
    await toRipponDecision(page);
    await page.keyboard.press('w');
    await page.waitForSelector('.compose-text');
    const reply = '@Adaripp On vous dirait volontiers lesquels de vos organes procurent de la joie 😉';
    await page.keyboard.type(reply, { delay: 2 });
    await page.waitForSelector('.compose-failure:not([hidden])');
    expect(await page.textContent('.compose-failure p')).toBe(t('fr', 'analyserFailed'));
    expect(await page.isDisabled('.compose-post')).toBe(true);
    expect(await fatalShown(page)).toBe(false);
    // The screen reader hears it too.
    await page.waitForFunction(
      (s) => (document.getElementById('screen-text')?.textContent ?? '').includes(s),
      t('fr', 'analyserFailed'),
    );
    await page.screenshot(shot('words-fr'));
    expect(broken.requests).toBeGreaterThanOrEqual(3);

    // Back to the choices and in again: the draft is kept, and the panel says the same.
    await page.keyboard.press('Escape');
    await page.waitForSelector('.compose-text', { state: 'detached' });
    expect((await screenLines(page)).some((l) => l.startsWith('1. '))).toBe(true);
    await page.keyboard.press('w');
    await page.waitForSelector('.compose-failure:not([hidden])');
    expect(await page.inputValue('.compose-text')).toBe(reply);

    // The network is back: Try again, and the reply is read and posted.
    broken.failing.now = false;
    await page.click('.compose-retry');
    await page.waitForFunction(() =>
      (document.querySelector('.compose-reads')?.textContent ?? '').includes('français'),
    );
    expect(await page.isHidden('.compose-failure')).toBe(true);
    // Typing goes on in the text area after the button is pressed.
    await page.keyboard.type(' !');
    expect(await page.inputValue('.compose-text')).toBe(`${reply} !`);
    await page.click('.compose-post');
    await finishReaction(page);
    await waitForScene(page, 'Bilan');
    expect(await page.textContent('.written-reply blockquote')).toBe(`${reply} !`);
    expect(errors).toEqual([]);
  }, 120_000);

  it('the word lists, lost every time, in Italian on a phone: the trainee goes back and posts one of the replies', async () => {
    const { page, errors } = await open('it', 'words', { now: true }, { width: 390, height: 844 });
    await toRipponDecision(page);
    await page.keyboard.press('w');
    await page.waitForSelector('.compose-text');
    await page.keyboard.type('@Adaripp Ti diremmo volentieri quali organi fanno scintillare di gioia', { delay: 2 });
    await page.waitForSelector('.compose-failure:not([hidden])');
    await page.locator('.compose').scrollIntoViewIfNeeded();
    await page.screenshot(shot('words-it-phone'));
    await page.click('.compose-back');
    await page.waitForSelector('.compose-text', { state: 'detached' });
    await page.keyboard.press('1');
    await finishReaction(page);
    await waitForScene(page, 'Debriefing');
    expect(await fatalShown(page)).toBe(false);
    expect(errors).toEqual([]);
  }, 90_000);

  it('the word lists, lost twice, while a replay link of a written reply opens: the run is played back all the same', async () => {
    const loaded = loadScenario(readFileSync('scenarios/rippon-kondo.json', 'utf8'), 'rippon-kondo.json');
    if (!loaded.ok) throw new Error('the Rippon scenario does not load');
    const transcript: Transcript = {
      scenarioId: 'rippon-kondo',
      scenarioVersion: loaded.scenario.version,
      decisions: [{ step: 'the-joke', text: "@Adaripp We'd tell you which organs spark joy 😉", locale: 'en' }],
    };
    const outcome = play(loaded.scenario, transcript, 9, WITH_ANALYSER);
    const { page, errors, broken } = await open(
      'en',
      'words',
      { times: 2 },
      undefined,
      replayLink('', transcript, 9, outcome),
    );
    await waitForScene(page, 'Replay of a shared run');
    expect(await screenLines(page)).toContain(`1 decision · score ${outcome.score.total} / 1,000`);
    expect(broken.requests).toBe(3);
    expect(errors).toEqual([]);
  }, 60_000);

  it('the faces, lost twice, come on the third try: the accounts show their faces', async () => {
    const { page, errors, broken } = await open('en', 'faces', { times: 2 });
    await toRipponDecision(page);
    // The post on the feed is drawn with its initial, and with its face once the face maker has come.
    await page.waitForFunction(
      () => {
        type Drawn = { texture?: { key?: string }; list?: Drawn[] };
        const game = (
          window as unknown as {
            brandstorm: { game: { scene: { getScenes(active: boolean): { children: { list: Drawn[] } }[] } } };
          }
        ).brandstorm.game;
        const has = (objects: Drawn[]): boolean =>
          objects.some((o) => o.texture?.key?.startsWith('face:') || has(o.list ?? []));
        return has(game.scene.getScenes(true)[0]?.children.list ?? []);
      },
      undefined,
      { timeout: 15_000 },
    );
    expect(await facesDrawn(page)).toBeGreaterThan(0);
    // Two files (DiceBear's core and its style), each asked for three times.
    expect(broken.requests).toBe(6);
    await page.screenshot(shot('faces-third-try'));
    expect(errors).toEqual([]);
  }, 90_000);

  it('the faces, lost every time: accounts keep their initials and the run goes on to its debrief', async () => {
    const { page, errors, broken } = await open('en', 'faces', { now: true });
    await toRipponDecision(page);
    await page.keyboard.press('1');
    await waitForScene(page, 'The audience reacts');
    await page.waitForFunction(() => document.querySelectorAll('#screen-text > p').length > 0);
    await page.screenshot(shot('faces-initials'));
    expect(await facesDrawn(page)).toBe(0);
    await finishReaction(page);
    await waitForScene(page, 'Debrief');
    expect(await fatalShown(page)).toBe(false);
    // The chunk was tried three times (each of its files at most three times: a file whose import
    // fails may keep the browser from asking for the next), then no more in this visit.
    await expect.poll(() => broken.requests).toBeGreaterThanOrEqual(3);
    await page.waitForTimeout(3000);
    const asked = broken.requests;
    expect(asked).toBeLessThanOrEqual(6);
    await page.waitForTimeout(3000);
    expect(broken.requests, 'no more tries once the faces gave up').toBe(asked);
    expect(errors).toEqual([]);
  }, 90_000);

  for (const [chunk, locale, heading] of [
    ['entry', 'fr', 'Brandstorm n’a pas pu démarrer'],
    ['phaser', 'it', 'Brandstorm non è riuscito ad avviarsi'],
    ['entry', 'en', 'Brandstorm could not start'],
  ] as const) {
    it(`the game's code (${chunk}), lost, in ${locale}: the page says so, and Reload starts the game once the network is back`, async () => {
      const { page, errors, broken } = await open(locale, chunk, { now: true });
      await page.waitForSelector('#no-start:not([hidden])');
      expect(await page.textContent('#no-start h1')).toBe(heading);
      expect(await page.isVisible('#no-start button')).toBe(true);
      // Keyboard users are on the button at once.
      expect(await page.evaluate(() => document.activeElement?.closest('#no-start')?.tagName)).toBe('DIV');
      expect(broken.requests).toBeGreaterThanOrEqual(1);
      await page.screenshot(shot(`${chunk}-${locale}`));
      broken.failing.now = false;
      await page.keyboard.press('Enter');
      await waitForScene(page, 'Brandstorm');
      expect(await page.$('#no-start')).toBeNull();
      expect(await page.textContent('#screen-text')).toContain(t(locale, 'start'));
      expect(errors).toEqual([]);
    }, 60_000);
  }
});
