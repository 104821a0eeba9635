import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadScenario, play, type Locale, type Outcome, type Transcript } from '../../src/engine';
import { replayLink } from '../../src/replay-links/replay-link';
import { duration } from '../../src/i18n';
import {
  finishReaction,
  newContext,
  OUTPUT,
  screenLines,
  type Served,
  serveGame,
  toRipponDecision,
  waitForScene,
} from './support/browser';

let served: Served;
beforeAll(async () => {
  served = await serveGame();
}, 120_000);
afterAll(async () => served?.close());

const loaded = loadScenario(readFileSync('scenarios/rippon-kondo.json', 'utf8'), 'rippon-kondo.json');
if (!loaded.ok) throw new Error('the Rippon scenario does not load');
const rippon = loaded.scenario;
const shot = (name: string) => ({ path: join(OUTPUT, `what-if-${name}.png`) });

/** A fresh browser context in a language, with the clipboard allowed or refused. */
async function open(
  locale: Locale,
  opts: { clipboard?: 'allowed' | 'refused'; path?: string } = {},
): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await newContext(served.browser, { viewport: { width: 1280, height: 720 }, locale: 'en-US' });
  await context.addInitScript((l) => localStorage.setItem('brandstorm.locale', l), locale);
  if (opts.clipboard === 'allowed')
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(served.url).origin });
  if (opts.clipboard === 'refused') {
    await context.addInitScript(() => {
      navigator.clipboard.writeText = () =>
        Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
    });
  }
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(served.url + (opts.path ?? ''));
  return { context, page, errors };
}

/** Plays the Rippon scenario with the keyboard, picking the reply with this digit, to the debrief. */
async function playRippon(page: Page, digit: string): Promise<string[]> {
  await toRipponDecision(page);
  await page.keyboard.press(digit);
  await finishReaction(page);
  await waitForScene(page, /^(Debrief|Bilan|Debriefing)$/);
  await page.waitForTimeout(1000);
  return screenLines(page);
}

/** Pixels of a colour (within a tolerance) in a part of the page, counted in the page from a screenshot. */
async function countColour(
  page: Page,
  clip: { x: number; y: number; width: number; height: number },
  rgb: [number, number, number],
): Promise<number> {
  const png = (await page.screenshot({ clip })).toString('base64');
  return page.evaluate(
    async ([data, [r, g, b]]) => {
      const img = new Image();
      img.src = `data:image/png;base64,${data}`;
      await img.decode();
      const canvas = new OffscreenCanvas(img.width, img.height);
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const px = ctx.getImageData(0, 0, img.width, img.height).data;
      let n = 0;
      for (let i = 0; i < px.length; i += 4)
        if (Math.abs(px[i]! - r) + Math.abs(px[i + 1]! - g) + Math.abs(px[i + 2]! - b) < 60) n++;
      return n;
    },
    [png, rgb] as [string, [number, number, number]],
  );
}

const browserOutcome = (page: Page) =>
  page.evaluate(() =>
    JSON.stringify(
      (
        window as unknown as { brandstorm: { store: { getState(): { run: { outcome: unknown } } } } }
      ).brandstorm.store.getState().run.outcome,
    ),
  );
const scoreLine = (lines: string[]) => lines.find((l) => /^(Score|Punteggio) ?: /.test(l));

describe('the debrief’s what if, timeline and replay link, in Chromium', () => {
  it('compares the corporate reply with the witty one, shows the timeline, and replays the run from its link', async () => {
    const { context, page, errors } = await open('en', { clipboard: 'allowed' });
    const debrief = await playRippon(page, '3');
    const corporate = play(
      rippon,
      { scenarioId: 'rippon-kondo', scenarioVersion: 1, decisions: [{ step: 'the-joke', choice: 'corporate' }] },
      1,
    );
    const witty = play(
      rippon,
      { scenarioId: 'rippon-kondo', scenarioVersion: 1, decisions: [{ step: 'the-joke', choice: 'witty' }] },
      1,
    );
    expect(scoreLine(debrief)).toBe(`Score: ${corporate.score.total} / 1000`);
    expect(debrief).toEqual(expect.arrayContaining(['What if… (W)', 'Timeline (T)', 'Copy replay link (R)']));
    await page.screenshot(shot('0-debrief'));

    // What if: opens on the trainee's own path.
    await page.keyboard.press('w');
    await waitForScene(page, /^What if… · /);
    let lines = await screenLines(page);
    expect(lines).toContain(
      "Decision 1, Adam Rippon's joke. You: A safe promotional post. What if: A safe promotional post (3 of 6)",
    );
    expect(lines).toContain('This is the path you played: pick another option to compare.');
    // Two steps to the left: the witty reply.
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await page.waitForFunction(() =>
      (document.getElementById('screen-text')?.textContent ?? '').includes(
        'What if: A quick joke that stays clean (1 of 6)',
      ),
    );
    lines = await screenLines(page);
    const delta = witty.score.total - corporate.score.total;
    expect(lines).toContain(`Score: Yours ${corporate.score.total}, What if ${witty.score.total} (+${delta})`);
    expect(lines).toContain(
      `With “A quick joke that stays clean” instead of “A safe promotional post”, the score would be ${witty.score.total} instead of ${corporate.score.total} (+${delta}).`,
    );
    expect(lines).toContain('Why: Young streamers value humour, and this reply carries more of it.');
    expect(
      lines.some((l) =>
        /^Young streamers: delight rather than (displeasure|indifference) \(followers: \+[\d,]+ instead of [−+]?[\d,]+\)\.$/.test(
          l,
        ),
      ),
    ).toBe(true);
    expect(lines).toContain(
      `Followers (${duration((Math.max(witty.series.followers.length, corporate.series.followers.length) - 1) * 60, 'en')}): Yours ${corporate.followers.end.toLocaleString('en-US')}, What if ${witty.followers.end.toLocaleString('en-US')}`,
    );
    await page.screenshot(shot('1-comparison'));
    // Both curves are drawn: the trainee's in blue and the alternative in violet, inside the chart.
    const chart = { x: 640, y: 240, width: 600, height: 200 };
    expect(await countColour(page, chart, [0x1d, 0x9b, 0xf0])).toBeGreaterThan(150);
    expect(await countColour(page, chart, [0xc7, 0x7d, 0xff])).toBeGreaterThan(150);
    // The back button is reachable with Tab, and Esc goes back.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Escape');
    await waitForScene(page, 'Debrief');

    // The timeline: the corporate post went out 90 simulated minutes after the joke.
    await page.keyboard.press('t');
    await waitForScene(page, /^Timeline · /);
    lines = await screenLines(page);
    const decision = lines.find((l) => l.startsWith('Decision 1, '))!;
    expect(decision).toMatch(
      /^Decision 1, Adam Rippon's joke \(at the start\): “A safe promotional post”\. Posted after 1 hr 30 min\. [\d,]+ reactions · sentiment [−+]0\.\d\d · [−+][\d,]+ followers\. /,
    );
    await page.screenshot(shot('2-timeline'));
    // Enter on a decision opens the what if there.
    await page.keyboard.press('Enter');
    await waitForScene(page, /^What if… · /);
    await page.keyboard.press('Escape');
    await waitForScene(page, 'Debrief');

    // The replay link: copied, confirmed on screen, and read back from the clipboard.
    await page.keyboard.press('r');
    await page.waitForFunction(() =>
      (document.getElementById('screen-text')?.textContent ?? '').includes('Replay link copied'),
    );
    await page.screenshot(shot('3-copied'));
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toMatch(/#replay=1\.\d+\.[A-Za-z0-9+\-$]+$/);
    const original = JSON.parse(await browserOutcome(page)) as Outcome;

    // Opened in another page: the run, then its reaction, then the same debrief.
    const other = await context.newPage();
    const otherErrors: string[] = [];
    other.on('pageerror', (e) => otherErrors.push(e.message));
    await other.goto(link);
    await waitForScene(other, 'Replay of a shared run');
    lines = await screenLines(other);
    expect(lines).toContain(`1 decision · score ${corporate.score.total} / 1,000`);
    expect(lines).toContain("1. Adam Rippon's joke: A safe promotional post");
    await other.screenshot(shot('4-replay'));
    await other.keyboard.press('Enter');
    await waitForScene(other, 'The audience reacts');
    await other.waitForTimeout(1500);
    await other.screenshot(shot('5-replay-reaction'));
    await finishReaction(other);
    await waitForScene(other, 'Debrief');
    await other.waitForTimeout(1000);
    expect(scoreLine(await screenLines(other))).toBe(`Score: ${corporate.score.total} / 1000`);
    expect(JSON.parse(await browserOutcome(other))).toEqual(original);
    await other.screenshot(shot('6-replay-debrief'));
    expect(errors).toEqual([]);
    expect(otherErrors).toEqual([]);
  }, 120_000);

  it('writes a different reply in the what if, with the keyboard', async () => {
    const { page, errors } = await open('en');
    await playRippon(page, '5');
    await page.keyboard.press('w');
    await waitForScene(page, /^What if… · /);
    // From "Stay out of it", one to the right is "write your own".
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() =>
      (document.getElementById('screen-text')?.textContent ?? '').includes(
        'What if: ✎ Write your own reply (6 of 6). Enter to write it',
      ),
    );
    await page.keyboard.press('Enter');
    await page.waitForSelector('#compose-text');
    await page.keyboard.type("@Adaripp We'd tell you which organs spark joy 😉 but this is a family website");
    await page.keyboard.press('Control+Enter');
    await page.waitForFunction(() =>
      (document.getElementById('screen-text')?.textContent ?? '').includes('instead of “Stay out of it”'),
    );
    const lines = await screenLines(page);
    expect(
      lines.some((l) =>
        l.startsWith(
          "Decision 1, Adam Rippon's joke. You: Stay out of it. What if: ✎ “@Adaripp We'd tell you which organs spark joy 😉 but this",
        ),
      ),
    ).toBe(true);
    await page.screenshot(shot('7-written'));
    expect(errors).toEqual([]);
  }, 90_000);

  it('shows the link to copy by hand when the browser refuses the clipboard', async () => {
    const { page, errors } = await open('en', { clipboard: 'refused' });
    await playRippon(page, '1');
    await page.keyboard.press('r');
    const field = await page.waitForSelector('#replay-link', { state: 'visible' });
    const link = await field.inputValue();
    expect(link).toMatch(/#replay=1\.\d+\./);
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.id)).toBe('replay-link');
    expect(await screenLines(page)).toContain('The browser would not copy the link. Select it and copy it yourself:');
    await page.screenshot(shot('8-copy-refused'));
    await page.keyboard.press('Escape');
    await page.waitForSelector('#replay-link', { state: 'detached' });
    expect(errors).toEqual([]);
  }, 90_000);
});

describe('a run of several decisions, one left to the clock', () => {
  it('draws the timeline with the timeout and the storm, and branches the what if with the best continuation', async () => {
    const prince = JSON.parse(readFileSync('scenarios/christmas-prince-53.json', 'utf8'));
    prince.id = 'christmas-prince-timed';
    prince.steps.find((s: { id: string }) => s.id === 'first-accusations').timer = {
      seconds: 5,
      choice: 'say-nothing',
    };
    const checked = loadScenario(JSON.stringify(prince), 'prince.json');
    if (!checked.ok) throw new Error('the timed scenario does not load');
    const { page, errors } = await open('en', { path: '' });
    await page.route('https://scenarios.example.org/**', (route) =>
      route.fulfill({
        status: 200,
        contentType: 'application/json',
        headers: { 'Access-Control-Allow-Origin': '*' },
        body: JSON.stringify(prince),
      }),
    );
    await page.goto(`${served.url}?scenario=${encodeURIComponent('https://scenarios.example.org/prince.json')}`);
    // A link opens its scenario's briefing.
    await waitForScene(page, prince.title.en);
    await page.keyboard.press('Enter');
    await waitForScene(page, /^Decision 1/);
    await page.keyboard.press('1');
    await finishReaction(page);
    // Decision 2 runs out of time: the clock stays silent.
    await waitForScene(page, /^Decision 2/);
    // The game's clock slows down with the frame rate on a busy machine: give the five seconds room.
    await waitForScene(page, 'The audience reacts', 40_000);
    await finishReaction(page);
    await waitForScene(page, /^Decision 3/);
    await page.keyboard.press('1');
    await finishReaction(page);
    await waitForScene(page, 'Debrief');
    expect(
      (await screenLines(page)).some((l) => l.includes('Decisions the clock made for you when time ran out: 1')),
    ).toBe(true);

    await page.keyboard.press('t');
    await waitForScene(page, /^Timeline · /);
    const lines = await screenLines(page);
    expect(lines).toContain('3 decisions over 5 hr 20 min · The first storm began at decision 1, at the start.');
    expect(lines.find((l) => l.startsWith('Decision 2, '))).toMatch(
      /: “Say nothing and let it blow over \(time ran out\)”\. ⏱ Time ran out: the clock chose\. 0 reactions/,
    );
    expect(lines.find((l) => l.startsWith('Decision 1, '))).toMatch(
      /⚡ Storm from the first hour: [\d,]+ angry reactions\.$/,
    );
    await page.screenshot(shot('10-timeline-three-decisions'));

    // Enter on the first decision: the what if there, one option to the right, then the best way on.
    await page.keyboard.press('Enter');
    await waitForScene(page, /^What if… · /);
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() =>
      (document.getElementById('screen-text')?.textContent ?? '').includes('best way on from here'),
    );
    const state = JSON.parse(
      await page.evaluate(() =>
        JSON.stringify(
          (
            window as unknown as { brandstorm: { store: { getState(): { whatIf: unknown; run: { seed: number } } } } }
          ).brandstorm.store.getState(),
        ),
      ),
    );
    expect(state.whatIf.transcript.decisions[0]).toEqual({ step: 'the-draft', choice: 'we-see-you' });
    expect(state.whatIf.outcome).toEqual(play(checked.scenario, state.whatIf.transcript, state.run.seed));
    await page.screenshot(shot('11-what-if-continuation'));
    expect(errors).toEqual([]);
  }, 120_000);
});

describe('a replay link that cannot be played says why, and never shows another run', () => {
  const transcript: Transcript = {
    scenarioId: 'rippon-kondo',
    scenarioVersion: 1,
    decisions: [{ step: 'the-joke', choice: 'edgy' }],
  };
  const good = replayLink('', transcript, 9, play(rippon, transcript, 9));
  const data = good.slice(good.lastIndexOf('.') + 1);
  const middle = Math.floor(data.length / 2);
  const cases: { name: string; hash: string; message: RegExp }[] = [
    {
      name: 'truncated',
      hash: good.slice(0, -12),
      message: /^The link is incomplete: it was probably cut when it was copied or sent\./,
    },
    {
      name: 'tampered',
      hash:
        good.slice(0, good.length - data.length + middle) + (data[middle] === 'A' ? 'B' : 'A') + data.slice(middle + 1),
      message:
        /^The link has been changed or damaged, so it no longer matches the run it was made from\. Nothing was replayed\.$/,
    },
    {
      name: 'other-version',
      hash: replayLink('', { ...transcript, scenarioVersion: 2 }, 9, play(rippon, transcript, 9)),
      message:
        /^This run was played on version 2 of “Sparking joy with Adam Rippon”, and this game has version 1\. The scenario has changed/,
    },
    {
      name: 'other-scenario',
      hash: replayLink('', { ...transcript, scenarioId: 'qwikster' }, 9, play(rippon, transcript, 9)),
      message: /^This game has no scenario “qwikster”/,
    },
  ];

  it('opens a link pasted into a tab that already shows a replay, instead of keeping the first run', async () => {
    const { page, errors } = await open('en', { path: good });
    await waitForScene(page, 'Replay of a shared run');
    // Only the part after # changes: the game must still open the new link.
    await page.goto(served.url + cases[1]!.hash);
    await waitForScene(page, 'This replay link cannot be played');
    expect((await screenLines(page))[1]).toMatch(cases[1]!.message);
    expect(errors).toEqual([]);
  }, 60_000);

  it.each(cases)(
    'the $name link',
    async ({ name, hash, message }) => {
      const { page, errors } = await open('en', { path: hash });
      await waitForScene(page, 'This replay link cannot be played');
      const lines = await screenLines(page);
      expect(lines[0]).toBe('This replay link cannot be played');
      expect(lines[1]).toMatch(message);
      expect(lines[2]).toMatch(/^Details: /);
      expect(
        await page.evaluate(
          () =>
            (
              window as unknown as { brandstorm: { store: { getState(): { run: unknown } } } }
            ).brandstorm.store.getState().run,
        ),
      ).toBeNull();
      await page.screenshot(shot(`9-refused-${name}`));
      // Enter leaves for the title screen, and the address forgets the link.
      await page.keyboard.press('Enter');
      await waitForScene(page, 'Brandstorm');
      expect(page.url()).not.toContain('#replay=');
      expect(errors).toEqual([]);
    },
    60_000,
  );
});

describe('the what if and the timeline in French and Italian', () => {
  it.each([
    [
      'fr',
      /^Et si… · /,
      /^Chronologie · /,
      'Avec «\u202FUne blague rapide qui reste propre\u202F» au lieu de «\u202FUn message promotionnel sans risque\u202F»',
    ],
    [
      'it',
      /^E se… · /,
      /^Cronologia · /,
      'Con «Una battuta rapida che resta pulita» invece di «Un post promozionale senza rischi»',
    ],
  ] as const)(
    'in %s',
    async (locale, whatIf, timeline, sentence) => {
      const { page, errors } = await open(locale);
      await playRippon(page, '3');
      await page.screenshot(shot(`${locale}-0-debrief`));
      await page.keyboard.press('w');
      await waitForScene(page, whatIf);
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('ArrowLeft');
      await page.waitForFunction(
        (s) => (document.getElementById('screen-text')?.textContent ?? '').includes(s),
        sentence,
      );
      await page.screenshot(shot(`${locale}-1-comparison`));
      await page.keyboard.press('Escape');
      await waitForScene(page, /^(Bilan|Debriefing)$/);
      await page.keyboard.press('t');
      await waitForScene(page, timeline);
      await page.screenshot(shot(`${locale}-2-timeline`));
      expect(errors).toEqual([]);
    },
    90_000,
  );
});
