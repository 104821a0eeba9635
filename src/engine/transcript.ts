/** One decision: the trainee picked `choice` at step `step`. */
export interface Decision {
  step: string;
  choice: string;
}

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
  | 'bad-seed';

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
