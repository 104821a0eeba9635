/**
 * Starts the team server: `npm start` builds the game, then runs this. The
 * game and the API share one port (PORT, 4173 by default). Data goes to
 * data/brandstorm.db (SQLite), or to PostgreSQL when DATABASE_URL is set.
 */
import { createAnalyser, loadLanguageData } from '../engine';
import { buildApp } from './app';
import { loadCatalogues } from '../i18n';
import { postgresBus } from '../class/server/bus';
import { SettingError, settingsFromEnv } from './config';
import { configFromEnv, openDatabase } from './db/database';
import { loadLibrary, watchLibrary } from './library';
import { messageOf, stderrLog } from './log';
import { answerHelp } from '../cli/help';

answerHelp(
  process.argv.slice(2),
  `
usage: npm start

  Builds the game, then serves it and the team and class API on one port.
  Settings come from the environment:
    PORT              the port (default 4173); HOST the address (default 127.0.0.1)
    DATABASE_URL      a PostgreSQL URL; otherwise SQLite in data/brandstorm.db
    ORGANISER_KEY     when set, creating teams and class sessions needs this key,
                      and leaderboards are shown only to their own team
    RATE_LIMIT        API requests per minute per address (default 600)
    CLASS_JOIN_LIMIT  attempts to join a class per minute per address (default 60)
    TRUST_PROXY       the proxies whose X-Forwarded-For gives the client's address
    LOG=1             logs every request
  Scenarios are read from scenarios/ when the server starts.
`,
);

// A promise that fails with nothing to catch it is a bug to fix, not a reason to drop every class in progress.
process.on('unhandledRejection', (reason) => {
  stderrLog(
    `a failure nothing handled (the server keeps serving): ${reason instanceof Error ? (reason.stack ?? reason.message) : String(reason)}`,
  );
});

let settings: ReturnType<typeof settingsFromEnv>;
try {
  settings = settingsFromEnv();
} catch (err) {
  if (!(err instanceof SettingError)) throw err;
  console.error(`Brandstorm cannot start: ${err.message}`);
  process.exit(1);
}

// The text analyser, made once from the word lists, reads the written replies of every run the server replays.
const analyser = createAnalyser(await loadLanguageData());
// The server answers each player in their language.
await loadCatalogues();
const config = configFromEnv();
const db = await openDatabase(config);
// Servers sharing a PostgreSQL pass class sessions' live events to each other through it.
const classBus = config.kind === 'postgres' ? await postgresBus(db, config.url) : undefined;
const library = loadLibrary('scenarios');
// Scenario files added or edited while the server runs are picked up, and said on the console.
const watcher = watchLibrary('scenarios', library, (message) => console.log(message));
const app = await buildApp({
  db,
  library,
  scenariosDir: 'scenarios',
  analyser,
  dist: settings.dist,
  logger: settings.logger,
  trustProxy: settings.trustProxy,
  ...(settings.rateLimit ? { rateLimit: settings.rateLimit } : {}),
  ...(settings.classJoinLimit ? { classJoinLimit: settings.classJoinLimit } : {}),
  ...(settings.organiserKey ? { organiserKey: settings.organiserKey } : {}),
  ...(classBus ? { classBus } : {}),
});
await app.listen({ port: settings.port, host: settings.host });
console.log(
  `Brandstorm is at http://localhost:${settings.port} (${config.kind === 'sqlite' ? `SQLite ${config.file}` : 'PostgreSQL'})`,
);

// Finish what is in flight, then close the database, on Ctrl+C or a stop signal.
// A connection still busy after the grace period (a client that never finishes
// its request) is cut, so that the server always stops. The same signal often
// comes twice (a service manager signals every process of the service, and
// npm passes it on to the server as well): the shutdown already under way goes on.
const GRACE_MS = 5_000;
let stopping = false;
const stop = () => {
  if (stopping) return;
  stopping = true;
  watcher.close();
  setTimeout(() => app.server.closeAllConnections(), GRACE_MS).unref();
  // Should closing the database hang, the process still ends.
  setTimeout(() => {
    console.error('Brandstorm did not close in time: exiting');
    process.exit(1);
  }, 2 * GRACE_MS).unref();
  app
    .close()
    .then(() => classBus?.close())
    .then(() => db.destroy())
    .then(
      () => process.exit(0),
      (err: unknown) => {
        console.error(`Brandstorm did not close cleanly: ${messageOf(err)}`);
        process.exit(1);
      },
    );
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
