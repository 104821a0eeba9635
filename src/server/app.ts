import { existsSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import { isDatabaseUnavailable, type Db } from './db/database';
import type { Analyser } from '../engine';
import type { Library } from './library';
import { runRoutes } from './routes/runs';
import { teamRoutes } from './routes/teams';
import type { ClassBus } from '../class/server/bus';
import { classRoutes } from '../class/server/routes';
import type { StreamLimits } from '../class/server/sse';
import { messageOf, stderrLog, type ServerLog } from './log';
import { methodNotAllowed, securityHeaders } from './headers';
import { organiserCheck } from './organiser';
import { uploadedScenarios } from './uploads/shelf';
import { liveScenarioFiles } from './scenario-files';
import { refusal, refuse } from './speak';

export interface AppOptions {
  db: Db;
  library: Library;
  /** Reads the written replies of the runs the server replays (`createAnalyser`). */
  analyser: Analyser;
  /** The built game to serve at /, when there is one. */
  dist?: string;
  /** Requests per minute per client address. */
  rateLimit?: number;
  /** Largest request body, in bytes. */
  bodyLimit?: number;
  logger?: boolean;
  /** Carries class sessions' live events; in memory unless several servers share a PostgreSQL. */
  classBus?: ClassBus;
  /** Attempts to join a class per minute per address. */
  classJoinLimit?: number;
  /** Which proxies' X-Forwarded-For gives the client's address (see config.ts); none by default. */
  trustProxy?: boolean | string[];
  /**
   * How long a client may take to send a whole request, in ms (30 s by default): a client that
   * trickles its body is cut off. A live stream is not affected once its request has arrived.
   */
  requestTimeout?: number;
  /**
   * The organiser key (ORGANISER_KEY): when set, creating teams and sessions needs it, and
   * leaderboards are shown only to their team's players and instructor. Open when unset.
   */
  organiserKey?: string;
  /** Live streams open at once per key and per address (see sse.ts). */
  streamLimits?: StreamLimits;
  /**
   * The scenario folder the game's list is served from, read at each request, so that a file added
   * or changed while the server runs is seen without a rebuild; the build's copy otherwise.
   */
  scenariosDir?: string;
  /** Where failures are reported when the request log is off (LOG unset): stderr by default, so that no 5xx goes unseen. */
  log?: ServerLog;
}

/** Hashed build files never change under their name: browsers keep them a year without asking again. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Pages and scenario files keep their name across builds: browsers ask each time whether they changed (a 304 when not). */
const REVALIDATE = 'no-cache';

/**
 * The team server: the built game and the API on one port. Thin by design:
 * it validates, replays runs with the engine, and stores. No CORS headers
 * are sent, so other sites' pages cannot call it from a browser.
 */
export async function buildApp(opts: AppOptions): Promise<FastifyInstance> {
  const requestTimeout = opts.requestTimeout ?? 30_000;
  const app = Fastify({
    logger: opts.logger ?? false,
    bodyLimit: opts.bodyLimit ?? 64 * 1024,
    trustProxy: opts.trustProxy ?? false,
    requestTimeout,
    // A socket with nothing sent either way for this long is closed; live streams send a comment every 15 s.
    connectionTimeout: 120_000,
    // Node checks the time limits this often (30 s by default, too coarse for a short limit); headers count within the request's time.
    http: {
      connectionsCheckingInterval: Math.min(30_000, Math.max(100, Math.floor(requestTimeout / 4))),
      headersTimeout: Math.min(60_000, requestTimeout),
      requestTimeout,
    },
  });
  securityHeaders(app, opts.dist);
  methodNotAllowed(app);
  await app.register(rateLimit, {
    max: opts.rateLimit ?? 600,
    timeWindow: '1 minute',
    // Only the API counts: a game load is some twenty static files, and a class behind one address loads it many times.
    allowList: (req) => !req.url.startsWith('/api/'),
    // Thrown to the error handler below, which sends the refusal as it is.
    errorResponseBuilder: (req, ctx) => {
      const body = refusal(req, 'too-many-requests', { seconds: Math.ceil(ctx.ttl / 1000) });
      return { statusCode: 429, message: body.error, refusal: body };
    },
  });
  const serverLog = opts.log ?? stderrLog;
  /** A failure goes to the request log when it is on, otherwise to the server's log: never nowhere. */
  const logFailure = (req: { method: string; url: string }, err: unknown) => {
    if (opts.logger) app.log.error(err);
    else serverLog(`${req.method} ${req.url.split('?')[0]} failed: ${messageOf(err)}`);
  };
  app.setErrorHandler((err: { statusCode?: number; message: string; refusal?: object }, req, reply) => {
    // The database restarting or out of reach: a moment's wait, not a fault of the request or of the server.
    if (isDatabaseUnavailable(err)) {
      logFailure(req, err);
      return refuse(req, reply.header('Retry-After', '5'), 503, 'database-away');
    }
    const status = err.statusCode ?? 500;
    if (err.refusal) return reply.code(status).send(err.refusal);
    if (status === 413) return refuse(req, reply, 413, 'too-large');
    if (status >= 500) {
      logFailure(req, err);
      return refuse(req, reply, status, 'failed');
    }
    // Fastify's own refusals (a body that is not JSON, a type it does not take), in its words.
    return refuse(req, reply, status, 'request-refused', { status, detail: err.message });
  });
  const organiser = organiserCheck(opts.organiserKey);
  const closed = Boolean(opts.organiserKey);
  const uploads = uploadedScenarios(opts.db);
  teamRoutes(app, opts.db, organiser, opts.library, uploads);
  runRoutes(app, opts.db, opts.library, uploads, opts.analyser, { closed });
  classRoutes(app, {
    db: opts.db,
    library: opts.library,
    uploads,
    analyser: opts.analyser,
    organiser,
    organiserKeySet: closed,
    ...(opts.classBus ? { bus: opts.classBus } : {}),
    ...(opts.classJoinLimit ? { joinLimit: opts.classJoinLimit } : {}),
    ...(opts.streamLimits ? { streamLimits: opts.streamLimits } : {}),
  });
  if (opts.scenariosDir) liveScenarioFiles(app, opts.scenariosDir);
  if (opts.dist && existsSync(opts.dist)) {
    const hashed = resolve(opts.dist, 'assets') + sep;
    await app.register(fastifyStatic, {
      root: resolve(opts.dist),
      index: 'index.html',
      setHeaders: (reply, path) => reply.header('Cache-Control', path.startsWith(hashed) ? IMMUTABLE : REVALIDATE),
    });
  }
  return app;
}
