import type { FastifyInstance } from 'fastify';
import { hashToken, joinCode, token } from '../../server/secrets';
import { HighlightRequest, OpenSessionRequest, StageRequest } from '../../protocol/class';
import { instructorOf, playlist, summariesOf, type ClassContext } from './context';
import { answersCsv, traineesCsv } from './exports';
import {
  endSession,
  insertSession,
  sessionAnswers,
  sessionById,
  sessionByCode,
  sessionInfo,
  sessionTrainees,
  sessionWithCode,
  setHighlight,
  setStage,
  type SessionRow,
} from './queries';
import { inOrder, openStream } from './sse';
import type { ClassSnapshot } from '../../protocol/class-view';
import { xapiStatements } from './xapi';
import type { Scenario } from '../../engine';
import { MAX_CLASS_UPLOADS, type ScenarioUpload } from '../../protocol/uploads';
import { uploadBodyLimit } from '../../server/uploads/limits';
import { checkUpload, shelve } from '../../server/uploads/shelf';
import { refuse, refuseRequest, requestLocale } from '../../server/speak';

/** Join codes of class sessions: 8 characters from 31 (about 40 bits), typed by trainees as ABCD-EFGH. */
export const CLASS_CODE_LENGTH = 8;

async function snapshot(ctx: ClassContext, row: SessionRow): Promise<ClassSnapshot> {
  const [trainees, answers] = await Promise.all([sessionTrainees(ctx.db, row.id), sessionAnswers(ctx.db, row.id)]);
  return { session: sessionWithCode(row), scenarios: await summariesOf(ctx, row), trainees, answers };
}

const fileName = (title: string, what: string) =>
  `brandstorm-class-${title.replace(/[^\w-]+/g, '_').slice(0, 40)}-${what}`;

/** The instructor's side: opening a session, the class view (snapshot and live stream), moving the class on, and the exports. */
export function instructorRoutes(app: FastifyInstance, ctx: ClassContext): void {
  app.get('/api/class/library', async () => ({
    // The class page asks for the key only when the server needs it.
    organiserKey: ctx.organiserKeySet,
    scenarios: [...ctx.library.values()].map((s) => ({
      id: s.id,
      title: s.title,
      summary: s.summary,
      locales: s.locales,
      steps: s.steps.length,
      minutes: s.minutes,
    })),
  }));

  app.post('/api/class/sessions', { bodyLimit: uploadBodyLimit(MAX_CLASS_UPLOADS) }, async (req, reply) => {
    const body = OpenSessionRequest.safeParse(req.body);
    if (!body.success) return refuseRequest(req, reply, body.error);
    if (!ctx.organiser(req, reply, body.data.organiserKey)) return reply;
    // The instructor's own files, checked as the game checks them; one with errors stops the session from opening.
    const own: { upload: ScenarioUpload; scenario: Scenario }[] = [];
    const warnings: string[] = [];
    for (const upload of body.data.uploads ?? []) {
      const checked = checkUpload(upload, requestLocale(req));
      if (!checked.ok) return reply.code(422).send(checked.refusal);
      own.push({ upload, scenario: checked.scenario });
      warnings.push(...checked.warnings);
    }
    const twice = own.find((o, i) => own.findIndex((p) => p.scenario.id === o.scenario.id) !== i);
    if (twice) return refuse(req, reply, 400, 'two-files-one-id', { id: twice.scenario.id });
    const unknown = body.data.scenarios.find((id) => !ctx.library.has(id) && !own.some((o) => o.scenario.id === id));
    if (unknown) return refuse(req, reply, 404, 'no-such-scenario', { id: unknown });
    const instructorToken = token();
    // A clash of codes is possible in principle: draw again.
    for (let attempt = 0; attempt < 5; attempt++) {
      const code = joinCode(CLASS_CODE_LENGTH);
      if (await sessionByCode(ctx.db, code)) continue;
      await insertSession(ctx.db, {
        title: body.data.title,
        joinCode: code,
        tokenHash: hashToken(instructorToken),
        mode: body.data.mode,
        scenarios: body.data.scenarios,
      });
      const row = (await sessionByCode(ctx.db, code))!;
      for (const o of own) await shelve(ctx.db, { kind: 'class', id: row.id }, o.upload, o.scenario);
      return reply.code(201).send({ session: sessionInfo(row), joinCode: code, instructorToken, warnings });
    }
    throw new Error('could not draw a free join code');
  });

  app.get('/api/class/session', async (req, reply) => {
    const session = await instructorOf(ctx, req, reply);
    if (!session) return reply;
    return snapshot(ctx, session);
  });

  app.get('/api/class/events', async (req, reply) => {
    const session = await instructorOf(ctx, req, reply);
    if (!session) return reply;
    const stream = openStream(ctx.streams, req, reply, `session:${session.id}`);
    if (!stream) return reply;
    const step = inOrder(stream, (err) =>
      req.log.warn({ err }, 'a class view stream was ended: the database could not be read'),
    );
    // Listen first, so nothing that happens while the snapshot is read is lost; the view ignores what it already has.
    // When events may have been missed (the bus lost the other servers for a while), a fresh snapshot follows.
    const unsubscribe = ctx.bus.subscribe(
      session.id,
      (event) => step(() => stream.send(event.type, event.data)),
      () => step(async () => stream.send('snapshot', await snapshot(ctx, await sessionById(ctx.db, session.id)))),
    );
    stream.onClose(unsubscribe);
    step(async () => stream.send('snapshot', await snapshot(ctx, session)));
  });

  app.post('/api/class/stage', async (req, reply) => {
    const session = await instructorOf(ctx, req, reply);
    if (!session) return reply;
    const body = StageRequest.safeParse(req.body);
    if (!body.success) return refuseRequest(req, reply, body.error);
    const scenario = (await playlist(ctx, session))[body.data.scenario];
    const depth = (await summariesOf(ctx, session))[body.data.scenario]?.depth ?? 0;
    if (!scenario) return refuse(req, reply, 400, 'no-scenario-number', { n: body.data.scenario + 1 });
    if (body.data.open > depth) return refuse(req, reply, 400, 'at-most-decisions', { n: depth });
    await setStage(ctx.db, session.id, body.data.scenario, body.data.open);
    const updated = await sessionById(ctx.db, session.id);
    ctx.bus.publish(session.id, { type: 'session', data: sessionWithCode(updated) });
    return sessionWithCode(updated);
  });

  app.post('/api/class/end', async (req, reply) => {
    const session = await instructorOf(ctx, req, reply);
    if (!session) return reply;
    await endSession(ctx.db, session.id);
    const updated = await sessionById(ctx.db, session.id);
    ctx.bus.publish(session.id, { type: 'session', data: sessionWithCode(updated) });
    return sessionWithCode(updated);
  });

  app.post('/api/class/highlights', async (req, reply) => {
    const session = await instructorOf(ctx, req, reply);
    if (!session) return reply;
    const body = HighlightRequest.safeParse(req.body);
    if (!body.success) return refuseRequest(req, reply, body.error);
    if (!(await setHighlight(ctx.db, session.id, body.data.answer, body.data.shown)))
      return refuse(req, reply, 404, 'no-written-reply');
    ctx.bus.publish(session.id, { type: 'highlight', data: body.data });
    return body.data;
  });

  const exportInput = async (session: SessionRow) => {
    const scenarios = await playlist(ctx, session);
    const [trainees, answers] = await Promise.all([
      sessionTrainees(ctx.db, session.id),
      sessionAnswers(ctx.db, session.id),
    ]);
    return { scenarios, trainees, answers };
  };

  app.get('/api/class/answers.csv', async (req, reply) => {
    const session = await instructorOf(ctx, req, reply);
    if (!session) return reply;
    return reply
      .header('Content-Type', 'text/csv; charset=utf-8')
      .header('Content-Disposition', `attachment; filename="${fileName(session.title, 'decisions.csv')}"`)
      .send(answersCsv(await exportInput(session)));
  });

  app.get('/api/class/trainees.csv', async (req, reply) => {
    const session = await instructorOf(ctx, req, reply);
    if (!session) return reply;
    return reply
      .header('Content-Type', 'text/csv; charset=utf-8')
      .header('Content-Disposition', `attachment; filename="${fileName(session.title, 'trainees.csv')}"`)
      .send(traineesCsv(await exportInput(session)));
  });

  app.get('/api/class/xapi.json', async (req, reply) => {
    const session = await instructorOf(ctx, req, reply);
    if (!session) return reply;
    const origin = `${req.protocol}://${req.host}`;
    const statements = xapiStatements({
      origin,
      session: { id: session.id, title: session.title },
      ...(await exportInput(session)),
    });
    return reply
      .header('Content-Disposition', `attachment; filename="${fileName(session.title, 'xapi.json')}"`)
      .send(statements);
  });
}
