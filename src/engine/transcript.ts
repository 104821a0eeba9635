import type { Locale } from './schema/text';

/** The trainee picked one of the step's choices. */
export interface PickedDecision {
  step: string;
  choice: string;
  /** The step's timer ran out and its timer choice was taken for the trainee (often staying silent). */
  timedOut?: true;
}

/** The trainee wrote their own reply; the engine reads its features from the text. */
export interface WrittenDecision {
  step: string;
  text: string;
  /** The language the trainee was playing in: assumed when the reply is too short to tell. */
  locale?: Locale;
}

/** One decision at one step: a choice picked, or a reply written. */
export type Decision = PickedDecision | WrittenDecision;

/** True for a reply the trainee wrote. */
export const isWritten = (d: Decision): d is WrittenDecision => typeof (d as WrittenDecision).text === 'string';

/**
 * What a trainee did in a run, as plain JSON: enough, with the scenario and
 * the seed, to replay the run exactly. Versioned so that a saved or submitted
 * run for another scenario version is refused instead of replayed wrongly.
 */
export interface Transcript {
  scenarioId: string;
  scenarioVersion: number;
  decisions: Decision[];
}

/** Why `play()` refused its input. */
export type PlayErrorCode =
  | 'wrong-scenario'
  | 'wrong-version'
  | 'unknown-step'
  | 'out-of-order'
  | 'unknown-choice'
  | 'after-end'
  | 'features-out-of-range'
  | 'no-free-text'
  | 'empty-reply'
  | 'reply-too-long'
  | 'text-not-ready'
  | 'bad-seed'
  | 'not-timed';

/** A typed refusal: `play()` never falls back to a default on bad input. */
export class PlayError extends Error {
  override readonly name = 'PlayError';
  constructor(
    readonly code: PlayErrorCode,
    message: string,
  ) {
    super(message);
  }
}
