/**
 * Starts the team server: `npm start` builds the game, then runs this. The
 * game and the API share one port (PORT, 4173 by default). Data goes to
 * data/brandstorm.db (SQLite), or to PostgreSQL when DATABASE_URL is set.
 */
import { loadLanguageData } from '../engine';
import { buildApp } from './app';
import { configFromEnv, openDatabase } from './db/database';
import { loadLibrary } from './library';
import { postgresBus } from './class/bus';

await loadLanguageData();
const config = configFromEnv();
const db = await openDatabase(config);
// Servers sharing a PostgreSQL pass class sessions' live events to each other through it.
const classBus = config.kind === 'postgres' ? await postgresBus(db, config.url) : undefined;
const app = await buildApp({
  db,
  library: loadLibrary('scenarios'),
  dist: process.env.BRANDSTORM_DIST ?? 'dist',
  logger: process.env.LOG === '1',
  ...(process.env.RATE_LIMIT ? { rateLimit: Number(process.env.RATE_LIMIT) } : {}),
  ...(process.env.CLASS_JOIN_LIMIT ? { classJoinLimit: Number(process.env.CLASS_JOIN_LIMIT) } : {}),
  ...(classBus ? { classBus } : {}),
});
const port = Number(process.env.PORT ?? 4173);
await app.listen({ port, host: process.env.HOST ?? '127.0.0.1' });
console.log(`Brandstorm is at http://localhost:${port} (${config.kind === 'sqlite' ? `SQLite ${config.file}` : 'PostgreSQL'})`);

// Finish what is in flight, then close the database, on Ctrl+C or a stop signal.
// A connection still busy after the grace period (a client that never finishes
// its request) is cut, so that the server always stops.
const GRACE_MS = 5_000;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    setTimeout(() => app.server.closeAllConnections(), GRACE_MS).unref();
    app
      .close()
      .then(() => classBus?.close())
      .then(() => db.destroy())
      .then(
        () => process.exit(0),
        (err: unknown) => {
          console.error(`Brandstorm did not close cleanly: ${err instanceof Error ? err.message : String(err)}`);
          process.exit(1);
        },
      );
  });
}
