// A class run picked up again replays the trainee's earlier decisions exactly as they were made:
// the clock's decision stays the clock's, and a reply keeps the language it was written in.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createGameStore } from '../../src/store/game-store';
import { loadCatalog, retake, startRun } from '../../src/store/actions';
import { TEST_ANALYSER } from '../support/analyser';

async function storeWith(file: string) {
  const store = createGameStore('en');
  const text = readFileSync(`scenarios/${file}`, 'utf8');
  await loadCatalog(store, async (url) => ({
    ok: true,
    status: 200,
    text: async () => (url.endsWith('index.json') ? JSON.stringify([file]) : text),
  }));
  store.setState({ analyser: TEST_ANALYSER });
  return store;
}

describe('taking earlier decisions again', () => {
  it('keeps a decision the timer made as the timer’s', async () => {
    const store = await storeWith('wendys-sassy-voice.json');
    startRun(store, 'wendys-sassy-voice', 1, { alwaysTimed: true });
    retake(store, { step: 'the-dare', choice: 'let-it-slide', timedOut: true });
    expect(store.getState().run!.decisions).toEqual([{ step: 'the-dare', choice: 'let-it-slide', timedOut: true }]);
    expect(store.getState().run!.outcome!.steps[0]!.timedOut).toBe(true);
  });

  it('reads a reply in the language it was written in, whatever the game speaks now', async () => {
    const store = await storeWith('rippon-kondo.json');
    startRun(store, 'rippon-kondo', 1);
    retake(store, { step: 'the-joke', text: 'Merci !', locale: 'fr' });
    expect(store.getState().run!.decisions).toEqual([{ step: 'the-joke', text: 'Merci !', locale: 'fr' }]);
    expect(store.getState().run!.outcome!.steps[0]!.written!.language).toBe('fr');
  });
});
