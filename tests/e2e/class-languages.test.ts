import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { newContext, OUTPUT } from './support/browser';
import { liveServerAndBrowser, type LiveServer } from './support/live-server';

let browser: Browser;
let server: LiveServer;
liveServerAndBrowser('class-lang', (s, b) => {
  server = s;
  browser = b;
});

/** What the instructor reads in each language, from the session form to the presenter's first slide. */
const WORDS = {
  fr: {
    open: 'Ouvrir une session de classe',
    joined: '0 stagiaire dans la session',
    ranking: 'Classement',
    outcome: 'Ce qui s’est vraiment passé',
    lesson: 'La leçon',
  },
  it: {
    open: 'Apri una sessione di classe',
    joined: '0 partecipanti nella sessione',
    ranking: 'Classifica',
    outcome: 'Cosa è successo davvero',
    lesson: 'La lezione',
  },
} as const;

/** English that must not show on a French or Italian page. */
const ENGLISH =
  /Trainees open|Class view|No one has joined|Leaderboard|Presenter view|What really happened|Open a class session/;

async function opened(locale: string): Promise<Page> {
  const context = await newContext(browser, { viewport: { width: 1280, height: 800 }, locale: 'en-US' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(err.message));
  // The instructor's choice in the address wins over the browser's English.
  await page.goto(`${server.url}/class.html?lang=${locale}`);
  await page.waitForSelector('input[name=scenario]');
  expect(errors).toEqual([]);
  return page;
}

describe.each(['fr', 'it'] as const)('the instructor’s pages in %s', (locale) => {
  it('open the session, show the class view and the presenter view in that language', async () => {
    const words = WORDS[locale];
    const page = await opened(locale);
    expect(await page.textContent('h1')).toBe(words.open);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(locale);
    await page.click('button[type=submit]');
    await page.waitForSelector('.code');
    await page.waitForFunction(() => document.body.dataset.stream === 'live');
    const view = (await page.textContent('body')) ?? '';
    expect(view).toContain(words.joined);
    expect(await page.textContent('#ranking-heading')).toBe(words.ranking);
    expect(view).not.toMatch(ENGLISH);
    await page.screenshot({ path: join(OUTPUT, `class-view-${locale}.png`), fullPage: true });

    const presenter = new URL(page.url());
    presenter.searchParams.set('view', 'presenter');
    await page.goto(presenter.href);
    await page.waitForSelector('.slide h1');
    const slide = (await page.textContent('.slide')) ?? '';
    expect(await page.textContent('.slide h1')).toBe(words.outcome);
    expect(slide).toContain(words.lesson);
    expect(slide).not.toMatch(ENGLISH);
    await page.screenshot({ path: join(OUTPUT, `class-presenter-${locale}.png`) });
    await page.context().close();
  });
});
