import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { problemText } from '../support/problems';
import { createGameStore } from '../../src/store/game-store';
import { playable } from '../../src/store/actions';
import {
  importFromUrl,
  importScenario,
  keepShown,
  memoryShelf,
  removeImported,
  restoreImported,
} from '../../src/store/imports';
import { millionCharacterTitle } from '../support/hostile-scenarios';

const rippon = readFileSync('scenarios/rippon-kondo.json', 'utf8');
/** An instructor's own scenario: the Rippon file under another id. */
const own = rippon.replace('"id": "rippon-kondo"', '"id": "our-own-case"');

describe('opening a scenario file in the game', () => {
  it('makes a valid file playable at once and keeps it for next time once the list has shown it', async () => {
    const shelf = memoryShelf();
    const store = createGameStore();
    expect(await importScenario(store, own, 'our-own-case.json', shelf)).toBe(true);
    expect(store.getState().imports).toMatchObject({
      status: 'ready',
      file: 'our-own-case.json',
      scenarioId: 'our-own-case',
      problems: [],
    });
    expect(playable(store, 'en').map((e) => e.scenario.id)).toEqual(['our-own-case']);
    // Not kept until the list has drawn it: a file that froze the game must be gone after a reload.
    expect(await shelf.all()).toEqual([]);
    await keepShown(store, ['rippon-kondo']);
    expect(await shelf.all()).toEqual([]);
    await keepShown(store, ['rippon-kondo', 'our-own-case']);
    expect((await shelf.all()).map((f) => [f.id, f.file])).toEqual([['our-own-case', 'our-own-case.json']]);

    // Next visit: a fresh store finds it on the shelf.
    const later = createGameStore();
    await restoreImported(later, shelf);
    expect(playable(later, 'en').map((e) => [e.scenario.id, e.imported])).toEqual([['our-own-case', true]]);
    await removeImported(later, 'our-own-case', shelf);
    expect(playable(later, 'en')).toEqual([]);
    expect(later.getState().imports).toMatchObject({
      status: 'removed',
      scenarioId: 'our-own-case',
      title: { en: 'Sparking joy with Adam Rippon' },
    });
    expect(await shelf.all()).toEqual([]);
  });

  it('forgets a file removed before the list showed it', async () => {
    const shelf = memoryShelf();
    const store = createGameStore();
    await importScenario(store, own, 'our-own-case.json', shelf);
    await removeImported(store, 'our-own-case', shelf);
    await keepShown(store, ['our-own-case']);
    expect(await shelf.all()).toEqual([]);
  });

  it('takes off the shelf a file kept by an earlier game that no longer passes the checker', async () => {
    const shelf = memoryShelf();
    // As an earlier version kept it, before titles had a limit.
    await shelf.put('long-title', 'long.json', millionCharacterTitle());
    await shelf.put('our-own-case', 'our-own-case.json', own);
    const store = createGameStore();
    await restoreImported(store, shelf);
    expect(playable(store, 'en').map((e) => e.scenario.id)).toEqual(['our-own-case']);
    expect((await shelf.all()).map((f) => f.id)).toEqual(['our-own-case']);
  });

  it('refuses a file whose check ran out of time, and keeps nothing', async () => {
    const shelf = memoryShelf();
    const store = createGameStore();
    const outOfTime = async (_text: string, file: string) => ({
      file,
      problems: [{ file, path: '', line: 1, column: 1, code: 'too-slow' as const, values: { file, seconds: 5 } }],
    });
    expect(await importScenario(store, own, 'slow.json', shelf, outOfTime)).toBe(false);
    expect(store.getState().imports).toMatchObject({ status: 'failed', problems: [{ code: 'too-slow' }] });
    expect(problemText(store.getState().imports.problems[0]!)).toMatch(/^slow\.json took more than 5 seconds to check/);
    expect(store.getState().catalog.entries).toEqual([]);
  });

  it('reports a broken file with its line and column, and changes nothing', async () => {
    const store = createGameStore();
    const shelf = memoryShelf();
    const broken = own.replace('"minutes": 5,', '"minutes": "five",');
    expect(broken).not.toBe(own);
    expect(await importScenario(store, broken, 'broken.json', shelf)).toBe(false);
    const { imports } = store.getState();
    expect(imports.status).toBe('failed');
    expect(imports.problems).toHaveLength(1);
    expect(imports.problems[0]).toMatchObject({ file: 'broken.json', path: 'minutes' });
    expect(imports.problems[0]!.line).toBe(rippon.slice(0, rippon.indexOf('"minutes"')).split('\n').length);
    expect(store.getState().catalog.entries).toEqual([]);
    expect(await shelf.all()).toEqual([]);
  });

  it('replaces an opened scenario with its new version, but never one shipped with the game', async () => {
    const store = createGameStore();
    await importScenario(store, own, 'v1.json');
    await importScenario(store, own.replace('"version": 1', '"version": 2'), 'v2.json');
    expect(store.getState().catalog.entries.map((e) => [e.scenario.id, e.scenario.version])).toEqual([
      ['our-own-case', 2],
    ]);
    // The shipped Rippon scenario cannot be shadowed.
    const shipped = createGameStore();
    await importScenario(shipped, rippon, 'rippon.json');
    // As if it had come with the game's catalog.
    shipped.setState((s) => ({
      catalog: { ...s.catalog, entries: s.catalog.entries.map((e) => ({ ...e, imported: false })) },
    }));
    expect(await importScenario(shipped, rippon, 'copy.json')).toBe(false);
    expect(problemText(shipped.getState().imports.problems[0]!)).toBe(
      'the game already has a scenario with the id "rippon-kondo" (rippon.json): give yours another id',
    );
  });

  it('loads one from a link, and explains a link that fails', async () => {
    const store = createGameStore();
    const server = async (url: string) =>
      url.endsWith('/case.json')
        ? { ok: true, status: 200, text: async () => own }
        : { ok: false, status: 404, text: async () => 'not found' };
    expect(await importFromUrl(store, 'https://example.org/scenarios/case.json', server)).toBe(true);
    expect(store.getState().imports).toMatchObject({ status: 'ready', file: 'case.json' });
    expect(await importFromUrl(store, 'https://example.org/missing.json', server)).toBe(false);
    expect(problemText(store.getState().imports.problems[0]!)).toBe('the link answered 404');
    expect(await importFromUrl(store, 'javascript:alert(1)', server)).toBe(false);
    expect(problemText(store.getState().imports.problems[0]!)).toBe('only http and https links can be opened');
    const silent = () => new Promise<never>(() => {});
    const hanging = (_url: string, init?: { signal?: AbortSignal }) =>
      new Promise<never>(
        (_, reject) => init?.signal?.addEventListener('abort', () => reject(new Error('aborted'))) ?? silent(),
      );
    expect(await importFromUrl(store, 'https://example.org/slow.json', hanging, undefined, 50)).toBe(false);
    expect(problemText(store.getState().imports.problems[0]!)).toBe('the link did not answer within 0.05 seconds');
    // A host without cross-origin reads: the browser's fetch throws a TypeError that says nothing more.
    const noCors = async () => {
      throw new TypeError('Failed to fetch');
    };
    expect(await importFromUrl(store, 'https://files.example.org/case.json', noCors)).toBe(false);
    expect(problemText(store.getState().imports.problems[0]!)).toBe(
      'files.example.org did not let the game read the file: it does not allow other sites to read its files (cross-origin reads), or it cannot be reached. Download the file and open it with “Open a scenario file…”, or put it on a host that allows cross-origin reads, such as a raw file link from GitHub (raw.githubusercontent.com).',
    );
    // A file that arrives but is not a scenario gets the checker's own messages.
    const notAScenario = async () => ({ ok: true, status: 200, text: async () => '{"id": "x"}' });
    expect(await importFromUrl(store, 'https://example.org/x.json', notAScenario)).toBe(false);
    expect(store.getState().imports).toMatchObject({ status: 'failed', file: 'x.json' });
    expect(problemText(store.getState().imports.problems[0]!)).not.toMatch(/link|cross-origin/);
  });
});
