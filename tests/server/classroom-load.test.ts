import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { startServer } from './support';

const build = inject('gameBuild');

/**
 * What a browser asks for to load the game: the page, every file it
 * references (scripts, style sheet, scenarios, fonts), and the scripts those
 * scripts import, however deep (about twenty requests).
 */
function gameLoad(): string[] {
  const page = readFileSync(join(build, 'index.html'), 'utf8');
  const wanted = new Set(['/']);
  for (const [, ref] of page.matchAll(/(?:src|href)="([^"]+)"/g))
    if (!ref!.startsWith('data:')) wanted.add(`/${ref!.replace(/^\.\//, '')}`);
  const scripts = [...wanted].filter((u) => u.endsWith('.js'));
  for (const script of scripts) {
    const text = readFileSync(join(build, script), 'utf8');
    for (const [name] of text.matchAll(/[\w.-]+-[\w-]{8}\.js/g)) {
      const url = `/assets/${name}`;
      if (!wanted.has(url)) {
        wanted.add(url);
        scripts.push(url);
      }
    }
  }
  return [...wanted];
}

/** The headers of a browser's reload: whether the file changed since this version (without them, fetch() would add `Cache-Control: no-cache` and always get the whole file). */
const revalidate = (etag: string | null): Record<string, string> => ({
  'Cache-Control': 'max-age=0',
  ...(etag ? { 'If-None-Match': etag } : {}),
});

/** One trainee's browser: the game's files, then a reload that asks whether each has changed (as a browser whose cache predates the year-long one does). Returns every status. */
async function loadTwice(base: string, urls: string[]): Promise<number[]> {
  const first = await Promise.all(
    urls.map((u) =>
      fetch(base + u).then(async (r) => ({
        status: r.status,
        etag: r.headers.get('etag'),
        body: await r.arrayBuffer(),
      })),
    ),
  );
  const again = await Promise.all(
    urls.map((u, i) =>
      fetch(base + u, { headers: revalidate(first[i]!.etag) }).then(async (r) => {
        await r.arrayBuffer();
        return r.status;
      }),
    ),
  );
  return [...first.map((r) => r.status), ...again];
}

describe('a class behind one address', () => {
  it('loads and reloads the game sixty times under the default limits', async () => {
    const server = await startServer('sqlite', { dist: build });
    try {
      const urls = gameLoad();
      expect(urls.length).toBeGreaterThanOrEqual(15);
      expect(urls.length).toBeLessThanOrEqual(30);
      const statuses: number[] = [];
      // Ten browsers at a time, as trainees arriving together.
      for (let wave = 0; wave < 6; wave++) {
        const loads = await Promise.all(Array.from({ length: 10 }, () => loadTwice(server.url, urls)));
        statuses.push(...loads.flat());
      }
      expect(statuses).toHaveLength(60 * 2 * urls.length);
      expect(statuses.filter((s) => s !== 200 && s !== 304)).toEqual([]);
      // The reloads cost no body.
      expect(statuses.filter((s) => s === 304)).toHaveLength(60 * urls.length);
      // The API is still limited per address.
      expect((await fetch(`${server.url}/api/leaderboard`)).headers.get('x-ratelimit-limit')).toBe('600');
    } finally {
      await server.close();
    }
  }, 120_000);

  it('keeps hashed files a year and asks again for pages and scenarios', async () => {
    const server = await startServer('sqlite', { dist: build });
    try {
      const urls = gameLoad();
      const asset = urls.find((u) => u.startsWith('/assets/') && u.endsWith('.js'))!;
      const cacheOf = async (url: string) => (await fetch(server.url + url)).headers.get('cache-control');
      expect(await cacheOf(asset)).toBe('public, max-age=31536000, immutable');
      for (const url of ['/', '/index.html', '/class.html', '/scenarios/index.json', '/scenarios/rippon-kondo.json'])
        expect(await cacheOf(url), url).toBe('no-cache');
      // A page that did not change costs a 304.
      const page = await fetch(`${server.url}/`);
      expect((await fetch(`${server.url}/`, { headers: revalidate(page.headers.get('etag')) })).status).toBe(304);
    } finally {
      await server.close();
    }
  });

  it('counts only the API against the limit', async () => {
    const server = await startServer('sqlite', { dist: build, rateLimit: 3 });
    try {
      for (let i = 0; i < 10; i++) expect((await fetch(`${server.url}/`)).status).toBe(200);
      const api = [];
      for (let i = 0; i < 4; i++) api.push((await fetch(`${server.url}/api/leaderboard`)).status);
      expect(api).toEqual([200, 200, 200, 429]);
    } finally {
      await server.close();
    }
  });

  it('tells trainees apart behind a trusted proxy (TRUST_PROXY), and only then', async () => {
    const statusesFor = async (trustProxy: boolean | string[]) => {
      const server = await startServer('sqlite', { rateLimit: 2, trustProxy });
      try {
        const from = (address: string) =>
          fetch(`${server.url}/api/leaderboard`, { headers: { 'X-Forwarded-For': address } }).then((r) => r.status);
        return [await from('10.0.0.1'), await from('10.0.0.1'), await from('10.0.0.1'), await from('10.0.0.2')];
      } finally {
        await server.close();
      }
    };
    // The proxy is on loopback: behind it, each trainee has their own count.
    expect(await statusesFor(['127.0.0.1'])).toEqual([200, 200, 429, 200]);
    // Without trust, a header anyone can send changes nothing: one address, one count.
    expect(await statusesFor(false)).toEqual([200, 200, 429, 429]);
    // A proxy that is not the one trusted cannot speak for clients either.
    expect(await statusesFor(['10.9.9.9'])).toEqual([200, 200, 429, 429]);
  });
});
