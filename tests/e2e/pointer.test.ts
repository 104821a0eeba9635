import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localize, type Locale } from '../../src/engine';
import { labelled, t } from '../../src/i18n';
import type { LaidOut, LayoutReport } from '../../scenes/ui/layout-report';
import { newContext, OUTPUT, type Served, serveGame, waitForScene } from './support/browser';
import { layoutOf, twoFrames } from './support/pointer';

let served: Served;
beforeAll(async () => {
  served = await serveGame();
}, 120_000);
afterAll(async () => served?.close());

type How = 'mouse' | 'touch';
interface Setup {
  name: string;
  viewport: { width: number; height: number };
  how: How;
  path?: string;
}

const RIPPON = JSON.parse(readFileSync(join(process.cwd(), 'scenarios', 'rippon-kondo.json'), 'utf8')) as {
  title: Record<Locale, string>;
  steps: {
    title: Record<Locale, string>;
    choices: { label: Record<Locale, string>; post?: Record<Locale, string> }[];
  }[];
  audience: { segments: { name: string | Record<Locale, string> }[] };
};
const OPTIONS = RIPPON.steps[0]!.choices;
const optionLabel = (locale: Locale, i: number) => `${i + 1}. ${OPTIONS[i]!.label[locale]}`;
// The title as the scene writes it: "Decision 1: …", "Décision 1 : …" (the catalogue sets the colon).
const decisionTitle = (locale: Locale) => new RegExp(`^${labelled(locale, t(locale, 'decision', { n: 1 }), '')}`);

/** 10% in from each corner of a button. */
const CORNERS = [
  { name: 'top left', fx: 0.1, fy: 0.1 },
  { name: 'top right', fx: 0.9, fy: 0.1 },
  { name: 'bottom left', fx: 0.1, fy: 0.9 },
  { name: 'bottom right', fx: 0.9, fy: 0.9 },
] as const;

/** Opens the game as a visitor with a mouse, or with a finger on a phone, in a language. */
async function open(setup: Setup, locale: Locale = 'en'): Promise<{ page: Page; errors: string[] }> {
  const context = await newContext(served.browser, {
    viewport: setup.viewport,
    locale: 'en-US',
    ...(setup.how === 'touch' ? { hasTouch: true, isMobile: true } : {}),
  });
  await context.addInitScript((l) => localStorage.setItem('brandstorm.locale', l), locale);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(served.url + (setup.path ?? ''));
  return { page, errors };
}

const buttonsOf = (report: LayoutReport) => report.items.filter((i) => i.kind === 'button');
const contains = (b: LaidOut, p: { x: number; y: number }) =>
  p.x >= b.x && p.x <= b.x + b.width && p.y >= b.y && p.y <= b.y + b.height;
/** Where a logical point of the stage is in the window, in CSS pixels. */
const onScreen = (report: LayoutReport, p: { x: number; y: number }) => ({
  x: (p.x - report.origin.x) * report.zoom,
  y: (p.y - report.origin.y) * report.zoom,
});
const inWindow = (page: Page, report: LayoutReport, b: LaidOut) => {
  const { width, height } = page.viewportSize()!;
  const a = onScreen(report, b);
  const z = onScreen(report, { x: b.x + b.width, y: b.y + b.height });
  return a.x >= 0 && a.y >= 0 && z.x <= width && z.y <= height;
};
const focusedOf = (report: LayoutReport) =>
  buttonsOf(report)
    .filter((b) => b.focused)
    .map((b) => b.text);
const hoveredOf = (report: LayoutReport) =>
  buttonsOf(report)
    .filter((b) => b.hovered)
    .map((b) => b.text);

async function report(page: Page): Promise<LayoutReport> {
  const r = await layoutOf(page);
  expect(r, 'no layout report').not.toBeNull();
  return r!;
}

async function findButton(page: Page, label: string | RegExp): Promise<{ report: LayoutReport; button: LaidOut }> {
  const matches = (text: string) => (typeof label === 'string' ? text === label : label.test(text));
  // What was just drawn is clickable from the next frame on (see pressOnScreen).
  await twoFrames(page);
  for (let tries = 0; tries < 20; tries++) {
    const r = await report(page);
    const button = buttonsOf(r).find((b) => matches(b.text));
    if (button) return { report: r, button };
    await twoFrames(page);
  }
  throw new Error(`no button "${label}" on ${(await report(page)).scene}`);
}

/** A finger dragging the page from one height to another, as a person scrolls. */
async function swipe(page: Page, x: number, fromY: number, toY: number): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const at = (y: number) => [{ x, y }];
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(fromY) });
  for (let i = 1; i <= 10; i++)
    await cdp.send('Input.dispatchTouchEvent', {
      type: 'touchMove',
      touchPoints: at(fromY + ((toY - fromY) * i) / 10),
    });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

/** Scrolls (a finger's drag, or the mouse wheel) until the whole button is in the window; returns where it is then. */
async function bringIntoView(
  page: Page,
  how: How,
  label: string | RegExp,
): Promise<{ report: LayoutReport; button: LaidOut }> {
  const { height } = page.viewportSize()!;
  for (let tries = 0; tries < 8; tries++) {
    const found = await findButton(page, label);
    if (inWindow(page, found.report, found.button)) return found;
    const top = onScreen(found.report, found.button).y;
    // Bring the button's top to a third of the window's height.
    const by = Math.max(-height * 0.6, Math.min(height * 0.6, top - height / 3));
    if (how === 'touch') await swipe(page, 30, height / 2 + by / 2, height / 2 - by / 2);
    else {
      await page.mouse.move(10, height / 2);
      await page.mouse.wheel(0, by);
    }
    await twoFrames(page);
  }
  throw new Error(`"${label}" cannot be scrolled into the window`);
}

/** A click, or a tap, at a point of the window. */
async function press(page: Page, how: How, at: { x: number; y: number }): Promise<void> {
  if (how === 'touch') await page.touchscreen.tap(at.x, at.y);
  else await page.mouse.click(at.x, at.y);
}

/** Presses a button 10% in from one of its corners (scrolling to it first). */
async function pressCorner(
  page: Page,
  how: How,
  label: string | RegExp,
  corner: (typeof CORNERS)[number],
): Promise<void> {
  const { report: r, button: b } = await bringIntoView(page, how, label);
  await press(page, how, onScreen(r, { x: b.x + corner.fx * b.width, y: b.y + corner.fy * b.height }));
}

/**
 * Moves the mouse 10% in from each corner of every button in the window, and
 * 6 pixels out beyond each corner: the button under the mouse, and only it,
 * lights up (and takes the focus, where `focusFollows`).
 */
async function hoverEveryCorner(page: Page, focusFollows: boolean): Promise<number> {
  const r = await report(page);
  const all = buttonsOf(r);
  const { width, height } = page.viewportSize()!;
  let probes = 0;
  for (const b of all.filter((x) => inWindow(page, r, x))) {
    for (const c of CORNERS) {
      const inside = { x: b.x + c.fx * b.width, y: b.y + c.fy * b.height };
      const outside = { x: c.fx < 0.5 ? b.x - 6 : b.x + b.width + 6, y: c.fy < 0.5 ? b.y - 6 : b.y + b.height + 6 };
      for (const [where, point] of [
        [`10% in from its ${c.name} corner`, inside],
        [`just outside its ${c.name} corner`, outside],
      ] as const) {
        const at = onScreen(r, point);
        if (at.x < 0 || at.y < 0 || at.x > width || at.y > height) continue;
        const expected = all.find((x) => contains(x, point))?.text;
        await page.mouse.move(at.x, at.y);
        const now = await report(page);
        expect(hoveredOf(now), `${r.scene}: the mouse ${where} of "${b.text}" lights up`).toEqual(
          expected ? [expected] : [],
        );
        if (focusFollows && expected)
          expect(focusedOf(now), `${r.scene}: the mouse ${where} of "${b.text}" takes the focus to`).toEqual([
            expected,
          ]);
        probes++;
      }
    }
  }
  return probes;
}

/** The words drawn in the Feed's preview: between "Your reply" and the Post button (or the bottom). */
async function previewText(page: Page, locale: Locale): Promise<string> {
  const r = await report(page);
  const heading = r.items.find((i) => i.kind === 'text' && i.text === t(locale, 'yourReply').toUpperCase());
  expect(heading, 'the "your reply" heading').toBeDefined();
  const post = buttonsOf(r).find((b) => b.text === t(locale, 'postThis') || b.text === t(locale, 'staySilent'));
  const bottom = post?.y ?? Number.POSITIVE_INFINITY;
  return r.items
    .filter(
      (i) =>
        i.kind === 'text' && i.y > heading!.y + 1 && i.y < bottom && i.x >= heading!.x - 1 && i.x < heading!.x + 650,
    )
    .map((i) => i.text)
    .join(' ')
    .replace(/\s+/g, ' ');
}

/** A text with its spaces (French puts a no-break space before "?") made plain, to compare words. */
const words = (text: string) => text.replace(/\s+/g, ' ');

const decisionsMade = (page: Page) =>
  page.evaluate(
    () =>
      (
        window as unknown as { brandstorm: { store: { getState(): { run: { decisions: unknown[] } | null } } } }
      ).brandstorm.store.getState().run?.decisions.length ?? 0,
  );
const sceneOf = (page: Page) => page.evaluate(() => document.getElementById('screen-text')?.dataset.scene ?? '');

const SETUPS: Setup[] = [
  { name: 'at 1280×720 with the mouse', viewport: { width: 1280, height: 720 }, how: 'mouse' },
  { name: 'at 2560×1440 with the mouse', viewport: { width: 2560, height: 1440 }, how: 'mouse' },
  {
    name: 'at 1280×720 with the mouse, drawn with WebGL',
    viewport: { width: 1280, height: 720 },
    how: 'mouse',
    path: '?renderer=webgl',
  },
  { name: 'on a phone (390×844) by touch', viewport: { width: 390, height: 844 }, how: 'touch' },
];

describe('a button reacts where it is drawn, to its corners, and nowhere else', () => {
  for (const setup of SETUPS) {
    it(setup.name, async () => {
      const { page, errors } = await open(setup);
      const { how } = setup;
      const mouse = how === 'mouse';
      const title = RIPPON.title.en;

      // Title: every corner of every button; Start from each corner, and not from just outside it.
      await waitForScene(page, 'Brandstorm');
      if (mouse) expect(await hoverEveryCorner(page, true)).toBeGreaterThan(40);
      for (const corner of CORNERS) {
        await pressCorner(page, how, 'Start', corner);
        await waitForScene(page, 'Choose a scenario');
        await page.keyboard.press('Escape');
        await waitForScene(page, 'Brandstorm');
      }
      const { report: r0, button: start } = await findButton(page, 'Start');
      for (const outside of [
        { x: start.x - 8, y: start.y - 8 },
        { x: start.x + start.width + 8, y: start.y - 8 },
        { x: start.x - 8, y: start.y + start.height + 8 },
      ]) {
        if (buttonsOf(r0).some((b) => contains(b, outside))) continue;
        await press(page, how, onScreen(r0, outside));
        await twoFrames(page);
        expect(await sceneOf(page), 'a press just outside Start').toBe('Brandstorm');
      }

      // The scenario list: the Rippon card from each corner.
      await pressCorner(page, how, 'Start', CORNERS[3]);
      await waitForScene(page, 'Choose a scenario');
      if (mouse) await hoverEveryCorner(page, true);
      for (const corner of CORNERS) {
        await pressCorner(page, how, title, corner);
        await waitForScene(page, title);
        await page.keyboard.press('Escape');
        await waitForScene(page, 'Choose a scenario');
      }

      // The briefing: Back from each corner, then Begin.
      await pressCorner(page, how, title, CORNERS[0]);
      await waitForScene(page, title);
      if (mouse) await hoverEveryCorner(page, true);
      for (const corner of CORNERS) {
        await pressCorner(page, how, 'Back', corner);
        await waitForScene(page, 'Choose a scenario');
        await pressCorner(page, how, title, corner);
        await waitForScene(page, title);
      }
      await pressCorner(page, how, 'Begin', CORNERS[3]);
      await waitForScene(page, decisionTitle('en'));

      // The feed: hovering lights a reply up without moving the selection; a press
      // from any corner selects that reply and shows it whole, and posts nothing.
      if (mouse) {
        await hoverEveryCorner(page, false);
        expect(focusedOf(await report(page)), 'the mouse passing over replies moves no selection').toEqual([
          optionLabel('en', 0),
        ]);
      }
      for (const [i, option] of OPTIONS.entries()) {
        for (const corner of CORNERS) {
          await pressCorner(page, how, optionLabel('en', i), corner);
          await twoFrames(page);
          expect(focusedOf(await report(page)), `a press ${corner.name} of reply ${i + 1} selects`).toEqual([
            optionLabel('en', i),
          ]);
          expect(await previewText(page, 'en'), `reply ${i + 1}, pressed ${corner.name}, shown whole`).toContain(
            words(option.post ? option.post.en : t('en', 'silentPreview')),
          );
          expect(await decisionsMade(page)).toBe(0);
        }
      }
      await pressCorner(page, how, optionLabel('en', 1), CORNERS[3]);
      await page.screenshot({
        path: join(
          OUTPUT,
          `pointer-${setup.viewport.width}x${setup.viewport.height}${setup.path ? '-webgl' : ''}-selected.png`,
        ),
      });
      await pressCorner(page, how, t('en', 'postThis'), CORNERS[3]);
      const reaction = await waitForScene(page, 'The audience reacts');
      expect(reaction, 'what went out is the reply selected').toContain(OPTIONS[1]!.post!.en);

      // The reaction: Skip, then See the debrief, each from a corner.
      await pressCorner(page, how, 'Skip', CORNERS[2]);
      await page.waitForFunction(() => /Followers: /.test(document.getElementById('screen-text')?.textContent ?? ''));
      await pressCorner(page, how, 'See the debrief', CORNERS[1]);
      await waitForScene(page, 'Debrief');

      // The debrief: every button under the mouse; the Timeline from each corner.
      await page.waitForTimeout(1000);
      if (mouse) await hoverEveryCorner(page, true);
      for (const corner of CORNERS) {
        await pressCorner(page, how, 'Timeline', corner);
        await waitForScene(page, `Timeline · ${title}`);
        await page.keyboard.press('Escape');
        await waitForScene(page, 'Debrief');
      }
      expect(errors).toEqual([]);
    }, 240_000);
  }
});

describe('on a phone, a tap right after a scroll lands', () => {
  it('four cards of the scenario list, each tapped near a different corner just after the list was dragged', async () => {
    const { page, errors } = await open(SETUPS[3]!);
    await waitForScene(page, 'Brandstorm');
    await pressCorner(page, 'touch', 'Start', CORNERS[0]);
    await waitForScene(page, 'Choose a scenario');
    const cards = buttonsOf(await report(page)).filter((b) => b.height > 80);
    expect(cards.length).toBeGreaterThanOrEqual(5);
    const { height } = page.viewportSize()!;
    for (const [k, corner] of CORNERS.entries()) {
      const card = cards[k + 1]!;
      // Back to the top, then drag the list so the card's middle sits at a different height each time, and tap at once.
      await swipe(page, 200, height * 0.2, height * 0.9);
      await swipe(page, 200, height * 0.2, height * 0.9);
      const before = await report(page);
      const target = height * (0.25 + 0.15 * k);
      await swipe(
        page,
        200,
        height * 0.7,
        height * 0.7 - (onScreen(before, { x: 0, y: card.y + card.height / 2 }).y - target),
      );
      const after = await report(page);
      expect(after.origin.y, 'the drag scrolled the list').toBeGreaterThan(before.origin.y);
      const at = onScreen(after, { x: card.x + corner.fx * card.width, y: card.y + corner.fy * card.height });
      expect(at.y, 'the corner to tap is in the window').toBeGreaterThan(0);
      expect(at.y).toBeLessThan(height);
      await press(page, 'touch', at);
      await waitForScene(page, card.text, 5000);
      await page.keyboard.press('Escape');
      await waitForScene(page, 'Choose a scenario');
    }
    expect(errors).toEqual([]);
  }, 120_000);
});

describe('a pointer selects a reply, reads it whole, then posts it with Post', () => {
  it('with the mouse, in French: a double click opens one screen; Post does nothing until a reply is picked; a double click selects; the mouse passing by moves nothing', async () => {
    const { page, errors } = await open(SETUPS[0]!, 'fr');
    await waitForScene(page, 'Brandstorm');
    // A double click on Start: its second click lands on a scenario of the list, and opens nothing.
    const { report: titleScreen, button: start } = await findButton(page, t('fr', 'start'));
    const onStart = onScreen(titleScreen, { x: start.x + start.width / 2, y: start.y + start.height / 2 });
    await page.mouse.move(onStart.x, onStart.y);
    await page.mouse.down();
    await page.mouse.up();
    await waitForScene(page, t('fr', 'chooseScenario'));
    await twoFrames(page);
    const list = await report(page);
    const under = { x: onStart.x / list.zoom + list.origin.x, y: onStart.y / list.zoom + list.origin.y };
    expect(
      buttonsOf(list).some((b) => b.height > 80 && contains(b, under)),
      'a scenario lies under the second click',
    ).toBe(true);
    await page.mouse.down({ clickCount: 2 });
    await page.mouse.up({ clickCount: 2 });
    await twoFrames(page);
    expect(await sceneOf(page), "a double click's second click").toBe(t('fr', 'chooseScenario'));
    await pressCorner(page, 'mouse', RIPPON.title.fr, CORNERS[3]);
    await waitForScene(page, RIPPON.title.fr);
    await pressCorner(page, 'mouse', t('fr', 'begin'), CORNERS[3]);
    await waitForScene(page, decisionTitle('fr'));
    // Before any pick: Post is there, dimmed, and a click on it posts nothing.
    await pressCorner(page, 'mouse', t('fr', 'postThis'), CORNERS[0]);
    await pressCorner(page, 'mouse', t('fr', 'postThis'), CORNERS[3]);
    await twoFrames(page);
    expect(await decisionsMade(page), 'Post before any pick').toBe(0);
    expect(await sceneOf(page)).toMatch(decisionTitle('fr'));
    // A double click on reply 2 selects it, shown whole, and posts nothing.
    const { report: r, button: second } = await findButton(page, optionLabel('fr', 1));
    const at = onScreen(r, { x: second.x + 0.8 * second.width, y: second.y + 0.8 * second.height });
    await page.mouse.dblclick(at.x, at.y);
    await twoFrames(page);
    expect(await decisionsMade(page), 'a double click on a reply').toBe(0);
    expect(focusedOf(await report(page))).toEqual([optionLabel('fr', 1)]);
    expect(await previewText(page, 'fr')).toContain(words(OPTIONS[1]!.post!.fr));
    // On the way to Post the mouse crosses replies 3 and 4: the selection stays.
    const { report: r2, button: post } = await findButton(page, t('fr', 'postThis'));
    const to = onScreen(r2, { x: post.x + post.width / 2, y: post.y + post.height / 2 });
    const fourth = (await findButton(page, optionLabel('fr', 3))).button;
    await page.mouse.move(
      onScreen(r2, { x: fourth.x + 20, y: fourth.y + 20 }).x,
      onScreen(r2, { x: fourth.x + 20, y: fourth.y + 20 }).y,
      { steps: 5 },
    );
    expect(hoveredOf(await report(page))).toEqual([optionLabel('fr', 3)]);
    await page.mouse.move(to.x, to.y, { steps: 10 });
    expect(focusedOf(await report(page))).toEqual([optionLabel('fr', 1)]);
    await page.screenshot({ path: join(OUTPUT, 'pointer-fr-selected.png') });
    await page.mouse.click(to.x, to.y);
    const reaction = await waitForScene(page, 'Le public réagit');
    expect(words(reaction)).toContain(words(OPTIONS[1]!.post!.fr));
    expect(await decisionsMade(page)).toBe(1);
    expect(errors).toEqual([]);
  }, 90_000);

  it('by touch on a phone, in Italian: no Post until a reply is picked; a tap brings the whole reply and Post into view', async () => {
    const { page, errors } = await open(SETUPS[3]!, 'it');
    await waitForScene(page, 'Brandstorm');
    await pressCorner(page, 'touch', t('it', 'start'), CORNERS[1]);
    await waitForScene(page, t('it', 'chooseScenario'));
    await pressCorner(page, 'touch', RIPPON.title.it, CORNERS[1]);
    await waitForScene(page, RIPPON.title.it);
    await pressCorner(page, 'touch', t('it', 'begin'), CORNERS[1]);
    await waitForScene(page, decisionTitle('it'));
    const first = await report(page);
    expect(
      buttonsOf(first).map((b) => b.text),
      'no Post before a reply is tapped',
    ).not.toContain(t('it', 'postThis'));
    expect(focusedOf(first), 'no reply looks picked before a tap').toEqual([]);
    expect(await previewText(page, 'it')).toContain(t('it', 'chooseFirst'));
    await page.screenshot({ path: join(OUTPUT, 'pointer-phone-it-before.png') });
    // A keyboard's Enter, with no reply shown as picked, picks the first rather than posting what was not seen.
    await page.keyboard.press('Enter');
    await twoFrames(page);
    expect(await decisionsMade(page), 'Enter before any reply shows as picked').toBe(0);
    expect(focusedOf(await report(page))).toEqual([optionLabel('it', 0)]);
    expect(await previewText(page, 'it')).toContain(words(OPTIONS[0]!.post!.it));
    // One tap on reply 3: selected, shown whole, nothing posted, and Post in the window.
    await pressCorner(page, 'touch', optionLabel('it', 2), CORNERS[3]);
    await twoFrames(page);
    expect(await decisionsMade(page), 'a tap on a reply').toBe(0);
    const after = await report(page);
    expect(focusedOf(after)).toEqual([optionLabel('it', 2)]);
    expect(await previewText(page, 'it')).toContain(words(OPTIONS[2]!.post!.it));
    const post = buttonsOf(after).find((b) => b.text === t('it', 'postThis'));
    expect(post && inWindow(page, after, post), 'Post is in the window after the tap').toBe(true);
    await page.screenshot({ path: join(OUTPUT, 'pointer-phone-it-selected.png') });
    await press(page, 'touch', onScreen(after, { x: post!.x + post!.width * 0.9, y: post!.y + post!.height * 0.9 }));
    const reaction = await waitForScene(page, 'Il pubblico reagisce');
    expect(words(reaction)).toContain(words(OPTIONS[2]!.post!.it));
    expect(errors).toEqual([]);
  }, 90_000);

  it('keys work as before after a click: Enter posts the reply the mouse selected, and a digit posts at once', async () => {
    const { page, errors } = await open(SETUPS[0]!);
    await waitForScene(page, 'Brandstorm');
    await page.keyboard.press('Enter');
    await waitForScene(page, 'Choose a scenario');
    await page.keyboard.press('Enter');
    await waitForScene(page, RIPPON.title.en);
    await page.keyboard.press('Enter');
    await waitForScene(page, decisionTitle('en'));
    await pressCorner(page, 'mouse', optionLabel('en', 3), CORNERS[0]);
    await twoFrames(page);
    expect(await decisionsMade(page)).toBe(0);
    await page.keyboard.press('Enter');
    expect(await waitForScene(page, 'The audience reacts')).toContain(OPTIONS[3]!.post!.en);
    await page.goto(served.url);
    await waitForScene(page, 'Brandstorm');
    await page.keyboard.press('Enter');
    await waitForScene(page, 'Choose a scenario');
    await page.keyboard.press('Enter');
    await waitForScene(page, RIPPON.title.en);
    await page.keyboard.press('Enter');
    await waitForScene(page, decisionTitle('en'));
    await page.keyboard.press('3');
    expect(await waitForScene(page, 'The audience reacts')).toContain(OPTIONS[2]!.post!.en);
    expect(errors).toEqual([]);
  }, 90_000);
});

describe('a touch screen shows no hint it cannot use, and cuts nothing off', () => {
  it('on a phone: no "drop a .json file"; the bell badge inside the margin; segment names whole, in French', async () => {
    const { page, errors } = await open(SETUPS[3]!, 'fr');
    await waitForScene(page, 'Brandstorm');
    await pressCorner(page, 'touch', t('fr', 'start'), CORNERS[0]);
    await waitForScene(page, t('fr', 'chooseScenario'));
    const list = await report(page);
    expect(
      list.items.filter((i) => i.text.includes('.json')).map((i) => i.text),
      'a file-drop hint on a phone',
    ).toEqual([]);
    expect(await page.textContent('#screen-text')).not.toContain('.json');
    await pressCorner(page, 'touch', RIPPON.title.fr, CORNERS[2]);
    await waitForScene(page, RIPPON.title.fr);
    await pressCorner(page, 'touch', t('fr', 'begin'), CORNERS[2]);
    await waitForScene(page, decisionTitle('fr'));
    await pressCorner(page, 'touch', optionLabel('fr', 1), CORNERS[0]);
    await pressCorner(page, 'touch', t('fr', 'postThis'), CORNERS[0]);
    await waitForScene(page, 'Le public réagit');
    await page.keyboard.press('s');
    await page.waitForFunction(() => /Abonnés\s*: /.test(document.getElementById('screen-text')?.textContent ?? ''));
    // Back at the top, where the bell is.
    await swipe(page, 30, 200, 800);
    await swipe(page, 30, 200, 800);
    await twoFrames(page);
    const end = await report(page);
    await page.screenshot({ path: join(OUTPUT, 'pointer-phone-fr-reaction.png') });
    const badge = end.items.find((i) => i.kind === 'badge');
    expect(badge, 'the bell shows its count').toBeDefined();
    expect(badge!.text).toMatch(/notifications/);
    expect(badge!.x + badge!.width, 'the badge ends inside the right margin').toBeLessThanOrEqual(
      end.width - end.margin,
    );
    const names = RIPPON.audience.segments.map((s) => localize(s.name, 'fr'));
    const shown = end.items.filter((i) => i.role === 'segment').map((i) => i.text);
    expect(shown.length).toBeGreaterThanOrEqual(3);
    for (const name of shown) expect(names, 'a segment named whole').toContain(name);
    expect(errors).toEqual([]);
  }, 90_000);

  it('on a tablet (1024×768) by touch: no key hints on the feed or in the compose panel; with a mouse they are there', async () => {
    for (const how of ['touch', 'mouse'] as const) {
      const { page, errors } = await open({ name: 'tablet', viewport: { width: 1024, height: 768 }, how });
      await waitForScene(page, 'Brandstorm');
      await page.keyboard.press('Enter');
      await waitForScene(page, 'Choose a scenario');
      const dropHints = (await report(page)).items.filter((i) => i.text.includes('.json')).length;
      expect(dropHints, `${how}: the file-drop hint`).toBe(how === 'touch' ? 0 : 1);
      await page.keyboard.press('Enter');
      await waitForScene(page, RIPPON.title.en);
      await page.keyboard.press('Enter');
      await waitForScene(page, decisionTitle('en'));
      const keyHints = (await report(page)).items.filter((i) => i.text.startsWith('↑↓')).length;
      expect(keyHints, `${how}: the feed's key hint`).toBe(how === 'touch' ? 0 : 1);
      await pressCorner(page, how, t('en', 'writeOwn'), CORNERS[0]);
      await page.waitForSelector('#compose-text');
      const composeKeys = await page.$eval('.compose-keys', (e) => getComputedStyle(e).display !== 'none');
      expect(composeKeys, `${how}: the compose panel's Ctrl+Enter hint`).toBe(how === 'mouse');
      expect(errors).toEqual([]);
    }
  }, 90_000);
});
