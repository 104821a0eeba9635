import type { Db } from '../../server/db/database';
import type { ThreadAnswerDecision } from '../../engine';
import type { ClassMode, SessionInfo } from '../../protocol/class';
import type { ClassAnswer, ClassTrainee, FoundFeature } from '../../protocol/class-view';

const now = () => new Date().toISOString();

export type SessionRow = Awaited<ReturnType<typeof sessionByCode>> & {};

const sessionColumns = [
  'id',
  'title',
  'join_code',
  'mode',
  'scenarios',
  'stage_scenario',
  'stage_open',
  'status',
] as const;

/** Stores a new session; the join code is unique (a clash throws, and the caller draws another). */
export async function insertSession(
  db: Db,
  s: { title: string; joinCode: string; tokenHash: string; mode: ClassMode; scenarios: string[] },
): Promise<void> {
  await db
    .insertInto('class_sessions')
    .values({
      title: s.title,
      join_code: s.joinCode,
      instructor_token_hash: s.tokenHash,
      mode: s.mode,
      scenarios: JSON.stringify(s.scenarios),
      stage_scenario: 0,
      stage_open: 0,
      status: 'open',
      created_at: now(),
    })
    .execute();
}

/** The session a join code opens, if any (ended or not). */
export async function sessionByCode(db: Db, joinCode: string) {
  return db.selectFrom('class_sessions').select(sessionColumns).where('join_code', '=', joinCode).executeTakeFirst();
}

/** The session whose instructor token hashes to this. */
export async function sessionByInstructor(db: Db, tokenHash: string) {
  return db
    .selectFrom('class_sessions')
    .select(sessionColumns)
    .where('instructor_token_hash', '=', tokenHash)
    .executeTakeFirst();
}

/** A session by its id; it must exist. */
export async function sessionById(db: Db, id: number) {
  return db.selectFrom('class_sessions').select(sessionColumns).where('id', '=', id).executeTakeFirstOrThrow();
}

/** The session as trainees may see it. */
export function sessionInfo(row: SessionRow): SessionInfo {
  return {
    title: row.title,
    mode: row.mode,
    scenarios: JSON.parse(row.scenarios) as string[],
    status: row.status,
    stage: { scenario: row.stage_scenario, open: row.stage_open },
  };
}

/** The session as its instructor sees it: with the join code. */
export function sessionWithCode(row: SessionRow): SessionInfo & { joinCode: string } {
  return { ...sessionInfo(row), joinCode: row.join_code };
}

/** Lockstep: moves the class to a scenario of the playlist with this many decisions open. */
export async function setStage(db: Db, id: number, scenario: number, open: number): Promise<void> {
  await db
    .updateTable('class_sessions')
    .set({ stage_scenario: scenario, stage_open: open })
    .where('id', '=', id)
    .execute();
}

/** Ends a session: no one joins any more; answers still arrive. */
export async function endSession(db: Db, id: number): Promise<void> {
  await db.updateTable('class_sessions').set({ status: 'ended' }).where('id', '=', id).execute();
}

/** Adds a trainee to a session; their token is stored hashed. */
export async function insertTrainee(db: Db, sessionId: number, name: string, tokenHash: string): Promise<ClassTrainee> {
  const joinedAt = now();
  const row = await db
    .insertInto('class_trainees')
    .values({ session_id: sessionId, name, token_hash: tokenHash, created_at: joinedAt })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: Number(row.id), name, joinedAt };
}

/** A trainee of a session, by id. */
export async function traineeById(db: Db, sessionId: number, id: number): Promise<ClassTrainee | undefined> {
  const row = await db
    .selectFrom('class_trainees')
    .select(['id', 'name', 'created_at'])
    .where('session_id', '=', sessionId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? { id: Number(row.id), name: row.name, joinedAt: row.created_at } : undefined;
}

/** The trainee whose token hashes to this. */
export async function traineeByToken(db: Db, tokenHash: string) {
  return db
    .selectFrom('class_trainees')
    .select(['id', 'session_id', 'name'])
    .where('token_hash', '=', tokenHash)
    .executeTakeFirst();
}

/** A session's trainees, in the order they joined. */
export async function sessionTrainees(db: Db, sessionId: number): Promise<ClassTrainee[]> {
  const rows = await db
    .selectFrom('class_trainees')
    .select(['id', 'name', 'created_at'])
    .where('session_id', '=', sessionId)
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ id: Number(r.id), name: r.name, joinedAt: r.created_at }));
}

export interface NewAnswer {
  sessionId: number;
  traineeId: number;
  scenarioIndex: number;
  scenarioId: string;
  scenarioVersion: number;
  position: number;
  stepId: string;
  choiceId: string;
  /** The step's timer made this decision. */
  timedOut: boolean;
  /** The answers given in the step's thread, as sent. */
  thread: ThreadAnswerDecision[] | null;
  text: string | null;
  locale: string | null;
  features: FoundFeature[] | null;
  sentiment: number;
  score: number;
  scoreMax: number;
  complete: boolean;
}

const answerColumns = [
  'id',
  'trainee_id',
  'scenario_index',
  'position',
  'step_id',
  'choice_id',
  'timed_out',
  'thread',
  'text',
  'locale',
  'signals',
  'sentiment',
  'score',
  'score_max',
  'complete',
  'highlighted',
  'created_at',
] as const;
type AnswerRow = Awaited<ReturnType<typeof traineeAnswers>>[number];

/** Stores an answer once: the same (trainee, scenario, position) sent again finds nothing new to insert. */
export async function insertAnswer(db: Db, a: NewAnswer): Promise<ClassAnswer | undefined> {
  const createdAt = now();
  const row = await db
    .insertInto('class_answers')
    .values({
      session_id: a.sessionId,
      trainee_id: a.traineeId,
      scenario_index: a.scenarioIndex,
      scenario_id: a.scenarioId,
      scenario_version: a.scenarioVersion,
      position: a.position,
      step_id: a.stepId,
      choice_id: a.choiceId,
      timed_out: a.timedOut ? 1 : 0,
      thread: a.thread ? JSON.stringify(a.thread) : null,
      text: a.text,
      locale: a.locale,
      signals: a.features ? JSON.stringify(a.features) : null,
      sentiment: a.sentiment,
      score: a.score,
      score_max: a.scoreMax,
      complete: a.complete ? 1 : 0,
      highlighted: 0,
      created_at: createdAt,
    })
    .onConflict((oc) => oc.columns(['trainee_id', 'scenario_index', 'position']).doNothing())
    .returning(answerColumns)
    .executeTakeFirst();
  return row ? toAnswer(row) : undefined;
}

/** A trainee's answers, by scenario of the playlist and position. */
export async function traineeAnswers(db: Db, traineeId: number) {
  return db
    .selectFrom('class_answers')
    .select(answerColumns)
    .where('trainee_id', '=', traineeId)
    .orderBy('scenario_index')
    .orderBy('position')
    .execute();
}

/** Every answer of a session, in the order they arrived. */
export async function sessionAnswers(db: Db, sessionId: number): Promise<ClassAnswer[]> {
  const rows = await db
    .selectFrom('class_answers')
    .select(answerColumns)
    .where('session_id', '=', sessionId)
    .orderBy('id')
    .execute();
  return rows.map(toAnswer);
}

/** An answer of a session, by id. */
export async function answerById(db: Db, sessionId: number, id: number): Promise<ClassAnswer | undefined> {
  const row = await db
    .selectFrom('class_answers')
    .select(answerColumns)
    .where('session_id', '=', sessionId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? toAnswer(row) : undefined;
}

/** The answers to a scenario of the playlist, by id, with the decision each answers: for counting each answer once, however often it is announced. */
export async function answerPositions(db: Db, sessionId: number, scenarioIndex: number): Promise<Map<number, number>> {
  const rows = await db
    .selectFrom('class_answers')
    .select(['id', 'position'])
    .where('session_id', '=', sessionId)
    .where('scenario_index', '=', scenarioIndex)
    .execute();
  return new Map(rows.map((r) => [Number(r.id), r.position]));
}

/** How many answers each decision has, from answers by id (see answerPositions). */
export function countByPosition(positions: Map<number, number>): number[] {
  const counts: number[] = [];
  for (const p of positions.values()) counts[p] = (counts[p] ?? 0) + 1;
  return Array.from(counts, (n) => n ?? 0);
}

/**
 * Marks a decision with written words (a reply, or an answer in its thread) for the projector, or
 * takes it off; false when the session has no such answer.
 */
export async function setHighlight(db: Db, sessionId: number, answerId: number, shown: boolean): Promise<boolean> {
  const result = await db
    .updateTable('class_answers')
    .set({ highlighted: shown ? 1 : 0 })
    .where('session_id', '=', sessionId)
    .where('id', '=', answerId)
    // A written thread answer is stored as {"asker":…,"text":…} in the thread's JSON.
    .where((eb) => eb.or([eb('text', 'is not', null), eb('thread', 'like', '%"text":%')]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** A stored answer as the class view receives it. */
export function toAnswer(r: AnswerRow): ClassAnswer {
  return {
    id: Number(r.id),
    trainee: Number(r.trainee_id),
    scenarioIndex: r.scenario_index,
    position: r.position,
    step: r.step_id,
    choice: r.choice_id,
    text: r.text,
    features: r.signals ? (JSON.parse(r.signals) as FoundFeature[]) : null,
    thread: r.thread ? (JSON.parse(r.thread) as ThreadAnswerDecision[]) : null,
    sentiment: Number(r.sentiment),
    score: r.score,
    scoreMax: r.score_max,
    complete: Number(r.complete) === 1,
    highlighted: Number(r.highlighted) === 1,
    at: r.created_at,
  };
}
