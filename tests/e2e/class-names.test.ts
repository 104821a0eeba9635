import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEBRIEF } from '../../src/engine';
import { loadFile } from '../engine/support/scenarios';
import { newContext } from './support/browser';
import { liveServerAndBrowser, type LiveServer } from './support/live-server';

let browser: Browser;
let server: LiveServer;
const dir = liveServerAndBrowser('names', (s, b) => {
  server = s;
  browser = b;
});
const dbFile = join(dir, 'names.db');

const rippon = loadFile('scenarios/rippon-kondo.json');

async function post(path: string, body: unknown, token?: string) {
  const res = await fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return { status: res.status, json: (await res.json()) as any };
}

/** A trainee joins and plays the scenario through, always taking the choice at `pick`; their final score. */
async function playThrough(code: string, name: string, pick: number): Promise<{ id: number; score: number }> {
  const joined = await post('/api/class/join', { joinCode: code, name });
  expect(joined.status).toBe(201);
  let step = rippon.start;
  let score = 0;
  for (let position = 0; step !== DEBRIEF; position++) {
    const choices = rippon.steps.find((s) => s.id === step)!.choices;
    const choice = choices[Math.min(pick, choices.length - 1)]!;
    const answer = await post(
      '/api/class/answers',
      { scenarioIndex: 0, position, decision: { step, choice: choice.id } },
      joined.json.token,
    );
    expect(answer.status).toBe(201);
    score = answer.json.score;
    step = choice.next ?? DEBRIEF;
  }
  const db = new Database(dbFile);
  const row = db.prepare('select id from class_trainees where name = ?').get(name) as { id: number };
  db.close();
  return { id: row.id, score };
}

/**
 * For each row of a ranking: the score's text, and whether its digits are laid out left to right
 * after the name (a name ending in U+202E would otherwise turn "455" into "554" on screen).
 */
function rowsOf(page: Page, rows: string) {
  return page.$$eval(rows, (items) =>
    items.map((li) => {
      const name = li.querySelector('span:first-child')!;
      const num = li.querySelector('.num')!;
      const text = num.firstChild as Text;
      const range = document.createRange();
      const lefts = Array.from({ length: text.length }, (_, i) => {
        range.setStart(text, i);
        range.setEnd(text, i + 1);
        return range.getBoundingClientRect().left;
      });
      const digits = lefts.filter((_, i) => /\d/.test(text.data[i]!));
      const visible = name.getBoundingClientRect().width > 0;
      return {
        name: name.textContent,
        isolated: name.firstElementChild?.tagName === 'BDI',
        score: num.textContent,
        inOrder: digits.every((x, i) => i === 0 || x > digits[i - 1]!),
        afterName: num.getBoundingClientRect().left >= name.getBoundingClientRect().right - 1,
        visible,
      };
    }),
  );
}

describe('hostile names on the class view and the presenter view, in Chromium', () => {
  it('refuses invisible and direction-changing names, and shows names stored before that isolated from their scores', async () => {
    const opened = await post('/api/class/sessions', {
      title: 'Spoof check',
      scenarios: ['rippon-kondo'],
      mode: 'self-paced',
    });
    const code = opened.json.joinCode as string;
    // What a trainee can no longer do.
    for (const name of ['\u200b\u200b\u200b', 'Mallory\u202e', 'Bob\u202egnp.exe'])
      expect((await post('/api/class/join', { joinCode: code, name })).status).toBe(400);
    const mallory = await playThrough(code, 'Mallory', 0);
    const bob = await playThrough(code, 'Bob', 1);
    // Names stored by an earlier version, which took anything: the pages must still show them honestly.
    const db = new Database(dbFile);
    db.prepare('update class_trainees set name = ? where id = ?').run('Mallory\u202e', mallory.id);
    db.prepare('update class_trainees set name = ? where id = ?').run('Bob\u202egnp.exe', bob.id);
    db.close();

    const context = await newContext(browser, { viewport: { width: 1440, height: 900 }, locale: 'en-US' });
    const view = await context.newPage();
    await view.goto(`${server.url}/class.html#key=${opened.json.instructorToken}`);
    await view.waitForSelector('.ranking li');
    // Two rows: no invisible trainee joined.
    expect(await view.$$eval('.trainees li', (els) => els.length)).toBe(2);
    for (const row of await rowsOf(view, '.ranking li'))
      expect(row).toMatchObject({ inOrder: true, afterName: true, visible: true, isolated: true });
    expect(await view.$$eval('.trainees li', (els) => els.every((e) => e.firstElementChild?.tagName === 'BDI'))).toBe(
      true,
    );

    const presenter = await context.newPage();
    await presenter.setViewportSize({ width: 1920, height: 1080 });
    await presenter.goto(`${server.url}/class.html?view=presenter#key=${opened.json.instructorToken}`);
    await presenter.waitForSelector('button[aria-label="Next slide"]');
    for (let i = 0; i < 30 && !(await presenter.$('.big-ranking')); i++)
      await presenter.click('button[aria-label="Next slide"]');
    const rows = await rowsOf(presenter, '.big-ranking li');
    expect(rows.map((r) => r.score).sort()).toEqual([String(mallory.score), String(bob.score)].sort());
    for (const row of rows)
      expect(row).toMatchObject({ inOrder: true, afterName: true, visible: true, isolated: true });
    await context.close();
  }, 120_000);
});
