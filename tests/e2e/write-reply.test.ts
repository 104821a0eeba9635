import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locale } from '../../src/engine';
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

/** Opens the game in a language, with page errors and dialogs recorded. */
async function open(locale: Locale): Promise<{ page: Page; errors: string[]; dialogs: string[] }> {
  const context = await newContext(served.browser, { viewport: { width: 1280, height: 720 } });
  await context.addInitScript((l) => localStorage.setItem('brandstorm.locale', l), locale);
  const page = await context.newPage();
  const errors: string[] = [];
  const dialogs: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(served.url);
  return { page, errors, dialogs };
}

const CASES: { locale: Locale; reply: string; features: RegExp[]; language: string }[] = [
  {
    locale: 'en',
    reply: "@Adaripp We'd happily tell you which of your 206 organs spark joy 😉 but this is a family website",
    // Organs are the joke's topic, not innuendo in themselves: the reply is read as humour that speaks to Adam, not as edgy.
    features: [/^Your reply showed humour \(.*“spark joy”/, /^Your reply showed speaking to a person \(“@Adaripp”/],
    language: 'English',
  },
  {
    locale: 'fr',
    reply:
      "@Adaripp On vous dirait volontiers lesquels de vos 206 organes procurent de la joie 😉 mais c'est un site familial",
    features: [
      /^Votre réponse montrait l’humour|^Votre réponse montrait l'humour|^Votre réponse montrait de l’humour|^Votre réponse montrait/,
      /organes/,
    ],
    language: 'français',
  },
  {
    locale: 'it',
    reply:
      '@Adaripp Ti diremmo volentieri quali dei tuoi 206 organi fanno scintillare di gioia 😉 ma questo è un sito per famiglie',
    features: [/^La tua risposta mostrava umorismo/, /organi/],
    language: 'italiano',
  },
];

describe('a trainee writes their own reply in Chromium', () => {
  for (const { locale, reply, features, language } of CASES) {
    it(`in ${locale}: types it, sees the counter and what the analyser reads, posts with Ctrl+Enter and reads the breakdown`, async () => {
      const { page, errors } = await open(locale);
      await toRipponDecision(page);
      await page.keyboard.press('w');
      await page.waitForSelector('.compose-text');
      // Real key presses: digits and "s" must land in the text, not pick a choice or skip.
      await page.keyboard.type(reply, { delay: 2 });
      expect(await page.inputValue('.compose-text')).toBe(reply);
      expect(await page.textContent('.compose-count')).toBe(`${[...reply].length} / 280`);
      await page.waitForFunction(
        (lang) => (document.querySelector('.compose-reads')?.textContent ?? '').includes(lang),
        language,
      );
      expect(await page.isEnabled('.compose-post')).toBe(true);
      await page.screenshot({ path: join(OUTPUT, `write-${locale}-compose.png`) });
      await page.keyboard.press('Control+Enter');
      await finishReaction(page);
      await waitForScene(page, /^(Debrief|Bilan|Debriefing)$/);
      await page.waitForTimeout(1000);
      const lines = await screenLines(page);
      expect(lines.some((l) => l.includes(reply))).toBe(true);
      for (const f of features)
        expect(
          lines.some((l) => f.test(l)),
          `${f} in\n${lines.join('\n')}`,
        ).toBe(true);
      // The words that triggered a feature are underlined in the reply.
      expect(await page.$$eval('.written-reply mark', (marks) => marks.map((m) => m.textContent))).toContain(
        '@Adaripp',
      );
      await page.screenshot({ path: join(OUTPUT, `write-${locale}-debrief.png`) });
      expect(errors).toEqual([]);
    }, 90_000);
  }

  it('never breaks on bad input: empty, 10,000 characters, HTML, right-to-left, emoji only', async () => {
    const { page, errors, dialogs } = await open('en');
    await toRipponDecision(page);
    await page.keyboard.press('w');
    await page.waitForSelector('.compose-text');
    // Empty: Post is disabled, with a hint.
    expect(await page.isDisabled('.compose-post')).toBe(true);
    expect(await page.textContent('.compose-hint')).toBe('Write something first');
    await page.keyboard.type('   ');
    expect(await page.isDisabled('.compose-post')).toBe(true);
    // 10,000 characters pasted: the counter says so, posting is refused.
    await page.fill('.compose-text', 'a'.repeat(10_000));
    expect(await page.textContent('.compose-count')).toBe('10000 / 280');
    expect(await page.textContent('.compose-hint')).toBe('Too long by 9,720 characters');
    expect(await page.isDisabled('.compose-post')).toBe(true);
    await page.focus('.compose-text');
    await page.keyboard.press('Control+Enter');
    expect(await page.$('.compose-text')).not.toBeNull();
    await page.screenshot({ path: join(OUTPUT, 'write-too-long.png') });
    // Right-to-left and emoji only: fine.
    for (const text of ['مرحبا آدم، شكرا على النكتة', '😂😂😂🔥', 'zero\u200Bwidth\u0007control']) {
      await page.fill('.compose-text', text);
      expect(await page.isEnabled('.compose-post')).toBe(true);
    }
    // HTML and script: shown as text, never run, and postable.
    const html = '<img src=x onerror=alert(1)><script>alert(2)</script>';
    await page.fill('.compose-text', '');
    await page.focus('.compose-text');
    await page.keyboard.type(html);
    // Esc keeps the draft; W brings it back.
    await page.keyboard.press('Escape');
    expect(await page.$('.compose-text')).toBeNull();
    await page.keyboard.press('w');
    await page.waitForSelector('.compose-text');
    expect(await page.inputValue('.compose-text')).toBe(html);
    await page.click('.compose-post');
    await finishReaction(page);
    await waitForScene(page, 'Debrief');
    expect(await page.textContent('.written-reply blockquote')).toBe(html);
    expect(await page.$('.written-reply img, .written-reply script')).toBeNull();
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
  }, 90_000);
});
