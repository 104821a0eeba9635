import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OUTPUT, openPage, serveGame, waitForScene, type Served } from './support/browser';
import { twoFrames } from './support/pointer';

let served: Served;
beforeAll(async () => {
  served = await serveGame();
}, 120_000);
afterAll(async () => served?.close());

describe('a broken scenario file on the server', () => {
  it('is reported on screen with file, line and column, and the other scenarios stay playable', async () => {
    const { page, errors } = await openPage(served);
    // The server lists two more files: one with a JSON syntax error, one whose choice leads nowhere.
    await page.route('**/scenarios/index.json', async (route) => {
      const files = (await (await route.fetch()).json()) as string[];
      await route.fulfill({ json: [...files, 'broken-syntax.json', 'broken-next.json'] });
    });
    await page.route('**/scenarios/broken-syntax.json', (route) =>
      route.fulfill({ body: '{\n  "id": "oops",\n  "title": "x",,\n}' }),
    );
    await page.route('**/scenarios/broken-next.json', async (route) => {
      const rippon = await (await page.request.get(`${served.url}scenarios/rippon-kondo.json`)).text();
      const broken = rippon
        .replace('"id": "rippon-kondo"', '"id": "rippon-broken"')
        .replace('"next": "debrief"', '"next": "debriefing"');
      await route.fulfill({ body: broken });
    });
    await page.reload();
    await waitForScene(page, 'Brandstorm');
    await page.keyboard.press('Enter');
    const text = await waitForScene(page, 'Choose a scenario');
    await page.screenshot({ path: join(OUTPUT, 'broken-scenarios.png') });
    expect(text).toContain('2 scenario files could not be loaded');
    expect(text).toMatch(/broken-syntax\.json, line 3, column \d+: not valid JSON/);
    expect(text).toMatch(
      /broken-next\.json, line \d+, column \d+, steps\[0\]\.choices\[0\]\.next: step "the-joke" has a choice "witty" whose next step "debriefing" does not exist/,
    );
    // The valid scenario is still listed and playable, here with the mouse.
    expect(text).toContain('Sparking joy with Adam Rippon');
    await twoFrames(page);
    await page.mouse.click(400, 160);
    await waitForScene(page, 'Sparking joy with Adam Rippon');
    expect(errors).toEqual([]);
  }, 60_000);
});
