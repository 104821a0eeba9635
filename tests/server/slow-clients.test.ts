import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { startServer } from './support';

async function post(url: string, body: unknown) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  return (await res.json()) as any;
}

/** Opens a live stream with a key; its status, and a way to close it. */
async function openEvents(url: string, token: string) {
  const controller = new AbortController();
  const res = await fetch(url, { headers: { Authorization: `Bearer ${token}` }, signal: controller.signal });
  const body = res.status === 200 ? undefined : await res.json();
  return { status: res.status, body, close: () => controller.abort() };
}

describe('slow clients and floods of streams', () => {
  it('cuts off a client that trickles its request, and leaves open live streams alone', async () => {
    const server = await startServer('sqlite', { requestTimeout: 1000 });
    try {
      const session = await post(`${server.url}/api/class/sessions`, {
        title: 'Slow',
        scenarios: ['rippon-kondo'],
        mode: 'self-paced',
      });
      const live = await fetch(`${server.url}/api/class/events`, {
        headers: { Authorization: `Bearer ${session.instructorToken}` },
      });
      expect(live.status).toBe(200);

      const { port } = new URL(server.url);
      const socket = connect(Number(port), '127.0.0.1');
      let closedAfter: number | undefined;
      const started = Date.now();
      socket.on('close', () => (closedAfter = Date.now() - started));
      socket.on('error', () => {});
      socket.write(
        `POST /api/teams HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 200\r\n\r\n{"name":"`,
      );
      // A byte every 200 ms: the body would take 40 s; give up waiting after 10.
      for (let i = 0; i < 50 && closedAfter === undefined; i++) {
        await new Promise((r) => setTimeout(r, 200));
        if (!socket.destroyed) socket.write('a');
      }
      socket.destroy();
      expect(closedAfter, 'the trickling connection was still open after 10 s').toBeDefined();

      // The stream opened before is still live, well past the request time limit: a trainee joining shows on it.
      const reader = live.body!.getReader();
      await post(`${server.url}/api/class/join`, { joinCode: session.joinCode, name: 'Ada' });
      let text = '';
      for (let i = 0; i < 20 && !text.includes('event: trainee'); i++)
        text += new TextDecoder().decode((await reader.read()).value);
      expect(text).toContain('event: trainee');
      await reader.cancel();
    } finally {
      await server.close();
    }
  }, 30_000);

  it('caps the live streams one key, and one address, may hold open, with a message', async () => {
    const server = await startServer('sqlite', { streamLimits: { perToken: 3, perAddress: 5 } });
    try {
      const session = await post(`${server.url}/api/class/sessions`, {
        title: 'Flood',
        scenarios: ['rippon-kondo'],
        mode: 'self-paced',
      });
      const trainee = await post(`${server.url}/api/class/join`, { joinCode: session.joinCode, name: 'Ada' });
      const mine = `${server.url}/api/class/me/events`;
      const open = [];
      for (let i = 0; i < 3; i++) open.push(await openEvents(mine, trainee.token));
      expect(open.map((s) => s.status)).toEqual([200, 200, 200]);
      const fourth = await openEvents(mine, trainee.token);
      expect(fourth).toMatchObject({
        status: 429,
        body: {
          code: 'streams-per-key',
          values: { n: 3 },
          error: expect.stringContaining('already has 3 live pages open'),
        },
      });
      // Closing one lets the next in.
      open.pop()!.close();
      await expect
        .poll(async () => {
          const again = await openEvents(mine, trainee.token);
          if (again.status === 200) open.push(again);
          return again.status;
        })
        .toBe(200);

      // Other keys from the same address fill its share.
      const other = await post(`${server.url}/api/class/join`, { joinCode: session.joinCode, name: 'Bruno' });
      open.push(await openEvents(mine, other.token), await openEvents(mine, other.token));
      const beyond = await openEvents(mine, other.token);
      expect(beyond).toMatchObject({
        status: 429,
        body: {
          code: 'streams-per-address',
          values: { n: 5 },
          error: expect.stringContaining('this address already has 5'),
        },
      });
      for (const s of open) s.close();
    } finally {
      await server.close();
    }
  });
});
