import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import pg from 'pg';
import type { Db } from '../db/database';
import type { ClassEvent } from './view';

type Listener = (event: ClassEvent) => void;

/** Live news of class sessions, from the routes that change them to the streams that show them. */
export interface ClassBus {
  publish(sessionId: number, event: ClassEvent): void;
  /** Calls `listener` with every event of the session until the returned function is called. */
  subscribe(sessionId: number, listener: Listener): () => void;
  close(): Promise<void>;
}

/** Listeners per session, in this process. */
function localListeners() {
  const bySession = new Map<number, Set<Listener>>();
  return {
    deliver(sessionId: number, event: ClassEvent) {
      for (const l of bySession.get(sessionId) ?? []) l(event);
    },
    subscribe(sessionId: number, listener: Listener) {
      const set = bySession.get(sessionId) ?? new Set<Listener>();
      set.add(listener);
      bySession.set(sessionId, set);
      return () => {
        set.delete(listener);
        if (set.size === 0) bySession.delete(sessionId);
      };
    },
  };
}

/** One server: events go straight from the route to the streams. */
export function memoryBus(): ClassBus {
  const local = localListeners();
  return { publish: local.deliver, subscribe: local.subscribe, close: async () => {} };
}

const CHANNEL = 'brandstorm_class';

/**
 * Several servers sharing one PostgreSQL: a trainee's answer may reach one
 * server while the instructor's stream is held by another, so events also go
 * through PostgreSQL's LISTEN/NOTIFY. This server's own streams get its
 * events at once; the others get them from the notification.
 */
export async function postgresBus(db: Db, url: string): Promise<ClassBus> {
  const local = localListeners();
  const origin = randomUUID();
  let closed = false;
  let client: pg.Client | undefined;
  const connect = async (): Promise<void> => {
    const c = new pg.Client({ connectionString: url });
    c.on('notification', (n) => {
      try {
        const msg = JSON.parse(n.payload ?? '') as { origin: string; sessionId: number; event: ClassEvent };
        if (msg.origin !== origin) local.deliver(msg.sessionId, msg.event);
      } catch {
        // A notification this version cannot read is ignored.
      }
    });
    // Listen again after a lost connection, as long as the server runs.
    c.on('error', () => {
      if (!closed) setTimeout(() => void connect().catch(() => {}), 1000);
    });
    await c.connect();
    await c.query(`LISTEN ${CHANNEL}`);
    client = c;
  };
  await connect();
  return {
    publish(sessionId, event) {
      local.deliver(sessionId, event);
      void sql`select pg_notify(${CHANNEL}, ${JSON.stringify({ origin, sessionId, event })})`.execute(db).catch(() => {});
    },
    subscribe: local.subscribe,
    async close() {
      closed = true;
      await client?.end().catch(() => {});
    },
  };
}
