/**
 * What a trainee does in a run, as plain JSON, and the one schema that checks it wherever a run
 * arrives from outside: a team submission, a class answer, a replay link, a saved run. The types
 * come from the schema, so the shape is written once.
 */
import { z } from 'zod';
import { LOCALES } from '../schema/text';

/** A step or choice id as a run refers to it (the schema of scenarios says what ids may be). */
const Id = z.string().min(1).max(100);

/**
 * The most characters a written reply may carry on the wire: generous, so that a reply over the
 * feed's limit reaches the engine and is refused with the engine's own sentence, not a schema's.
 */
export const MAX_WIRE_REPLY = 2000;

/** The trainee picked one of the answers the author gave an asker of the step's thread. */
export const PickedAnswerSchema = z.strictObject({
  /** The asker answered, by id. */
  asker: Id,
  /** The answer picked, by id. */
  answer: Id,
});

/** The trainee wrote their own answer to an asker of the step's thread. */
export const WrittenAnswerSchema = z.strictObject({
  /** The asker answered, by id. */
  asker: Id,
  /** The answer as written. */
  text: z.string().max(MAX_WIRE_REPLY),
  /** The language the trainee was playing in: assumed when the answer is too short to tell. */
  locale: z.enum(LOCALES).optional(),
});

/**
 * With the timers on, the thread's clock ran out before the trainee answered this asker: the reply
 * stays unanswered, as one the trainee chose to leave, and the record says the clock left it.
 */
export const LapsedAnswerSchema = z.strictObject({
  /** The asker left unanswered, by id. */
  asker: Id,
  /** The thread's time ran out first. */
  timedOut: z.literal(true),
});

/** One answer in a thread: picked, written, or none when the time ran out. */
export const ThreadAnswerDecisionSchema = z.union([PickedAnswerSchema, WrittenAnswerSchema, LapsedAnswerSchema]);

/**
 * The answers given in the step's thread, in the order given; an empty list when the trainee
 * answered none. Absent while the thread is open, and for a step without a thread.
 */
const ThreadAnswersSchema = z.array(ThreadAnswerDecisionSchema).max(4).optional();

/** The trainee picked one of the step's choices. */
export const PickedDecisionSchema = z.strictObject({
  /** The step decided. */
  step: Id,
  /** The choice picked, by its id. */
  choice: Id,
  /** The step's timer ran out and its timer choice was taken for the trainee (often staying silent). */
  timedOut: z.literal(true).optional(),
  /** The answers given in the step's thread, if it has one. */
  thread: ThreadAnswersSchema,
});

/** The trainee wrote their own reply; the engine reads its features from the text. */
export const WrittenDecisionSchema = z.strictObject({
  /** The step decided. */
  step: Id,
  /** The reply as written. */
  text: z.string().max(MAX_WIRE_REPLY),
  /** The language the trainee was playing in: assumed when the reply is too short to tell. */
  locale: z.enum(LOCALES).optional(),
  /** The answers given in the step's thread, if it has one. */
  thread: ThreadAnswersSchema,
});

/** One decision at one step: a choice picked, or a reply written. */
export const DecisionSchema = z.union([PickedDecisionSchema, WrittenDecisionSchema]);

/** The most decisions a run may hold. */
export const MAX_DECISIONS = 100;

/**
 * What a trainee did in a run: enough, with the scenario and the seed, to replay it exactly.
 * Versioned so that a run made on another version of the scenario is refused, not replayed wrongly.
 */
export const TranscriptSchema = z.strictObject({
  /** The scenario played. */
  scenarioId: Id,
  /** The version of the scenario it was played on. */
  scenarioVersion: z.number().int().min(1),
  /** The decisions, in the order they were made. */
  decisions: z.array(DecisionSchema).max(MAX_DECISIONS),
});

export type PickedDecision = z.infer<typeof PickedDecisionSchema>;
export type WrittenDecision = z.infer<typeof WrittenDecisionSchema>;
export type Decision = z.infer<typeof DecisionSchema>;
export type PickedAnswer = z.infer<typeof PickedAnswerSchema>;
export type WrittenAnswer = z.infer<typeof WrittenAnswerSchema>;
export type LapsedAnswer = z.infer<typeof LapsedAnswerSchema>;
export type ThreadAnswerDecision = z.infer<typeof ThreadAnswerDecisionSchema>;
export type Transcript = z.infer<typeof TranscriptSchema>;

/** The id a written reply goes by in outcomes and answers: never an authored choice's, as ids cannot start with "@". */
export const WRITTEN = '@written';

/** True for a reply the trainee wrote. */
export const isWritten = (d: Decision): d is WrittenDecision => typeof (d as WrittenDecision).text === 'string';

/** True for an answer the trainee wrote in a thread. */
export const isWrittenAnswer = (a: ThreadAnswerDecision): a is WrittenAnswer =>
  typeof (a as WrittenAnswer).text === 'string';

/** True for an asker the thread's clock left unanswered. */
export const isLapsedAnswer = (a: ThreadAnswerDecision): a is LapsedAnswer => (a as LapsedAnswer).timedOut === true;

/** The transcript of these decisions on this scenario. */
export function transcriptOf(scenario: { id: string; version: number }, decisions: Decision[]): Transcript {
  return { scenarioId: scenario.id, scenarioVersion: scenario.version, decisions };
}

/** A run's transcript alone (a run in progress carries more: the step reached, the seed…), as it is saved or submitted. */
export function transcriptOfRun(run: Transcript): Transcript {
  return { scenarioId: run.scenarioId, scenarioVersion: run.scenarioVersion, decisions: run.decisions };
}

/** Two decisions are the same when they pick the same choice, or write the same words, the same way. */
export function sameDecision(a: Decision | undefined, b: Decision | undefined): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
