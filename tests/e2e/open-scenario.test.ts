import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  finishReaction,
  newContext,
  openPage,
  OUTPUT,
  screenLines,
  type Served,
  serveGame,
  waitForScene,
} from './support/browser';

let served: Served;
beforeAll(async () => {
  served = await serveGame();
}, 120_000);
afterAll(async () => served?.close());

const rippon = readFileSync('scenarios/rippon-kondo.json', 'utf8');
/** An instructor's own scenario: the Rippon case under another id and title. */
const own = rippon
  .replace('"id": "rippon-kondo"', '"id": "our-case"')
  .replace('"en": "Sparking joy with Adam Rippon"', '"en": "Our own case <b>bold</b>"');
const broken = own
  .replace('"next": "debrief"', '"next": "debreif"')
  .replace(',\n    "it": "Adam Rippon e la gioia di Marie Kondo"', '');

/** Drops a file onto the page, as an instructor dragging it from their desktop. */
async function drop(page: Page, name: string, text: string): Promise<void> {
  await page.evaluate(
    ([name, text]) => {
      const data = new DataTransfer();
      data.items.add(new File([text], name, { type: name.endsWith('.json') ? 'application/json' : 'text/plain' }));
      for (const type of ['dragenter', 'dragover', 'drop'])
        document.body.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));
    },
    [name, text] as [string, string],
  );
}

describe('an instructor opens their own scenario in the game', () => {
  it('drops a file onto the page, plays it to the debrief, and finds it again after a reload', async () => {
    const { page, errors } = await openPage(served);
    await waitForScene(page, 'Brandstorm');
    await drop(page, 'our-case.json', own);
    const list = await waitForScene(page, 'Choose a scenario');
    expect(list).toContain('Our own case <b>bold</b> is ready to play, and kept for next time.');
    expect(list).toContain('Opened by you · Netflix US');
    await page.screenshot({ path: join(OUTPUT, 'open-1-dropped.png') });

    // The opened scenario has the focus: Enter plays it.
    await page.keyboard.press('Enter');
    await waitForScene(page, 'Our own case <b>bold</b>');
    await page.keyboard.press('Enter');
    await waitForScene(page, /^Decision 1/);
    await page.keyboard.press('1');
    await finishReaction(page);
    await waitForScene(page, 'Debrief');
    expect((await screenLines(page)).some((l) => /^Score: \d+ \/ 1000$/.test(l))).toBe(true);

    await page.reload();
    await waitForScene(page, 'Brandstorm');
    await page.keyboard.press('Enter');
    expect(await waitForScene(page, 'Choose a scenario')).toContain('Our own case <b>bold</b>');
    expect(errors).toEqual([]);
  }, 90_000);

  it('drops a broken file and reads every problem with its line and column', async () => {
    const { page, errors } = await openPage(served);
    await waitForScene(page, 'Brandstorm');
    await drop(page, 'broken.json', broken);
    await waitForScene(page, 'Choose a scenario');
    const lines = await screenLines(page);
    expect(lines).toContain('broken.json cannot be played:');
    const title = broken.slice(0, broken.indexOf('"title"')).split('\n').length;
    expect(lines).toContain(
      `broken.json, line ${title}, column 3, title: missing the text in it (the scenario declares en, fr, it)`,
    );
    expect(lines.some((l) => l.includes('whose next step "debreif" does not exist; did you mean "debrief"?'))).toBe(
      true,
    );
    await page.screenshot({ path: join(OUTPUT, 'open-2-broken.png') });
    // A file that is not JSON at all is refused with a sentence, not a crash.
    await drop(page, 'notes.txt', 'hello');
    await page.waitForFunction(() =>
      document.getElementById('screen-text')?.textContent?.includes('notes.txt is not a scenario file'),
    );
    expect(errors).toEqual([]);
  }, 60_000);

  it('opens a scenario from a link with ?scenario=', async () => {
    const context = await newContext(served.browser, { viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    await page.route('https://scenarios.example.org/**', (route) =>
      route.fulfill({
        status: 200,
        contentType: 'application/json',
        headers: { 'Access-Control-Allow-Origin': '*' },
        body: own.replace('"id": "our-case"', '"id": "linked-case"'),
      }),
    );
    await page.goto(`${served.url}?scenario=${encodeURIComponent('https://scenarios.example.org/linked-case.json')}`);
    const list = await waitForScene(page, 'Choose a scenario');
    expect(list).toContain('is ready to play, and kept for next time.');
  }, 60_000);
});
