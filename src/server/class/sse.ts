import type { FastifyReply, FastifyRequest } from 'fastify';

/** An open Server-Sent Events stream. */
export interface EventStream {
  send(event: string, data: unknown): void;
  /** Runs `fn` when the client goes away or the server closes the stream. */
  onClose(fn: () => void): void;
  close(): void;
}

/** A server's open streams, so that it can end them when it shuts down (an open stream would hold it up). */
export type Streams = Set<EventStream>;

/** Ends every open stream: call before closing the server. */
export function closeAll(open: Streams): void {
  for (const s of [...open]) s.close();
}

/**
 * Turns a request into an event stream (text/event-stream). A comment every
 * 15 s keeps proxies from closing an idle connection; `retry` tells the
 * browser to reconnect after one second when the connection drops.
 */
export function openStream(open: Streams, req: FastifyRequest, reply: FastifyReply): EventStream {
  reply.hijack();
  const raw = reply.raw;
  raw.writeHead(200, {
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-cache, no-transform',
    Connection: 'keep-alive',
    // nginx and similar proxies otherwise buffer the stream.
    'X-Accel-Buffering': 'no',
  });
  raw.write('retry: 1000\n\n');
  const closers: (() => void)[] = [];
  let closed = false;
  const heartbeat = setInterval(() => raw.write(': keep-alive\n\n'), 15_000);
  const finish = () => {
    if (closed) return;
    closed = true;
    clearInterval(heartbeat);
    open.delete(stream);
    for (const fn of closers) fn();
  };
  const stream: EventStream = {
    send(event, data) {
      if (!closed) raw.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
    },
    onClose: (fn) => void closers.push(fn),
    close() {
      finish();
      raw.end();
    },
  };
  open.add(stream);
  req.raw.on('close', finish);
  return stream;
}
