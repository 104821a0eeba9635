import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  finishReaction,
  openPage,
  OUTPUT,
  screenLines,
  type Served,
  serveGame,
  waitForScene,
  dropFile,
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

describe('an instructor opens their own scenario in the game', () => {
  it('drops a file onto the page, plays it to the debrief, and finds it again after a reload', async () => {
    const { page, errors } = await openPage(served);
    await waitForScene(page, 'Brandstorm');
    await dropFile(page, 'our-case.json', own);
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
    await dropFile(page, 'broken.json', broken);
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
    await dropFile(page, 'notes.txt', 'hello');
    await page.waitForFunction(() =>
      document.getElementById('screen-text')?.textContent?.includes('notes.txt is not a scenario file'),
    );
    expect(errors).toEqual([]);
  }, 60_000);

  it('opens a scenario from a link with ?scenario= at its briefing, and explains a host without cross-origin reads', async () => {
    // Another site: a host that allows cross-origin reads at /open/, one that does not at /closed/.
    const linked = own
      .replace('"id": "our-case"', '"id": "linked-case"')
      .replace('Our own case <b>bold</b>', 'A linked case');
    const host = createServer((req, res) => {
      if (req.url === '/open/linked-case.json') res.setHeader('Access-Control-Allow-Origin', '*');
      res.setHeader('Content-Type', 'application/json');
      res.end(linked);
    });
    await new Promise<void>((done) => host.listen(0, '127.0.0.1', done));
    const base = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
    try {
      const { page, errors } = await openPage(
        served,
        `?scenario=${encodeURIComponent(`${base}/open/linked-case.json`)}`,
      );
      const briefing = await waitForScene(page, 'A linked case');
      expect(briefing).toContain('Netflix US');
      await page.screenshot({ path: join(OUTPUT, 'open-3-link-briefing.png') });
      // Kept for next time, as a dropped file is once the game has drawn it.
      await page.keyboard.press('Escape');
      expect(await waitForScene(page, 'Choose a scenario')).toContain('A linked case');

      const closed = await openPage(served, `?scenario=${encodeURIComponent(`${base}/closed/linked-case.json`)}`);
      const list = await waitForScene(closed.page, 'Choose a scenario');
      expect(list).toContain(
        `127.0.0.1:${(host.address() as AddressInfo).port} did not let the game read the file: it does not allow other sites to read its files (cross-origin reads), or it cannot be reached. Download the file and open it with “Open a scenario file…”, or put it on a host that allows cross-origin reads, such as a raw file link from GitHub (raw.githubusercontent.com).`,
      );
      await closed.page.screenshot({ path: join(OUTPUT, 'open-4-link-no-cors.png') });
      expect([...errors, ...closed.errors]).toEqual([]);
    } finally {
      host.close();
    }
  }, 60_000);
});
