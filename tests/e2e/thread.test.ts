import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locale } from '../../src/engine';
import { loadFile } from '../engine/support/scenarios';
import { finishReaction, OUTPUT, openIn, screenLines, serveGame, waitForScene, type Served } from './support/browser';
import { twoFrames } from './support/pointer';

let served: Served;
beforeAll(async () => {
  served = await serveGame();
}, 120_000);
afterAll(async () => served?.close());

// Where Wendy's sits in the list: by difficulty, then year, then id.
const library = readdirSync('scenarios')
  .filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'))
  .map((f) => loadFile(`scenarios/${f}`))
  .sort(
    (a, b) =>
      a.difficulty - b.difficulty ||
      (a.year ?? Number.MAX_SAFE_INTEGER) - (b.year ?? Number.MAX_SAFE_INTEGER) ||
      a.id.localeCompare(b.id),
  );
const WENDYS = library.findIndex((s) => s.id === 'wendys-sassy-voice');

const THREAD = /^(Replies that ask you|Des réponses vous interpellent|Risposte che ti chiamano in causa)/;
const DECISION = /^(Decision|Décision|Decisione) \d+/;
const shot = (name: string) => ({ path: join(OUTPUT, `thread-${name}.png`) });

/** From the title to Wendy's first decision, its first reply posted, and the reaction skipped to the first reply that asks. */
async function toThread(page: Page): Promise<string[]> {
  await waitForScene(page, 'Brandstorm');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => (document.getElementById('screen-text')?.textContent ?? '').includes('Wendy'));
  for (let i = 0; i < WENDYS; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await page.waitForTimeout(300);
  await page.keyboard.press('Enter');
  await waitForScene(page, DECISION);
  await page.keyboard.press('1');
  await waitForScene(page, /^(The audience reacts|Le public réagit|Il pubblico reagisce)$/);
  await page.keyboard.press('s');
  await waitForScene(page, THREAD);
  return screenLines(page);
}

/** The first choice at every later step, to the debrief; its lines. */
async function toDebrief(page: Page): Promise<string[]> {
  await finishReaction(page);
  for (let step = 0; step < 10; step++) {
    const scene = await waitForScene(page, /^(Debrief|Bilan|Debriefing|Decision \d+|Décision \d+|Decisione \d+)/);
    if (!DECISION.test((await page.evaluate(() => document.getElementById('screen-text')?.dataset.scene)) ?? scene))
      break;
    await page.keyboard.press('1');
    await finishReaction(page);
  }
  await waitForScene(page, /^(Debrief|Bilan|Debriefing)$/);
  await page.waitForTimeout(800);
  return screenLines(page);
}

const QUESTION: Record<Locale, string> = {
  en: 'was he right? Mine were cold and limp on Sunday.',
  fr: 'il a raison\u00a0? Les miennes étaient froides et molles dimanche.',
  it: 'ha ragione lui? Le mie domenica erano fredde e molli.',
};
const TOOK =
  /^(Regular customers|Clients réguliers|Clienti abituali)\u00a0?: .+ \((trust|confiance\u00a0:|fiducia:) [+−]?\d+ (points?|punti|punto)\)$/;

describe('a thread: the trainee answers a customer who asks, in Chromium', () => {
  it('in en: the post draws a question, the trainee picks an answer (keys, then an off-centre click) and the debrief shows the exchange and its effect', async () => {
    const { page, errors } = await openIn(served, 'en');
    const lines = await toThread(page);
    expect(lines).toContain(
      `Tasha Greene @tashagreene_eats (Asks for a fix): @Wendys ok but real question: ${QUESTION.en}`,
    );
    expect(lines).toContain('1. Own it, in your voice');
    expect(lines).toContain('Move to private messages');
    expect(lines).toContain('Leave it unanswered');
    await page.screenshot(shot('en-ask'));
    await page.keyboard.press('1');
    // The second asker: a fan who wants a roast. A click near the corner of the first answer picks it.
    const second = await waitForScene(page, /reply 2\/2/);
    expect(second).toContain('Kev Duarte @kevduarte');
    await twoFrames(page);
    await page.mouse.click(1212, 108);
    await waitForScene(page, 'The audience reacts');
    // The reaction goes on, with the replies that asked and the brand's answers in its stream.
    await page.waitForTimeout(2500);
    await page.screenshot(shot('en-reaction'));
    const debrief = await toDebrief(page);
    expect(debrief).toContain('Your answers to replies');
    const exchanges = debrief.filter((l) => l.startsWith('Tasha Greene') || l.startsWith('Kev Duarte'));
    expect(exchanges[0]).toContain(`“@Wendys ok but real question: ${QUESTION.en}”`);
    expect(exchanges[0]).toContain('↳ “@tashagreene_eats Cold and limp is not the deal.');
    expect(exchanges[0]!.split(' ↳ ')[1]!.split('” ')[1]).toMatch(TOOK);
    expect(exchanges[1]).toContain('↳ “@kevduarte Bring him in.');
    // The decision's own line says how each asker was answered, and where each answer stood with the lesson.
    expect(debrief).toContain(
      'In the thread: Tasha Greene: answered, in the lesson’s way (speaking to a person and ownership of the mistake) · ' +
        'Kev Duarte: answered, in the lesson’s way (humour and speaking to a person)',
    );
    await page.mouse.wheel(0, 700);
    await page.waitForTimeout(400);
    await page.screenshot(shot('en-debrief'));
    expect(errors).toEqual([]);
  }, 150_000);

  it('in fr: the trainee writes the answer, and the debrief quotes it with its effect', async () => {
    const { page, errors } = await openIn(served, 'fr');
    const lines = await toThread(page);
    expect(lines.some((l) => l.includes(QUESTION.fr))).toBe(true);
    await page.keyboard.press('w');
    await page.waitForSelector('.compose-text');
    const written =
      '@tashagreene_eats Désolés, ce n’est pas normal. Dites-nous quel restaurant et on vous offre une portion chaude.';
    await page.keyboard.type(written, { delay: 2 });
    await page.waitForFunction(() => !(document.querySelector('.compose-post') as HTMLButtonElement | null)?.disabled);
    await page.screenshot(shot('fr-write'));
    await page.keyboard.press('Control+Enter');
    await waitForScene(page, /réponse 2\/2/);
    await page.screenshot(shot('fr-ask'));
    await page.keyboard.press('s');
    const debrief = await toDebrief(page);
    expect(debrief).toContain('Vos réponses aux commentaires');
    const exchange = debrief.find((l) => l.startsWith('Tasha Greene'))!;
    expect(exchange).toContain(`↳ «\u202f${written}\u202f»`);
    expect(exchange.split('\u202f» ').at(-1)).toMatch(TOOK);
    expect(debrief.some((l) => l.startsWith('Kev Duarte'))).toBe(false);
    expect(debrief.find((l) => l.startsWith('Dans le fil'))).toMatch(
      /^Dans le fil\u00a0: Tasha Greene\u00a0: réponse publique, [^·]+ · Kev Duarte\u00a0: sans réponse$/,
    );
    await page.mouse.wheel(0, 700);
    await page.waitForTimeout(400);
    await page.screenshot(shot('fr-debrief'));
    expect(errors).toEqual([]);
  }, 150_000);

  it('in it, on a phone: the replies that ask and their answers fit the screen, and a private answer is said so', async () => {
    const { page, errors } = await openIn(served, 'it', { width: 390, height: 844 }, true);
    const lines = await toThread(page);
    expect(lines.some((l) => l.includes(QUESTION.it))).toBe(true);
    expect(lines).toContain('Passa ai messaggi privati');
    await page.screenshot(shot('it-phone-ask'));
    await page.keyboard.press('p');
    await waitForScene(page, /risposta 2\/2/);
    await page.keyboard.press('s');
    const debrief = await toDebrief(page);
    expect(debrief.find((l) => l.startsWith('Tasha Greene'))).toContain(
      '↳ nei messaggi privati: «@tashagreene_eats Non dovrebbero essere così.',
    );
    await page.mouse.wheel(0, 1400);
    await page.waitForTimeout(400);
    await page.screenshot(shot('it-phone-debrief'));
    expect(errors).toEqual([]);
  }, 150_000);

  it('in en, with the timers on: the thread runs against a clock, and the reply not reached when it runs out stays unanswered', async () => {
    const { page, errors } = await openIn(served, 'en');
    const lines = await toThread(page);
    // Two replies ask, thirty seconds each: one clock for the thread.
    expect(lines.some((l) => /^(60|59|58) s left to answer · \d+ min later$/.test(l))).toBe(true);
    await page.keyboard.press('1');
    await waitForScene(page, /reply 2\/2/);
    await page.screenshot(shot('en-clock'));
    // Nobody answers Kev: when the clock runs out the reaction goes on by itself.
    await waitForScene(page, 'The audience reacts', 70_000);
    const debrief = await toDebrief(page);
    expect(debrief.some((l) => l.startsWith('Tasha Greene'))).toBe(true);
    expect(debrief.some((l) => l.startsWith('Kev Duarte'))).toBe(false);
    expect(debrief).toContain('Time ran out: 1 reply that asked you was left unanswered.');
    expect(errors).toEqual([]);
  }, 180_000);
});
