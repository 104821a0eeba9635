import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locale } from '../../src/engine';
import { openIn, OUTPUT, serveGame, toRipponDecision, type Served } from './support/browser';

let served: Served;
beforeAll(async () => {
  served = await serveGame();
}, 120_000);
afterAll(async () => served?.close());

/** A reply that apologises and then blames, and what the live reading must say of it, in each language. */
const CASES: [Locale, string, RegExp][] = [
  ['en', '@Adaripp sorry, but you should have read the terms.', /^Reads as: apologises, then blames the customer/],
  [
    'fr',
    '@Adaripp désolés, mais vous auriez dû lire les conditions.',
    /^Lue comme\u00a0: s’excuse, puis rejette la faute sur le client/,
  ],
  [
    'it',
    '@Adaripp ci dispiace, ma avresti dovuto leggere le condizioni.',
    /^Letta come: si scusa, poi dà la colpa al cliente/,
  ],
];

describe('the compose panel reads what a reply does, as it is typed', () => {
  for (const [locale, reply, reads] of CASES) {
    it(`${locale}: names the strategy before the words that light up`, async () => {
      const { page, errors } = await openIn(served, locale);
      await toRipponDecision(page);
      await page.keyboard.press('w');
      await page.waitForSelector('#compose-text');
      await page.keyboard.type(reply);
      // The reading follows a pause in typing, and a slow machine may pause mid-reply:
      // wait for the reading of the whole reply (or give up and show the last one).
      const current = () => document.querySelector('.compose-reads')?.textContent ?? '';
      await page
        .waitForFunction(
          (source) => new RegExp(source).test(document.querySelector('.compose-reads')?.textContent ?? ''),
          reads.source,
          { timeout: 10_000 },
        )
        .catch(() => undefined);
      const line = await page.evaluate(current);
      await page.screenshot({ path: join(OUTPUT, `compose-strategy-${locale}.png`) });
      expect(line).toMatch(reads);
      expect(errors).toEqual([]);
      await page.context().close();
    }, 60_000);
  }
});
