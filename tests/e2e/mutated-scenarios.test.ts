import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mutate, mutations, paths } from '../engine/support/mutations';
import { finishReaction, OUTPUT, openPage, serveGame, waitForScene, type Served, dropFile } from './support/browser';
import { TEXT_LIMITS } from '../../src/engine/schema/text';

let served: Served;
beforeAll(async () => {
  served = await serveGame();
}, 120_000);
afterAll(async () => served?.close());

const data = JSON.parse(readFileSync('scenarios/rippon-kondo.json', 'utf8')) as Record<string, unknown>;

/** Texts that must be drawn as written: markup, scripts, right-to-left, emoji, control and zero-width characters, and a line as long as any text may be. */
const hostileText = fc.oneof(
  fc.constantFrom(
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    'שלום עולם مرحبا',
    '🔥🔥🔥😂',
    'a\u0000b\u0007c',
    'zero\u200Bwidth\u200D',
    '{{constructor}}',
    ''.padEnd(TEXT_LIMITS.name, 'long '),
  ),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 80 }).filter((t) => t.trim().length > 0),
);
/** Paths to every text of the scenario a trainee reads (not ids, references or handles, which have a form to keep). */
const textPaths = paths(data).filter((p) => {
  const last = p.at(-1);
  return typeof last === 'string' && ['en', 'fr', 'it', 'text', 'post', 'author'].includes(last);
});

const seed = 20261201;
// Damage of every kind, which the checker must report; and hostile texts in a valid file, which the game must play.
const damaged = fc
  .sample(fc.array(mutations(data), { minLength: 1, maxLength: 2 }), { numRuns: 24, seed })
  .map((ms) => ms.reduce<unknown>((d, m) => mutate(d, m), data));
// The first decision's post and first choice always get one, so the screenshots show them.
const onScreen = [
  ['steps', 0, 'feed', 0, 'text'],
  ['steps', 0, 'choices', 0, 'label', 'en'],
];
const hostile = fc
  .sample(
    fc.tuple(
      fc.array(hostileText, { minLength: 2, maxLength: 2 }),
      fc.array(fc.record({ path: fc.constantFrom(...textPaths), value: hostileText }), { minLength: 3, maxLength: 8 }),
    ),
    { numRuns: 6, seed },
  )
  .map(([first, edits]) =>
    [...onScreen.map((path, k) => ({ path, value: first[k]! })), ...edits].reduce<unknown>(
      (d, e) => mutate(d, { kind: 'replace', path: e.path, value: e.value }),
      data,
    ),
  );

const shown = (page: Page) =>
  page.evaluate(() => ({
    text: document.getElementById('screen-text')?.textContent ?? '',
    fatal: getComputedStyle(document.getElementById('fatal')!).display !== 'none',
  }));

describe('mutated scenario files opened in the game', () => {
  it('are each either played to the debrief or listed with the checker’s messages, never a blank screen', async () => {
    const { page, errors } = await openPage(served);
    await waitForScene(page, 'Brandstorm');
    const files = [...damaged.map((d) => ({ d, hostile: false })), ...hostile.map((d) => ({ d, hostile: true }))];
    let played = 0;
    for (const [i, { d, hostile: isHostile }] of files.entries()) {
      // Its own id, so that each file is a new scenario rather than a copy of the shipped one.
      const file = d && typeof d === 'object' && !Array.isArray(d) ? { ...(d as object), id: `fuzzed-${i}` } : d;
      await dropFile(page, `fuzzed-${i}.json`, JSON.stringify(file, null, 2));
      // The checker has spoken on this file, and the list shows what it said.
      await page.waitForFunction(
        (name) => {
          const imports = (
            window as unknown as {
              brandstorm: { store: { getState(): { imports: { file?: string; status: string } } } };
            }
          ).brandstorm.store.getState().imports;
          const text = document.getElementById('screen-text')?.textContent ?? '';
          return (
            imports.file === name &&
            (imports.status === 'ready'
              ? text.includes('is ready to play')
              : imports.status === 'failed' && text.includes(name))
          );
        },
        `fuzzed-${i}.json`,
        { timeout: 10_000 },
      );
      const list = await shown(page);
      expect(list.fatal, `file ${i}: the error screen`).toBe(false);
      const ready = list.text.includes('is ready to play');
      // The hostile texts keep the file valid: the game must play it.
      if (isHostile) expect(ready, `file ${i} with hostile texts: ${list.text.slice(0, 300)}`).toBe(true);
      if (!ready) {
        expect(list.text, `file ${i}: a message with its file, line and column`).toMatch(
          new RegExp(`fuzzed-${i}\\.json, line \\d+, column \\d+[,:] `),
        );
        continue;
      }
      await page.keyboard.press('Enter');
      await page.waitForTimeout(300);
      await page.keyboard.press('Enter');
      await waitForScene(page, /^Decision 1/);
      if (isHostile) await page.screenshot({ path: join(OUTPUT, `mutated-${i}-decision.png`) });
      await page.keyboard.press('1');
      await finishReaction(page);
      await waitForScene(page, 'Debrief');
      expect((await shown(page)).text).toMatch(/Score: \d+ \/ 1000/);
      played++;
      await page.keyboard.press('Escape');
      await waitForScene(page, 'Choose a scenario');
    }
    expect(played).toBeGreaterThanOrEqual(hostile.length);
    // No script from any file ever ran, and nothing threw.
    expect(
      await page.evaluate(() => document.querySelectorAll('#game img, #screen-text img, #screen-text script').length),
    ).toBe(0);
    expect(errors).toEqual([]);
  }, 240_000);
});
