import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadScenario, play, type Locale, type Transcript } from '../../src/engine';
import { replayLink } from '../../src/replay-links/replay-link';
import type { LayoutReport } from '../../scenes/ui/layout-report';
import { newContext, OUTPUT, screenLines, type Served, serveGame, waitForScene } from './support/browser';

let served: Served;
beforeAll(async () => {
  served = await serveGame();
}, 120_000);
afterAll(async () => served?.close());

const loaded = loadScenario(readFileSync('scenarios/wendys-sassy-voice.json', 'utf8'), 'wendys-sassy-voice.json');
if (!loaded.ok) throw new Error("the Wendy's scenario does not load");
const wendys = loaded.scenario;
// A run that does well with the audience, then roasts the rival's customers: what the lesson forbids.
const transcript: Transcript = {
  scenarioId: wendys.id,
  scenarioVersion: wendys.version,
  decisions: [
    { step: 'the-dare', choice: 'defend-the-fries' },
    { step: 'real-talk', choice: 'fix-it-in-voice' },
    { step: 'rival', choice: 'mock-their-customers' },
  ],
};
const link = replayLink('', transcript, 9, play(wendys, transcript, 9));

const AGAINST: Record<Locale, RegExp> = {
  en: /^Went against the lesson: mocking customers/,
  fr: /^À l’encontre de la leçon\u00a0: la moquerie envers les clients/,
  it: /^Contro la lezione: la presa in giro dei clienti/,
};
const MIXED: Record<Locale, string> = { en: 'Mixed run', fr: 'Parcours mitigé', it: 'Percorso misto' };

describe('the debrief, decision by decision', () => {
  for (const locale of ['en', 'fr', 'it'] as const) {
    for (const device of [
      { name: 'desktop', viewport: { width: 1280, height: 720 }, touch: false },
      { name: 'phone', viewport: { width: 390, height: 844 }, touch: true },
    ]) {
      it(`names the decision against the lesson on a high-scoring run (${locale}, ${device.name})`, async () => {
        const context = await newContext(served.browser, {
          viewport: device.viewport,
          locale: 'en-US',
          ...(device.touch ? { hasTouch: true, isMobile: true } : {}),
        });
        await context.addInitScript((l) => localStorage.setItem('brandstorm.locale', l), locale);
        const page = await context.newPage();
        const errors: string[] = [];
        page.on('pageerror', (e) => errors.push(e.message));
        await page.goto(served.url + link);
        await waitForScene(page, /^(Replay of a shared run|Rejouer|Replay)/);
        // The second button skips the playback and opens the debrief.
        await page.keyboard.press('Tab');
        await page.keyboard.press('Enter');
        await waitForScene(page, /^(Debrief|Bilan|Debriefing)$/);
        await page.waitForTimeout(1200);
        const lines = await screenLines(page);
        expect(lines).toContain(MIXED[locale]);
        expect(lines.some((l) => AGAINST[locale].test(l))).toBe(true);
        // Every line lies within the stage's width and its scrolled height, on a phone as on a desktop.
        const report = (await page.evaluate(() =>
          (window as unknown as { brandstorm: { layout(): LayoutReport | null } }).brandstorm.layout(),
        ))!;
        const cut = report.items.filter(
          (i) => i.x < -1 || i.x + i.width > report.width + 1 || i.y < -1 || i.y + i.height > report.contentHeight + 1,
        );
        expect(cut.map((i) => `${i.kind} "${i.text.slice(0, 40)}"`)).toEqual([]);
        expect(report.items.some((i) => AGAINST[locale].test(i.text.replace(/^✗ /, '')))).toBe(true);
        // The debrief scrolls inside the canvas: a screenshot per page, to look at every line.
        for (let i = 1; i <= 4; i++) {
          await page.screenshot({ path: join(OUTPUT, `debrief-decisions-${locale}-${device.name}-${i}.png`) });
          await page.keyboard.press('PageDown');
          await page.waitForTimeout(200);
        }
        expect(errors).toEqual([]);
      }, 60_000);
    }
  }
});
