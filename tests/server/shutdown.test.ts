import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify from 'fastify';
import { afterAll, describe, expect, it } from 'vitest';
import { closeAll, noStreams, openStream } from '../../src/class/server/sse';
import { freePort, teamServer } from '../support/team-server';

const dir = mkdtempSync(join(tmpdir(), 'brandstorm-shutdown-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the server stops when asked', () => {
  it('exits on SIGTERM even while a client holds a request open, and starts again on the same port', async () => {
    const port = await freePort();
    const server = teamServer(port, join(dir, 'runs.db'));
    await server.start();
    // A client that sends its headers and half its body, then goes quiet (a dropped mobile connection).
    const socket = connect(port, '127.0.0.1');
    await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
    socket.on('error', () => {});
    socket.write(
      'POST /api/runs HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"clientRunId":',
    );
    const cut = new Promise<void>((resolve) => socket.once('close', () => resolve()));
    expect(await server.stop()).toBe(0);
    await cut;
    await server.start();
    expect((await fetch(`${server.url}/api/leaderboard`)).status).toBe(200);
    await server.stop();
  }, 60_000);

  it('shuts down gracefully when the stop signal comes twice (a service manager and npm both pass it on)', async () => {
    const server = teamServer(await freePort(), join(dir, 'twice.db'));
    await server.start();
    // A request held open keeps the shutdown under way when the second signal comes.
    const socket = connect(Number(new URL(server.url).port), '127.0.0.1');
    await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
    socket.on('error', () => {});
    socket.write(
      'POST /api/runs HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{',
    );
    // The server has the request (it reads its body) before it is asked to stop.
    await new Promise((r) => setTimeout(r, 500));
    server.signal('SIGTERM');
    // Shutting down: it takes no new connection, but waits for the request it holds.
    await expect
      .poll(() =>
        fetch(`${server.url}/api/leaderboard`).then(
          () => 'serving',
          () => 'closed',
        ),
      )
      .toBe('closed');
    server.assertRunning();
    // stop() sends the second SIGTERM: the server still finishes and exits 0, rather than dying of the signal.
    expect(await server.stop()).toBe(0);
    socket.destroy();
  }, 60_000);

  it('refuses an event stream asked for while it shuts down, and runs what the handler registers', async () => {
    const open = noStreams();
    const closed: string[] = [];
    const app = Fastify();
    app.get('/events', async (req, reply) => {
      // The handler was still reading the database when the server began to shut down.
      closeAll(open);
      const stream = openStream(open, req, reply, 'instructor')!;
      stream.onClose(() => closed.push('unsubscribed'));
      stream.send('state', { late: true });
    });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = app.server.address() as { port: number };
    const res = await fetch(`http://127.0.0.1:${port}/events`);
    expect(res.status).toBe(503);
    expect(await res.text()).toBe('the server is shutting down');
    expect(closed).toEqual(['unsubscribed']);
    expect(open.open.size).toBe(0);
    await app.close();
  });
});
