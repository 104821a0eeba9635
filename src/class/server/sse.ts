import type { FastifyReply, FastifyRequest } from 'fastify';
import { refuse } from '../../server/speak';

/** An open Server-Sent Events stream. */
export interface EventStream {
  send(event: string, data: unknown): void;
  /** Runs `fn` when the client goes away or the server closes the stream (at once if it is closed already). */
  onClose(fn: () => void): void;
  close(): void;
  /** Whether the stream has ended. */
  readonly closed: boolean;
}

/** How many streams may be open at once for one key (a class view in a few tabs) and from one address (a classroom behind one router). */
export interface StreamLimits {
  perToken: number;
  perAddress: number;
}

/** A class view, its presenter view and a spare tab or two; a trainee's game holds one. */
export const DEFAULT_STREAM_LIMITS: StreamLimits = { perToken: 5, perAddress: 300 };

/** A server's open streams, so that it can end them when it shuts down (an open stream would hold it up), counted per key and per address. */
export interface Streams {
  open: Set<EventStream>;
  /** Set once the server shuts down: a stream asked for by a request already in a handler then is refused, not left open. */
  closing: boolean;
  limits: StreamLimits;
  byToken: Map<string, number>;
  byAddress: Map<string, number>;
}

/** No streams yet: one per server. */
export function noStreams(limits: StreamLimits = DEFAULT_STREAM_LIMITS): Streams {
  return { open: new Set(), closing: false, limits, byToken: new Map(), byAddress: new Map() };
}

const add = (counts: Map<string, number>, key: string, n: number) => {
  const next = (counts.get(key) ?? 0) + n;
  if (next > 0) counts.set(key, next);
  else counts.delete(key);
};

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
export function openStream(
  streams: Streams,
  req: FastifyRequest,
  reply: FastifyReply,
  token: string,
): EventStream | undefined {
  // One key or one address opening stream after stream would hold the server's memory and sockets.
  if ((streams.byToken.get(token) ?? 0) >= streams.limits.perToken) {
    void refuse(req, reply, 429, 'streams-per-key', { n: streams.limits.perToken });
    return undefined;
  }
  if ((streams.byAddress.get(req.ip) ?? 0) >= streams.limits.perAddress) {
    void refuse(req, reply, 429, 'streams-per-address', { n: streams.limits.perAddress });
    return undefined;
  }
  reply.hijack();
  const raw = reply.raw;
  if (streams.closing) {
    // The browser's EventSource gives up on an error status; the client then tries again in a while.
    raw
      .writeHead(503, { 'Content-Type': 'text/plain; charset=utf-8', Connection: 'close' })
      .end('the server is shutting down');
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
  const address = req.ip;
  const closers: (() => void)[] = [];
  let closed = false;
  const heartbeat = setInterval(() => raw.write(': keep-alive\n\n'), 15_000);
  const finish = () => {
    if (closed) return;
    closed = true;
    clearInterval(heartbeat);
    streams.open.delete(stream);
    add(streams.byToken, token, -1);
    add(streams.byAddress, address, -1);
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
  add(streams.byToken, token, 1);
  add(streams.byAddress, address, 1);
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
