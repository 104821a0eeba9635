import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import pg from 'pg';
import { z } from 'zod';
import type { Db } from '../../server/db/database';
import { messageOf, stderrLog, type ServerLog } from '../../server/log';
import { answerById, sessionById, sessionWithCode, traineeById } from './queries';
import type { ClassEvent } from '../../protocol/class-view';

type Listener = (event: ClassEvent) => void;

/** Live news of class sessions, from the routes that change them to the streams that show them. */
export interface ClassBus {
  publish(sessionId: number, event: ClassEvent): void;
  /**
   * Calls `listener` with every event of the session until the returned
   * function is called. `missed` is called when events may have been lost
   * (the bus was cut off from the other servers for a while): the subscriber
   * then sends its client a fresh picture.
   */
  subscribe(sessionId: number, listener: Listener, missed?: () => void): () => void;
  close(): Promise<void>;
}

interface Subscriber {
  listener: Listener;
  missed?: (() => void) | undefined;
}

/** Subscribers per session, in this process. */
function localSubscribers() {
  const bySession = new Map<number, Set<Subscriber>>();
  return {
    deliver(sessionId: number, event: ClassEvent) {
      for (const s of bySession.get(sessionId) ?? []) s.listener(event);
    },
    /** Tells the session's subscribers (every session's, without one) that they may have missed events. */
    missed(sessionId?: number) {
      const sets =
        sessionId === undefined ? [...bySession.values()] : [bySession.get(sessionId) ?? new Set<Subscriber>()];
      for (const set of sets) for (const s of [...set]) s.missed?.();
    },
    subscribe(sessionId: number, listener: Listener, missed?: () => void) {
      const set = bySession.get(sessionId) ?? new Set<Subscriber>();
      const subscriber = { listener, missed };
      set.add(subscriber);
      bySession.set(sessionId, set);
      return () => {
        set.delete(subscriber);
        if (set.size === 0) bySession.delete(sessionId);
      };
    },
  };
}

/** One server: events go straight from the route to the streams. */
export function memoryBus(): ClassBus {
  const local = localSubscribers();
  return { publish: local.deliver, subscribe: local.subscribe, close: async () => {} };
}

const CHANNEL = 'brandstorm_class';
/** How the listening connection shows in pg_stat_activity (unless DATABASE_URL names another application). */
export const LISTENER_NAME = 'brandstorm class events';

/**
 * What a notification carries: which row changed, never the row itself, so
 * that it stays far below PostgreSQL's 8,000-byte payload limit whatever a
 * trainee writes. `id` is the answer's for an answer or a highlight, the
 * trainee's for a trainee, the session's for a session.
 */
const Notice = z.object({
  origin: z.string(),
  sessionId: z.number().int(),
  type: z.enum(['answer', 'trainee', 'session', 'highlight']),
  id: z.number().int(),
});
type Notice = z.infer<typeof Notice>;

/** The notice for an event; none for a snapshot, which is only ever sent to one stream. */
function noticeOf(origin: string, sessionId: number, event: ClassEvent): Notice | undefined {
  switch (event.type) {
    case 'answer':
    case 'trainee':
      return { origin, sessionId, type: event.type, id: event.data.id };
    case 'session':
      return { origin, sessionId, type: 'session', id: sessionId };
    case 'highlight':
      return { origin, sessionId, type: 'highlight', id: event.data.answer };
    case 'snapshot':
      return undefined;
  }
}

/** The event a notice announces, read from the database as it stands now; undefined for a row that is gone. */
async function eventOf(db: Db, n: Notice): Promise<ClassEvent | undefined> {
  switch (n.type) {
    case 'answer': {
      const answer = await answerById(db, n.sessionId, n.id);
      return answer && { type: 'answer', data: answer };
    }
    case 'trainee': {
      const trainee = await traineeById(db, n.sessionId, n.id);
      return trainee && { type: 'trainee', data: trainee };
    }
    case 'session':
      return { type: 'session', data: sessionWithCode(await sessionById(db, n.sessionId)) };
    case 'highlight': {
      // The highlight as it is now: a later change read early is no harm, the stream shows the latest.
      const answer = await answerById(db, n.sessionId, n.id);
      return answer && { type: 'highlight', data: { answer: answer.id, shown: answer.highlighted } };
    }
  }
}

/** How the listening connection tries again after losing the database: the first wait, and the longest. */
export interface Backoff {
  firstMs: number;
  maxMs: number;
}

/** How often the listening connection checks that the database still answers (a connection cut without a word would otherwise go unnoticed). */
const HEALTH_CHECK_MS = 30_000;

/**
 * Several servers sharing one PostgreSQL: a trainee's answer may reach one
 * server while the instructor's stream is held by another, so events also go
 * through PostgreSQL's LISTEN/NOTIFY. This server's own streams get its
 * events at once; the others get a notice of which row changed, and read it.
 *
 * Each server holds one listening connection. When it is lost (the database
 * restarts, the connection is terminated) the server listens again, waiting
 * a little longer after each failure (up to `backoff.maxMs`) until it
 * succeeds, and then tells every open stream that it may have missed events.
 */
export async function postgresBus(
  db: Db,
  url: string,
  opts: { log?: ServerLog; backoff?: Backoff } = {},
): Promise<ClassBus> {
  const log = opts.log ?? stderrLog;
  const backoff = opts.backoff ?? { firstMs: 250, maxMs: 2_000 };
  const local = localSubscribers();
  const origin = randomUUID();
  let closed = false;
  let client: pg.Client | undefined;
  let retry: NodeJS.Timeout | undefined;
  let wait = backoff.firstMs;
  // Notices are read and delivered one after the other, in the order they came.
  let queue: Promise<void> = Promise.resolve();

  const receive = (payload: string | undefined) => {
    let notice: Notice;
    try {
      const parsed = Notice.safeParse(JSON.parse(payload ?? ''));
      if (!parsed.success) return;
      notice = parsed.data;
    } catch {
      // A notification this version cannot read is ignored.
      return;
    }
    if (notice.origin === origin) return;
    queue = queue.then(async () => {
      try {
        const event = await eventOf(db, notice);
        if (event) local.deliver(notice.sessionId, event);
      } catch (err) {
        // The row could not be read: the session's streams start again from a fresh picture.
        log(
          `a class event from another server could not be read (session ${notice.sessionId}, ${notice.type} ${notice.id}): ${messageOf(err)}`,
        );
        local.missed(notice.sessionId);
      }
    });
  };

  /** Forgets a listening connection that failed, once, and listens again. */
  const lost = (c: pg.Client, err?: unknown) => {
    if (c !== client) return;
    client = undefined;
    log(`the class events' listening connection was lost${err ? ` (${messageOf(err)})` : ''}; listening again`);
    void c.end().catch(() => {});
    listenLater();
  };

  const listen = async (): Promise<pg.Client> => {
    const c = new pg.Client({
      connectionString: url,
      application_name: LISTENER_NAME,
      connectionTimeoutMillis: 5_000,
      query_timeout: 10_000,
      keepAlive: true,
    });
    c.on('notification', (n) => receive(n.payload));
    // A lost connection says so once or twice ('error', then 'end'); only the current one counts.
    c.on('error', (err) => lost(c, err));
    c.on('end', () => lost(c));
    try {
      await c.connect();
      await c.query(`LISTEN ${CHANNEL}`);
    } catch (err) {
      await c.end().catch(() => {});
      throw err;
    }
    return c;
  };

  const listenLater = () => {
    if (closed || retry) return;
    // A little jitter, so that servers cut off together do not all knock at the same moment.
    const delay = wait * (0.8 + Math.random() * 0.4);
    wait = Math.min(wait * 2, backoff.maxMs);
    retry = setTimeout(() => {
      void listen().then(
        (c) => {
          retry = undefined;
          if (closed) return void c.end().catch(() => {});
          client = c;
          wait = backoff.firstMs;
          log("the class events' listening connection is back");
          local.missed();
        },
        (err: unknown) => {
          retry = undefined;
          log(`listening for class events failed (${messageOf(err)}); trying again`);
          listenLater();
        },
      );
    }, delay);
  };

  client = await listen();
  const health = setInterval(() => {
    const c = client;
    c?.query('select 1').catch((err: unknown) => lost(c, err));
  }, HEALTH_CHECK_MS);
  health.unref();

  return {
    publish(sessionId, event) {
      local.deliver(sessionId, event);
      const notice = noticeOf(origin, sessionId, event);
      if (!notice) return;
      sql`select pg_notify(${CHANNEL}, ${JSON.stringify(notice)})`.execute(db).catch((err: unknown) => {
        log(
          `the other servers were not told of a class event (session ${sessionId}, ${event.type}): ${messageOf(err)}`,
        );
      });
    },
    subscribe: local.subscribe,
    async close() {
      closed = true;
      clearInterval(health);
      clearTimeout(retry);
      const c = client;
      client = undefined;
      await c?.end().catch(() => {});
    },
  };
}
