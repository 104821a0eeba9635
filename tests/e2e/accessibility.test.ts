import { createRequire } from 'node:module';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { finishReaction, openPage, serveGame, waitForScene, type Served } from './support/browser';
import { freePort, teamServer } from '../support/team-server';

// The real server: the game and the instructor's class page with their API, on one port.
let served: Served;
let server: ReturnType<typeof teamServer>;
const dir = mkdtempSync(join(tmpdir(), 'brandstorm-a11y-'));
beforeAll(async () => {
  server = teamServer(await freePort(), join(dir, 'a11y.db'));
  await server.start();
  served = { ...(await serveGame()), url: `${server.url}/` };
}, 120_000);
afterAll(async () => {
  await served?.close();
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe-core on the page as it stands and returns its serious and critical violations, one line each. */
async function audit(page: Page, where: string): Promise<string[]> {
  // Evaluated through the debugging protocol, which the page's content policy does not govern (a script tag would be refused, as it should be).
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const violations = (await page.evaluate(() =>
    (window as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: unknown[] }> } }).axe
      .run(document, { resultTypes: ['violations'] })
      .then((r) => r.violations),
  )) as Violation[];
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${where}: ${v.id} (${v.impact}) ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('the page around the canvas, for assistive technology (axe-core)', () => {
  it('has no serious or critical violation on any scene of a game, in the compose panel, the forms and the class page', async () => {
    const { page, errors } = await openPage(served);
    const found: string[] = [];
    await waitForScene(page, 'Brandstorm');
    found.push(...(await audit(page, 'title')));
    await page.keyboard.press('s');
    await waitForScene(page, 'Settings');
    found.push(...(await audit(page, 'settings')));
    await page.keyboard.press('Escape');
    await waitForScene(page, 'Brandstorm');
    await page.keyboard.press('Enter');
    await waitForScene(page, 'Choose a scenario');
    found.push(...(await audit(page, 'scenario list')));
    await page.keyboard.press('Enter');
    await waitForScene(page, 'Sparking joy with Adam Rippon');
    found.push(...(await audit(page, 'briefing')));
    await page.keyboard.press('Enter');
    await waitForScene(page, /^Decision 1/);
    found.push(...(await audit(page, 'feed')));
    await page.keyboard.press('w');
    await page.waitForSelector('#compose-text');
    await page.keyboard.type('@Adaripp Which organ sparks joy? <b>bold</b>');
    found.push(...(await audit(page, 'compose')));
    await page.keyboard.press('Control+Enter');
    await finishReaction(page);
    await waitForScene(page, 'Debrief');
    await page.waitForTimeout(1000);
    found.push(...(await audit(page, 'debrief with a written reply')));
    await page.keyboard.press('w');
    await waitForScene(page, /^What if/);
    found.push(...(await audit(page, 'what if')));
    await page.keyboard.press('Escape');
    await waitForScene(page, 'Debrief');
    await page.keyboard.press('l');
    await waitForScene(page, 'Leaderboard');
    found.push(...(await audit(page, 'leaderboard with the join form')));
    await page.keyboard.press('Escape');
    await waitForScene(page, 'Brandstorm');
    await page.keyboard.press('c');
    await page.waitForSelector('#join-code');
    found.push(...(await audit(page, 'joining a class')));

    const instructor = await page.context().newPage();
    await instructor.goto(`${served.url}class.html`);
    await instructor.waitForSelector('input[name=scenario]');
    found.push(...(await audit(instructor, 'opening a class session')));
    await instructor.fill('#session-title', 'Accessibility drill');
    await instructor.click('button[type=submit]');
    await instructor.waitForSelector('.code');
    await instructor.waitForFunction(() => document.body.dataset.stream === 'live');
    found.push(...(await audit(instructor, 'the class view')));
    const key = new URLSearchParams(new URL(instructor.url()).hash.slice(1)).get('key') ?? '';
    await instructor.goto(`${served.url}class.html?view=presenter#key=${key}`);
    await instructor.waitForSelector('.slide h1');
    found.push(...(await audit(instructor, 'the presenter view')));

    expect(found).toEqual([]);
    expect(errors).toEqual([]);
  }, 120_000);
});
