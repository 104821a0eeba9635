import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Analyser, Scenario } from '../../engine';
import { bearer } from '../../server/auth';
import type { Db } from '../../server/db/database';
import type { Library } from '../../server/library';
import { hashToken } from '../../server/secrets';
import type { ClassBus } from './bus';
import { sessionById, sessionByInstructor, traineeByToken, type SessionRow } from './queries';
import { summarize } from './replay';
import type { Streams } from './sse';
import type { OrganiserCheck } from '../../server/organiser';
import type { ScenarioSummary } from '../../protocol/class-view';
import { latestVersions, type UploadedScenarios } from '../../server/uploads/shelf';
import { refuse } from '../../server/speak';

/** What the class routes share: the database, the scenarios, the live bus and the open streams. */
export interface ClassContext {
  db: Db;
  library: Library;
  /** Scenarios instructors uploaded when they opened a session. */
  uploads: UploadedScenarios;
  /** Reads the trainees' written replies when their answers are replayed. */
  analyser: Analyser;
  bus: ClassBus;
  streams: Streams;
  /** Join attempts per minute per address. */
  joinLimit: number;
  /** Who may open a session (see organiser.ts). */
  organiser: OrganiserCheck;
  organiserKeySet: boolean;
}

/** The session whose instructor token the request carries; otherwise answers 401, or 403 for a trainee's token. */
export async function instructorOf(
  ctx: ClassContext,
  req: FastifyRequest,
  reply: FastifyReply,
): Promise<SessionRow | undefined> {
  const token = bearer(req);
  const hash = token ? hashToken(token) : undefined;
  const session = hash ? await sessionByInstructor(ctx.db, hash) : undefined;
  if (session) return session;
  if (hash && (await traineeByToken(ctx.db, hash))) {
    void refuse(req, reply, 403, 'trainee-key');
  } else {
    void refuse(req, reply, 401, 'instructor-key');
  }
  return undefined;
}

/** The trainee whose token the request carries, with their session; otherwise answers 401. */
export async function traineeOf(ctx: ClassContext, req: FastifyRequest, reply: FastifyReply) {
  const token = bearer(req);
  const trainee = token ? await traineeByToken(ctx.db, hashToken(token)) : undefined;
  if (!trainee) {
    void refuse(req, reply, 401, 'join-class-first');
    return undefined;
  }
  return { trainee, session: await sessionById(ctx.db, trainee.session_id) };
}

const summaries = new WeakMap<object, ScenarioSummary>();

/**
 * The playlist's scenarios: the ones the instructor uploaded with the session
 * first (at the version they sent), then the library's (a scenario removed
 * from the library since is left out).
 */
export async function playlist(ctx: ClassContext, session: SessionRow): Promise<(Scenario | undefined)[]> {
  const ids = JSON.parse(session.scenarios) as string[];
  const own = latestVersions(await ctx.uploads.all({ kind: 'class', id: session.id }));
  return ids.map((id) => own.find((s) => s.id === id) ?? ctx.library.get(id));
}

/** The texts the class view shows of each scenario of the playlist, computed once per scenario. */
export async function summariesOf(ctx: ClassContext, session: SessionRow): Promise<ScenarioSummary[]> {
  const ids = JSON.parse(session.scenarios) as string[];
  return (await playlist(ctx, session)).map((s, i) => {
    if (!s) return { id: ids[i]!, title: ids[i]!, outcome: '—', lesson: '—', locales: ['en'], depth: 0, steps: [] };
    let summary = summaries.get(s);
    if (!summary) {
      summary = summarize(s);
      summaries.set(s, summary);
    }
    return summary;
  });
}
