import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { problemText } from '../support/problems';
import { createGameStore } from '../../src/store/game-store';
import { choose, currentStep, loadCatalog, playable, startRun, write } from '../../src/store/actions';
import { TEST_ANALYSER } from '../support/analyser';

const rippon = readFileSync('scenarios/rippon-kondo.json', 'utf8');

function fakeServer(files: Record<string, string | null>) {
  return async (url: string) => {
    const name = decodeURIComponent(url.replace(/^scenarios\//, ''));
    if (name === 'index.json') return { ok: true, status: 200, text: async () => JSON.stringify(Object.keys(files)) };
    const body = files[name];
    if (body === undefined || body === null) return { ok: false, status: 404, text: async () => 'not found' };
    return { ok: true, status: 200, text: async () => body };
  };
}

describe('loading the scenario catalog', () => {
  it('keeps valid scenarios playable and reports each broken file with its place', async () => {
    const store = createGameStore();
    await loadCatalog(store, fakeServer({ 'rippon-kondo.json': rippon, 'bad.json': '{ "id": }', 'gone.json': null }));
    const { catalog } = store.getState();
    expect(catalog.status).toBe('ready');
    expect(catalog.loaded).toBe(3);
    expect(catalog.entries.map((e) => e.scenario.id)).toEqual(['rippon-kondo']);
    expect(catalog.problems.map((p) => p.file)).toEqual(['bad.json', 'gone.json']);
    expect(catalog.problems[0]).toMatchObject({ line: 1, column: 9 });
    expect(problemText(catalog.problems[1]!)).toContain('404');
  });

  it('says in the player’s language why the server refused a file', async () => {
    const store = createGameStore();
    store.setState({ locale: 'fr' });
    const refusal = { code: 'no-scenario-file', values: { file: 'gone.json' }, error: 'there is no scenario file' };
    await loadCatalog(store, async (url) =>
      url.endsWith('index.json')
        ? { ok: true, status: 200, text: async () => '["gone.json"]' }
        : { ok: false, status: 404, text: async () => JSON.stringify(refusal) },
    );
    expect(problemText(store.getState().catalog.problems[0]!, 'fr')).toContain(
      'il n’y a pas de fichier de scénario «\u202Fgone.json\u202F»',
    );
  });

  it('refuses a second file that reuses an id', async () => {
    const store = createGameStore();
    await loadCatalog(store, fakeServer({ 'a.json': rippon, 'b.json': rippon }));
    expect(store.getState().catalog.entries).toHaveLength(1);
    expect(problemText(store.getState().catalog.problems[0]!)).toContain('already uses the id "rippon-kondo"');
  });

  it('says why when the list itself cannot be fetched', async () => {
    const store = createGameStore();
    await loadCatalog(store, async () => ({ ok: false, status: 500, text: async () => '' }));
    expect(store.getState().catalog).toMatchObject({ status: 'failed', error: expect.stringContaining('500') });
  });

  it('lists only scenarios written in the chosen language', async () => {
    const store = createGameStore();
    const englishOnly = rippon
      .replace('"locales": ["en", "fr", "it"]', '"locales": ["en"]')
      .replace('"id": "rippon-kondo"', '"id": "english-only"');
    await loadCatalog(store, fakeServer({ 'r.json': rippon, 'e.json': englishOnly }));
    expect(playable(store, 'fr').map((e) => e.scenario.id)).toEqual(['rippon-kondo']);
    expect(playable(store, 'en')).toHaveLength(2);
  });
});

describe('a run through the store', () => {
  it('records decisions, advances the step and holds the engine outcome', async () => {
    const store = createGameStore();
    await loadCatalog(store, fakeServer({ 'rippon-kondo.json': rippon }));
    startRun(store, 'rippon-kondo', 42);
    expect(currentStep(store).id).toBe('the-joke');
    choose(store, 'witty');
    const run = store.getState().run!;
    expect(run.stepId).toBe('debrief');
    expect(run.decisions).toEqual([{ step: 'the-joke', choice: 'witty' }]);
    expect(run.outcome?.complete).toBe(true);
    expect(run.outcome?.score.total).toBeGreaterThan(0);
    expect(() => choose(store, 'witty')).toThrow(/no decision/);
  });

  it('reads a written reply with the analyser the store holds, and waits for it until then', async () => {
    const store = createGameStore();
    await loadCatalog(store, fakeServer({ 'rippon-kondo.json': rippon }));
    startRun(store, 'rippon-kondo', 42);
    expect(() => write(store, 'Marie Kondo would approve of this joke ✨')).toThrow(
      expect.objectContaining({ code: 'text-not-ready' }),
    );
    expect(store.getState().run!.decisions).toEqual([]);
    store.setState({ analyser: TEST_ANALYSER });
    write(store, 'Marie Kondo would approve of this joke ✨');
    expect(store.getState().run!.outcome?.steps[0]?.written?.language).toBe('en');
  });
});
