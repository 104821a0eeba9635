import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { freePort, teamServer } from '../../support/team-server';
import { launchChromium } from '../../../scripts/support/chromium-flags';

export type LiveServer = ReturnType<typeof teamServer>;

/**
 * For a browser test file against the real server: before its tests, the server as `npm start`
 * runs it (SQLite in `<dir>/<name>.db`) and a Chromium; after them, both stopped and the folder
 * removed. `ready` receives them; the folder is returned, for the files a test writes beside them.
 */
export function liveServerAndBrowser(name: string, ready: (server: LiveServer, browser: Browser) => void): string {
  const dir = mkdtempSync(join(tmpdir(), `brandstorm-${name}-`));
  let server: LiveServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = teamServer(await freePort(), join(dir, `${name}.db`));
    await server.start();
    browser = await launchChromium();
    ready(server, browser);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });
  return dir;
}
