import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locale } from '../../src/engine';
import { t } from '../../src/i18n';
import {
  finishReaction,
  openIn,
  OUTPUT,
  screenLines,
  type Served,
  serveGame,
  toRipponDecision,
  waitForScene,
} from './support/browser';
import { pressOnScreen } from './support/pointer';

let served: Served;
beforeAll(async () => {
  served = await serveGame();
}, 120_000);
afterAll(async () => served?.close());

const shot = (name: string) => ({ path: join(OUTPUT, `what-if-write-${name}.png`) });

/** Opens the game in a language, with page errors recorded. */
const open = (locale: Locale) => openIn(served, locale);

/** Waits until a line of the screen text says this. */
const waitForLine = (page: Page, text: string) =>
  page.waitForFunction(
    (s) => [...document.querySelectorAll('#screen-text > *')].some((e) => e.textContent === s),
    text,
  );

/** The score line of the what if, and the trainee's own score in it. */
function scores(lines: string[], locale: Locale): { line: string; mine: number } {
  const line = lines.find((l) => l.startsWith(`${t(locale, 'score')}: `)) ?? '';
  return { line, mine: Number(/\d+/.exec(line)?.[0]) };
}

describe('What if, with "write your own" chosen before anything is written', () => {
  it('in English, with the keyboard: never the previous option’s figures, then the written reply’s comparison', async () => {
    const { page, errors } = await open('en');
    await toRipponDecision(page);
    await page.keyboard.press('1');
    await finishReaction(page);
    await waitForScene(page, 'Debrief');
    await page.keyboard.press('w');
    await waitForScene(page, /^What if… · /);
    // Two steps to the left: "Stay out of it", with its figures.
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await waitForLine(
      page,
      "Decision 1, Adam Rippon's joke. You: A quick joke that stays clean. What if: Stay out of it (5 of 6)",
    );
    let lines = await screenLines(page);
    const { line: silentLine, mine } = scores(lines, 'en');
    const silentScore = /What if (\d+)/.exec(silentLine)![1]!;
    expect(lines.some((l) => l.startsWith('With “Stay out of it” instead of'))).toBe(true);

    // One step to the right: "write your own", with nothing written. The screen says a reply is to be written, and nothing of "Stay out of it".
    await page.keyboard.press('ArrowRight');
    await waitForLine(
      page,
      "Decision 1, Adam Rippon's joke. You: A quick joke that stays clean. What if: ✎ Write your own reply (6 of 6). Enter to write it",
    );
    lines = await screenLines(page);
    await page.screenshot(shot('1-to-be-written'));
    expect(scores(lines, 'en').line).toBe(`Score: Yours ${mine}, What if: Reply not written yet`);
    expect(lines).toContain('Write the reply to see how the audience takes it, and where the story goes from there.');
    expect(
      lines.filter(
        (l) =>
          l.includes('Stay out of it') || l.includes(`What if ${silentScore}`) || l.includes('Who reacted differently'),
      ),
      lines.join('\n'),
    ).toEqual([]);
    // Nor does a segment's line of the previous option stay ("Young streamers: nothing to react to…").
    expect(
      lines.filter((l) => /^(Young streamers|Loyal subscribers|Families|The wider public|Journalists)/.test(l)),
    ).toEqual([]);

    // Enter writes it; once posted, the comparison is the written reply's.
    await page.keyboard.press('Enter');
    await page.waitForSelector('.compose-text');
    const reply = '@Adaripp Marie Kondo would approve of this joke ✨';
    await page.keyboard.type(reply, { delay: 5 });
    await page.waitForSelector('.compose-post:enabled');
    await page.keyboard.press('Control+Enter');
    await page.waitForSelector('.compose-text', { state: 'detached' });
    await waitForLine(
      page,
      `Decision 1, Adam Rippon's joke. You: A quick joke that stays clean. What if: ✎ “${reply}” (6 of 6). Enter to edit the reply`,
    );
    lines = await screenLines(page);
    await page.screenshot(shot('2-written'));
    expect(scores(lines, 'en').line).toMatch(new RegExp(`^Score: Yours ${mine}, What if \\d+ \\(`));
    expect(
      lines.some((l) => l.startsWith(`With “${reply}” instead of “A quick joke that stays clean”`)),
      lines.join('\n'),
    ).toBe(true);
    expect(lines.some((l) => l.includes('Stay out of it'))).toBe(false);
    // Away and back: the written reply is played again at once.
    await page.keyboard.press('ArrowLeft');
    await waitForLine(
      page,
      "Decision 1, Adam Rippon's joke. You: A quick joke that stays clean. What if: Stay out of it (5 of 6)",
    );
    await page.keyboard.press('ArrowRight');
    await waitForLine(
      page,
      `Decision 1, Adam Rippon's joke. You: A quick joke that stays clean. What if: ✎ “${reply}” (6 of 6). Enter to edit the reply`,
    );
    expect((await screenLines(page)).some((l) => l.startsWith(`With “${reply}” instead of`))).toBe(true);
    expect(errors).toEqual([]);
  }, 90_000);

  it('in Italian, with the mouse, in a scenario of four decisions: the decisions after it wait for the reply', async () => {
    const { page, errors } = await open('it');
    await waitForScene(page, 'Brandstorm');
    await page.keyboard.press('Enter');
    await waitForScene(page, 'Scegli uno scenario');
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await waitForScene(page, /^Trasmettere o conversare/);
    await page.keyboard.press('Enter');
    for (let n = 1; n <= 8; n++) {
      await waitForScene(page, new RegExp(`^Decisione ${n}:`));
      await page.keyboard.press('1');
      await finishReaction(page);
      await page.waitForFunction(
        (next) =>
          /^(Debriefing|Decisione)/.test(document.getElementById('screen-text')?.dataset.scene ?? '') &&
          document.getElementById('screen-text')?.dataset.scene !== next,
        `Decisione ${n}`,
      );
      if ((await page.evaluate(() => document.getElementById('screen-text')?.dataset.scene)) === 'Debriefing') break;
    }
    await waitForScene(page, 'Debriefing');
    await pressOnScreen(page, t('it', 'whatIf'), 'mouse', 'button');
    await waitForScene(page, /^E se… · /);
    let lines = await screenLines(page);
    const played = lines.filter((l) => /^Decisione \d, /.test(l));
    expect(played.length).toBeGreaterThanOrEqual(3);
    const { mine } = scores(lines, 'it');

    // ◀ on the first decision, from its first reply: "write your own", the last option.
    await pressOnScreen(page, '◀');
    await page.waitForFunction(() =>
      (document.getElementById('screen-text')?.textContent ?? '').includes('E se: ✎ Scrivi la tua risposta'),
    );
    lines = await screenLines(page);
    await page.screenshot(shot('3-italian-to-be-written'));
    expect(scores(lines, 'it').line).toBe(`Punteggio: La tua partita ${mine}, E se: Risposta non ancora scritta`);
    expect(lines).toContain(t('it', 'awaitingReply'));
    // Only the decision being rewritten: where the story goes after it depends on the reply.
    expect(lines.filter((l) => /^Decisione \d, /.test(l)).map((l) => l.slice(0, 12))).toEqual(['Decisione 1,']);

    // A click where the chart will be opens the panel; back, and a click on the option opens it too; Post plays it, and the decisions after it come back.
    await pressOnScreen(page, t('it', 'awaitingReply'));
    await page.waitForSelector('.compose-text');
    await page.click('.compose-back');
    await page.waitForSelector('.compose-text', { state: 'detached' });
    await pressOnScreen(page, t('it', 'writeOwn'));
    await page.waitForSelector('.compose-text');
    await page.click('.compose-text');
    await page.keyboard.type('@LanternhouseCine Siate sinceri: quante volte l’avete visto?', { delay: 5 });
    await page.click('.compose-post:enabled');
    await page.waitForSelector('.compose-text', { state: 'detached' });
    await page.waitForFunction(() =>
      (document.getElementById('screen-text')?.textContent ?? '').includes('E se: ✎ «@LanternhouseCine'),
    );
    lines = await screenLines(page);
    await page.screenshot(shot('4-italian-written'));
    expect(scores(lines, 'it').line).toMatch(new RegExp(`^Punteggio: La tua partita ${mine}, E se \\d+`));
    expect(lines.filter((l) => /^Decisione \d, /.test(l)).length).toBeGreaterThanOrEqual(3);
    expect(errors).toEqual([]);
  }, 120_000);
});
