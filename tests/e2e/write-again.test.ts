import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locale } from '../../src/engine';
import { t, labelled } from '../../src/i18n';
import { finishReaction, openIn, OUTPUT, screenLines, type Served, serveGame, waitForScene } from './support/browser';
import { pressOnScreen, twoFrames } from './support/pointer';

let served: Served;
beforeAll(async () => {
  served = await serveGame();
}, 120_000);
afterAll(async () => served?.close());

/** A scenario of the library where every step takes a written reply; fourth in the list (by difficulty, then year). */
const SCENARIO = {
  index: 3,
  title: { en: 'Broadcast or conversation', fr: 'Diffuser ou converser', it: 'Trasmettere o conversare' },
} as const;
/** Keys that are game shortcuts everywhere else: skip, pick the first reply, write, post the focused reply. */
const SHORTCUTS = ' 1 s w ';

type How = 'keyboard' | 'mouse' | 'touch';

/** Opens the game in a language at a window size, with page errors recorded. */
const open = (locale: Locale, viewport = { width: 1280, height: 720 }, touch = false) =>
  openIn(served, locale, viewport, touch);

const sceneOf = (page: Page) => page.evaluate(() => document.getElementById('screen-text')?.dataset.scene ?? '');
const decisionsMade = (page: Page) =>
  page.evaluate(
    () =>
      (
        window as unknown as { brandstorm: { store: { getState(): { run: { decisions: unknown[] } | null } } } }
      ).brandstorm.store.getState().run?.decisions.length ?? 0,
  );
/** Presses a button of the running scene with the mouse or a finger. */
const pressButton = (page: Page, label: string | RegExp, how: 'mouse' | 'touch') =>
  pressOnScreen(page, label, how, 'button');

/** From the title screen to the first decision of the scenario. */
async function toFirstDecision(page: Page, locale: Locale, how: How): Promise<void> {
  await waitForScene(page, 'Brandstorm');
  if (how === 'keyboard') {
    await page.keyboard.press('Enter');
    await waitForScene(page, t(locale, 'chooseScenario'));
    for (let i = 0; i < SCENARIO.index; i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await waitForScene(page, new RegExp(`^${SCENARIO.title[locale]}`));
    await page.keyboard.press('Enter');
  } else {
    await pressButton(page, t(locale, 'start'), how);
    await waitForScene(page, t(locale, 'chooseScenario'));
    await pressButton(page, new RegExp(`^${SCENARIO.title[locale]}`), how);
    await waitForScene(page, new RegExp(`^${SCENARIO.title[locale]}`));
    await pressButton(page, t(locale, 'begin'), how);
  }
  await waitForScene(page, new RegExp(`^${labelled(locale, t(locale, 'decision', { n: 1 }), '')}`));
}

/**
 * Opens "write your own" at the decision on screen (unless the panel is
 * open already), types the reply with the game's shortcut keys in it, and
 * checks that the panel opened, that the keys stayed in it (the scene and
 * the run are where they were), that the text is all there and that the
 * analyser reads it.
 */
async function writeReply(
  page: Page,
  locale: Locale,
  how: How,
  reply: string,
  { opened = false } = {},
): Promise<string> {
  const scene = await sceneOf(page);
  const decisions = await decisionsMade(page);
  if (!opened) {
    if (how === 'keyboard') await page.keyboard.press('w');
    else await pressButton(page, t(locale, 'writeOwn'), how);
  }
  await page.waitForSelector('.compose-text', { timeout: 5000 }).catch(() => {
    throw new Error(`"${t(locale, 'writeOwn')}" opened nothing at ${scene}`);
  });
  if (how === 'touch') await page.tap('.compose-text');
  else if (how === 'mouse') await page.click('.compose-text');
  const before = await page.inputValue('.compose-text');
  const text = `${reply}${SHORTCUTS}`;
  await page.keyboard.type(text, { delay: 5 });
  await twoFrames(page);
  expect(await sceneOf(page), 'typing in the panel moved the game on').toBe(scene);
  expect(await decisionsMade(page), 'typing in the panel made a decision').toBe(decisions);
  expect(await page.inputValue('.compose-text')).toBe(before + text);
  await page.waitForFunction(() => (document.querySelector('.compose-reads')?.textContent ?? '') !== '');
  return before + text;
}

/** Posts the reply in the panel: Ctrl+Enter, or the Post button. */
async function postReply(page: Page, how: How): Promise<void> {
  await page.waitForSelector('.compose-post:enabled');
  if (how === 'keyboard') await page.keyboard.press('Control+Enter');
  else if (how === 'touch') await page.tap('.compose-post');
  else await page.click('.compose-post');
}

/** Waits for the reaction, skips it and goes on with the mouse or a finger. */
async function finishReactionBy(page: Page, locale: Locale, how: 'mouse' | 'touch'): Promise<void> {
  await waitForScene(page, t(locale, 'reaction'));
  await pressButton(page, t(locale, 'skip'), how);
  // The follower line, "Followers: 6,001,279 (+1,279)", comes with the end of the reaction. Replies that ask
  // for an answer pause it on the way: they are left unanswered with the same pointer, and the reaction skipped again.
  const thread = t(locale, 'threadTitle');
  for (;;) {
    await page.waitForFunction(
      (title) =>
        (document.getElementById('screen-text')?.dataset.scene ?? '').startsWith(title) ||
        /\([+−]?[\d\s\u202f.,]+\)/.test(document.getElementById('screen-text')?.textContent ?? ''),
      thread,
    );
    const scene = (await page.evaluate(() => document.getElementById('screen-text')?.dataset.scene)) ?? '';
    if (!scene.startsWith(thread)) break;
    await pressButton(page, t(locale, 'leaveUnanswered'), how);
    await page.waitForFunction((before) => document.getElementById('screen-text')?.dataset.scene !== before, scene);
    if ((await page.evaluate(() => document.getElementById('screen-text')?.dataset.scene)) === t(locale, 'reaction'))
      await pressButton(page, t(locale, 'skip'), how);
  }
  await pressButton(page, new RegExp(`^(${t(locale, 'continue')}|${t(locale, 'toDebrief')})$`), how);
}

/** The replies a trainee writes at each step, in each language (about the cinema chain's film). */
const REPLIES: Record<Locale, string[]> = {
  en: [
    'Be honest: how many times have you seen it?',
    '@priya thank you, you made our Monday',
    'Thank you for coming in costume!',
    'What a week. Thank you all',
  ],
  fr: [
    'Soyez honnêtes : combien de fois l’avez-vous vu ?',
    '@priya merci, vous avez fait notre lundi',
    'Merci d’être venus en costume !',
    'Quelle semaine. Merci à tous',
  ],
  it: [
    'Siate sinceri: quante volte l’avete visto?',
    '@priya grazie, ci avete fatto la giornata',
    'Grazie di essere venuti in costume!',
    'Che settimana. Grazie a tutti',
  ],
};

/** Writes a reply at every decision of the run, to the debrief; returns how many decisions it took. */
async function writeEveryDecision(page: Page, locale: Locale, how: How, shot: string): Promise<number> {
  for (let n = 1; n <= 8; n++) {
    await waitForScene(page, new RegExp(`^${labelled(locale, t(locale, 'decision', { n: n }), '')}`));
    await writeReply(page, locale, how, REPLIES[locale][(n - 1) % REPLIES[locale].length]!);
    if (n <= 2) await page.screenshot({ path: join(OUTPUT, `${shot}-decision-${n}.png`) });
    await postReply(page, how);
    if (how === 'keyboard') await finishReaction(page);
    else await finishReactionBy(page, locale, how);
    await page.waitForFunction(
      ([debrief, next]) =>
        [debrief, next].some((s) => (document.getElementById('screen-text')?.dataset.scene ?? '').startsWith(s)),
      [t(locale, 'debrief'), t(locale, 'decision', { n: n + 1 })] as [string, string],
    );
    if ((await sceneOf(page)) === t(locale, 'debrief')) return n;
  }
  throw new Error('the run did not reach its debrief');
}

describe('"Write your own" opens every time, and what is typed in it stays in it', () => {
  it('with the keyboard, in English: at every decision of a run, in What if, and after Play again', async () => {
    const { page, errors } = await open('en');
    await toFirstDecision(page, 'en', 'keyboard');
    const steps = await writeEveryDecision(page, 'en', 'keyboard', 'write-again-keyboard');
    expect(steps).toBeGreaterThanOrEqual(3);
    await waitForScene(page, 'Debrief');
    // What if: the first decision's written reply, rewritten in the same panel.
    await page.keyboard.press('w');
    await waitForScene(page, /^What if…/);
    await page.keyboard.press('Enter');
    await page.waitForSelector('.compose-text');
    const rewritten = await writeReply(page, 'en', 'keyboard', 'And again?', { opened: true });
    await page.screenshot({ path: join(OUTPUT, 'write-again-keyboard-what-if.png') });
    await postReply(page, 'keyboard');
    await page.waitForSelector('.compose-text', { state: 'detached' });
    expect(await sceneOf(page)).toMatch(/^What if…/);
    const lines = await screenLines(page);
    // The row shows the rewritten reply (its start: a long one is cut), and the comparison is the new path's.
    expect(
      lines.some((l) => l.includes(`What if: ✎ “${rewritten.slice(0, 24)}`)),
      lines.join('\n'),
    ).toBe(true);
    expect(lines.some((l) => /^Score: Yours \d+, What if \d+/.test(l))).toBe(true);
    // Back to the debrief, and Play again (the focused button).
    await page.keyboard.press('Escape');
    await waitForScene(page, 'Debrief');
    await page.keyboard.press('Enter');
    await waitForScene(page, /^Broadcast or conversation/);
    await page.keyboard.press('Enter');
    await waitForScene(page, /^Decision 1:/);
    await writeReply(page, 'en', 'keyboard', 'Once more, with feeling');
    await page.screenshot({ path: join(OUTPUT, 'write-again-keyboard-play-again.png') });
    // Esc goes back to the choices and keeps the draft; W brings it back; then the game's keys work again.
    await page.keyboard.press('Escape');
    await page.waitForSelector('.compose-text', { state: 'detached' });
    await page.keyboard.press('w');
    await page.waitForSelector('.compose-text');
    expect(await page.inputValue('.compose-text')).toBe(`Once more, with feeling${SHORTCUTS}`);
    await page.keyboard.press('Escape');
    await page.waitForSelector('.compose-text', { state: 'detached' });
    await page.keyboard.press('1');
    await waitForScene(page, 'The audience reacts');
    expect(errors).toEqual([]);
  }, 180_000);

  it('with the mouse, in French: at every decision of a run and after Play again', async () => {
    const { page, errors } = await open('fr');
    await toFirstDecision(page, 'fr', 'mouse');
    await writeEveryDecision(page, 'fr', 'mouse', 'write-again-mouse');
    await waitForScene(page, 'Bilan');
    await pressButton(page, 'Rejouer', 'mouse');
    await waitForScene(page, /^Diffuser ou converser/);
    await pressButton(page, 'Commencer', 'mouse');
    await waitForScene(page, /^Décision 1\u00a0:/);
    await writeReply(page, 'fr', 'mouse', 'Encore une fois');
    await page.screenshot({ path: join(OUTPUT, 'write-again-mouse-play-again.png') });
    // Back to the choices with the mouse: they are there to click again.
    await page.click('.compose-back');
    await page.waitForSelector('.compose-text', { state: 'detached' });
    await pressButton(page, t('fr', 'writeOwn'), 'mouse');
    expect(await page.inputValue('.compose-text')).toBe(`Encore une fois${SHORTCUTS}`);
    expect(errors).toEqual([]);
  }, 180_000);

  it('on a phone (390×844) by touch, in Italian: at decisions 1 and 2, and after Play again', async () => {
    const { page, errors } = await open('it', { width: 390, height: 844 }, true);
    await toFirstDecision(page, 'it', 'touch');
    await writeEveryDecision(page, 'it', 'touch', 'write-again-phone');
    await waitForScene(page, 'Debriefing');
    await pressButton(page, t('it', 'playAgain'), 'touch');
    await waitForScene(page, /^Trasmettere o conversare/);
    await pressButton(page, t('it', 'begin'), 'touch');
    await waitForScene(page, /^Decisione 1:/);
    await writeReply(page, 'it', 'touch', 'Ancora una volta');
    await page.screenshot({ path: join(OUTPUT, 'write-again-phone-play-again.png') });
    expect(errors).toEqual([]);
  }, 180_000);
});
