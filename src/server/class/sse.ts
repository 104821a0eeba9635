import type { FastifyReply, FastifyRequest } from 'fastify';

/** An open Server-Sent Events stream. */
export interface EventStream {
  send(event: string, data: unknown): void;
  /** Runs `fn` when the client goes away or the server closes the stream (at once if it is closed already). */
  onClose(fn: () => void): void;
  close(): void;
  /** Whether the stream has ended. */
  readonly closed: boolean;
}

/** A server's open streams, so that it can end them when it shuts down (an open stream would hold it up). */
export interface Streams {
  open: Set<EventStream>;
  /** Set once the server shuts down: a stream asked for by a request already in a handler then is refused, not left open. */
  closing: boolean;
}

/** No streams yet: one per server. */
export function noStreams(): Streams {
  return { open: new Set(), closing: false };
}

/** Ends every open stream and refuses new ones: call before closing the server. */
export function closeAll(streams: Streams): void {
  streams.closing = true;
  for (const s of [...streams.open]) s.close();
}

/**
 * Turns a request into an event stream (text/event-stream). A comment every
 * 15 s keeps proxies from closing an idle connection; `retry` tells the
 * browser to reconnect after one second when the connection drops.
 */
export function openStream(streams: Streams, req: FastifyRequest, reply: FastifyReply): EventStream {
  reply.hijack();
  const raw = reply.raw;
  if (streams.closing) {
    // The browser's EventSource gives up on an error status; the client then tries again in a while.
    raw.writeHead(503, { 'Content-Type': 'text/plain; charset=utf-8', Connection: 'close' }).end('the server is shutting down');
    return { send() {}, onClose: (fn) => fn(), close() {}, closed: true };
  }
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
    streams.open.delete(stream);
    for (const fn of closers) fn();
  };
  const stream: EventStream = {
    send(event, data) {
      if (!closed) raw.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
    },
    // A stream can close while its handler still awaits the database: what it registers then runs at once.
    onClose: (fn) => (closed ? fn() : void closers.push(fn)),
    close() {
      finish();
      raw.end();
    },
    get closed() {
      return closed;
    },
  };
  streams.open.add(stream);
  req.raw.on('close', finish);
  return stream;
}

/**
 * Runs a stream's steps one after the other, in the order they were given:
 * an event announced while a snapshot is read goes out after the snapshot.
 * A step that fails (the database away for a moment) ends the stream after
 * `failed` is told; the client reconnects and starts again from a fresh
 * snapshot. Steps given after the stream ended are skipped.
 */
export function inOrder(stream: EventStream, failed: (err: unknown) => void): (step: () => unknown) => void {
  let chain: Promise<unknown> = Promise.resolve();
  return (step) => {
    chain = chain
      .then(() => (stream.closed ? undefined : step()))
      .catch((err: unknown) => {
        if (stream.closed) return;
        failed(err);
        stream.close();
      });
  };
}
