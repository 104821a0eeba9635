/** Why the engine refused a run or a decision. */
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
  | 'not-timed'
  | 'no-thread'
  | 'unknown-asker'
  | 'unknown-answer';

/** A typed refusal: the engine never falls back to a default on bad input. */
export class PlayError extends Error {
  override readonly name = 'PlayError';
  constructor(
    readonly code: PlayErrorCode,
    message: string,
  ) {
    super(message);
  }
}
