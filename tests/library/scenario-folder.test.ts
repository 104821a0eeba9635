// A folder of scenarios follows one rule wherever it is read: the first file (in name order) keeps
// an id, and a later file with the same id is reported, never silently shadowing it.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { problemText, worded } from '../support/problems';
import { loadLibrary } from '../../src/server/library';
import { readScenarioFolder, scenarioFiles, scenarioImages } from '../../src/library/scenario-folder';
import { scenariosPlugin } from '../../src/build/scenarios-plugin';
import { loadCatalog } from '../../src/store/actions';
import { createGameStore } from '../../src/store/game-store';

const rippon = readFileSync('scenarios/rippon-kondo.json', 'utf8');
const retitled = rippon.replace(/"title": \{/, '"title": { "_": "x",').replace('"_": "x",', '');

/** A folder holding the Rippon scenario twice, under two names, and a JSON Schema and an index that are not scenarios. */
function folderWithTwins(): string {
  const dir = mkdtempSync(join(tmpdir(), 'brandstorm-folder-'));
  writeFileSync(join(dir, 'b-rippon.json'), rippon);
  writeFileSync(join(dir, 'a-rippon-copy.json'), retitled);
  writeFileSync(join(dir, 'scenario.schema.json'), '{}');
  writeFileSync(join(dir, 'index.json'), '[]');
  return dir;
}

describe('a folder of scenarios', () => {
  it('lists only scenario files, in name order', () => {
    expect(scenarioFiles(folderWithTwins())).toEqual(['a-rippon-copy.json', 'b-rippon.json']);
  });

  it('keeps the first file of an id and reports the other, for the command line', () => {
    const { entries, problems } = readScenarioFolder(folderWithTwins());
    expect(entries.map((e) => e.file)).toEqual(['a-rippon-copy.json']);
    expect(problems.map(worded)).toEqual([
      {
        file: 'b-rippon.json',
        path: 'id',
        line: 1,
        column: 1,
        message: 'another file (a-rippon-copy.json) already uses the id "rippon-kondo"',
        code: 'duplicate-id',
        values: { other: 'a-rippon-copy.json', id: 'rippon-kondo' },
      },
    ]);
  });

  it('stops the server with the same sentence instead of letting one file overwrite the other', () => {
    expect(() => loadLibrary(folderWithTwins())).toThrow(
      'b-rippon.json:1:1  id: another file (a-rippon-copy.json) already uses the id "rippon-kondo"',
    );
  });

  it('keeps the same file in the game, whichever answers first', async () => {
    const dir = folderWithTwins();
    const store = createGameStore();
    // The later file in name order answers first: the rule must not depend on the network.
    const delays: Record<string, number> = { 'a-rippon-copy.json': 30, 'b-rippon.json': 0, 'index.json': 0 };
    await loadCatalog(store, async (url) => {
      const name = decodeURIComponent(url.replace(/^scenarios\//, ''));
      await new Promise((r) => setTimeout(r, delays[name] ?? 0));
      const text =
        name === 'index.json'
          ? JSON.stringify(['b-rippon.json', 'a-rippon-copy.json'])
          : readFileSync(join(dir, name), 'utf8');
      return { ok: true, status: 200, text: async () => text };
    });
    const { entries, problems } = store.getState().catalog;
    expect(entries.map((e) => e.file)).toEqual(['a-rippon-copy.json']);
    expect(problems.map((p) => `${p.file}: ${problemText(p)}`)).toEqual([
      'b-rippon.json: another file (a-rippon-copy.json) already uses the id "rippon-kondo"',
    ]);
  });
});

describe('the images beside a folder of scenarios', () => {
  /** A folder with a scenario, two images its posts may name, and files no post may name. */
  function folderWithImages(): string {
    const dir = mkdtempSync(join(tmpdir(), 'brandstorm-images-'));
    writeFileSync(join(dir, 'rippon.json'), rippon);
    writeFileSync(join(dir, 'cold-fries.png'), 'png');
    writeFileSync(join(dir, 'tray.JPG'), 'jpg');
    writeFileSync(join(dir, 'logo.svg'), '<svg/>');
    writeFileSync(join(dir, '.hidden.png'), 'png');
    writeFileSync(join(dir, 'notes.txt'), 'notes');
    mkdirSync(join(dir, 'sub.png'));
    return dir;
  }

  it('lists only the image files a post may name', () => {
    expect(scenarioImages(folderWithImages())).toEqual(['cold-fries.png', 'tray.JPG']);
  });

  it('are copied into the build beside the scenario files, and nothing else of the folder', () => {
    const emitted: { fileName: string }[] = [];
    const plugin = scenariosPlugin(folderWithImages());
    (plugin.generateBundle as (this: unknown) => void).call({ emitFile: (f: { fileName: string }) => emitted.push(f) });
    expect(emitted.map((f) => f.fileName).sort()).toEqual([
      'scenarios/cold-fries.png',
      'scenarios/index.json',
      'scenarios/rippon.json',
      'scenarios/tray.JPG',
    ]);
  });
});
