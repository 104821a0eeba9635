import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadLibrary, watchLibrary } from '../../src/server/library';
import { call, startServer, stopPostgres } from './support';

afterAll(() => stopPostgres());

/** Waits until `said` holds a message matching `pattern`. */
async function heard(said: string[], pattern: RegExp): Promise<string> {
  for (let i = 0; i < 100; i++) {
    const found = said.find((m) => pattern.test(m));
    if (found) return found;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`never said ${pattern}; said: ${said.join(' | ')}`);
}

describe('a scenario file added or changed while the server runs', () => {
  it('is served to the game and playable by a class without a rebuild, and the server says so; a broken file keeps the library as it was', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'brandstorm-live-'));
    copyFileSync('scenarios/rippon-kondo.json', join(dir, 'rippon-kondo.json'));
    const library = loadLibrary(dir);
    const said: string[] = [];
    const watcher = watchLibrary(dir, library, (m) => said.push(m));
    const server = await startServer('sqlite', { library, scenariosDir: dir });
    try {
      expect((await call(server.url, '/scenarios/index.json')).json).toEqual(['rippon-kondo.json']);

      const text = readFileSync('tests/fixtures/own-scenario/cold-fries.json', 'utf8');
      writeFileSync(join(dir, 'cold-fries.json'), text);
      expect(await heard(said, /added cold-fries/)).toMatch(/2 scenarios in the library/);
      expect((await call(server.url, '/scenarios/index.json')).json).toEqual(['cold-fries.json', 'rippon-kondo.json']);
      expect((await call(server.url, '/scenarios/cold-fries.json')).json.title).toBe('Cold fries, hot thread');
      // Only the folder's scenario files, by exact name.
      expect(await call(server.url, '/scenarios/..%2Fpackage.json')).toMatchObject({
        status: 404,
        json: { code: 'no-scenario-file', values: { file: '../package.json' } },
      });
      const opened = await call(server.url, '/api/class/sessions', {
        body: { title: 'Live', mode: 'self-paced', scenarios: ['cold-fries'] },
      });
      expect(opened.status).toBe(201);

      // Half-saved: the server says where the problem is, and keeps what it had.
      writeFileSync(join(dir, 'cold-fries.json'), text.replace('"version": 1', '"version": 2').slice(0, 400));
      expect(await heard(said, /has problems/)).toMatch(/cold-fries\.json:\d+:\d+/);
      expect(library.get('cold-fries')?.version).toBe(1);

      writeFileSync(join(dir, 'cold-fries.json'), text.replace('"version": 1', '"version": 2'));
      expect(await heard(said, /reloaded cold-fries \(version 2\)/)).toBeTruthy();
      expect(library.get('cold-fries')?.version).toBe(2);
    } finally {
      watcher.close();
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 30_000);

  it('serves the images beside the scenario files, and no other file of the folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'brandstorm-live-'));
    copyFileSync('scenarios/rippon-kondo.json', join(dir, 'rippon-kondo.json'));
    copyFileSync('assets/images/cold-fries.png', join(dir, 'cold-fries.png'));
    writeFileSync(join(dir, 'notes.svg'), '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    writeFileSync(join(dir, 'secret.txt'), 'not for players');
    const server = await startServer('sqlite', { library: loadLibrary(dir), scenariosDir: dir });
    try {
      const image = await fetch(`${server.url}/scenarios/cold-fries.png`);
      expect(image.status).toBe(200);
      expect(image.headers.get('content-type')).toBe('image/png');
      expect(Buffer.from(await image.arrayBuffer()).equals(readFileSync('assets/images/cold-fries.png'))).toBe(true);
      expect((await call(server.url, '/scenarios/notes.svg')).status).toBe(404);
      expect((await call(server.url, '/scenarios/secret.txt')).status).toBe(404);
      expect((await call(server.url, '/scenarios/index.json')).json).toEqual(['rippon-kondo.json']);
    } finally {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
