// A reply being written is kept in the store per run and step: closing the panel or leaving the
// scene loses nothing, another decision has its own draft, and posting the reply clears it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createGameStore } from '../../src/store/game-store';
import { choose, draftOf, keepDraft, loadCatalog, startRun, write } from '../../src/store/actions';
import { TEST_ANALYSER } from '../support/analyser';

const broadcast = readFileSync('scenarios/broadcast-or-conversation.json', 'utf8');

async function storeAtFirstDecision() {
  const store = createGameStore();
  await loadCatalog(store, async (url) => {
    const name = decodeURIComponent(url.replace(/^scenarios\//, ''));
    const text = name === 'index.json' ? JSON.stringify(['broadcast-or-conversation.json']) : broadcast;
    return { ok: true, status: 200, text: async () => text };
  });
  store.setState({ analyser: TEST_ANALYSER });
  startRun(store, 'broadcast-or-conversation', 5);
  return store;
}

describe('drafts of written replies', () => {
  it('keeps a draft per decision, and clears it once the reply is posted', async () => {
    const store = await storeAtFirstDecision();
    expect(draftOf(store)).toBe('');
    keepDraft(store, 'Who is coming on Friday? 🎬');
    expect(draftOf(store)).toBe('Who is coming on Friday? 🎬');
    write(store, 'Who is coming on Friday? 🎬');
    // The next decision starts with an empty box, and the posted draft is gone.
    expect(draftOf(store)).toBe('');
    expect(Object.keys(store.getState().drafts)).toEqual([]);
  });

  it('keeps the draft of a decision when the trainee picks a reply instead of posting it', async () => {
    const store = await storeAtFirstDecision();
    keepDraft(store, 'half a thought');
    const first = store.getState().run!.stepId;
    const choice = JSON.parse(broadcast).steps.find((s: { id: string }) => s.id === first).choices[0].id;
    choose(store, choice);
    expect(draftOf(store)).toBe('');
    expect(Object.values(store.getState().drafts)).toEqual(['half a thought']);
  });
});
