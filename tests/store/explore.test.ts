import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { play } from '../../src/engine';
import { createGameStore, type GameStore } from '../../src/store/game-store';
import { TEST_ANALYSER } from '../support/analyser';
import { choose, loadCatalog, runOutOfTime, startRun } from '../../src/store/actions';
import {
  cycleWhatIf,
  finishedRun,
  openReplayLink,
  openWhatIf,
  pickWhatIf,
  replayAll,
  replayNext,
  runReplayLink,
  runTimeline,
  whatIfExplanation,
  whatIfOptions,
  whatIfSelected,
} from '../../src/store/explore';

const files = ['rippon-kondo.json', 'christmas-prince-53.json'];
const fetchText = async (url: string) => {
  const name = url.replace(/^scenarios\//, '');
  const body = name === 'index.json' ? JSON.stringify(files) : readFileSync(`scenarios/${name}`, 'utf8');
  return { ok: true, status: 200, text: async () => body };
};

async function finished(scenarioId: string, ...choices: string[]): Promise<GameStore> {
  const store = createGameStore();
  // The game keeps its analyser in the store once the word lists have loaded.
  store.setState({ analyser: TEST_ANALYSER });
  await loadCatalog(store, fetchText);
  startRun(store, scenarioId, 77);
  for (const c of choices) c === 'timeout' ? runOutOfTime(store) : choose(store, c);
  return store;
}

describe('the "what if" through the store', () => {
  it('starts on the trainee’s own path and switches option with the arrows', async () => {
    const store = await finished('rippon-kondo', 'corporate');
    openWhatIf(store);
    expect(store.getState().whatIf!.comparison.changedAt).toBeNull();
    const options = whatIfOptions(store, 0);
    expect(options.map((o) => o.label)).toEqual([
      'A quick joke that stays clean',
      'Push the innuendo further',
      'A safe promotional post',
      'A friendly thank-you, no joke',
      'Stay out of it',
      '',
    ]);
    expect(options.at(-1)!.kind).toBe('write');
    expect(whatIfSelected(store, 0)).toBe(2);
    cycleWhatIf(store, 1);
    expect(store.getState().whatIf!.transcript.decisions).toEqual([{ step: 'the-joke', choice: 'warm' }]);
    cycleWhatIf(store, -1);
    cycleWhatIf(store, -1);
    cycleWhatIf(store, -1);
    const state = store.getState().whatIf!;
    expect(state.transcript.decisions).toEqual([{ step: 'the-joke', choice: 'witty' }]);
    const { seed } = finishedRun(store);
    const rippon = store.getState().catalog.entries.find((e) => e.scenario.id === 'rippon-kondo')!.scenario;
    expect(state.outcome).toEqual(play(rippon, state.transcript, seed));
    expect(whatIfExplanation(store)[0]).toMatch(
      /^With “A quick joke that stays clean” instead of “A safe promotional post”/,
    );
    // The run itself is untouched.
    expect(store.getState().run!.decisions).toEqual([{ step: 'the-joke', choice: 'corporate' }]);
  });

  it('shows "write your own" before anything is written, then plays the written reply', async () => {
    const store = await finished('rippon-kondo', 'silent');
    openWhatIf(store);
    cycleWhatIf(store, 1);
    expect(store.getState().whatIf!.writing).toBe(0);
    expect(store.getState().whatIf!.transcript.decisions).toEqual([{ step: 'the-joke', choice: 'silent' }]);
    pickWhatIf(store, 0, { step: 'the-joke', text: 'Marie Kondo would approve of this joke ✨', locale: 'en' });
    expect(store.getState().whatIf!.writing).toBeNull();
    expect(whatIfSelected(store, 0)).toBe(5);
    expect(() => pickWhatIf(store, 0, { step: 'the-joke', text: '   ' })).toThrow(
      expect.objectContaining({ code: 'empty-reply', values: { case: 'step', decision: 1 } }),
    );
    expect(store.getState().whatIf!.transcript.decisions[0]).toMatchObject({
      text: 'Marie Kondo would approve of this joke ✨',
    });
  });
});

describe('the timeline through the store', () => {
  it('shows a decision the clock made', async () => {
    const store = await finished('christmas-prince-53', 'post-it', 'timeout', 'delete-and-say-why');
    expect(store.getState().run!.decisions[1]).toEqual({
      step: 'first-accusations',
      choice: 'say-nothing',
      timedOut: true,
    });
    const timeline = runTimeline(store);
    expect(timeline.entries.map((e) => e.timedOut)).toEqual([false, true, false]);
    expect(timeline.firstStorm).toEqual({ index: 0, hour: 0 });
  });
});

describe('replaying a shared run through the store', () => {
  it('plays the run back decision by decision, to the same outcome', async () => {
    const store = await finished('christmas-prince-53', 'post-it', 'timeout', 'delete-and-say-why');
    const original = store.getState().run!.outcome;
    const link = runReplayLink(store, 'http://127.0.0.1:4173/');
    const other = createGameStore();
    await loadCatalog(other, fetchText);
    expect(await openReplayLink(other, link)).toBe(true);
    expect(other.getState().replay.status).toBe('ready');
    expect(other.getState().run!.decisions).toEqual([]);
    expect(replayNext(other)).toBe(true);
    expect(other.getState().run!.stepId).toBe('first-accusations');
    expect(replayNext(other)).toBe(true);
    expect(replayNext(other)).toBe(true);
    expect(replayNext(other)).toBe(false);
    expect(other.getState().run!.stepId).toBe('debrief');
    expect(other.getState().run!.outcome).toEqual(original);
    const again = createGameStore();
    await loadCatalog(again, fetchText);
    await openReplayLink(again, link);
    replayAll(again);
    expect(again.getState().run!.outcome).toEqual(original);
  });

  it('keeps the typed reason when a link cannot be played', async () => {
    const store = await finished('rippon-kondo', 'witty');
    const link = runReplayLink(store, 'http://127.0.0.1:4173/');
    const other = createGameStore();
    await loadCatalog(other, fetchText);
    expect(await openReplayLink(other, link.slice(0, -5))).toBe(false);
    expect(other.getState().replay).toMatchObject({ status: 'failed', error: { code: 'truncated' } });
    expect(other.getState().run).toBeNull();
  });
});
