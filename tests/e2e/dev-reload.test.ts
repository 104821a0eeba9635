import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scenariosPlugin } from '../../src/build/scenarios-plugin';
import { waitForScene } from './support/browser';
import { launchChromium } from '../../scripts/support/chromium-flags';

// The dev server on a copy of the library, so the test can edit files freely.
const dir = mkdtempSync(join(tmpdir(), 'brandstorm-dev-'));
let server: ViteDevServer;
let browser: Browser;
beforeAll(async () => {
  copyFileSync('scenarios/rippon-kondo.json', join(dir, 'rippon-kondo.json'));
  server = await createServer({
    configFile: false,
    logLevel: 'warn',
    plugins: [scenariosPlugin(dir)],
    server: { port: 0, host: '127.0.0.1' },
  });
  await server.listen();
  browser = await launchChromium();
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('npm run dev', () => {
  it('reloads the scenario list in the running game when a file under scenarios/ changes', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(server.resolvedUrls!.local[0]!);
    await waitForScene(page, 'Brandstorm', 60_000);
    await page.keyboard.press('Enter');
    expect(await waitForScene(page, 'Choose a scenario')).toContain('Sparking joy with Adam Rippon');

    // An instructor renames the case in their editor…
    const file = join(dir, 'rippon-kondo.json');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace('"en": "Sparking joy with Adam Rippon"', '"en": "Sparking joy, second draft"'),
    );
    await page.waitForFunction(
      () => (document.getElementById('screen-text')?.textContent ?? '').includes('Sparking joy, second draft'),
      undefined,
      { timeout: 20_000 },
    );
    // …then breaks it, and sees why at once.
    writeFileSync(file, readFileSync(file, 'utf8').replace('"difficulty": 1,', '"difficulty": 1'));
    await page.waitForFunction(
      () => (document.getElementById('screen-text')?.textContent ?? '').includes('a comma is missing here'),
      undefined,
      { timeout: 20_000 },
    );
    await page.close();
  }, 90_000);
});
