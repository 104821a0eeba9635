import type { FastifyInstance } from 'fastify';
import { ZodError } from 'zod';
import { PlayError, WRITTEN, type Decision, type Locale, type ThreadAnswerDecision } from '../../engine';
import { nameKey } from '../../protocol/text';
import { hashToken, token } from '../../server/secrets';
import {
  AnswerRequest,
  ClassJoinRequest,
  isOpen,
  ScenarioQuery,
  standingsOf,
  type ClassLeaderboard,
  type TraineeState,
} from '../../protocol/class';
import { playlist, traineeOf, type ClassContext } from './context';
import {
  answerPositions,
  countByPosition,
  insertAnswer,
  insertTrainee,
  sessionAnswers,
  sessionByCode,
  sessionById,
  sessionInfo,
  sessionTrainees,
  traineeAnswers,
  type SessionRow,
} from './queries';
import { replayAnswer } from './replay';
import { inOrder, openStream } from './sse';
import type { ClassEvent } from '../../protocol/class-view';
import { refusal, refuse, refuseRequest } from '../../server/speak';

/** Codes are shown as ABCD-EFGH; trainees may type them in any case, with or without the dash or spaces. */
export const normalizeCode = (code: string) =>
  code
    .toUpperCase()
    .replace(/[\s-]+/g, '')
    .slice(0, 16);

type StoredAnswer = Awaited<ReturnType<typeof traineeAnswers>>[number];
const asDecision = (a: StoredAnswer): Decision => {
  // Stored as sent, after the request's schema checked it.
  const thread = a.thread ? { thread: JSON.parse(a.thread) as ThreadAnswerDecision[] } : {};
  return a.choice_id === WRITTEN
    ? { step: a.step_id, text: a.text ?? '', ...(a.locale ? { locale: a.locale as Locale } : {}), ...thread }
    : {
        step: a.step_id,
        choice: a.choice_id,
        ...(Number(a.timed_out) === 1 ? { timedOut: true as const } : {}),
        ...thread,
      };
};
const sameDecision = (a: Decision, b: Decision) =>
  JSON.stringify({ ...a, locale: undefined }) === JSON.stringify({ ...b, locale: undefined });

/** The session's leaderboard: each trainee's final scores summed over the scenarios they finished. */
export async function classLeaderboard(ctx: ClassContext, sessionId: number): Promise<ClassLeaderboard> {
  const [trainees, answers] = await Promise.all([
    sessionTrainees(ctx.db, sessionId),
    sessionAnswers(ctx.db, sessionId),
  ]);
  return { players: standingsOf(trainees, answers) };
}

/** The trainees' side: joining with the code, sending each decision as it is made, their own progress, the session's leaderboard. */
export function traineeRoutes(app: FastifyInstance, ctx: ClassContext): void {
  /** The trainee's state, with the answers and trainees it counts (by id, so that an answer or a trainee announced later is not counted twice). */
  const readState = async (trainee: { id: number; name: string }, session: SessionRow) => {
    const info = sessionInfo(session);
    const [mine, answers, trainees] = await Promise.all([
      traineeAnswers(ctx.db, trainee.id),
      answerPositions(ctx.db, session.id, info.stage.scenario),
      sessionTrainees(ctx.db, session.id),
    ]);
    const progress = info.scenarios.map((_, scenarioIndex) => {
      const answers = mine.filter((a) => a.scenario_index === scenarioIndex);
      const end = answers.find((a) => Number(a.complete) === 1);
      return {
        scenarioIndex,
        decisions: answers.map(asDecision),
        complete: Boolean(end),
        score: end ? end.score : null,
      };
    });
    const state: TraineeState = {
      session: info,
      trainee: trainee.name,
      progress,
      answered: countByPosition(answers),
      trainees: trainees.length,
    };
    return { state, answers, trainees: new Set(trainees.map((t) => t.id)) };
  };

  app.post(
    '/api/class/join',
    { config: { rateLimit: { max: ctx.joinLimit, timeWindow: '1 minute' } } },
    async (req, reply) => {
      const body = ClassJoinRequest.safeParse(req.body);
      if (!body.success) {
        // A bad name is worth saying; a bad code gets the same answer as any other wrong code.
        // One answer for any code that opens no class: unknown, mistyped, malformed or of an ended session alike.
        const nameIssue = body.error.issues.find((i) => i.path[0] === 'name');
        return nameIssue
          ? refuseRequest(req, reply, new ZodError([nameIssue]))
          : refuse(req, reply, 404, 'wrong-class-code');
      }
      // Every wrong code costs the same lookup, so its answer takes about as long as any other's.
      const session = await sessionByCode(ctx.db, normalizeCode(body.data.joinCode));
      if (session?.status !== 'open') return refuse(req, reply, 404, 'wrong-class-code');
      // Two trainees of one name would be two rows the class cannot tell apart, and a way to pass for someone else.
      const key = nameKey(body.data.name);
      if ((await sessionTrainees(ctx.db, session.id)).some((t) => nameKey(t.name) === key)) {
        return refuse(req, reply, 409, 'class-name-taken', { name: body.data.name });
      }
      const traineeToken = token();
      const trainee = await insertTrainee(ctx.db, session.id, body.data.name, hashToken(traineeToken));
      ctx.bus.publish(session.id, { type: 'trainee', data: trainee });
      return reply.code(201).send({ session: sessionInfo(session), trainee: trainee.name, token: traineeToken });
    },
  );

  app.get('/api/class/me', async (req, reply) => {
    const me = await traineeOf(ctx, req, reply);
    if (!me) return reply;
    return (await readState(me.trainee, me.session)).state;
  });

  app.get('/api/class/leaderboard', async (req, reply) => {
    const me = await traineeOf(ctx, req, reply);
    if (!me) return reply;
    return classLeaderboard(ctx, me.session.id);
  });

  /**
   * The trainee's live stream: their state at once, then the class's moves
   * (the instructor opening a decision, the session ending, how many have
   * answered), at most twice a second for the counts. After events may have
   * been missed (the bus lost the other servers for a while), the state again.
   */
  app.get('/api/class/me/events', async (req, reply) => {
    const me = await traineeOf(ctx, req, reply);
    if (!me) return reply;
    const sessionId = me.session.id;
    const stream = openStream(ctx.streams, req, reply, `trainee:${me.trainee.id}`);
    if (!stream) return reply;
    const step = inOrder(stream, (err) =>
      req.log.warn({ err }, "a trainee's stream was ended: the database could not be read"),
    );
    let current: TraineeState | undefined;
    // What `current` counts, by id: the current scenario's answers (with their decision) and the session's trainees.
    let answers = new Map<number, number>();
    let trainees = new Set<number>();
    let timer: NodeJS.Timeout | undefined;
    const sendClass = () => {
      clearTimeout(timer);
      timer = undefined;
      if (current)
        stream.send('class', { session: current.session, answered: current.answered, trainees: current.trainees });
    };
    const soon = () => (timer ??= setTimeout(sendClass, 500));
    const sendState = async (session: SessionRow) => {
      const read = await readState(me.trainee, session);
      ({ state: current, answers, trainees } = read);
      clearTimeout(timer);
      timer = undefined;
      stream.send('state', current);
    };
    const apply = async (event: ClassEvent) => {
      if (!current) return;
      if (event.type === 'session') {
        const { joinCode: _code, ...session } = event.data;
        const moved = session.stage.scenario !== current.session.stage.scenario;
        current = { ...current, session };
        if (moved) {
          // A new scenario: its own counts.
          answers = await answerPositions(ctx.db, sessionId, session.stage.scenario);
          current = { ...current, answered: countByPosition(answers) };
        }
        sendClass();
      } else if (event.type === 'trainee' && !trainees.has(event.data.id)) {
        trainees.add(event.data.id);
        current = { ...current, trainees: trainees.size };
        soon();
      } else if (
        event.type === 'answer' &&
        event.data.scenarioIndex === current.session.stage.scenario &&
        !answers.has(event.data.id)
      ) {
        answers.set(event.data.id, event.data.position);
        current = { ...current, answered: countByPosition(answers) };
        soon();
      }
    };
    // Listen first, so that nothing that happens while the state is read is lost; what the state already counts is not counted again.
    const unsubscribe = ctx.bus.subscribe(
      sessionId,
      (event) => step(() => apply(event)),
      () => step(async () => sendState(await sessionById(ctx.db, sessionId))),
    );
    stream.onClose(() => {
      unsubscribe();
      clearTimeout(timer);
    });
    step(() => sendState(me.session));
  });

  /** A scenario of the trainee's session as the server replays it: the game plays this very version. */
  app.get('/api/class/scenario', async (req, reply) => {
    const me = await traineeOf(ctx, req, reply);
    if (!me) return reply;
    const query = ScenarioQuery.safeParse(req.query);
    if (!query.success) return refuseRequest(req, reply, query.error);
    const scenario = (await playlist(ctx, me.session))[query.data.index];
    if (!scenario) return refuse(req, reply, 404, 'no-scenario-number', { n: query.data.index + 1 });
    return { scenario };
  });

  app.post('/api/class/answers', async (req, reply) => {
    const me = await traineeOf(ctx, req, reply);
    if (!me) return reply;
    const body = AnswerRequest.safeParse(req.body);
    if (!body.success) return refuseRequest(req, reply, body.error);
    const { scenarioIndex, position, decision } = body.data;
    const info = sessionInfo(me.session);
    const scenario = (await playlist(ctx, me.session))[scenarioIndex];
    if (!scenario) return refuse(req, reply, 404, 'no-scenario-number', { n: scenarioIndex + 1 });
    if (!isOpen(info, scenarioIndex, position)) return refuse(req, reply, 409, 'not-open', { n: position + 1 });
    const earlier = (await traineeAnswers(ctx.db, me.trainee.id)).filter((a) => a.scenario_index === scenarioIndex);
    /** Sent again (a retry, the offline queue, another tab): the stored answer stands, and a different one is told what it is. */
    const answerAgain = (stored: StoredAnswer) => {
      if (!sameDecision(asDecision(stored), decision)) {
        return reply.code(409).send({
          ...refusal(req, 'already-answered', { n: position + 1 }),
          stored: { decision: asDecision(stored), score: stored.score, complete: Number(stored.complete) === 1 },
        });
      }
      return { position, score: stored.score, complete: Number(stored.complete) === 1, duplicate: true };
    };
    const stored = earlier[position];
    if (stored) return answerAgain(stored);
    if (position > earlier.length)
      return refuse(req, reply, 409, 'out-of-order', { n: position + 1, before: earlier.length + 1 });
    let replayed: ReturnType<typeof replayAnswer>;
    try {
      replayed = replayAnswer(scenario, earlier.map(asDecision), decision, ctx.analyser);
    } catch (err) {
      // The engine's values go along with its code, so that each page words what was refused.
      if (err instanceof PlayError) return refuse(req, reply, 422, 'cannot-play', { ...err.values, reason: err.code });
      throw err;
    }
    const written = 'text' in decision;
    const answer = await insertAnswer(ctx.db, {
      sessionId: me.session.id,
      traineeId: me.trainee.id,
      scenarioIndex,
      scenarioId: scenario.id,
      scenarioVersion: scenario.version,
      position,
      stepId: replayed.stepId,
      choiceId: replayed.choiceId,
      timedOut: 'timedOut' in decision && decision.timedOut === true,
      thread: decision.thread ?? null,
      // Kept as sent, so that replaying it later gives the same reading.
      text: written ? decision.text : null,
      locale: written ? (decision.locale ?? null) : null,
      features: replayed.features,
      sentiment: replayed.sentiment,
      score: replayed.score,
      scoreMax: replayed.scoreMax,
      complete: replayed.complete,
    });
    if (!answer) {
      // Two answers to one decision raced (two tabs): the other one was stored, and may not be this one.
      const winner = (await traineeAnswers(ctx.db, me.trainee.id)).find(
        (a) => a.scenario_index === scenarioIndex && a.position === position,
      );
      if (!winner) throw new Error('an answer that clashed with a stored one cannot be found');
      return answerAgain(winner);
    }
    ctx.bus.publish(me.session.id, { type: 'answer', data: answer });
    return reply.code(201).send({ position, score: replayed.score, complete: replayed.complete, duplicate: false });
  });
}
