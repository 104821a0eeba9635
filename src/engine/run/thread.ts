/**
 * A step's thread as the engine plays it: each answer checked against the askers the author
 * declared and resolved to what it amounts to (an authored answer's features, or a written
 * answer's as the analyser reads them), and the minute it goes out.
 */
import type { Scenario } from '../schema/scenario';
import type { Asker } from '../schema/thread';
import { completeFeatures, type Features } from '../schema/features';
import { featuresInRange } from '../audience/respond';
import { charactersOver, PLATFORM_LIMIT, type Analyser, type Analysis } from '../text';
import {
  isLapsedAnswer,
  isWrittenAnswer,
  WRITTEN,
  type PickedAnswer,
  type ThreadAnswerDecision,
  type WrittenAnswer,
} from './decision';
import { PlayError } from './refusal';
import type { ResolvedDecision } from './run';
import { replyAnalysisOptions } from './run';

/** Minutes between a reply that asks and the brand's answer: picking is quick, writing slower. */
export const ANSWER_MINUTES = { picked: 5, written: 10 } as const;

/** An answer as the engine plays it. */
export interface ResolvedAnswer {
  asker: Asker;
  /** The authored answer's id, or "@written". */
  answer: string;
  private: boolean;
  features: Features;
  /** Minutes since the scenario began when the answer goes out. */
  at: number;
  /** Minutes between the question and the answer. */
  delayMinutes: number;
  /** For a written answer: the text and what the analyser read in it. */
  text?: string;
  analysis?: Analysis;
}

/** A thread as played: the answers given, and the askers its clock left unanswered. */
export interface ResolvedThread {
  answers: ResolvedAnswer[];
  /** The askers the time ran out on, by id, in the order recorded; empty when the clock left none. */
  lapsed: string[];
}

/**
 * Checks the answers given in a step's thread and resolves each; throws a PlayError naming the
 * first that cannot be. An asker the clock left is played as one left unanswered, and once the
 * time has run out no answer may follow.
 */
export function resolveThread(
  scenario: Scenario,
  decided: ResolvedDecision,
  answers: readonly ThreadAnswerDecision[],
  i: number,
  analyser: Analyser | undefined,
): ResolvedThread {
  const { step, choice } = decided;
  const thread = step.thread;
  if (!thread) throw new PlayError('no-thread', { case: 'step', decision: i + 1, step: step.id });
  // Nothing was posted at the step, so nobody replied.
  if (choice.silent && answers.length > 0)
    throw new PlayError('no-thread', { case: 'silent', decision: i + 1, step: step.id });
  const seen = new Set<string>();
  const lapsed: string[] = [];
  const given: ResolvedAnswer[] = [];
  for (const a of answers) {
    const asker = thread.askers.find((k) => k.id === a.asker);
    if (!asker)
      throw new PlayError('unknown-asker', {
        case: 'unknown',
        decision: i + 1,
        asker: a.asker,
        step: step.id,
        askers: thread.askers.map((k) => k.id).join(', '),
      });
    if (seen.has(asker.id)) throw new PlayError('unknown-asker', { case: 'twice', decision: i + 1, asker: asker.id });
    seen.add(asker.id);
    if (isLapsedAnswer(a)) {
      lapsed.push(asker.id);
      continue;
    }
    if (lapsed.length > 0)
      throw new PlayError('not-timed', { case: 'lapsed', decision: i + 1, asker: asker.id, lapsed: lapsed[0]! });
    given.push(resolveAnswer(scenario, decided, asker, a, i, analyser));
  }
  return { answers: given, lapsed };
}

/** One answer, picked or written, to an asker of the step's thread. */
function resolveAnswer(
  scenario: Scenario,
  decided: ResolvedDecision,
  asker: Asker,
  a: PickedAnswer | WrittenAnswer,
  i: number,
  analyser: Analyser | undefined,
): ResolvedAnswer {
  const { step } = decided;
  const thread = step.thread!;
  const asked = decided.postedAt + asker.minutesAfter;
  if (isWrittenAnswer(a)) {
    if (!thread.freeText)
      throw new PlayError('no-free-text', { case: 'thread', decision: i + 1, step: step.id, asker: asker.id });
    const text = a.text.trim();
    if (text.length === 0) throw new PlayError('empty-reply', { case: 'thread', decision: i + 1, asker: asker.id });
    // Written answers need the text analyser: load its word lists (loadLanguageData) and pass createAnalyser(data).
    if (!analyser) throw new PlayError('text-not-ready', {});
    if (charactersOver(text) > 0)
      throw new PlayError('reply-too-long', {
        case: 'thread',
        decision: i + 1,
        asker: asker.id,
        length: PLATFORM_LIMIT + charactersOver(text),
        limit: PLATFORM_LIMIT,
      });
    const options = replyAnalysisOptions(scenario, step, a.locale);
    const analysis = analyser.analyse(text, { ...options, handles: [...(options.handles ?? []), asker.handle] });
    const delayMinutes = ANSWER_MINUTES.written;
    return {
      asker,
      answer: WRITTEN,
      private: false,
      features: analysis.features,
      at: asked + delayMinutes,
      delayMinutes,
      text,
      analysis,
    };
  }
  const answer = asker.answers.find((n) => n.id === a.answer);
  if (!answer)
    throw new PlayError('unknown-answer', {
      decision: i + 1,
      asker: asker.id,
      answer: a.answer,
      answers: asker.answers.map((n) => n.id).join(', '),
    });
  const features = completeFeatures(answer.features);
  const bad = featuresInRange(features);
  if (bad)
    throw new PlayError('features-out-of-range', { case: 'answer', answer: answer.id, asker: asker.id, feature: bad });
  const delayMinutes = ANSWER_MINUTES.picked;
  return { asker, answer: answer.id, private: answer.private, features, at: asked + delayMinutes, delayMinutes };
}
