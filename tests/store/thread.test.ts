// The store's side of a thread: which thread is open, answering it, and how long the reaction before it plays.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createGameStore } from '../../src/store/game-store';
import {
  answer,
  choose,
  loadCatalog,
  pendingThread,
  REACTION_MINUTES,
  reactionUntil,
  startRun,
} from '../../src/store/actions';
import { TEST_ANALYSER } from '../support/analyser';

async function wendys() {
  const store = createGameStore('en');
  const text = readFileSync('scenarios/wendys-sassy-voice.json', 'utf8');
  await loadCatalog(store, async (url) => ({
    ok: true,
    status: 200,
    text: async () => (url.endsWith('index.json') ? JSON.stringify(['w.json']) : text),
  }));
  store.setState({ analyser: TEST_ANALYSER });
  startRun(store, 'wendys-sassy-voice', 4);
  return store;
}

describe('a thread in the store', () => {
  it('opens after a post, takes picked and written answers, and plays them into the outcome', async () => {
    const store = await wendys();
    choose(store, 'defend-the-fries');
    expect(pendingThread(store)?.step.id).toBe('the-dare');
    answer(store, [
      { asker: 'fries-question', answer: 'make-it-right' },
      { asker: 'roast-my-brother', text: '@kevduarte Bring him by, the nuggets will do the talking 😉', locale: 'en' },
    ]);
    expect(pendingThread(store)).toBe(null);
    const run = store.getState().run!;
    expect(run.stepId).toBe('real-talk');
    expect(run.outcome!.steps[0]!.thread!.map((e) => e.answer)).toEqual(['make-it-right', '@written']);
    expect(run.outcome!.steps[0]!.thread![1]!.written!.text).toContain('nuggets');
    expect(() => answer(store, [])).toThrow(expect.objectContaining({ code: 'no-thread', values: { case: 'none' } }));
  });

  it('stays shut after silence', async () => {
    const store = await wendys();
    choose(store, 'let-it-slide');
    expect(pendingThread(store)).toBe(null);
  });

  it('plays a reaction until the next decision is due, and 72 hours after the last post', async () => {
    const store = await wendys();
    choose(store, 'defend-the-fries');
    const first = store.getState().run!.outcome!.steps[0]!;
    // "real-talk" is due 21 minutes after the post.
    expect(reactionUntil(store)).toBe(first.postedAt + 21);
    answer(store, []);
    choose(store, 'fix-it-in-voice');
    choose(store, 'back-to-the-customer');
    const last = store.getState().run!.outcome!.steps.at(-1)!;
    expect(reactionUntil(store)).toBe(last.postedAt + REACTION_MINUTES);
  });
});
